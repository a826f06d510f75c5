#pragma once

#include "domain/task.h"

#include <QString>
#include <QVector>

namespace rectify {

// The status of a problem, derived from its tasks (never stored).
enum class ProblemStatus
{
    NotStarted, // no task has started
    InProgress, // some work started, not everything done
    Completed, // every task completed or closed (awaiting sign-off)
    Closed, // every task signed off (已销号)
};

// Stable keys for JSON: not_started, in_progress, completed, closed.
QString problemStatusKey(ProblemStatus status);
// Translated label: 未启动 / 推进中 / 已完成 / 已销号.
QString problemStatusLabel(ProblemStatus status);

// What the rule needs to know about a problem's tasks; the statistics query
// computes the same figures with GROUP BY.
struct ProblemTaskTally
{
    qint64 tasks = 0;
    qint64 done = 0; // completed or closed
    qint64 closed = 0;
    qint64 started = 0; // status other than not started
    qint64 openLongTerm = 0; // long-term and not done

    void add(const Task &task);
};

// closed when every task is closed; completed when every task is completed or
// closed; not started when no task has started; in progress otherwise. A
// long-term task that is not done keeps the problem in progress: long-term work
// is ongoing by nature, even before its first status change. A problem without
// tasks has not started.
ProblemStatus problemStatus(const ProblemTaskTally &tally);
ProblemStatus problemStatus(const QVector<Task> &tasks);

} // namespace rectify
