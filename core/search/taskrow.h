#pragma once

#include "domain/taskstatus.h"
#include "stats/alert.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace rectify {

// One line of the task table: a task with what the table shows of its problem
// and responsibilities, and its alert on the day it was read.
struct TaskRow
{
    qint64 id = 0;
    qint64 problemId = 0;
    QString problemCode;
    QString problemTitle;
    QString category;
    int number = 0;
    QString measure;
    QString target;
    QDate deadline;
    bool longTerm = false;
    TaskStatus status = TaskStatus::NotStarted;
    QStringList leaders;
    QStringList leadUnits;
    QStringList coUnits;
    QStringList persons;
    QDate lastProgress;
    QString latestProgress; // the text of the latest progress entry (latest date, then id)
    QDate completedOn; // when the work was done (invalid when not done or not known)
    TaskAlert alert;
};

} // namespace rectify
