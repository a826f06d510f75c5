#pragma once

#include "domain/records.h"
#include "domain/responsibilities.h"
#include "domain/user.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace rectify {

// What a user may try to do. Task actions name a task; the others concern the
// whole ledger.
enum class Action
{
    EditTask, // change a task's fields (measure, target, responsibilities ...)
    AddProgress, // report progress (整改进展)
    Complete, // mark the work done, awaiting sign-off (已完成)
    Close, // sign the task off (销号)
    Reject, // refuse a sign-off, back to in progress (驳回)
    Reopen, // reopen a closed task (重新打开)
    ChangeDeadline, // change a task's deadline (整改时限)
    Import, // import a ledger from CSV
    Settings, // change the ledger's settings
    ManageUsers, // add users, change roles and passwords
    Backup, // take a backup or restore one
    RequestExtension, // ask for a later deadline (延期申请)
    DecideExtension, // approve or reject a request for a later deadline
    ManageRounds, // open and close reporting rounds, write and collect their forms (报送)
};

// Every action, in the order above (for matrices in tests and menus).
QVector<Action> allActions();
// A stable English key: edit_task, add_progress, complete ...
QString actionKey(Action action);
// Whether the action concerns one task (and so, for officials, its units).
bool isTaskAction(Action action);

// The answer of Permission::check: allowed, or a refusal in words for the user.
struct Decision
{
    bool allowed = false;
    QString refusal; // empty when allowed

    explicit operator bool() const { return allowed; }
};

// Who may do what: one pure function of role × action (× the task's units for
// officials). The rules:
//  - official: edit, report progress and complete the tasks of their own unit
//    (a task's lead unit or one of its co-operating units);
//  - supervisor: everything an official may, on every unit, plus sign-off
//    (close, reject), reopening and changing deadlines;
//  - admin: import, settings, user management, backups; no task work, so that
//    keeping the database and signing off stay separate duties;
//  - extensions: an official asks for a later deadline of their own unit's tasks,
//    a supervisor decides (and may ask too); reporting rounds are a supervisor's.
class Permission final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::Permission)

public:
    // `task` holds the task's responsibilities for task actions (may be null for
    // ledger actions; a task action without one is judged as "not your unit").
    static Decision check(const User &user, Action action, const Responsibilities *task = nullptr);
    // The task's units an official must belong to: lead units and co-operating units.
    static bool unitResponsible(const QString &unit, const Responsibilities &task);

    // 整改成效 records (domain/records.h): whether `user` may record a new record of
    // `kind` (existing null) or change or remove `existing`. Supervisors and
    // administrators record every kind; an official records meetings and rules
    // established, as their unit's (Record::ownerUnit), and changes only their
    // unit's. Supervision rounds, accountability and quantified results are the
    // supervising office's.
    static Decision checkRecord(
        const User &user, RecordKind kind, const Record *existing = nullptr);
    // Changing an inspection's own data (its stay on site, 进驻): supervisors and
    // administrators.
    static Decision checkInspection(const User &user);
};

} // namespace rectify
