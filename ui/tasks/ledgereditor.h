#pragma once

#include "domain/problem.h"
#include "domain/progressentry.h"
#include "domain/task.h"
#include "util/result.h"

#include <QHash>
#include <QObject>
#include <functional>

class QUndoStack;

namespace rectify {

class Ledger;

// The one place through which the window changes the ledger. Every edit becomes
// an undoable command on the undo stack; nothing in the widgets writes SQL.
// Status changes pass a guard (role and sign-off rules plug in there) before
// they are written, and so does every undo and redo of them.
class LedgerEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LedgerEditor)

public:
    // Asked before a task is changed: `before` is the stored task (nullptr when the
    // task is new), `after` the task to write (nullptr when it is deleted). An error
    // refuses the edit with that message.
    using TaskGuard = std::function<Status(const Task *before, const Task *after)>;

    explicit LedgerEditor(Ledger &ledger, QObject *parent = nullptr);
    ~LedgerEditor() override;

    Ledger &ledger() const { return m_ledger; }
    QUndoStack *undoStack() const { return m_stack; }
    void setTaskGuard(TaskGuard guard) { m_guard = std::move(guard); }
    // Asked before a progress entry of the task is added or removed.
    using ProgressGuard = std::function<Status(qint64 taskId)>;
    void setProgressGuard(ProgressGuard guard) { m_progressGuard = std::move(guard); }

    Result<qint64> addProblem(const Problem &problem);
    // Over the version `problem.version` names; a problem changed since is refused
    // (ErrorKind::Conflict), and so are undo and redo over someone else's change.
    Status editProblem(const Problem &problem);
    // Deletes the problem with its tasks and their progress; undo brings them all back.
    Status removeProblem(qint64 id);

    Result<qint64> addTask(const Task &task);
    // Writes every field of the task (including responsibilities) as given, over the
    // version `task.version` names: a task changed since is refused (ErrorKind::Conflict).
    // Undo and redo write over the version this editor left and are refused likewise.
    Status editTask(const Task &task, const QString &reason = QString());
    // Changes the status and keeps the completion and sign-off dates in step. With an
    // expected version (the one the caller's form was read at), a task changed since
    // is refused with a conflict instead of taking the status over the newer row.
    Status setTaskStatus(
        qint64 id, TaskStatus status, const QString &reason = QString(), int expectedVersion = 0);
    Status removeTask(qint64 id);

    Result<qint64> addProgress(const ProgressEntry &entry);
    Status removeProgress(qint64 id);

    // The day edits are dated with (the ledger's clock, local time).
    QDate today() const;

Q_SIGNALS:
    // Something in the ledger changed (an edit, an undo or a redo).
    void changed();
    // A task was changed, added or removed: the detail pane reloads it.
    void taskChanged(qint64 taskId);
    // Undo or redo failed (someone else changed the ledger meanwhile, the disk is full).
    void failed(const QString &message);

private:
    class Command;
    struct TaskSnapshot;
    static Result<TaskSnapshot> snapshotTask(const Ledger &ledger, qint64 id);
    void startFrom(qint64 taskId, int readVersion);
    Status checkEpoch(qint64 taskId, int epoch) const;
    Status writeTask(Task task, int epoch, const QString &reason);
    Status restoreTask(const TaskSnapshot &snapshot, int epoch);
    Status deleteTask(qint64 id, int epoch);
    // The same for problems; startProblemFrom() returns the epoch.
    int startProblemFrom(qint64 problemId, int readVersion);
    Status writeProblem(Problem problem, int epoch);
    Status restoreProblem(Problem problem, int epoch);
    Status deleteProblem(qint64 id, int epoch);
    Status push(const QString &text, std::function<Status()> redo, std::function<Status()> undo,
        qint64 taskId = 0);
    // The guards, asked for every edit and again for every undo and redo.
    Status check(const Task *before, const Task *after) const;
    Status checkProgress(qint64 taskId) const;

    Ledger &m_ledger;
    QUndoStack *m_stack;
    TaskGuard m_guard;
    ProgressGuard m_progressGuard;
    // Per task: the version this editor's last write left, and the epoch of its
    // commands (see startFrom()).
    QHash<qint64, int> m_versions;
    QHash<qint64, int> m_epochs;
    QHash<qint64, int> m_problemVersions;
    QHash<qint64, int> m_problemEpochs;
};

} // namespace rectify
