#include "ui/documents/documentsave.h"

#include "report/documentfile.h"
#include "ui/common/ledgerwindow.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMainWindow>
#include <QStatusBar>

namespace rectify {

Status DocumentSave::write(LedgerWindow &window, const QString &busy,
    const std::function<Result<OfficialDocument>()> &build, const QString &path)
{
    window.mainWindow()->statusBar()->showMessage(busy);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    Status result;
    auto document = build();
    if (!document)
        result = Error { document.error() };
    else
        result = DocumentFile::write(*document, path);
    QApplication::restoreOverrideCursor();
    window.mainWindow()->statusBar()->clearMessage();
    return result;
}

Result<QString> DocumentSave::run(LedgerWindow &window, const Request &request)
{
    const QString proposed = QDir(QDir::homePath()).filePath(request.proposedFileName);
    const QString path = request.chooser
        ? request.chooser(proposed)
        : QFileDialog::getSaveFileName(window.mainWindow(), request.dialogTitle, proposed,
            tr("Word document (*.docx);;OpenDocument text (*.odt);;PDF (*.pdf)"));
    if (path.isEmpty())
        return QString();
    if (!DocumentFile::formatFor(path))
        return Error { tr("%1: the file name must end in .docx, .odt or .pdf.")
                           .arg(QDir::toNativeSeparators(path)) };
    if (Status s = request.write(path); !s)
        return Error { s.error() };
    window.mainWindow()->statusBar()->showMessage(
        request.writtenMessage.arg(QDir::toNativeSeparators(path)), 10000);
    return path;
}

} // namespace rectify
