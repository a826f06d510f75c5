#include "store/ledgerwatcher.h"

#include "store/ledger.h"

namespace rectify {

LedgerWatcher::LedgerWatcher(const Ledger &ledger, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_ledger(ledger)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { (void)poll(); });
}

void LedgerWatcher::start()
{
    (void)poll();
    m_timer.start();
}

void LedgerWatcher::stop()
{
    m_timer.stop();
}

bool LedgerWatcher::poll()
{
    if (!m_ledger.isOpen())
        return false;
    auto q = m_ledger.exec(QStringLiteral("PRAGMA data_version"));
    if (!q || !q->next())
        return false;
    const qint64 now = q->value(0).toLongLong();
    const bool changed = m_last >= 0 && now != m_last;
    m_last = now;
    if (changed)
        Q_EMIT changedElsewhere();
    return changed;
}

} // namespace rectify
