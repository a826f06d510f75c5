#pragma once

#include <QObject>
#include <QString>
#include <atomic>
#include <functional>

class QThread;

namespace rectify {

class Ledger;

// The rotating automatic backup taken when a ledger is opened (Backup::rotate;
// the ledger's backup_keep setting says how many stay).
//
// It is taken on a thread of its own, on a connection of its own to the same
// ledger, while the window is already in use: a file ledger of a million tasks is
// about a gigabyte to copy (SQLite's online backup, one snapshot of the ledger
// however the window writes meanwhile), and a server ledger's backup reads every
// row over the network (about 12 s for 100,000 tasks). One at a time: run() does
// nothing while a backup is being written. progress() and finished() come on the
// object's thread; finished() once per run().
class AutoBackup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutoBackup)

public:
    explicit AutoBackup(QObject *parent = nullptr);
    // Stops a backup still being written and waits for its thread: the unfinished
    // copy is removed, never left as a backup.
    ~AutoBackup() override;

    void run(const Ledger &ledger);
    bool isRunning() const;
    // Asks a running backup to stop; finished() then reports
    // Backup::cancelledMessage().
    void cancel();

    // For tests: called on the backup's thread before each slice of a file
    // ledger's copy (pages copied so far, pages in all; 0, 0 first).
    using StepHook = std::function<void(qint64 done, qint64 total)>;
    static void setStepHook(StepHook hook);

Q_SIGNALS:
    // How far the copy has got, in per cent.
    void progress(int percent);
    // The backup file (the newest one again when the ledger did not change since
    // it; empty when the ledger keeps none), or why it failed (`file` empty).
    void finished(const QString &file, const QString &error);

private:
    QThread *m_thread = nullptr;
    QString m_file;
    QString m_error;
    std::atomic_bool m_cancel { false };
    std::atomic_int m_percent { -1 };
};

} // namespace rectify
