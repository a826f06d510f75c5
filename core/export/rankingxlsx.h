#pragma once

#include "stats/ranking.h"
#include "util/result.h"

#include <QCoreApplication>

namespace rectify {

// The unit ranking (单位考核) as an Excel workbook: a title row naming the day,
// one row per unit with its figures, rates and score, frozen header, filter.
// Written beside the target and renamed over it when complete.
class RankingXlsx final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::RankingXlsx)

public:
    // The column headers (Chinese, as the office prints them).
    static QStringList headers();
    static Status write(const QVector<UnitScore> &ranking, const QDate &today, const QString &path);
};

} // namespace rectify
