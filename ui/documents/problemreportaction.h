#pragma once

#include "ui/documents/documentsave.h"
#include "util/result.h"

#include <QObject>
#include <functional>

class QAction;
class QPoint;

namespace rectify {

class LedgerWindow;

// File → Problem Rectification Report… and the problem list's context menu: the
// 整改情况报告 of the selected problem (ProblemReport: its measures, progress,
// evidence and sign-off) as DOCX, ODT or PDF, through a save dialog that proposes
// 整改情况报告_<problem number>_<day>.docx. Disabled while no problem is selected.
class ProblemReportAction final : public QObject
{
    Q_OBJECT

public:
    ProblemReportAction(LedgerWindow &window, QObject *parent);
    Q_DISABLE_COPY_MOVE(ProblemReportAction)

    QAction *action() const { return m_action; }
    // The file name the save dialog proposes for the selected problem.
    QString proposedFileName() const;
    // Writes the report of `problemId` to `path`.
    Status write(const QString &path, qint64 problemId);

    // Replaces the save dialog (tests): given the proposed path, returns the
    // chosen one, or an empty string to cancel.
    using PathChooser = DocumentSave::PathChooser;
    void setPathChooser(PathChooser chooser) { m_chooser = std::move(chooser); }

Q_SIGNALS:
    void written(const QString &path);
    void failed(const QString &message);

private:
    void run();
    void updateEnabled();
    void contextMenu(const QPoint &pos);

    LedgerWindow &m_window;
    QAction *m_action;
    PathChooser m_chooser;
};

} // namespace rectify
