#pragma once

#include <QObject>
#include <QPointer>
#include <QSqlDriver>
#include <QTimer>

namespace rectify {

class Ledger;

// Notices changes that other connections (another window, the CLI, a colleague's
// process) committed to the ledger, so views can refresh; the ledger's own writes
// do not count.
// - A ledger file: polls SQLite's `PRAGMA data_version`, which changes only when
//   another connection commits.
// - A ledger on a PostgreSQL server: listens on the ledger's connection
//   (LISTEN rectify_ledger); every write transaction on a server sends a NOTIFY on
//   that channel before it commits, and notifications from the watcher's own
//   connection are ignored. A burst of them is one changedElsewhere().
class LedgerWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LedgerWatcher)

public:
    // The channel a server ledger's writes notify (see Ledger's transactions).
    static QString channel();

    // Polls every intervalMs once start() is called. The ledger must outlive the watcher.
    explicit LedgerWatcher(const Ledger &ledger, int intervalMs = 2000, QObject *parent = nullptr);
    ~LedgerWatcher() override;

    void start();
    void stop();
    // Checks now: true (and changedElsewhere()) when another connection committed since
    // the last check. The first check only takes the baseline. Call reset() after the
    // ledger was reopened (a new connection starts a new count, or must listen again).
    // On a server ledger notifications arrive by themselves: poll() returns false.
    bool poll();
    void reset();
    // True while listening for a server ledger's notifications.
    bool isListening() const { return !m_listening.isNull(); }

Q_SIGNALS:
    void changedElsewhere();

private:
    bool listen();
    void unlisten();
    void onNotification(const QString &name, QSqlDriver::NotificationSource source);

    const Ledger &m_ledger;
    QTimer m_timer;
    QTimer m_burst;
    qint64 m_last = -1;
    bool m_running = false;
    QPointer<QSqlDriver> m_listening;
};

} // namespace rectify
