#pragma once

#include "ui/documents/documentsave.h"
#include "util/result.h"

#include <QDate>
#include <QObject>
#include <functional>

class QAction;

namespace rectify {

class LedgerWindow;

// File → Draft Bulletin…: the 整改进展情况通报 draft of the inspection the window
// shows (or the ledger's only or default one) as DOCX, ODT or PDF, through a save
// dialog that proposes 整改进展情况通报_<day>.docx.
class BulletinAction final : public QObject
{
    Q_OBJECT

public:
    BulletinAction(LedgerWindow &window, QObject *parent);
    Q_DISABLE_COPY_MOVE(BulletinAction)

    QAction *action() const { return m_action; }
    // The file name the save dialog proposes, for the window's day.
    QString proposedFileName() const;

    // Replaces the save dialog (tests): given the proposed path, returns the
    // chosen one, or an empty string to cancel.
    using PathChooser = DocumentSave::PathChooser;
    void setPathChooser(PathChooser chooser) { m_chooser = std::move(chooser); }
    // Replaces the choice of an inspection when the window shows every one and
    // the ledger has several (tests): given their names, returns the index or -1.
    using InspectionChooser = std::function<int(const QStringList &names)>;
    void setInspectionChooser(InspectionChooser chooser)
    {
        m_inspectionChooser = std::move(chooser);
    }

    // Writes the draft of `inspectionId` to `path`.
    Status write(const QString &path, qint64 inspectionId);

Q_SIGNALS:
    void written(const QString &path);
    void failed(const QString &message);

private:
    void run();
    // The inspection shown, the only or default one, or the one the user picks;
    // 0 when cancelled.
    Result<qint64> inspection();

    LedgerWindow &m_window;
    QAction *m_action;
    PathChooser m_chooser;
    InspectionChooser m_inspectionChooser;
};

} // namespace rectify
