#include "ledgereditor.h"

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
        run(m_redo);
    }
    void undo() override { run(m_undo); }

private:
    void run(const std::function<Status()> &step)
    {
        Status s = step();
        if (!s) {
            setObsolete(true);
            Q_EMIT m_editor.failed(s.error());
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

namespace {

// Everything a deleted task takes with it.
struct TaskSnapshot
{
    Task task;
    QVector<ProgressEntry> progress;
};

Result<TaskSnapshot> snapshotTask(const Ledger &ledger, qint64 id)
{
    auto task = ledger.task(id);
    if (!task)
        return Error { task.error() };
    auto progress = ledger.progress(id);
    if (!progress)
        return Error { progress.error() };
    return TaskSnapshot { *task, *progress };
}

Status restoreTask(Ledger &ledger, const TaskSnapshot &s)
{
    auto id = ledger.addTask(s.task, Ledger::IdMode::Keep);
    if (!id)
        return Error { id.error() };
    for (const ProgressEntry &e : s.progress) {
        if (auto p = ledger.addProgress(e, Ledger::IdMode::Keep); !p)
            return Error { p.error() };
    }
    return {};
}

// Writes `wanted` over the stored task, whatever version is stored now.
Status overwriteTask(Ledger &ledger, Task wanted, const QString &reason)
{
    auto current = ledger.task(wanted.id);
    if (!current)
        return Error { current.error() };
    wanted.version = current->version;
    return ledger.updateTask(wanted, reason);
}

} // namespace

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

Result<qint64> LedgerEditor::addProblem(const Problem &problem)
{
    auto id = m_ledger.addProblem(problem);
    if (!id)
        return id;
    auto added = m_ledger.problem(*id);
    if (!added)
        return Error { added.error() };
    const Problem stored = *added;
    Ledger &l = m_ledger;
    // The first run already happened above; the command redoes with the same id.
    m_stack->push(new Command(
        *this, tr("Add problem %1").arg(stored.code),
        [&l, stored]() -> Status {
            auto again = l.addProblem(stored, Ledger::IdMode::Keep);
            return again ? Status() : Status(Error { again.error() });
        },
        [&l, stored]() { return l.removeProblem(stored.id); }, 0));
    Q_EMIT changed();
    return *id;
}

Status LedgerEditor::editProblem(const Problem &problem)
{
    auto old = m_ledger.problem(problem.id);
    if (!old)
        return Error { old.error() };
    const Problem before = *old;
    const Problem after = problem;
    Ledger &l = m_ledger;
    return push(
        tr("Edit problem %1").arg(after.code), [&l, after]() { return l.updateProblem(after); },
        [&l, before]() { return l.updateProblem(before); });
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
    Ledger &l = m_ledger;
    return push(
        tr("Delete problem %1").arg(stored.code), [&l, id]() { return l.removeProblem(id); },
        [&l, stored, snapshots]() -> Status {
            Ledger::Transaction tx(l);
            if (!tx.status())
                return tx.status();
            if (auto p = l.addProblem(stored, Ledger::IdMode::Keep); !p)
                return Error { p.error() };
            for (const TaskSnapshot &s : snapshots) {
                if (Status r = restoreTask(l, s); !r)
                    return r;
            }
            return tx.commit();
        });
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
    const Task stored = *added;
    Ledger &l = m_ledger;
    m_stack->push(new Command(
        *this, tr("Add task (%1)").arg(stored.number),
        [&l, stored]() -> Status {
            auto again = l.addTask(stored, Ledger::IdMode::Keep);
            return again ? Status() : Status(Error { again.error() });
        },
        [&l, stored]() { return l.removeTask(stored.id); }, stored.id));
    Q_EMIT changed();
    Q_EMIT taskChanged(stored.id);
    return *id;
}

Status LedgerEditor::editTask(const Task &task, const QString &reason)
{
    auto old = m_ledger.task(task.id);
    if (!old)
        return Error { old.error() };
    if (old->version != task.version) {
        return Error { tr("Task (%1) was changed by someone else in the meantime; "
                          "reload it and make your change again.")
                           .arg(task.number) };
    }
    if (Status s = check(&*old, &task); !s)
        return s;
    const Task before = *old;
    const Task after = task;
    Ledger &l = m_ledger;
    return push(
        tr("Edit task (%1)").arg(after.number),
        [&l, after, reason]() { return overwriteTask(l, after, reason); },
        [&l, before]() { return overwriteTask(l, before, QString()); }, after.id);
}

Status LedgerEditor::setTaskStatus(qint64 id, TaskStatus status, const QString &reason)
{
    auto old = m_ledger.task(id);
    if (!old)
        return Error { old.error() };
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
    Ledger &l = m_ledger;
    return push(
        tr("Delete task (%1)").arg(stored.task.number), [&l, id]() { return l.removeTask(id); },
        [&l, stored]() -> Status {
            Ledger::Transaction tx(l);
            if (!tx.status())
                return tx.status();
            if (Status r = restoreTask(l, stored); !r)
                return r;
            return tx.commit();
        },
        id);
}

Result<qint64> LedgerEditor::addProgress(const ProgressEntry &entry)
{
    if (m_progressGuard) {
        if (Status s = m_progressGuard(entry.taskId); !s)
            return Error { s.error() };
    }
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
        [&l, stored]() -> Status {
            auto again = l.addProgress(stored, Ledger::IdMode::Keep);
            return again ? Status() : Status(Error { again.error() });
        },
        [&l, stored]() { return l.removeProgress(stored.id); }, entry.taskId));
    Q_EMIT changed();
    Q_EMIT taskChanged(entry.taskId);
    return *id;
}

Status LedgerEditor::removeProgress(qint64 id)
{
    auto q = m_ledger.exec(QStringLiteral("SELECT task_id FROM progress_entries WHERE id = ?"),
        { id }, tr("find a progress entry"));
    if (!q)
        return Error { q.error() };
    if (!q->next())
        return Error { tr("Progress entry #%1 does not exist.").arg(id) };
    const qint64 taskId = q->value(0).toLongLong();
    q->finish();
    if (m_progressGuard) {
        if (Status s = m_progressGuard(taskId); !s)
            return s;
    }
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
        tr("Delete progress"), [&l, id]() { return l.removeProgress(id); },
        [&l, stored]() -> Status {
            auto again = l.addProgress(stored, Ledger::IdMode::Keep);
            return again ? Status() : Status(Error { again.error() });
        },
        taskId);
}

} // namespace rectify
