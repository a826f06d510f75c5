#pragma once

#include <Qt>

namespace rectify {

// Custom item roles shared by the task, problem and alert models.
enum ItemRole
{
    IdRole = Qt::UserRole + 1, // qint64: task or problem id
    ProblemIdRole, // qint64
    AlertLevelRole, // int: rectify::AlertLevel
    AlertDaysRole, // int: days left (negative: overdue)
    StatusRole, // int: rectify::TaskStatus
    SortKeyRole, // raw value for sorting and tests
};

} // namespace rectify
