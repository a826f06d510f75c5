// Ledger's audit log: every write recorded, field by field, in the hash chain.
#include "store/auditchain.h"
#include "store/auditrows.h"
#include "store/ledger.h"
#include "store/rowreader.h"
#include "util/sqlvalues.h"

namespace rectify {

Status Ledger::audit(const QString &entity, qint64 id, const QString &field,
    const QVariant &oldValue, const QVariant &newValue, const QString &reason)
{
    AuditEntry e;
    e.entity = entity;
    e.entityId = id;
    e.field = field;
    e.oldValue = oldValue.isNull() ? QString() : oldValue.toString();
    e.newValue = newValue.isNull() ? QString() : newValue.toString();
    e.reason = reason;
    return appendAudit(e);
}

Status Ledger::appendAudit(AuditEntry entry)
{
    if (!entry.at.isValid())
        entry.at = now();
    if (entry.user.isEmpty())
        entry.user = m_actor.isEmpty() ? QStringLiteral("?") : m_actor;
    // The chain needs the previous entry and this entry's id before the insert:
    // the write lock of the (joined) transaction keeps both stable.
    Transaction tx(*this);
    if (!tx.status())
        return tx.status();
    // Prepared once: an import or a collected form appends thousands of entries.
    auto last
        = execReused(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"), {},
            tr("write the audit log"));
    if (!last)
        return Error { last.error() };
    AuditChain::Row row;
    if ((*last)->next()) {
        row.id = (*last)->value(0).toLongLong() + 1;
        row.prevHash = (*last)->value(1).toString();
    } else {
        row.id = 1;
    }
    (*last)->finish();
    // What is bound is what is hashed: exec() binds a null QString as ''.
    const auto text = [](const QString &s) { return QVariant(s.isNull() ? QLatin1String("") : s); };
    row.at = timestampToSql(entry.at);
    row.user = text(entry.user);
    row.entity = text(entry.entity);
    row.entityId = entry.entityId ? QVariant(entry.entityId) : QVariant();
    row.field = text(entry.field);
    row.oldValue = text(entry.oldValue);
    row.newValue = text(entry.newValue);
    row.reason = text(entry.reason);
    row.hash = AuditChain::hashOf(row);
    auto q
        = execReused(QStringLiteral("INSERT INTO audit_log (id, at, user_name, entity, entity_id, "
                                    "field, old_value, new_value, reason, prev_hash, hash) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { row.id, row.at, row.user, row.entity, row.entityId, row.field, row.oldValue,
                row.newValue, row.reason, row.prevHash, row.hash },
            tr("write the audit log"));
    if (!q)
        return Error { q.error() };
    // A set-up server chains the entry itself (number, user, time, hashes and the
    // head: store/serverroles.h); what was computed here is replaced.
    if (!m_serverUser.isEmpty())
        return tx.commit();
    if (auto h
        = execReused(QStringLiteral("UPDATE audit_head SET last_id = ?, hash = ? WHERE id = 1"),
            { row.id, row.hash }, tr("write the audit log"));
        !h)
        return Error { h.error() };
    return tx.commit();
}

Result<QVector<AuditEntry>> Ledger::auditLog(const QString &entity, qint64 entityId) const
{
    QString sql = QStringLiteral("SELECT %1 FROM audit_log").arg(auditEntryColumns());
    QVariantList values;
    if (!entity.isEmpty()) {
        sql += QStringLiteral(" WHERE entity = ?");
        values << entity;
        if (entityId) {
            sql += QStringLiteral(" AND entity_id = ?");
            values << entityId;
        }
    }
    sql += QStringLiteral(" ORDER BY id");
    return RowReader::all(exec(sql, values, tr("read the audit log")), readAuditEntry);
}

Status Ledger::auditChanges(const QString &entity, qint64 id,
    std::initializer_list<FieldChange> changes, const QString &reason)
{
    for (const FieldChange &c : changes) {
        if (c.oldValue != c.newValue) {
            if (auto a
                = audit(entity, id, QString::fromLatin1(c.field), c.oldValue, c.newValue, reason);
                !a)
                return a;
        }
    }
    return {};
}

} // namespace rectify
