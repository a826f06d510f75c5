#pragma once

#include "domain/extension.h"
#include "domain/task.h"
#include "domain/user.h"
#include "util/result.h"
#include "workflow/permission.h"

#include <QCoreApplication>
#include <optional>

namespace rectify {

class Ledger;

// Deadline extensions (延期申请), acting for one user: an official of the task's
// unit (or a supervisor) asks for a later deadline with a reason, before the
// deadline has passed; a supervisor approves (the task's deadline becomes the
// requested one, the old one is kept as 原定时限) or rejects, with a reason.
// One pending request per task. Each step is one transaction, audited.
class Extensions final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::Extensions)

public:
    Extensions(Ledger &ledger, User actor);

    // Whether `task` may be asked to move to `to` on `today` (its state, its
    // deadline), without the permission and without the pending check.
    static Decision requestAllowed(const Task &task, const QDate &to, const QDate &today);

    // `requestedBy` names who asked (a form's 填报人); the actor by default.
    Result<qint64> request(qint64 taskId, const QDate &to, const QString &reason,
        qint64 roundId = 0, const QString &requestedBy = QString());
    Status approve(qint64 taskId, const QString &reason = QString());
    Status reject(qint64 taskId, const QString &reason);

    // The task's pending request, if any.
    static Result<std::optional<ExtensionRequest>> pending(const Ledger &ledger, qint64 taskId);
    // The deadline before the first approved extension (原定时限); invalid when
    // the task's deadline was never extended.
    static Result<QDate> originalDeadline(const Ledger &ledger, qint64 taskId);

private:
    Status decide(qint64 taskId, ExtensionRequest::State state, const QString &reason);
    QDate today() const;

    Ledger &m_ledger;
    User m_actor;
};

} // namespace rectify
