#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

namespace rectify {

class Ledger;

// One responsible unit's figures in the ranking (单位考核). A task counts for each
// of its lead units (牵头单位).
struct UnitScore
{
    int rank = 0; // 1 = best; units equal in every figure that orders share a rank
    QString unit;
    int tasks = 0; // tasks it leads
    int completedOnTime = 0; // done (completed or closed), not after the deadline
    int completedLate = 0; // 超期完成: done after the deadline
    int overdue = 0; // not done, deadline before today (not long-term)
    int extended = 0; // tasks with an approved extension (延期)
    int rounds = 0; // reporting rounds past their due date that asked the unit
    int reportsOnTime = 0; // of those, the rounds its first form came back in by the due date
    double score = 0; // 0..100, one decimal (docs/statistics.md)
};

// The ranking of the lead units on `today` (docs/statistics.md, 单位考核):
//   due      = completedOnTime + completedLate + overdue
//   A        = completedOnTime / due            (1 when nothing is due)
//   B        = 1 - overdue / due                (1 when nothing is due)
//   R        = reportsOnTime / rounds            (1 when no round asked the unit)
//   score    = 100 × (0.4·A + 0.3·B + 0.3·R), rounded to one decimal
// Ordered by score (higher first), then fewer overdue, then more completed on
// time, then more tasks, then the unit's name.
class Ranking final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::Ranking)

public:
    // `inspectionId` 0 ranks on every inspection's tasks; otherwise on that
    // inspection's, with the rounds of that inspection (and those of every inspection).
    static Result<QVector<UnitScore>> compute(
        const Ledger &ledger, const QDate &today, qint64 inspectionId = 0);
    // The score of the figures (the formula above).
    static double score(const UnitScore &figures);
};

} // namespace rectify
