#include "workflow/workflow.h"

#include "store/conflict.h"
#include "store/evidencecontent.h"
#include "store/ledger.h"
#include "store/sqlaccess.h"

namespace rectify {

Workflow::Workflow(Ledger &ledger, User actor)
    : m_ledger(ledger)
    , m_actor(std::move(actor))
{ }

QString Workflow::evidenceFolder(const QString &ledgerPath)
{
    return EvidenceContent::folder(ledgerPath);
}

QDate Workflow::today() const
{
    return m_ledger.now().toLocalTime().date();
}

Decision Workflow::stateAllows(Action action, TaskStatus status)
{
    const auto refuse = [](const QString &why) { return Decision { false, why }; };
    switch (action) {
    case Action::Complete:
        if (status == TaskStatus::Completed)
            return refuse(tr("The task is already completed and awaits sign-off."));
        if (status == TaskStatus::Closed)
            return refuse(
                tr("The task is closed (signed off); a supervisor must reopen it first."));
        break;
    case Action::Close:
    case Action::Reject:
        if (status == TaskStatus::Closed)
            return refuse(tr("The task is already closed (signed off)."));
        if (status != TaskStatus::Completed)
            return refuse(tr("Only a completed task can be signed off or rejected; this one is %1.")
                              .arg(taskStatusLabel(status)));
        break;
    case Action::Reopen:
        if (status != TaskStatus::Closed)
            return refuse(tr("Only a closed task can be reopened; this one is %1.")
                              .arg(taskStatusLabel(status)));
        break;
    case Action::EditTask:
    case Action::AddProgress:
    case Action::ChangeDeadline:
    case Action::RequestExtension:
    case Action::DecideExtension:
        if (status == TaskStatus::Closed)
            return refuse(
                tr("The task is closed (signed off); a supervisor must reopen it first."));
        break;
    case Action::Import:
    case Action::Settings:
    case Action::ManageUsers:
    case Action::Backup:
    case Action::ManageRounds:
        break;
    }
    return { true, QString() };
}

Decision Workflow::can(Action action, const Task &task) const
{
    const Decision allowed = Permission::check(m_actor, action, &task.responsibilities);
    if (!allowed || !isTaskAction(action))
        return allowed;
    return stateAllows(action, task.status);
}

Result<Task> Workflow::load(qint64 taskId, Action action, int expectedVersion) const
{
    auto task = m_ledger.task(taskId);
    if (!task) {
        return expectedVersion != Ledger::anyVersion ? Conflict::task(m_ledger, taskId)
                                                     : Error { task.error() };
    }
    if (expectedVersion != Ledger::anyVersion && task->version != expectedVersion)
        return Conflict::task(m_ledger, taskId);
    const Decision d = can(action, *task);
    if (!d)
        return Error { d.refusal };
    return task;
}

Status Workflow::complete(qint64 taskId, const QString &text, const QStringList &evidenceFiles,
    int expectedVersion, const QString &reportedBy)
{
    if (text.trimmed().isEmpty())
        return Error { tr("Say what was done: completing a task needs a text.") };
    m_ledger.setActor(m_actor.name);
    Ledger::Transaction tx(m_ledger);
    if (!tx.status())
        return tx.status();
    auto task = load(taskId, Action::Complete, expectedVersion);
    if (!task)
        return task.failure();
    ProgressEntry entry;
    entry.taskId = taskId;
    entry.date = today();
    entry.text = text.trimmed();
    entry.author = reportedBy.trimmed().isEmpty() ? m_actor.name : reportedBy.trimmed();
    if (auto p = m_ledger.addProgress(entry); !p)
        return Error { p.error() };
    // Beside a ledger file, or in the server's evidence_content table inside this
    // transaction (store/evidencecontent.h).
    for (const QString &file : evidenceFiles) {
        auto stored = EvidenceContent::store(m_ledger, file);
        if (!stored)
            return stored.failure();
        Evidence e = *stored;
        e.taskId = taskId;
        e.addedBy = m_actor.name;
        if (auto added = m_ledger.addEvidence(e); !added)
            return Error { added.error() };
    }
    // addProgress does not change the row version; the task read above is current.
    if (auto s = m_ledger.setTaskStatus(
            taskId, task->version, TaskStatus::Completed, today(), QDate(), text.trimmed());
        !s)
        return s;
    return tx.commit();
}

Status Workflow::close(qint64 taskId, const QString &reason, int expectedVersion)
{
    m_ledger.setActor(m_actor.name);
    Ledger::Transaction tx(m_ledger);
    if (!tx.status())
        return tx.status();
    auto task = load(taskId, Action::Close, expectedVersion);
    if (!task)
        return task.failure();
    const QDate completed = task->completedOn.isValid() ? task->completedOn : today();
    if (auto s = m_ledger.setTaskStatus(taskId, task->version, TaskStatus::Closed, completed,
            today(), reason.trimmed().isEmpty() ? tr("signed off") : reason.trimmed());
        !s)
        return s;
    return tx.commit();
}

Status Workflow::reject(qint64 taskId, const QString &reason, int expectedVersion)
{
    if (reason.trimmed().isEmpty())
        return Error { tr("Rejecting a sign-off needs a reason.") };
    return backToInProgress(taskId, Action::Reject, reason.trimmed(), expectedVersion);
}

Status Workflow::reopen(qint64 taskId, const QString &reason, int expectedVersion)
{
    if (reason.trimmed().isEmpty())
        return Error { tr("Reopening a closed task needs a reason.") };
    return backToInProgress(taskId, Action::Reopen, reason.trimmed(), expectedVersion);
}

Status Workflow::backToInProgress(
    qint64 taskId, Action action, const QString &reason, int expectedVersion)
{
    m_ledger.setActor(m_actor.name);
    Ledger::Transaction tx(m_ledger);
    if (!tx.status())
        return tx.status();
    auto task = load(taskId, action, expectedVersion);
    if (!task)
        return task.failure();
    if (auto s = m_ledger.setTaskStatus(
            taskId, task->version, TaskStatus::InProgress, QDate(), QDate(), reason);
        !s)
        return s;
    return tx.commit();
}

Result<qint64> Workflow::findTask(
    const Ledger &ledger, const QString &ref, const QString &inspection)
{
    const QString r = ref.trimmed();
    const int dot = r.lastIndexOf(QLatin1Char('.'));
    bool ok = false;
    const int number = dot > 0 ? r.mid(dot + 1).toInt(&ok) : 0;
    if (!ok || number <= 0)
        return Error { tr("\"%1\" is not a task reference: write the problem code and the task "
                          "number, e.g. 4.2.")
                           .arg(ref) };
    const QString code = r.left(dot).trimmed();
    QString sql = QStringLiteral("SELECT t.id, i.name FROM tasks t "
                                 "JOIN problems p ON p.id = t.problem_id "
                                 "JOIN inspections i ON i.id = p.inspection_id "
                                 "WHERE p.code = ? AND t.number = ?");
    QVariantList values { code, number };
    if (!inspection.trimmed().isEmpty()) {
        sql += QStringLiteral(" AND i.name = ?");
        values << inspection.trimmed();
    }
    auto q = SqlAccess::exec(
        ledger, sql + QStringLiteral(" ORDER BY i.id"), values, tr("find task %1").arg(r));
    if (!q)
        return Error { q.error() };
    qint64 id = 0;
    QStringList inspections;
    while (q->next()) {
        id = q->value(0).toLongLong();
        inspections << q->value(1).toString();
    }
    if (inspections.isEmpty())
        return Error {
            tr("The ledger has no task %1 (problem %2, task %3).").arg(r, code).arg(number)
        };
    if (inspections.size() > 1)
        return Error { tr("Task %1 exists in several inspections (%2); name one with --inspection.")
                           .arg(r, inspections.join(QStringLiteral("、"))) };
    return id;
}

} // namespace rectify
