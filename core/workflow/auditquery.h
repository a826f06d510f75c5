#pragma once

#include "domain/auditentry.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QVector>

namespace rectify {

class Ledger;

// Which audit entries to show: by who made the change, the unit of that user,
// a date range (local days, both ends included) and one task (its own entries,
// its progress and evidence). Empty parts do not filter.
struct AuditFilter
{
    QString user;
    QString unit;
    QDate from;
    QDate to;
    qint64 taskId = 0;
};

// Reads audit entries for the history views, oldest first, in SQL.
class AuditQuery final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::AuditQuery)

public:
    static Result<QVector<AuditEntry>> run(const Ledger &ledger, const AuditFilter &filter);
    // The names of users who appear in the log (for the filter's choices).
    static Result<QStringList> userNames(const Ledger &ledger);
};

} // namespace rectify
