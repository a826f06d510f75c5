#pragma once

#include "stats/alert.h"
#include "stats/problemstatus.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

namespace rectify {

// Which tasks the statistics look at. Empty fields do not filter.
struct StatsFilter
{
    qint64 inspectionId = 0; // one inspection round; 0 = every round
    QString category; // 问题类别, exact
    QString unit; // a lead unit (牵头单位), by name: tasks it leads

    bool isEmpty() const { return inspectionId == 0 && category.isEmpty() && unit.isEmpty(); }
    bool operator==(const StatsFilter &o) const
    {
        return inspectionId == o.inspectionId && category == o.category && unit == o.unit;
    }
    bool operator!=(const StatsFilter &o) const { return !(*this == o); }
};

// Task figures. `completed` counts completed and closed tasks (the work is
// done); `closed` the signed-off ones among them. The alert counts (overdue,
// dueSoon, notice, stale, noDeadline) cover tasks that are not done; each such
// task is in at most one of them, the rest are on track.
struct TaskCounts
{
    qint64 total = 0;
    qint64 notStarted = 0;
    qint64 inProgress = 0;
    qint64 completed = 0; // completed + closed
    qint64 closed = 0;
    qint64 longTerm = 0; // long-term, whatever the status
    qint64 overdue = 0; // red
    qint64 dueSoon = 0; // yellow
    qint64 notice = 0; // inside the earlier notice window
    qint64 stale = 0; // long-term without recent progress
    qint64 noDeadline = 0; // not long-term and no deadline: a data problem
    // Tasks whose deadline was moved by an approved extension request (延期), whatever
    // their status; only in the totals (Statistics::tasks), not per group.
    qint64 extended = 0;

    qint64 awaitingSignOff() const { return completed - closed; }
    qint64 open() const { return total - completed; }
    // Open tasks that raise no alert (green).
    qint64 onTrack() const { return open() - overdue - dueSoon - notice - stale - noDeadline; }
    // completed / total, 0 for no tasks.
    double completionRate() const
    {
        return total > 0 ? static_cast<double>(completed) / static_cast<double>(total) : 0.0;
    }
};

// Problem figures by derived status (see problemstatus.h).
struct ProblemCounts
{
    qint64 total = 0;
    qint64 notStarted = 0;
    qint64 inProgress = 0;
    qint64 completed = 0; // every task done, including the closed problems
    qint64 closed = 0;
};

// One row of a breakdown (per lead unit, leader, category or inspection). A task
// with several lead units (or leaders) counts fully for each of them, so the
// rows of a breakdown can add up to more than the total. An empty name collects
// the tasks that have none.
struct GroupStats
{
    qint64 id = 0; // the unit, person or inspection id; 0 for categories and "none"
    QString name;
    TaskCounts counts; // stale is not computed per group
};

// Fraction done of one problem.
struct ProblemProgress
{
    qint64 id = 0;
    qint64 inspectionId = 0;
    QString code; // 序号
    QString title;
    QString category;
    ProblemTaskTally tally;
    ProblemStatus status = ProblemStatus::NotStarted;

    double fractionDone() const
    {
        return tally.tasks > 0 ? static_cast<double>(tally.done) / static_cast<double>(tally.tasks)
                               : 0.0;
    }
};

enum class BurnupPeriod
{
    Week, // Monday to Sunday
    Month,
};

// One period of the burn-up chart: cumulative figures at the end of the period.
struct BurnupPoint
{
    QDate start;
    QDate end; // last day of the period
    qint64 due = 0; // tasks whose deadline is on or before `end`
    qint64 completed = 0; // tasks completed on or before `end` (by completion date)
    bool future = false; // the period starts after today: `completed` is not known yet
};

// A date to mark on the burn-up chart (the end of a concentrated rectification period).
struct BurnupMarker
{
    QString label;
    QDate date;
};

struct BurnupSeries
{
    BurnupPeriod period = BurnupPeriod::Month;
    QVector<BurnupPoint> points; // consecutive periods, oldest first
    qint64 dueTotal = 0; // tasks with a deadline (long-term tasks are not "due")
    qint64 completedTotal = 0; // done tasks with a completion date
    qint64 undated = 0; // done tasks without a completion date: not in the series
    QVector<BurnupMarker> markers;
};

// An open task with a deadline on or after today, soonest first.
struct UpcomingTask
{
    qint64 taskId = 0;
    QString problemCode;
    int number = 0;
    QString measure;
    QDate deadline;
    int daysLeft = 0;
    QStringList leadUnits;
};

// Everything the dashboard, the report and `rectify-cli stats` show, as of `today`.
struct Statistics
{
    QDate today;
    StatsFilter filter;
    AlertSettings alerts;
    TaskCounts tasks;
    ProblemCounts problems;
    QVector<GroupStats> units; // by lead unit, most tasks first
    QVector<GroupStats> leaders; // by responsible leader, most tasks first
    QVector<GroupStats> categories; // by problem category, most tasks first
    QVector<GroupStats> inspections; // by inspection round, in ledger order
    QVector<ProblemProgress> problemList; // in ledger order (only when requested)
    BurnupSeries burnup;
    QVector<UpcomingTask> upcoming;
};

} // namespace rectify
