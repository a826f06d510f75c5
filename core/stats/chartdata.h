#pragma once

#include "stats/statistics.h"

#include <QString>
#include <QVector>

namespace rectify {

// One slice of a pie or donut.
struct ChartSlice
{
    QString key; // stable: not_started, in_progress, awaiting_sign_off, closed, overdue ...
    QString label; // translated
    qint64 value = 0;
};

// One bar of a stacked bar chart by unit or leader. `open` counts the tasks not
// done and not overdue (in progress or not started).
struct ChartBar
{
    QString name; // the unit or leader; "其他" for the folded rest; empty = none named
    qint64 completed = 0;
    qint64 open = 0;
    qint64 overdue = 0;
    bool other = false; // the rest, folded into one bar
    qint64 total() const { return completed + open + overdue; }
};

// One bar of the per-problem chart.
struct ChartProblem
{
    qint64 problemId = 0;
    QString label; // code and title
    qint64 tasks = 0;
    qint64 done = 0;
    double fraction = 0.0;
};

// The mapping from Statistics to what the charts draw: plain data, no Qt Charts,
// so that it is tested in core and shared by the dashboard and every export.
class ChartData final
{
public:
    // Tasks by status: not started, in progress, awaiting sign-off, signed off.
    static QVector<ChartSlice> statusSlices(const TaskCounts &c);
    // Open tasks by light: overdue, due soon (with the notice window), stale or
    // undated, on track.
    static QVector<ChartSlice> alertSlices(const TaskCounts &c);
    // The `top` groups with most tasks, most first, and the rest folded into one
    // "other" bar. top <= 0 keeps every group.
    static QVector<ChartBar> bars(const QVector<GroupStats> &groups, int top);
    // The `count` problems with the most tasks still open (then the lowest fraction
    // done), for the "by problem" chart; completed problems are left out.
    static QVector<ChartProblem> problems(const QVector<ProblemProgress> &list, int count);
    // The label of the folded bar.
    static QString otherLabel();
    static QString noneLabel();
};

} // namespace rectify
