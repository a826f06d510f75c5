#pragma once

#include "stats/alert.h"
#include "stats/statistics.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

namespace rectify {

class Ledger;

// One task that raises an alert (red, yellow, notice, stale or no deadline).
struct AlertItem
{
    qint64 taskId = 0;
    qint64 problemId = 0;
    QString inspection;
    QString problemCode; // 序号
    int taskNumber = 0;
    QString measure;
    TaskStatus status = TaskStatus::NotStarted;
    bool longTerm = false;
    QDate deadline;
    QDate lastProgress; // newest progress entry up to today; invalid when none
    TaskAlert alert;
    QStringList leadUnits;
    QStringList persons; // 责任人
};

// The alerting tasks of a ledger, as of `today`: the candidates are chosen in SQL
// (open tasks that are long-term, undated, or due within the widest window) and
// each is judged by evaluateAlert(), so the list and the rule cannot disagree.
// Order: red (most overdue first), yellow, notice (soonest first), stale
// (longest silence first), no deadline; then by inspection, problem and number.
class AlertList final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::AlertList)

public:
    static Result<QVector<AlertItem>> compute(const Ledger &ledger, const QDate &today,
        const AlertSettings &settings, const StatsFilter &filter = {});
};

} // namespace rectify
