#include "stats/problemstatus.h"

#include <QCoreApplication>

namespace rectify {

QString problemStatusKey(ProblemStatus status)
{
    switch (status) {
    case ProblemStatus::NotStarted:
        return QStringLiteral("not_started");
    case ProblemStatus::InProgress:
        return QStringLiteral("in_progress");
    case ProblemStatus::Completed:
        return QStringLiteral("completed");
    case ProblemStatus::Closed:
        return QStringLiteral("closed");
    }
    return QString();
}

QString problemStatusLabel(ProblemStatus status)
{
    switch (status) {
    case ProblemStatus::NotStarted:
        return QCoreApplication::translate("rectify::ProblemStatus", "Not started");
    case ProblemStatus::InProgress:
        return QCoreApplication::translate("rectify::ProblemStatus", "In progress");
    case ProblemStatus::Completed:
        return QCoreApplication::translate("rectify::ProblemStatus", "Completed");
    case ProblemStatus::Closed:
        return QCoreApplication::translate("rectify::ProblemStatus", "Signed off");
    }
    return QString();
}

void ProblemTaskTally::add(const Task &task)
{
    ++tasks;
    if (isDone(task.status))
        ++done;
    if (task.status == TaskStatus::Closed)
        ++closed;
    if (task.status != TaskStatus::NotStarted)
        ++started;
    if (task.longTerm && !isDone(task.status))
        ++openLongTerm;
}

ProblemStatus problemStatus(const ProblemTaskTally &t)
{
    if (t.tasks > 0 && t.closed == t.tasks)
        return ProblemStatus::Closed;
    if (t.tasks > 0 && t.done == t.tasks)
        return ProblemStatus::Completed;
    if (t.started == 0 && t.openLongTerm == 0)
        return ProblemStatus::NotStarted;
    return ProblemStatus::InProgress;
}

ProblemStatus problemStatus(const QVector<Task> &tasks)
{
    ProblemTaskTally tally;
    for (const Task &task : tasks)
        tally.add(task);
    return problemStatus(tally);
}

} // namespace rectify
