#pragma once

#include <QObject>
#include <QString>

class QThread;

namespace rectify {

class Ledger;

// The rotating automatic backup taken when a ledger is opened (Backup::rotate;
// the ledger's backup_keep setting says how many stay).
//
// A file ledger's is SQLite's online backup, a fraction of a second even for a
// large ledger: run() takes it at once. A server ledger's reads every row over
// the network (about 12 s for 100,000 tasks): it is taken on a thread of its own,
// on a connection of its own to the same address (a consistent snapshot, as any
// backup of a server ledger), while the window is already in use. finished()
// comes on the object's thread either way, once.
class AutoBackup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutoBackup)

public:
    explicit AutoBackup(QObject *parent = nullptr);
    // Waits for a backup still being written (a half-written file is never left).
    ~AutoBackup() override;

    void run(const Ledger &ledger);
    bool isRunning() const;

Q_SIGNALS:
    // The backup file (the newest one again when the ledger did not change since
    // it; empty when the ledger keeps none), or why it failed (`file` empty).
    void finished(const QString &file, const QString &error);

private:
    QThread *m_thread = nullptr;
    QString m_file;
    QString m_error;
};

} // namespace rectify
