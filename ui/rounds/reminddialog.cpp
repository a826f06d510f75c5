#include "ui/rounds/reminddialog.h"

#include "report/documentfile.h"
#include "workflow/permission.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace rectify {

RemindDialog::RemindDialog(Ledger &ledger, const User &actor, const QString &unit,
    const QString &round, const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_ledger(ledger)
    , m_actor(actor)
    , m_units(new QListWidget(this))
    , m_preview(new QPlainTextEdit(this))
    , m_copy(new QPushButton(tr("&Copy Text"), this))
    , m_format(new QComboBox(this))
    , m_save(new QPushButton(tr("&Save Documents…"), this))
    , m_message(new QLabel(this))
{
    setWindowTitle(unit.isEmpty() ? tr("Reminders to Late Units") : tr("Reminder to %1").arg(unit));
    m_units->setObjectName(QStringLiteral("reminderUnits"));
    m_preview->setReadOnly(true);
    m_preview->setObjectName(QStringLiteral("reminderText"));
    m_message->setWordWrap(true);
    m_format->addItem(tr("Word (.docx)"), QStringLiteral("docx"));
    m_format->addItem(tr("OpenDocument (.odt)"), QStringLiteral("odt"));
    m_copy->setToolTip(tr("Copy the notice as text, to paste into an IM or OA message (Ctrl+C)"));
    m_copy->setShortcut(QKeySequence::Copy);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_units);
    split->addWidget(m_preview);
    split->setStretchFactor(1, 3);
    split->setSizes({ 300, 600 });
    auto *row = new QHBoxLayout;
    row->addWidget(m_copy);
    row->addStretch(1);
    row->addWidget(m_format);
    row->addWidget(m_save);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addLayout(row);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_units, &QListWidget::currentRowChanged, this, &RemindDialog::showCurrent);
    connect(m_copy, &QPushButton::clicked, this, &RemindDialog::copyCurrent);
    connect(m_save, &QPushButton::clicked, this, &RemindDialog::chooseFolder);
    resize(940, 600);

    m_copy->setEnabled(false);
    m_save->setEnabled(false);
    if (const Decision d = Permission::check(m_actor, Action::ManageRounds); !d) {
        setMessage(d.refusal, true);
        return;
    }
    auto built = Reminders::build(m_ledger, unit, round, today);
    if (!built) {
        setMessage(built.error(), true);
        return;
    }
    m_notices = *built;
    if (m_notices.isEmpty()) {
        setMessage(tr("No unit is late on %1: there is nobody to remind.")
                       .arg(today.toString(Qt::ISODate)),
            false);
        return;
    }
    for (const Reminder &r : std::as_const(m_notices)) {
        QStringList what;
        if (!r.overdue.isEmpty())
            what << tr("%n overdue", nullptr, int(r.overdue.size()));
        if (!r.dueSoon.isEmpty())
            what << tr("%n due soon", nullptr, int(r.dueSoon.size()));
        if (r.reportMissing)
            what << tr("not reported");
        m_units->addItem(QStringLiteral("%1 (%2)").arg(r.unit, what.join(QStringLiteral(", "))));
    }
    m_copy->setEnabled(true);
    m_save->setEnabled(true);
    m_units->setCurrentRow(0);
    setMessage(tr("%n notice(s). A notice copied or saved is recorded in its tasks' history.",
                   nullptr, int(m_notices.size())),
        false);
}

void RemindDialog::setMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e") : QString());
    m_message->setText(text);
}

void RemindDialog::showCurrent()
{
    const int row = m_units->currentRow();
    m_preview->setPlainText(
        row >= 0 && row < m_notices.size() ? Reminders::plainText(m_notices.at(row)) : QString());
}

bool RemindDialog::recordSent(const Reminder &reminder)
{
    if (m_recorded.contains(reminder.unit))
        return true;
    if (auto s = Reminders::record(m_ledger, m_actor, reminder); !s) {
        setMessage(s.error(), true);
        return false;
    }
    m_recorded.insert(reminder.unit);
    return true;
}

bool RemindDialog::copyCurrent()
{
    const int row = m_units->currentRow();
    if (row < 0 || row >= m_notices.size())
        return false;
    QApplication::clipboard()->setText(Reminders::plainText(m_notices.at(row)));
    if (!recordSent(m_notices.at(row)))
        return false;
    setMessage(tr("Copied the notice to %1: paste it into the message. Recorded as sent.")
                   .arg(m_notices.at(row).unit),
        false);
    return true;
}

void RemindDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Save the Notices Into"));
    if (!folder.isEmpty())
        saveInto(folder, m_format->currentData().toString());
}

bool RemindDialog::saveInto(const QString &folder, const QString &suffix)
{
    const QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(dir.absolutePath())) {
        setMessage(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder)), true);
        return false;
    }
    for (const Reminder &r : std::as_const(m_notices)) {
        const QString path = dir.absoluteFilePath(Reminders::fileName(r, suffix));
        if (auto s = DocumentFile::write(Reminders::document(r), path); !s) {
            setMessage(s.error(), true);
            return false;
        }
        if (!recordSent(r))
            return false;
    }
    setMessage(tr("Saved %n notice(s) into %1; recorded as sent.", nullptr, int(m_notices.size()))
                   .arg(QDir::toNativeSeparators(dir.absolutePath())),
        false);
    return true;
}

} // namespace rectify
