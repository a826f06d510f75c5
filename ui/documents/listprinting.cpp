#include "ui/documents/listprinting.h"

#include "report/documentfile.h"
#include "stats/alert.h"
#include "ui/common/ledgerwindow.h"
#include "ui/tasks/tasktablemodel.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMainWindow>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QStatusBar>
#include <QTableView>

namespace rectify {

ListPrinting::ListPrinting(LedgerWindow &window, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_printTasks(new QAction(tr("Print &Task List…"), this))
    , m_exportTasks(new QAction(tr("Export Task &List…"), this))
    , m_printResponsibilities(new QAction(tr("Print Res&ponsibility List…"), this))
    , m_exportResponsibilities(new QAction(tr("Export Responsibility L&ist…"), this))
{
    m_printTasks->setObjectName(QStringLiteral("printTaskListAction"));
    m_exportTasks->setObjectName(QStringLiteral("exportTaskListAction"));
    m_printResponsibilities->setObjectName(QStringLiteral("printResponsibilityListAction"));
    m_exportResponsibilities->setObjectName(QStringLiteral("exportResponsibilityListAction"));
    // Ctrl+P prints the list the window shows; the window hands the shortcut to the
    // progress report while the dashboard is shown.
    m_printTasks->setShortcut(QKeySequence::Print);
    m_printTasks->setStatusTip(tr("Print the tasks the list shows (整改任务清单), with the "
                                  "filters under the title, on A4 landscape"));
    m_exportTasks->setStatusTip(
        tr("Write the tasks the list shows (整改任务清单) as PDF, Word or OpenDocument"));
    m_printResponsibilities->setStatusTip(
        tr("Print who answers for each task the list shows (责任清单), on A4 landscape"));
    m_exportResponsibilities->setStatusTip(
        tr("Write who answers for each task the list shows (责任清单) as PDF, Word or "
           "OpenDocument"));
    connect(m_printTasks, &QAction::triggered, this, [this] { print(Kind::Tasks); });
    connect(m_exportTasks, &QAction::triggered, this, [this] { exportDialog(Kind::Tasks); });
    connect(m_printResponsibilities, &QAction::triggered, this,
        [this] { print(Kind::Responsibilities); });
    connect(m_exportResponsibilities, &QAction::triggered, this,
        [this] { exportDialog(Kind::Responsibilities); });
}

QAction *ListPrinting::printAction(Kind kind) const
{
    return kind == Kind::Tasks ? m_printTasks : m_printResponsibilities;
}

QAction *ListPrinting::exportAction(Kind kind) const
{
    return kind == Kind::Tasks ? m_exportTasks : m_exportResponsibilities;
}

void ListPrinting::addTo(QMenu *menu) const
{
    menu->addAction(m_printTasks);
    menu->addAction(m_exportTasks);
    menu->addAction(m_printResponsibilities);
    menu->addAction(m_exportResponsibilities);
}

Result<TableDocument> ListPrinting::document(Kind kind) const
{
    const auto *model = qobject_cast<const TaskTableModel *>(m_window.taskView()->model());
    if (!model)
        return Error { tr("The task list is not available.") };
    return TaskListDocument::build(m_window.ledger(), kind, model->filter(), m_window.today(),
        AlertSettings::fromLedger(m_window.ledger()), model->sort());
}

QString ListPrinting::proposedFileName(Kind kind) const
{
    const QString day = m_window.today().toString(Qt::ISODate);
    return kind == Kind::Tasks ? tr("task-list_%1.pdf").arg(day)
                               : tr("responsibility-list_%1.pdf").arg(day);
}

Status ListPrinting::exportTo(Kind kind, const QString &path)
{
    m_window.mainWindow()->statusBar()->showMessage(tr("Writing the list…"));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    Status result;
    auto doc = document(kind);
    QApplication::restoreOverrideCursor();
    if (!doc) {
        result = Error { doc.error() };
    } else if (DocumentFile::formatFor(path) == DocumentFile::Format::Pdf) {
        // Laying out and drawing takes seconds for thousands of tasks: how far it
        // has got, and a Cancel that leaves no file.
        QProgressDialog dialog(tr("Writing %1…").arg(QDir::toNativeSeparators(path)), tr("Cancel"),
            0, 1000, m_window.mainWindow());
        dialog.setWindowModality(Qt::WindowModal);
        dialog.setMinimumDuration(500);
        dialog.setAutoClose(false);
        dialog.setAutoReset(false);
        auto pages = doc->writePdf(path, [&dialog](qint64 done, qint64 total) {
            dialog.setValue(total > 0 ? int(done * 1000 / total) : 0);
            QCoreApplication::processEvents();
            return !dialog.wasCanceled();
        });
        dialog.close();
        if (!pages)
            result = Error { pages.error() };
    } else {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        result = doc->write(path);
        QApplication::restoreOverrideCursor();
    }
    m_window.mainWindow()->statusBar()->clearMessage();
    return result;
}

Result<int> ListPrinting::printTo(Kind kind, QPrinter &printer)
{
    auto doc = document(kind);
    if (!doc)
        return Error { doc.error() };
    printer.setPageLayout(TableDocument::pageLayout());
    printer.setFullPage(true);
    printer.setDocName(doc->title);
    return doc->render(printer);
}

void ListPrinting::print(Kind kind)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(TableDocument::pageLayout());
    printer.setFullPage(true);
    if (m_preview) {
        if (!m_preview(printer))
            return;
        auto pages = printTo(kind, printer);
        if (!pages) {
            Q_EMIT failed(pages.error());
            return;
        }
        Q_EMIT printed(*pages);
        return;
    }
    QPrintPreviewDialog dialog(&printer, m_window.mainWindow());
    dialog.setWindowTitle(
        kind == Kind::Tasks ? tr("Print Task List") : tr("Print Responsibility List"));
    QString error;
    int pages = 0;
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *p) {
        auto drawn = printTo(kind, *p);
        if (!drawn)
            error = drawn.error();
        else
            pages = *drawn;
    });
    const bool accepted = dialog.exec() == QDialog::Accepted;
    if (!error.isEmpty()) {
        Q_EMIT failed(error);
        return;
    }
    if (accepted)
        Q_EMIT printed(pages);
}

void ListPrinting::exportDialog(Kind kind)
{
    const QString proposed = QDir(QDir::homePath()).filePath(proposedFileName(kind));
    const QString title
        = kind == Kind::Tasks ? tr("Export Task List") : tr("Export Responsibility List");
    const QString path = m_chooser
        ? m_chooser(proposed)
        : QFileDialog::getSaveFileName(m_window.mainWindow(), title, proposed,
            tr("PDF (*.pdf);;Word document (*.docx);;OpenDocument text (*.odt)"));
    if (path.isEmpty())
        return;
    if (Status s = exportTo(kind, path); !s) {
        Q_EMIT failed(s.error());
        return;
    }
    m_window.mainWindow()->statusBar()->showMessage(
        tr("Wrote %1.").arg(QDir::toNativeSeparators(path)), 10000);
    Q_EMIT written(path);
}

} // namespace rectify
