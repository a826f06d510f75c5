#pragma once

#include "domain/round.h"
#include "domain/user.h"
#include "report/officialdocument.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QVector>

namespace rectify {

class Ledger;

// One task a 催办 notice lists.
struct ReminderTask
{
    qint64 id = 0;
    QString ref; // 4.2
    QString problem; // 反馈问题
    QString measure; // 整改措施
    QDate deadline; // the deadline in force (an approved extension's)
    int days = 0; // days to the deadline: negative when overdue
};

// A 催办 notice (催办通知) to one responsible unit on one day: the tasks it leads
// that are overdue or due soon (red and yellow lights, AlertSettings of the
// ledger), and its missing report in a reporting round.
struct Reminder
{
    QString unit;
    QDate date; // the day of the notice
    QVector<ReminderTask> overdue;
    QVector<ReminderTask> dueSoon;
    // The round, when one is open or named; reportMissing when the unit was asked
    // in it and no form of the unit was collected.
    QString round;
    QDate roundDue;
    bool reportMissing = false;

    bool isEmpty() const { return overdue.isEmpty() && dueSoon.isEmpty() && !reportMissing; }
    QVector<ReminderTask> tasks() const { return overdue + dueSoon; }
};

// Builds, writes and records 催办 notices (docs/reporting.md). The notice is
// Chinese whatever the interface language, as the office sends it.
class Reminders final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::Reminders)

public:
    // The notices of `today`: for `unit` (refused when the ledger has no such unit,
    // or when it has nothing to be reminded of), or with an empty unit for every
    // unit that is late (overdue or due-soon tasks, or a missing report), by name.
    // `round` names the round (refused when unknown); empty: the newest open round,
    // or no round when none is open (the notices then list tasks only). The round's
    // inspection, when it has one, limits the tasks.
    static Result<QVector<Reminder>> build(
        const Ledger &ledger, const QString &unit, const QString &round, const QDate &today);

    // The notice in official-document layout: title 催办通知, the unit addressed,
    // the lists, the report's due date, the issuing office (a placeholder) and date.
    static OfficialDocument document(const Reminder &reminder);
    // The same notice as plain text to paste into an IM or OA message.
    static QString plainText(const Reminder &reminder);
    // 催办通知_<unit>_<yyyy-MM-dd>.<suffix>
    static QString fileName(const Reminder &reminder, const QString &suffix);

    // Records that the notice was sent, acting for `actor` (a supervisor's work,
    // Action::ManageRounds): one audit entry "reminder" naming the unit, the date,
    // the round and the tasks, and one entry per task (entity task, field
    // reminder), so that the notice shows in each task's history. One transaction.
    static Status record(Ledger &ledger, const User &actor, const Reminder &reminder);
};

} // namespace rectify
