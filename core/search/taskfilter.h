#pragma once

#include "domain/taskstatus.h"
#include "stats/alert.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace rectify {

// What the task table shows: every field empty means every task. A value type the
// UI fills from its filter bar and TaskQuery turns into bound SQL.
struct TaskFilter
{
    qint64 inspectionId = 0; // 0: every inspection
    qint64 problemId = 0; // 0: every problem
    QVector<TaskStatus> statuses; // empty: any status
    QVector<AlertLevel> alerts; // empty: any alert level
    QString unit; // lead or co-operating unit, exact name
    bool leadUnitOnly = false; // `unit` must lead the task (as the dashboard counts units)
    QString leader; // responsible leader, exact name
    QString person; // responsible person, exact name
    QString category; // problem category, exact
    QDate deadlineFrom; // inclusive; invalid: open
    QDate deadlineTo; // inclusive; invalid: open
    QString text; // free text over problem and task text; words are ANDed

    bool isEmpty() const
    {
        return inspectionId == 0 && problemId == 0 && statuses.isEmpty() && alerts.isEmpty()
            && unit.isEmpty() && leader.isEmpty() && person.isEmpty() && category.isEmpty()
            && !deadlineFrom.isValid() && !deadlineTo.isValid() && text.trimmed().isEmpty();
    }
    bool operator==(const TaskFilter &o) const
    {
        return inspectionId == o.inspectionId && problemId == o.problemId && statuses == o.statuses
            && alerts == o.alerts && unit == o.unit && leadUnitOnly == o.leadUnitOnly
            && leader == o.leader && person == o.person && category == o.category
            && deadlineFrom == o.deadlineFrom && deadlineTo == o.deadlineTo && text == o.text;
    }
    bool operator!=(const TaskFilter &o) const { return !(*this == o); }
};

// The columns the task table can be sorted by.
enum class TaskSortKey
{
    Ledger, // inspection, problem order, task number: the order of the paper ledger
    Problem,
    Number,
    Measure,
    LeadUnit,
    Leader,
    Person,
    Deadline,
    StatusKey, // not started, in progress, completed, closed
    Alert, // most urgent first when ascending
};

struct TaskSort
{
    TaskSortKey key = TaskSortKey::Ledger;
    bool descending = false;
};

} // namespace rectify
