#include "ui/documents/bulletinaction.h"

#include "report/bulletin.h"
#include "store/ledger.h"
#include "ui/common/ledgerwindow.h"
#include "ui/documents/documentsave.h"

#include <QAction>
#include <QComboBox>
#include <QInputDialog>
#include <QMainWindow>

namespace rectify {

BulletinAction::BulletinAction(LedgerWindow &window, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_action(new QAction(tr("Draft &Bulletin…"), this))
{
    m_action->setObjectName(QStringLiteral("bulletinAction"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_action->setStatusTip(tr("Write the draft of the progress bulletin (整改进展情况通报) "
                              "in official-document layout, to edit in Word or WPS"));
    connect(m_action, &QAction::triggered, this, &BulletinAction::run);
}

QString BulletinAction::proposedFileName() const
{
    return tr("progress-bulletin_%1.docx").arg(m_window.today().toString(Qt::ISODate));
}

Status BulletinAction::write(const QString &path, qint64 inspectionId)
{
    return DocumentSave::write(
        m_window, tr("Writing the bulletin…"),
        [&] { return Bulletin::build(m_window.ledger(), inspectionId, m_window.today()); }, path);
}

Result<qint64> BulletinAction::inspection()
{
    const qint64 shown = m_window.inspectionBox()->currentData().toLongLong();
    if (shown != 0)
        return shown;
    auto chosen = Bulletin::defaultInspection(m_window.ledger());
    if (chosen)
        return chosen;
    auto all = m_window.ledger().inspections();
    if (!all)
        return Error { all.error() };
    if (all->isEmpty())
        return Error { chosen.error() };
    QStringList names;
    for (const Inspection &i : *all)
        names << i.name;
    int index = -1;
    if (m_inspectionChooser) {
        index = m_inspectionChooser(names);
    } else {
        bool ok = false;
        const QString name = QInputDialog::getItem(m_window.mainWindow(), tr("Draft Bulletin"),
            tr("The bulletin of which inspection?"), names, 0, false, &ok);
        index = ok ? static_cast<int>(names.indexOf(name)) : -1;
    }
    if (index < 0 || index >= all->size())
        return qint64(0);
    return all->at(index).id;
}

void BulletinAction::run()
{
    auto id = inspection();
    if (!id) {
        Q_EMIT failed(id.error());
        return;
    }
    if (*id == 0)
        return;
    const qint64 inspectionId = *id;
    auto saved = DocumentSave::run(m_window,
        { tr("Draft Bulletin"), proposedFileName(), m_chooser,
            [&](const QString &path) { return write(path, inspectionId); },
            tr("Wrote the bulletin draft to %1.") });
    if (!saved) {
        Q_EMIT failed(saved.error());
        return;
    }
    if (!saved->isEmpty())
        Q_EMIT written(*saved);
}

} // namespace rectify
