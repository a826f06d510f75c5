#include "ui/tasks/ledgereditor.h"

#include "store/conflict.h"
#include "store/ledger.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace rectify {

// One edit: how to do it and how to take it back, both against the store. The
// edit is done once before the command is pushed, so a refused edit never
// reaches the stack; a failing undo or redo is reported and the command dropped.
class LedgerEditor::Command final : public QUndoCommand
{
public:
    Command(LedgerEditor &editor, const QString &text, std::function<Status()> redo,
        std::function<Status()> undo, qint64 taskId)
        : QUndoCommand(text)
        , m_editor(editor)
        , m_redo(std::move(redo))
        , m_undo(std::move(undo))
        , m_taskId(taskId)
    { }

    void redo() override
    {
        if (m_skipFirstRedo) {
            m_skipFirstRedo = false;
            return;
        }
        run(m_redo, false);
    }
    void undo() override { run(m_undo, true); }

private:
    void run(const std::function<Status()> &step, bool undoing)
    {
        Status s = step();
        if (!s) {
            setObsolete(true);
            QString message = s.error();
            if (s.isConflict()) {
                message = (undoing ? LedgerEditor::tr("\"%1\" cannot be undone: %2")
                                   : LedgerEditor::tr("\"%1\" cannot be redone: %2"))
                              .arg(text(), s.error());
            }
            Q_EMIT m_editor.failed(message);
        }
        Q_EMIT m_editor.changed();
        if (m_taskId != 0)
            Q_EMIT m_editor.taskChanged(m_taskId);
    }

    LedgerEditor &m_editor;
    std::function<Status()> m_redo;
    std::function<Status()> m_undo;
    qint64 m_taskId;
    bool m_skipFirstRedo = true;
};

// Everything a deleted task takes with it.
struct LedgerEditor::TaskSnapshot
{
    Task task;
    QVector<ProgressEntry> progress;
};

Result<LedgerEditor::TaskSnapshot> LedgerEditor::snapshotTask(const Ledger &ledger, qint64 id)
{
    auto task = ledger.task(id);
    if (!task)
        return Error { task.error() };
    auto progress = ledger.progress(id);
    if (!progress)
        return Error { progress.error() };
    return TaskSnapshot { *task, *progress };
}

LedgerEditor::LedgerEditor(Ledger &ledger, QObject *parent)
    : QObject(parent)
    , m_ledger(ledger)
    , m_stack(new QUndoStack(this))
{ }

LedgerEditor::~LedgerEditor() = default;

QDate LedgerEditor::today() const
{
    return m_ledger.now().toLocalTime().date();
}

Status LedgerEditor::check(const Task *before, const Task *after) const
{
    return m_guard ? m_guard(before, after) : Status();
}

Status LedgerEditor::checkProgress(qint64 taskId) const
{
    return m_progressGuard ? m_progressGuard(taskId) : Status();
}

Status LedgerEditor::push(
    const QString &text, std::function<Status()> redo, std::function<Status()> undo, qint64 taskId)
{
    if (Status s = redo(); !s)
        return s;
    m_stack->push(new Command(*this, text, std::move(redo), std::move(undo), taskId));
    Q_EMIT changed();
    if (taskId != 0)
        Q_EMIT taskChanged(taskId);
    return {};
}

int LedgerEditor::startProblemFrom(qint64 problemId, int readVersion)
{
    const auto known = m_problemVersions.constFind(problemId);
    if (known != m_problemVersions.constEnd() && *known != readVersion)
        ++m_problemEpochs[problemId];
    m_problemVersions[problemId] = readVersion;
    return m_problemEpochs.value(problemId);
}

Status LedgerEditor::writeProblem(Problem problem, int epoch)
{
    if (m_problemEpochs.value(problem.id) != epoch)
        return Conflict::problem(m_ledger, problem.id);
    problem.version = m_problemVersions.value(problem.id, problem.version);
    Status s = m_ledger.updateProblem(problem);
    if (s)
        m_problemVersions[problem.id] = problem.version + 1;
    return s;
}

Status LedgerEditor::restoreProblem(Problem problem, int epoch)
{
    if (m_problemEpochs.value(problem.id) != epoch)
        return Conflict::problem(m_ledger, problem.id);
    problem.version = m_problemVersions.value(problem.id, problem.version);
    auto again = m_ledger.addProblem(problem, Ledger::IdMode::Keep);
    if (!again)
        return again.failure();
    // addProblem(Keep) brings the row back one version on.
    m_problemVersions[problem.id] = problem.version + 1;
    return {};
}

Status LedgerEditor::deleteProblem(qint64 id, int epoch)
{
    if (m_problemEpochs.value(id) != epoch)
        return Conflict::problem(m_ledger, id);
    return m_ledger.removeProblem(id, m_problemVersions.value(id, Ledger::anyVersion));
}

Result<qint64> LedgerEditor::addProblem(const Problem &problem)
{
    auto id = m_ledger.addProblem(problem);
    if (!id)
        return id;
    auto added = m_ledger.problem(*id);
    if (!added)
        return Error { added.error() };
    const Problem stored = *added;
    const int epoch = startProblemFrom(stored.id, stored.version);
    // The first run already happened above; the command redoes with the same id.
    m_stack->push(new Command(
        *this, tr("Add problem %1").arg(stored.code),
        [this, stored, epoch]() { return restoreProblem(stored, epoch); },
        [this, stored, epoch]() { return deleteProblem(stored.id, epoch); }, 0));
    Q_EMIT changed();
    return *id;
}

Status LedgerEditor::editProblem(const Problem &problem)
{
    auto old = m_ledger.problem(problem.id);
    if (!old || old->version != problem.version)
        return Conflict::problem(m_ledger, problem.id, &problem);
    const Problem before = *old;
    const Problem after = problem;
    const int epoch = startProblemFrom(problem.id, problem.version);
    return push(
        tr("Edit problem %1").arg(after.code),
        [this, after, epoch]() { return writeProblem(after, epoch); },
        [this, before, epoch]() { return writeProblem(before, epoch); });
}

Status LedgerEditor::removeProblem(qint64 id)
{
    auto problem = m_ledger.problem(id);
    if (!problem)
        return Error { problem.error() };
    auto tasks = m_ledger.tasks(id);
    if (!tasks)
        return Error { tasks.error() };
    QVector<TaskSnapshot> snapshots;
    for (const Task &t : *tasks) {
        if (Status s = check(&t, nullptr); !s)
            return s;
        auto snap = snapshotTask(m_ledger, t.id);
        if (!snap)
            return Error { snap.error() };
        snapshots << *snap;
    }
    const Problem stored = *problem;
    const int problemEpoch = startProblemFrom(id, stored.version);
    QHash<qint64, int> epochs;
    for (const TaskSnapshot &s : snapshots) {
        startFrom(s.task.id, s.task.version);
        epochs.insert(s.task.id, m_epochs.value(s.task.id));
    }
    Ledger &l = m_ledger;
    return push(
        tr("Delete problem %1").arg(stored.code),
        [this, &l, id, snapshots, epochs, problemEpoch]() -> Status {
            // The tasks go with the problem: each must still be as this editor left it.
            Ledger::Transaction tx(l);
            if (!tx.status())
                return tx.status();
            for (const TaskSnapshot &s : snapshots) {
                if (Status e = checkEpoch(s.task.id, epochs.value(s.task.id)); !e)
                    return e;
                auto now = l.task(s.task.id);
                if (!now || now->version != m_versions.value(s.task.id))
                    return Conflict::task(l, s.task.id);
            }
            if (Status r = deleteProblem(id, problemEpoch); !r)
                return r;
            return tx.commit();
        },
        [this, &l, stored, snapshots, epochs, problemEpoch]() -> Status {
            Ledger::Transaction tx(l);
            if (!tx.status())
                return tx.status();
            if (Status p = restoreProblem(stored, problemEpoch); !p)
                return p;
            for (const TaskSnapshot &s : snapshots) {
                if (Status r = restoreTask(s, epochs.value(s.task.id)); !r)
                    return r;
            }
            return tx.commit();
        });
}

// Versions. Every task write of this editor names the version it expects and
// records the one it leaves (m_versions), so that an undo or redo writes over
// exactly the row this editor last wrote and is refused (a conflict) when someone
// else changed the task in between. A new edit that starts from a newer row than
// this editor's last write (someone else's change, seen after a reload) opens a new
// epoch: the older commands of that task can no longer be undone, since undoing
// them would overwrite that change.

void LedgerEditor::startFrom(qint64 taskId, int readVersion)
{
    const auto known = m_versions.constFind(taskId);
    if (known != m_versions.constEnd() && *known != readVersion)
        ++m_epochs[taskId];
    m_versions[taskId] = readVersion;
}

Status LedgerEditor::checkEpoch(qint64 taskId, int epoch) const
{
    if (m_epochs.value(taskId) != epoch)
        return Conflict::task(m_ledger, taskId);
    return {};
}

Status LedgerEditor::writeTask(Task task, int epoch, const QString &reason)
{
    if (Status s = checkEpoch(task.id, epoch); !s)
        return s;
    // An undo or redo is an edit made now, by whoever works now: it passes the
    // same guard as a new one (the user may have changed since, or the task).
    auto stored = m_ledger.task(task.id);
    if (!stored)
        return Error { stored.error() };
    if (Status s = check(&*stored, &task); !s)
        return s;
    task.version = m_versions.value(task.id, task.version);
    Status s = m_ledger.updateTask(task, reason);
    if (s)
        m_versions[task.id] = task.version + 1;
    return s;
}

Status LedgerEditor::restoreTask(const TaskSnapshot &s, int epoch)
{
    if (Status e = checkEpoch(s.task.id, epoch); !e)
        return e;
    // Bringing a task back is adding it, for the guard as for a new one.
    if (Status g = check(nullptr, &s.task); !g)
        return g;
    Task task = s.task;
    task.version = m_versions.value(task.id, task.version);
    Ledger::Transaction tx(m_ledger);
    if (!tx.status())
        return tx.status();
    auto id = m_ledger.addTask(task, Ledger::IdMode::Keep);
    if (!id)
        return Error { id.error() };
    for (const ProgressEntry &e : s.progress) {
        if (auto p = m_ledger.addProgress(e, Ledger::IdMode::Keep); !p)
            return Error { p.error() };
    }
    if (Status c = tx.commit(); !c)
        return c;
    // addTask(Keep) brings the row back one version on.
    m_versions[task.id] = task.version + 1;
    return {};
}

Status LedgerEditor::deleteTask(qint64 id, int epoch)
{
    if (Status s = checkEpoch(id, epoch); !s)
        return s;
    auto stored = m_ledger.task(id);
    if (!stored)
        return Error { stored.error() };
    if (Status g = check(&*stored, nullptr); !g)
        return g;
    return m_ledger.removeTask(id, m_versions.value(id, Ledger::anyVersion));
}

Result<qint64> LedgerEditor::addTask(const Task &task)
{
    if (Status s = check(nullptr, &task); !s)
        return Error { s.error() };
    auto id = m_ledger.addTask(task);
    if (!id)
        return id;
    auto added = m_ledger.task(*id);
    if (!added)
        return Error { added.error() };
    const TaskSnapshot stored { *added, {} };
    startFrom(stored.task.id, stored.task.version);
    const int epoch = m_epochs.value(stored.task.id);
    m_stack->push(new Command(
        *this, tr("Add task (%1)").arg(stored.task.number),
        [this, stored, epoch]() { return restoreTask(stored, epoch); },
        [this, stored, epoch]() { return deleteTask(stored.task.id, epoch); }, stored.task.id));
    Q_EMIT changed();
    Q_EMIT taskChanged(stored.task.id);
    return *id;
}

Status LedgerEditor::editTask(const Task &task, const QString &reason)
{
    auto old = m_ledger.task(task.id);
    if (!old)
        return Conflict::task(m_ledger, task.id, &task);
    if (old->version != task.version)
        return Conflict::task(m_ledger, task.id, &task);
    if (Status s = check(&*old, &task); !s)
        return s;
    const Task before = *old;
    const Task after = task;
    startFrom(task.id, task.version);
    const int epoch = m_epochs.value(task.id);
    return push(
        tr("Edit task (%1)").arg(after.number),
        [this, after, reason, epoch]() { return writeTask(after, epoch, reason); },
        [this, before, epoch]() { return writeTask(before, epoch, QString()); }, after.id);
}

Status LedgerEditor::setTaskStatus(
    qint64 id, TaskStatus status, const QString &reason, int expectedVersion)
{
    auto old = m_ledger.task(id);
    if (!old)
        return expectedVersion == Ledger::anyVersion ? Status(Error { old.error() })
                                                     : Status(Conflict::task(m_ledger, id));
    if (expectedVersion != Ledger::anyVersion && old->version != expectedVersion)
        return Conflict::task(m_ledger, id);
    if (old->status == status)
        return {};
    Task t = *old;
    t.status = status;
    const QDate day = today();
    switch (status) {
    case TaskStatus::NotStarted:
    case TaskStatus::InProgress:
        t.completedOn = QDate();
        t.closedOn = QDate();
        break;
    case TaskStatus::Completed:
        if (!t.completedOn.isValid())
            t.completedOn = day;
        t.closedOn = QDate();
        break;
    case TaskStatus::Closed:
        if (!t.completedOn.isValid())
            t.completedOn = day;
        if (!t.closedOn.isValid())
            t.closedOn = day;
        break;
    }
    return editTask(t, reason);
}

Status LedgerEditor::removeTask(qint64 id)
{
    auto snap = snapshotTask(m_ledger, id);
    if (!snap)
        return Error { snap.error() };
    if (Status s = check(&snap->task, nullptr); !s)
        return s;
    const TaskSnapshot stored = *snap;
    startFrom(id, stored.task.version);
    const int epoch = m_epochs.value(id);
    return push(
        tr("Delete task (%1)").arg(stored.task.number),
        [this, id, epoch]() { return deleteTask(id, epoch); },
        [this, stored, epoch]() { return restoreTask(stored, epoch); }, id);
}

Result<qint64> LedgerEditor::addProgress(const ProgressEntry &entry)
{
    if (Status s = checkProgress(entry.taskId); !s)
        return Error { s.error() };
    auto id = m_ledger.addProgress(entry);
    if (!id)
        return id;
    auto all = m_ledger.progress(entry.taskId);
    if (!all)
        return Error { all.error() };
    ProgressEntry stored = entry;
    for (const ProgressEntry &e : *all) {
        if (e.id == *id)
            stored = e;
    }
    Ledger &l = m_ledger;
    m_stack->push(new Command(
        *this, tr("Add progress"),
        [this, &l, stored]() -> Status {
            if (Status g = checkProgress(stored.taskId); !g)
                return g;
            auto again = l.addProgress(stored, Ledger::IdMode::Keep);
            return again ? Status() : Status(Error { again.error() });
        },
        [this, &l, stored]() {
            if (Status g = checkProgress(stored.taskId); !g)
                return g;
            return l.removeProgress(stored.id);
        },
        entry.taskId));
    Q_EMIT changed();
    Q_EMIT taskChanged(entry.taskId);
    return *id;
}

Status LedgerEditor::removeProgress(qint64 id)
{
    auto owner = m_ledger.progressTaskId(id);
    if (!owner)
        return Error { owner.error() };
    const qint64 taskId = *owner;
    if (Status s = checkProgress(taskId); !s)
        return s;
    auto all = m_ledger.progress(taskId);
    if (!all)
        return Error { all.error() };
    ProgressEntry stored;
    for (const ProgressEntry &e : *all) {
        if (e.id == id)
            stored = e;
    }
    Ledger &l = m_ledger;
    return push(
        tr("Delete progress"),
        [this, &l, id, taskId]() {
            if (Status g = checkProgress(taskId); !g)
                return g;
            return l.removeProgress(id);
        },
        [this, &l, stored]() -> Status {
            if (Status g = checkProgress(stored.taskId); !g)
                return g;
            auto again = l.addProgress(stored, Ledger::IdMode::Keep);
            return again ? Status() : Status(Error { again.error() });
        },
        taskId);
}

} // namespace rectify
