#pragma once

#include "report/officialdocument.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

namespace rectify {

class LedgerWindow;

// What the document actions share (the progress bulletin, a problem's
// rectification report): a save dialog that proposes a file name in the home
// folder for DOCX, ODT or PDF, the format checked by the chosen name, the
// document built and written under a busy cursor with a word in the status bar,
// and the file named there once written.
class DocumentSave final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::DocumentSave)

public:
    // Replaces the save dialog (tests): given the proposed path, returns the
    // chosen one, or an empty string to cancel.
    using PathChooser = std::function<QString(const QString &proposed)>;

    // Builds the document and writes it to `path`, `busy` in the status bar
    // meanwhile (reading a large ledger takes a moment).
    static Status write(LedgerWindow &window, const QString &busy,
        const std::function<Result<OfficialDocument>()> &build, const QString &path);

    struct Request
    {
        QString dialogTitle;
        QString proposedFileName;
        PathChooser chooser; // the save dialog when empty
        std::function<Status(const QString &path)> write;
        QString writtenMessage; // for the status bar; %1 is the file
    };
    // Asks where, checks the name, writes and says so: the file written, or an
    // empty string when the user cancelled.
    static Result<QString> run(LedgerWindow &window, const Request &request);
};

} // namespace rectify
