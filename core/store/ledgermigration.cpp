// Ledger's migration: a new or older ledger brought to the current format version.
#include "store/auditchain.h"
#include "store/ledger.h"
#include "store/schema.h"

#include <QDir>

namespace rectify {

Status Ledger::migrate()
{
    const QString shown = QDir::toNativeSeparators(m_path);
    Transaction tx(*this);
    if (!tx.status())
        return tx.status();
    // Read again under the write lock: another process may have migrated meanwhile.
    const int from = schemaVersion();
    if (from < 0)
        return Error { tr("Cannot read the format version of %1.").arg(shown) };
    if (from > Schema::currentVersion()) {
        return Error { tr("The ledger %1 was written by a newer Rectify (format version %2).")
                           .arg(shown)
                           .arg(from) };
    }
    if (from == Schema::currentVersion())
        return tx.commit();

    for (int v = from + 1; v <= Schema::currentVersion(); ++v) {
        const bool server = m_dialect == SqlDialect::Postgres;
        const QStringList steps = server ? Schema::postgresMigrationTo(v) : Schema::migrationTo(v);
        for (const QString &sql : steps) {
            if (auto q = exec(sql, {}, tr("upgrade the ledger to format version %1").arg(v)); !q)
                return Error { q.error() };
        }
        if (v == 3) {
            if (auto chained = AuditChain::chainExisting(*this); !chained)
                return chained;
        }
        for (const QString &sql :
            server ? Schema::postgresFinishMigrationTo(v) : Schema::finishMigrationTo(v)) {
            if (auto q = exec(sql, {}, tr("upgrade the ledger to format version %1").arg(v)); !q)
                return Error { q.error() };
        }
    }
    // PRAGMA does not take bound values; both numbers are our own constants. A
    // server keeps them in rectify_schema (made by the first step).
    const QStringList stamp = m_dialect == SqlDialect::Postgres
        ? QStringList { QStringLiteral("UPDATE rectify_schema SET version = %1")
                            .arg(Schema::currentVersion()) }
        : QStringList { QStringLiteral("PRAGMA application_id = %1").arg(Schema::applicationId),
              QStringLiteral("PRAGMA user_version = %1").arg(Schema::currentVersion()) };
    for (const QString &pragma : stamp) {
        if (auto q = exec(pragma); !q)
            return Error { q.error() };
    }

    if (from == 0) {
        m_created = true;
        const QString createdAt = now().toString(Qt::ISODateWithMs);
        if (auto q = exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"),
                { QStringLiteral("created_at"), createdAt });
            !q)
            return Error { q.error() };
        const QString admin = m_actor.trimmed().isEmpty() ? QStringLiteral("admin") : m_actor;
        if (auto q = exec(
                QStringLiteral("INSERT INTO users (name, role, created_at) VALUES (?, 'admin', ?)"),
                { admin, createdAt });
            !q)
            return Error { q.error() };
    }
    if (auto a = audit(QStringLiteral("ledger"), 0, QStringLiteral("schema_version"), from,
            Schema::currentVersion(), from == 0 ? tr("ledger created") : tr("ledger upgraded"));
        !a)
        return a;
    return tx.commit();
}

} // namespace rectify
