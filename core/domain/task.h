#pragma once

#include "domain/responsibilities.h"
#include "domain/taskstatus.h"

#include <QDate>
#include <QString>

namespace rectify {

// One rectification measure of a problem (任务清单), with its responsibilities.
struct Task
{
    qint64 id = 0;
    qint64 problemId = 0;
    int number = 0; // (1), (2), ... within the problem
    QString measure; // 整改措施
    QString target; // 整改目标
    QDate deadline; // 整改时限; invalid when there is none
    bool longTerm = false; // 长期坚持: never overdue, must keep reporting
    TaskStatus status = TaskStatus::NotStarted;
    QDate completedOn; // when it reached Completed (for burn-up charts)
    QDate closedOn; // when it was signed off
    QString remarks; // 备注
    Responsibilities responsibilities;
    int version = 1; // row version, bumped on every update
};

} // namespace rectify
