#include "workflow/extensions.h"

#include "store/ledger.h"
#include "workflow/workflow.h"

namespace rectify {

Extensions::Extensions(Ledger &ledger, User actor)
    : m_ledger(ledger)
    , m_actor(std::move(actor))
{ }

QDate Extensions::today() const
{
    return m_ledger.now().toLocalTime().date();
}

Decision Extensions::requestAllowed(const Task &task, const QDate &to, const QDate &today)
{
    const auto refuse = [](const QString &why) { return Decision { false, why }; };
    if (task.status == TaskStatus::Closed)
        return refuse(tr("The task is closed (signed off); its deadline no longer matters."));
    if (task.status == TaskStatus::Completed)
        return refuse(tr("The task is completed and awaits sign-off; it needs no later deadline."));
    if (task.longTerm || !task.deadline.isValid())
        return refuse(tr("The task has no deadline to move (it is long-term or has none)."));
    if (!to.isValid())
        return refuse(tr("Give the new deadline as a date, e.g. 2024-06-30."));
    if (today > task.deadline)
        return refuse(tr("The deadline %1 has passed: an extension is asked for before the "
                         "deadline, not after.")
                          .arg(task.deadline.toString(Qt::ISODate)));
    if (to <= task.deadline)
        return refuse(tr("The new deadline %1 is not later than the current one, %2.")
                          .arg(to.toString(Qt::ISODate), task.deadline.toString(Qt::ISODate)));
    return { true, QString() };
}

Result<std::optional<ExtensionRequest>> Extensions::pending(const Ledger &ledger, qint64 taskId)
{
    auto all = ledger.extensions(taskId);
    if (!all)
        return Error { all.error() };
    for (const ExtensionRequest &e : *all) {
        if (e.state == ExtensionRequest::State::Pending)
            return std::optional<ExtensionRequest>(e);
    }
    return std::optional<ExtensionRequest>();
}

Result<QDate> Extensions::originalDeadline(const Ledger &ledger, qint64 taskId)
{
    auto all = ledger.extensions(taskId);
    if (!all)
        return Error { all.error() };
    for (const ExtensionRequest &e : *all) {
        if (e.state == ExtensionRequest::State::Approved)
            return e.originalDeadline;
    }
    return QDate();
}

Result<qint64> Extensions::request(qint64 taskId, const QDate &to, const QString &reason,
    qint64 roundId, const QString &requestedBy)
{
    if (reason.trimmed().isEmpty())
        return Error { tr("An extension request needs a reason (延期理由).") };
    m_ledger.setActor(m_actor.name);
    Ledger::Transaction tx(m_ledger);
    if (!tx.status())
        return Error { tx.status().error() };
    auto task = m_ledger.task(taskId);
    if (!task)
        return Error { task.error() };
    if (const Decision d
        = Permission::check(m_actor, Action::RequestExtension, &task->responsibilities);
        !d)
        return Error { d.refusal };
    if (const Decision d = requestAllowed(*task, to, today()); !d)
        return Error { d.refusal };
    auto open = pending(m_ledger, taskId);
    if (!open)
        return Error { open.error() };
    if (open->has_value())
        return Error { tr("The task already has a request to move its deadline to %1, pending "
                          "a supervisor's decision.")
                           .arg((*open)->requestedTo.toString(Qt::ISODate)) };
    ExtensionRequest e;
    e.taskId = taskId;
    e.roundId = roundId;
    e.requestedTo = to;
    e.reason = reason.trimmed();
    e.requestedBy = requestedBy.trimmed().isEmpty() ? m_actor.name : requestedBy.trimmed();
    e.requestedOn = today();
    auto id = m_ledger.addExtension(e);
    if (!id)
        return id;
    if (auto c = tx.commit(); !c)
        return Error { c.error() };
    return id;
}

Status Extensions::approve(qint64 taskId, const QString &reason)
{
    return decide(taskId, ExtensionRequest::State::Approved, reason);
}

Status Extensions::reject(qint64 taskId, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Error { tr("Rejecting an extension request needs a reason.") };
    return decide(taskId, ExtensionRequest::State::Rejected, reason);
}

Status Extensions::decide(qint64 taskId, ExtensionRequest::State state, const QString &reason)
{
    m_ledger.setActor(m_actor.name);
    Ledger::Transaction tx(m_ledger);
    if (!tx.status())
        return tx.status();
    auto task = m_ledger.task(taskId);
    if (!task)
        return Error { task.error() };
    if (const Decision d
        = Permission::check(m_actor, Action::DecideExtension, &task->responsibilities);
        !d)
        return Error { d.refusal };
    auto open = pending(m_ledger, taskId);
    if (!open)
        return Error { open.error() };
    if (!open->has_value())
        return Error { tr("The task has no pending extension request.") };
    ExtensionRequest e = **open;
    e.state = state;
    e.originalDeadline = task->deadline;
    e.decidedBy = m_actor.name;
    e.decidedOn = today();
    e.decisionReason = reason.trimmed();
    if (auto s = m_ledger.decideExtension(e); !s)
        return s;
    if (state == ExtensionRequest::State::Approved) {
        if (const Decision d = Workflow::stateAllows(Action::ChangeDeadline, task->status); !d)
            return Error { d.refusal };
        Task changed = *task;
        changed.deadline = e.requestedTo;
        const QString why = reason.trimmed().isEmpty()
            ? tr("extension approved: %1").arg(e.reason)
            : tr("extension approved: %1").arg(reason.trimmed());
        if (auto s = m_ledger.updateTask(changed, why); !s)
            return s;
    }
    return tx.commit();
}

} // namespace rectify
