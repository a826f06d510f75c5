#include "store/auditrows.h"

#include "util/sqlvalues.h"

#include <QStringList>

namespace rectify {

QString auditEntryColumns(const QString &prefix)
{
    static const char *const names[] = { "id", "at", "user_name", "entity", "entity_id", "field",
        "old_value", "new_value", "reason" };
    QStringList columns;
    for (const char *name : names)
        columns << prefix + QLatin1String(name);
    return columns.join(QStringLiteral(", "));
}

AuditEntry readAuditEntry(const QSqlQuery &q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = timestampFromSql(q.value(1));
    e.user = q.value(2).toString();
    e.entity = q.value(3).toString();
    e.entityId = q.value(4).toLongLong();
    e.field = q.value(5).toString();
    e.oldValue = q.value(6).toString();
    e.newValue = q.value(7).toString();
    e.reason = q.value(8).toString();
    return e;
}

} // namespace rectify
