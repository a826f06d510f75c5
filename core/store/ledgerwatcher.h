#pragma once

#include <QObject>
#include <QTimer>

namespace rectify {

class Ledger;

// Notices changes that other connections (another window, the CLI, a colleague's
// process) committed to the ledger, so views can refresh. It polls SQLite's
// `PRAGMA data_version`, which changes only when another connection commits: the
// ledger's own writes do not trigger it.
class LedgerWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LedgerWatcher)

public:
    // Polls every intervalMs once start() is called. The ledger must outlive the watcher.
    explicit LedgerWatcher(const Ledger &ledger, int intervalMs = 2000, QObject *parent = nullptr);

    void start();
    void stop();
    // Checks now: true (and changedElsewhere()) when another connection committed since
    // the last check. The first check only takes the baseline. Call reset() after the
    // ledger was reopened (a new connection starts a new count).
    bool poll();
    void reset() { m_last = -1; }

Q_SIGNALS:
    void changedElsewhere();

private:
    const Ledger &m_ledger;
    QTimer m_timer;
    qint64 m_last = -1;
};

} // namespace rectify
