#pragma once

#include <QDate>
#include <QDateTime>
#include <QVariant>

namespace rectify {

// Dates are stored as ISO text (YYYY-MM-DD) and NULL when invalid.
inline QVariant dateToSql(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}
inline QDate dateFromSql(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}
// Timestamps are stored as ISO text in UTC with milliseconds.
inline QVariant timestampToSql(const QDateTime &at)
{
    return at.isValid() ? QVariant(at.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}
inline QDateTime timestampFromSql(const QVariant &value)
{
    QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    at.setTimeSpec(Qt::UTC);
    return at;
}

} // namespace rectify
