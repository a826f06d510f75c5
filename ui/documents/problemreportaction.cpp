#include "ui/documents/problemreportaction.h"

#include "report/problemreport.h"
#include "store/ledger.h"
#include "ui/common/ledgerwindow.h"
#include "ui/documents/documentsave.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMainWindow>
#include <QMenu>
#include <QRegularExpression>
#include <QTableView>

namespace rectify {

ProblemReportAction::ProblemReportAction(LedgerWindow &window, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_action(new QAction(tr("Problem Rectification Re&port…"), this))
{
    m_action->setObjectName(QStringLiteral("problemReportAction"));
    m_action->setStatusTip(tr("Write the rectification report (整改情况报告) of the selected "
                              "problem: its measures, progress, evidence and sign-off"));
    connect(m_action, &QAction::triggered, this, &ProblemReportAction::run);
    QTableView *problems = m_window.problemView();
    problems->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(
        problems, &QWidget::customContextMenuRequested, this, &ProblemReportAction::contextMenu);
    connect(problems->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ProblemReportAction::updateEnabled);
    updateEnabled();
}

void ProblemReportAction::updateEnabled()
{
    m_action->setEnabled(m_window.currentProblemId() != 0);
}

void ProblemReportAction::contextMenu(const QPoint &pos)
{
    QTableView *problems = m_window.problemView();
    const QModelIndex index = problems->indexAt(pos);
    if (!index.isValid())
        return;
    problems->selectRow(index.row());
    QMenu menu(problems);
    menu.addAction(m_action);
    menu.exec(problems->viewport()->mapToGlobal(pos));
}

QString ProblemReportAction::proposedFileName() const
{
    QString code;
    if (auto problem = m_window.ledger().problem(m_window.currentProblemId()))
        code = problem->code;
    // Characters a file name cannot hold on Windows become "_".
    code.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\s]")), QStringLiteral("_"));
    return tr("rectification-report_%1_%2.docx").arg(code, m_window.today().toString(Qt::ISODate));
}

Status ProblemReportAction::write(const QString &path, qint64 problemId)
{
    return DocumentSave::write(
        m_window, tr("Writing the report…"),
        [&] { return ProblemReport::build(m_window.ledger(), problemId, m_window.today()); }, path);
}

void ProblemReportAction::run()
{
    const qint64 problem = m_window.currentProblemId();
    if (problem == 0) {
        Q_EMIT failed(tr("Select a problem in the problem list first."));
        return;
    }
    auto saved = DocumentSave::run(m_window,
        { tr("Problem Rectification Report"), proposedFileName(), m_chooser,
            [&](const QString &path) { return write(path, problem); },
            tr("Wrote the rectification report to %1.") });
    if (!saved) {
        Q_EMIT failed(saved.error());
        return;
    }
    if (!saved->isEmpty())
        Q_EMIT written(*saved);
}

} // namespace rectify
