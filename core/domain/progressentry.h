#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace rectify {

// One entry in a task's progress history (整改进展).
struct ProgressEntry
{
    qint64 id = 0;
    qint64 taskId = 0;
    QDate date;
    QString text;
    QString author;
    QDateTime createdAt; // UTC, set by the store
};

} // namespace rectify
