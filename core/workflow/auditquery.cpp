#include "workflow/auditquery.h"

#include "store/auditrows.h"
#include "store/ledger.h"
#include "store/sqlaccess.h"
#include "util/sqlvalues.h"

#include <QSqlQuery>

namespace rectify {

Result<QVector<AuditEntry>> AuditQuery::run(const Ledger &ledger, const AuditFilter &filter)
{
    QString sql = QStringLiteral("SELECT %1 FROM audit_log a WHERE 1 = 1")
                      .arg(auditEntryColumns(QStringLiteral("a.")));
    QVariantList values;
    if (!filter.user.isEmpty()) {
        sql += QStringLiteral(" AND a.user_name = ?");
        values << filter.user;
    }
    if (!filter.unit.isEmpty()) {
        sql += QStringLiteral(" AND a.user_name IN (SELECT us.name FROM users us "
                              "JOIN units un ON un.id = us.unit_id WHERE un.name = ?)");
        values << filter.unit;
    }
    // Timestamps are UTC text; the range is in local days.
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND a.at >= ?");
        values << timestampToSql(QDateTime(filter.from, QTime(0, 0)));
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND a.at < ?");
        values << timestampToSql(QDateTime(filter.to.addDays(1), QTime(0, 0)));
    }
    if (filter.taskId != 0) {
        sql += QStringLiteral(" AND a.entity = 'task' AND a.entity_id = ?");
        values << filter.taskId;
    }
    sql += QStringLiteral(" ORDER BY a.id");
    auto q = SqlAccess::exec(ledger, sql, values, tr("read the audit log"));
    if (!q)
        return Error { q.error() };
    QVector<AuditEntry> out;
    while (q->next())
        out << readAuditEntry(*q);
    return out;
}

Result<QStringList> AuditQuery::userNames(const Ledger &ledger)
{
    auto q = SqlAccess::exec(ledger,
        QStringLiteral("SELECT DISTINCT user_name FROM audit_log ORDER BY user_name"), {},
        tr("read the audit log"));
    if (!q)
        return Error { q.error() };
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

} // namespace rectify
