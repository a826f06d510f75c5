#pragma once

#include "report/tabledocument.h"
#include "report/tasklistdocument.h"
#include "util/result.h"

#include <QObject>
#include <functional>

class QAction;
class QMenu;
class QPrinter;

namespace rectify {

class LedgerWindow;

// File → Print Task List… (Ctrl+P on the lists), Export Task List…, and the same
// for the responsibility list (责任清单): the tasks the task table shows, with its
// filter and order, as an A4 landscape table (TaskListDocument). Printing goes
// through a print preview and the print dialog; exporting through a save dialog
// that proposes 整改任务清单_<day>.pdf (PDF, DOCX or ODT).
class ListPrinting final : public QObject
{
    Q_OBJECT

public:
    using Kind = TaskListDocument::Kind;

    ListPrinting(LedgerWindow &window, QObject *parent);
    Q_DISABLE_COPY_MOVE(ListPrinting)

    QAction *printAction(Kind kind) const;
    QAction *exportAction(Kind kind) const;
    void addTo(QMenu *menu) const;

    // The document of what the task table shows now.
    Result<TableDocument> document(Kind kind) const;
    QString proposedFileName(Kind kind) const;
    Status exportTo(Kind kind, const QString &path);
    // Draws the list on a printer (its page set to A4 landscape here).
    Result<int> printTo(Kind kind, QPrinter &printer);

    // Replaces the save dialog (tests): given the proposed path, returns the chosen
    // one, or an empty string to cancel.
    using PathChooser = std::function<QString(const QString &proposed)>;
    void setPathChooser(PathChooser chooser) { m_chooser = std::move(chooser); }
    // Replaces the print preview (tests): gets the printer, already set up, and
    // returns whether to print.
    using PrintPreview = std::function<bool(QPrinter &printer)>;
    void setPrintPreview(PrintPreview preview) { m_preview = std::move(preview); }

Q_SIGNALS:
    void written(const QString &path);
    void printed(int pages);
    void failed(const QString &message);

private:
    void print(Kind kind);
    void exportDialog(Kind kind);

    LedgerWindow &m_window;
    QAction *m_printTasks;
    QAction *m_exportTasks;
    QAction *m_printResponsibilities;
    QAction *m_exportResponsibilities;
    PathChooser m_chooser;
    PrintPreview m_preview;
};

} // namespace rectify
