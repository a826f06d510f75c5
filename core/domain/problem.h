#pragma once

#include <QString>

namespace rectify {

// One problem fed back by the inspectors (问题清单).
struct Problem
{
    qint64 id = 0;
    qint64 inspectionId = 0;
    QString code; // 序号, unique within the inspection: "1", "2.3", "一"
    QString category; // 问题类别
    QString title; // 反馈问题
    QString description; // fuller wording, if any
    int sortOrder = 0; // order in the ledger as imported or entered
    int version = 1; // row version, bumped on every update (optimistic locking)
};

} // namespace rectify
