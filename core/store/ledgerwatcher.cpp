#include "store/ledgerwatcher.h"

#include "store/ledger.h"
#include "store/ledgerlocation.h"
#include "store/sqlaccess.h"

#include <QSqlDatabase>

namespace rectify {

namespace {

// Notifications of one burst (an import's, several quick edits) wait this long
// for each other: the views are read again once.
constexpr int burstMs = 150;

} // namespace

QString LedgerWatcher::channel()
{
    return QStringLiteral("rectify_ledger");
}

LedgerWatcher::LedgerWatcher(const Ledger &ledger, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_ledger(ledger)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { (void)poll(); });
    m_burst.setSingleShot(true);
    m_burst.setInterval(burstMs);
    connect(&m_burst, &QTimer::timeout, this, &LedgerWatcher::changedElsewhere);
}

LedgerWatcher::~LedgerWatcher()
{
    unlisten();
}

void LedgerWatcher::start()
{
    m_running = true;
    if (LedgerLocation::isServerAddress(m_ledger.path())) {
        if (listen())
            return;
    }
    (void)poll();
    m_timer.start();
}

void LedgerWatcher::stop()
{
    m_running = false;
    m_timer.stop();
    m_burst.stop();
    unlisten();
}

void LedgerWatcher::reset()
{
    m_last = -1;
    if (m_running) {
        stop();
        start();
    }
}

bool LedgerWatcher::listen()
{
    unlisten();
    if (!m_ledger.isOpen())
        return false;
    QSqlDriver *driver = m_ledger.database().driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications))
        return false;
    if (!driver->subscribeToNotification(channel()))
        return false;
    m_listening = driver;
    connect(driver, &QSqlDriver::notification, this,
        [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &) {
            onNotification(name, source);
        });
    return true;
}

void LedgerWatcher::unlisten()
{
    if (m_listening.isNull())
        return;
    disconnect(m_listening, nullptr, this, nullptr);
    // The connection may already be closed with its ledger: then there is nothing to leave.
    if (m_ledger.isOpen())
        (void)m_listening->unsubscribeFromNotification(channel());
    m_listening.clear();
}

void LedgerWatcher::onNotification(const QString &name, QSqlDriver::NotificationSource source)
{
    // SelfSource: the ledger's own writes, which its views have already shown.
    if (name == channel() && source == QSqlDriver::OtherSource && !m_burst.isActive())
        m_burst.start();
}

bool LedgerWatcher::poll()
{
    if (!m_ledger.isOpen() || isListening())
        return false;
    auto q = SqlAccess::exec(m_ledger, QStringLiteral("PRAGMA data_version"));
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
