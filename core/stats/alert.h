#pragma once

#include "domain/task.h"

#include <QDate>
#include <QString>

namespace rectify {

class Ledger;

// Traffic-light levels of one task (红黄绿灯预警).
enum class AlertLevel
{
    Done, // completed or closed: never alerts
    Green, // on track
    Notice, // within the earlier notice window (e.g. 20 days), if one is set
    Yellow, // due soon: within the due-soon window (default 7 days)
    Red, // overdue: deadline before today, not completed
    Stale, // long-term task without a progress entry for too long
    DataProblem, // not long-term and no deadline: the ledger is missing data
};

// Stable keys for JSON and settings: done, green, notice, yellow, red, stale, data_problem.
QString alertLevelKey(AlertLevel level);
QString alertLevelLabel(AlertLevel level);

// Alert windows, stored per ledger (settings due_soon_days, notice_days, stale_days).
struct AlertSettings
{
    int dueSoonDays = 7; // yellow when the deadline is within this many days (today counts)
    int noticeDays = 0; // an earlier notice window (some offices use 20 or 10); 0 = off
    int staleDays = 30; // long-term tasks must report progress at least this often

    static AlertSettings fromLedger(const Ledger &ledger);
};

struct TaskAlert
{
    AlertLevel level = AlertLevel::Green;
    // Days from today to the deadline: negative when overdue (-3 = three days late),
    // 0 on the deadline itself. For Stale: days since the last progress entry
    // (or since `staleSince` when there is none). 0 when not applicable.
    int days = 0;
};

// The alert of one task on `today`. `lastProgress` is the date of the task's newest
// progress entry (invalid when none). Pure: no clock and no database are read.
TaskAlert evaluateAlert(
    const Task &task, const QDate &lastProgress, const QDate &today, const AlertSettings &settings);

// 超期完成: the work was done after its deadline. A long-term task has no deadline
// to miss, and a completion date that is not known is not taken for late.
bool isCompletedLate(const Task &task);

} // namespace rectify
