#include "workflow/permission.h"

namespace rectify {

QVector<Action> allActions()
{
    return { Action::EditTask, Action::AddProgress, Action::Complete, Action::Close, Action::Reject,
        Action::Reopen, Action::ChangeDeadline, Action::Import, Action::Settings,
        Action::ManageUsers, Action::Backup, Action::RequestExtension, Action::DecideExtension,
        Action::ManageRounds };
}

QString actionKey(Action action)
{
    switch (action) {
    case Action::EditTask:
        return QStringLiteral("edit_task");
    case Action::AddProgress:
        return QStringLiteral("add_progress");
    case Action::Complete:
        return QStringLiteral("complete");
    case Action::Close:
        return QStringLiteral("close");
    case Action::Reject:
        return QStringLiteral("reject");
    case Action::Reopen:
        return QStringLiteral("reopen");
    case Action::ChangeDeadline:
        return QStringLiteral("change_deadline");
    case Action::Import:
        return QStringLiteral("import");
    case Action::Settings:
        return QStringLiteral("settings");
    case Action::ManageUsers:
        return QStringLiteral("manage_users");
    case Action::Backup:
        return QStringLiteral("backup");
    case Action::RequestExtension:
        return QStringLiteral("request_extension");
    case Action::DecideExtension:
        return QStringLiteral("decide_extension");
    case Action::ManageRounds:
        return QStringLiteral("manage_rounds");
    }
    return QString();
}

bool isTaskAction(Action action)
{
    switch (action) {
    case Action::EditTask:
    case Action::AddProgress:
    case Action::Complete:
    case Action::Close:
    case Action::Reject:
    case Action::Reopen:
    case Action::ChangeDeadline:
    case Action::RequestExtension:
    case Action::DecideExtension:
        return true;
    case Action::Import:
    case Action::Settings:
    case Action::ManageUsers:
    case Action::Backup:
    case Action::ManageRounds:
        return false;
    }
    return false;
}

bool Permission::unitResponsible(const QString &unit, const Responsibilities &task)
{
    const QString wanted = unit.simplified();
    if (wanted.isEmpty())
        return false;
    for (const QStringList *list : { &task.leadUnits, &task.coUnits }) {
        for (const QString &name : *list) {
            if (name.simplified() == wanted)
                return true;
        }
    }
    return false;
}

namespace {

Decision allow()
{
    return { true, QString() };
}

Decision refuse(const QString &why)
{
    return { false, why };
}

} // namespace

Decision Permission::check(const User &user, Action action, const Responsibilities *task)
{
    if (!user.active)
        return refuse(
            tr("%1 is deactivated: an administrator can activate them again.").arg(user.name));
    // Reporting rounds are the supervising office's work, not the database keeper's.
    if (action == Action::ManageRounds) {
        if (user.role == UserRole::Supervisor)
            return allow();
        return refuse(tr("Only a supervisor may open, close or collect a reporting round "
                         "(%1 is %2).")
                          .arg(user.name, userRoleLabel(user.role)));
    }
    switch (user.role) {
    case UserRole::Admin:
        if (!isTaskAction(action))
            return allow();
        return refuse(tr("%1 is an administrator: administrators keep the ledger (import, "
                         "settings, users, backups); task work and sign-off are for officials "
                         "and supervisors.")
                          .arg(user.name));
    case UserRole::Supervisor:
        if (isTaskAction(action))
            return allow();
        return refuse(tr("Only an administrator may do this (%1 is a supervisor).").arg(user.name));
    case UserRole::Official:
        break;
    }

    // Officials.
    switch (action) {
    case Action::EditTask:
    case Action::AddProgress:
    case Action::Complete:
    case Action::RequestExtension:
        break;
    case Action::DecideExtension:
        return refuse(tr("Only a supervisor may approve or reject an extension request "
                         "(%1 is an official).")
                          .arg(user.name));
    case Action::Close:
    case Action::Reject:
        return refuse(tr("Only a supervisor may sign a task off or reject its sign-off "
                         "(%1 is an official).")
                          .arg(user.name));
    case Action::Reopen:
        return refuse(
            tr("Only a supervisor may reopen a closed task (%1 is an official).").arg(user.name));
    case Action::ChangeDeadline:
        return refuse(
            tr("Only a supervisor may change a deadline (%1 is an official).").arg(user.name));
    case Action::Import:
    case Action::Settings:
    case Action::ManageUsers:
    case Action::Backup:
    case Action::ManageRounds:
        return refuse(tr("Only an administrator may do this (%1 is an official).").arg(user.name));
    }
    if (user.unit.trimmed().isEmpty())
        return refuse(tr("%1 is an official without a unit, and so may not work on tasks; "
                         "an administrator can set the unit.")
                          .arg(user.name));
    if (!task || !unitResponsible(user.unit, *task))
        return refuse(tr("This task is not one of %1's: %2 is neither its lead unit nor a "
                         "co-operating unit.")
                          .arg(user.name, user.unit));
    return allow();
}

Decision Permission::checkRecord(const User &user, RecordKind kind, const Record *existing)
{
    if (user.role != UserRole::Official)
        return allow();
    if (kind != RecordKind::Meeting && kind != RecordKind::Rule) {
        return refuse(tr("Only a supervisor or an administrator may record a %1 (%2 is an "
                         "official; officials record the meetings and rules of their unit).")
                          .arg(recordKindLabel(kind), user.name));
    }
    const QString unit = user.unit.simplified();
    if (unit.isEmpty())
        return refuse(tr("%1 is an official without a unit, and so may not record meetings or "
                         "rules; an administrator can set the unit.")
                          .arg(user.name));
    if (existing && existing->ownerUnit.simplified() != unit) {
        return refuse(tr("This record is not %1's: it was recorded for %2, not for %3.")
                          .arg(user.name,
                              existing->ownerUnit.isEmpty() ? tr("the supervising office")
                                                            : existing->ownerUnit,
                              unit));
    }
    return allow();
}

Decision Permission::checkInspection(const User &user)
{
    if (user.role != UserRole::Official)
        return allow();
    return refuse(tr("Only a supervisor or an administrator may change an inspection (%1 is an "
                     "official).")
                      .arg(user.name));
}

} // namespace rectify
