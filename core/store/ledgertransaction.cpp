// Ledger's transactions: one write lock for the outermost guard, joined by the inner ones.
#include "store/ledger.h"
#include "store/ledgerlocation.h"
#include "store/schema.h"

#include <QDir>

namespace rectify {

Ledger::Transaction::Transaction(Ledger &ledger)
    : m_ledger(ledger)
    , m_status(ledger.beginTransaction())
{
    m_done = !m_status.ok();
}

Ledger::Transaction::~Transaction()
{
    if (!m_done)
        (void)m_ledger.endTransaction(false);
}

Status Ledger::Transaction::commit()
{
    if (m_done)
        return m_status.ok() ? Status(Error { tr("The transaction has already ended.") })
                             : m_status;
    m_done = true;
    return m_ledger.endTransaction(true);
}

Status Ledger::beginTransaction()
{
    if (!isOpen())
        return Error { tr("No ledger is open.") };
    if (m_readOnly)
        return Error {
            tr("The ledger %1 is open read-only.").arg(QDir::toNativeSeparators(m_path))
        };
    if (m_txDepth == 0) {
        // IMMEDIATE takes the write lock now, so a second writer waits for the busy
        // timeout here instead of failing half-way through. On a server, writers
        // take turns the same way (a transaction-scoped advisory lock): the audit
        // chain and the next numbers (MAX + 1) need the ledger to themselves.
        const QStringList begin = m_dialect == SqlDialect::Postgres
            ? QStringList { QStringLiteral("BEGIN"),
                  QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(Schema::applicationId) }
            : QStringList { QStringLiteral("BEGIN IMMEDIATE") };
        for (const QString &sql : begin) {
            auto q = exec(sql, {}, tr("start a transaction"));
            if (!q) {
                if (sql != begin.first())
                    (void)exec(QStringLiteral("ROLLBACK"));
                return Error { q.error() };
            }
        }
        m_txFailed = false;
    }
    ++m_txDepth;
    return {};
}

Status Ledger::endTransaction(bool commit)
{
    Q_ASSERT(m_txDepth > 0);
    if (!commit)
        m_txFailed = true;
    if (--m_txDepth > 0)
        return commit ? Status() : Status(Error { tr("The change was rolled back.") });
    if (commit && !m_txFailed) {
        // On a server, other connections' windows refresh on this (LedgerWatcher);
        // PostgreSQL delivers it only if the transaction commits.
        if (LedgerLocation::isServerAddress(m_path)) {
            if (auto n = exec(QStringLiteral("NOTIFY rectify_ledger"), {}, tr("save the changes"));
                !n) {
                (void)exec(QStringLiteral("ROLLBACK"));
                return Error { n.error() };
            }
        }
        auto q = exec(QStringLiteral("COMMIT"), {}, tr("save the changes"));
        if (q)
            return {};
        (void)exec(QStringLiteral("ROLLBACK"));
        return Error { q.error() };
    }
    (void)exec(QStringLiteral("ROLLBACK"));
    return commit ? Status(Error { tr("The change was rolled back because a part of it failed.") })
                  : Status();
}

} // namespace rectify
