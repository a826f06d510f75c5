#pragma once

#include "domain/task.h"
#include "domain/user.h"
#include "util/result.h"
#include "workflow/permission.h"

#include <QCoreApplication>
#include <QStringList>

namespace rectify {

class Ledger;

// The sign-off (销号) workflow, acting for one user:
//
//   not started / in progress ──complete──► completed ──close──► closed
//                 ▲                             │                  │
//                 └────────────reject───────────┘                  │
//                 └────────────reopen──────────────────────────────┘
//
// complete needs a text saying what was done (saved as a progress entry) and
// may attach evidence files; reject and reopen need a reason. Each call is one
// transaction: the state change, its progress entry, evidence rows and audit
// entries are written together or not at all. Who may do what is
// Permission::check; what state allows what is can().
class Workflow final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::Workflow)

public:
    Workflow(Ledger &ledger, User actor);

    const User &actor() const { return m_actor; }

    // Whether the actor may do `action` to `task` now: the permission, then the
    // task's state. Ledger actions ignore the task.
    Decision can(Action action, const Task &task) const;
    static Decision stateAllows(Action action, TaskStatus status);

    // `expectedVersion` is the row version of the task the user was shown (0: the
    // stored one, for a caller that reads and acts at once): a task changed since
    // is refused with ErrorKind::Conflict, so nobody signs off what they have not seen.
    // `reportedBy` names who reported the work for the progress entry (a unit's
    // 填报人 on a collected form); the actor by default. The audit names the actor.
    Status complete(qint64 taskId, const QString &text, const QStringList &evidenceFiles = {},
        int expectedVersion = 0, const QString &reportedBy = QString());
    Status close(qint64 taskId, const QString &reason = QString(), int expectedVersion = 0);
    Status reject(qint64 taskId, const QString &reason, int expectedVersion = 0);
    Status reopen(qint64 taskId, const QString &reason, int expectedVersion = 0);

    // Where evidence files of the ledger at `ledgerPath` are copied: a folder
    // beside it, "<ledger file name>.evidence".
    static QString evidenceFolder(const QString &ledgerPath);

    // Finds a task by its reference "CODE.NUMBER" (problem code, task number),
    // e.g. "4.2"; `inspection` (a name) narrows the search when several
    // inspections use the same problem code.
    static Result<qint64> findTask(
        const Ledger &ledger, const QString &ref, const QString &inspection = QString());

private:
    Result<Task> load(qint64 taskId, Action action, int expectedVersion) const;
    // reject() and reopen() after their reason is checked: the task goes back to
    // in progress, its completion and sign-off dates cleared.
    Status backToInProgress(
        qint64 taskId, Action action, const QString &reason, int expectedVersion);
    QDate today() const;

    Ledger &m_ledger;
    User m_actor;
};

} // namespace rectify
