#include "store/readsnapshot.h"

#include "store/ledger.h"
#include "store/sqlaccess.h"

namespace rectify {

ReadSnapshot::ReadSnapshot(const Ledger &ledger)
    : m_ledger(ledger)
{
    if (!ledger.isOpen() || !ledger.isOnServer() || ledger.inTransaction())
        return;
    auto begun = SqlAccess::exec(ledger,
        QStringLiteral("START TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"), {},
        tr("start a consistent read of the ledger %1").arg(ledger.path()));
    if (!begun) {
        m_status = Error { begun.error() };
        return;
    }
    m_open = true;
}

ReadSnapshot::~ReadSnapshot()
{
    if (m_open)
        (void)SqlAccess::exec(m_ledger, QStringLiteral("ROLLBACK"));
}

} // namespace rectify
