#pragma once

#include "report/tabledocument.h"
#include "search/taskfilter.h"
#include "stats/alert.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace rectify {

class Ledger;

// The lists offices print from the ledger, as the task table shows them (the same
// filter, the ledger's order):
//
//   整改任务清单  number, problem, measure, responsible units, leader, deadline,
//                latest progress, status
//   责任清单      number, problem, measure, leader, lead units, co-operating units,
//                persons, deadline
//
// Title "<inspection>整改任务清单" (or 责任清单), under it the date and the filters
// that chose the rows, in Chinese whatever the interface language. The measure gets
// the widest column. See docs/documents.md.
class TaskListDocument final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::TaskListDocument)

public:
    enum class Kind
    {
        Tasks,
        Responsibilities,
    };

    static Result<TableDocument> build(const Ledger &ledger, Kind kind, const TaskFilter &filter,
        const QDate &today, const AlertSettings &settings, const TaskSort &sort = {});

    // The filters in words, one per entry ("牵头单位：县教育局"); empty for no filter.
    static Result<QStringList> describeFilter(const Ledger &ledger, const TaskFilter &filter);
    // "4.2": the problem's number and the task's, as the CLI names tasks.
    static QString taskReference(const QString &problemCode, int number);
};

} // namespace rectify
