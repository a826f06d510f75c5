#pragma once

#include <QDate>
#include <QString>

namespace rectify {

// One inspection round whose feedback the ledger answers (巡视, 巡察, 审计 ...).
struct Inspection
{
    qint64 id = 0;
    QString name; // e.g. 省委第三巡视组巡视反馈
    QString kind; // 巡视 / 巡察 / 审计 / ...
    QDate feedbackDate; // 反馈日期: 立行立改 deadlines fall on it
    QDate rectificationEnd; // end of the concentrated rectification period (集中整改期)
    QDate stationedFrom; // 进驻: the first day the inspection group was stationed on site
    QDate stationedTo; // the last day of its stay; invalid when not known
    QString notes;
};

} // namespace rectify
