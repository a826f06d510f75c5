#pragma once

#include "stats/statistics.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QVector>

namespace rectify {

class Ledger;

// One task line of the progress report.
struct ReportTask
{
    qint64 id = 0;
    int number = 0;
    QString measure;
    QDate deadline;
    bool longTerm = false;
    TaskStatus status = TaskStatus::NotStarted;
    QDate completedOn; // when it reached Completed; invalid when not recorded
    QStringList leadUnits;
    QStringList coUnits;
    QDate progressDate; // the latest progress entry up to today; invalid: none, or undated
    QString progressText;
};

// One problem of the progress report with its tasks, in ledger order.
struct ReportProblem
{
    qint64 id = 0;
    QString inspection;
    QString code;
    QString category;
    QString title;
    ProblemStatus status = ProblemStatus::NotStarted;
    QVector<ReportTask> tasks;
};

// Reads the problems, tasks, lead and co-operating units and latest progress of a
// ledger for the report in four statements, not one per task.
class ReportData final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::ReportData)

public:
    // Without `withUnits`, leadUnits and coUnits stay empty and their statement is not
    // run (the 通报 names no units).
    static Result<QVector<ReportProblem>> load(const Ledger &ledger, const QDate &today,
        const StatsFilter &filter = {}, bool withUnits = true);
};

} // namespace rectify
