#pragma once

#include "domain/auditentry.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <functional>

namespace rectify {

class Ledger;

// What a verified ledger file holds.
struct LedgerFileInfo
{
    int schemaVersion = 0;
    qint64 problems = 0;
    qint64 tasks = 0;
};

// Copies of a ledger: explicit backups, the rotating automatic backup taken when the
// ledger is opened, and restoring a copy over the open ledger.
//
// Copies go through SQLite's online backup, so they are consistent while the ledger
// is open here and in other processes (a writer in another process is not waited
// for: the copy holds what was committed when it started). A copy is written to a
// temporary file beside the target and renamed over it only when complete.
class Backup final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::Backup)

public:
    // The ledger setting that says how many automatic backups to keep (0 = none).
    static QString keepSettingKey() { return QStringLiteral("backup_keep"); }
    static constexpr int defaultKeep = 10;

    // Told how far a file ledger's copy has got (pages copied, pages in all), before
    // the first page and after each slice of pages; returns false to stop: the copy
    // then fails with cancelledMessage() and leaves no file behind. A copy told so
    // reads one snapshot of the ledger throughout (commits meanwhile by other
    // connections do not restart it). A server ledger's copy is told rows copied and
    // rows in all (0, 0 first), between tables and every LedgerCopy::progressRows
    // rows, and can be stopped there the same way.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    static QString cancelledMessage();

    // Writes a consistent copy of the open ledger to `target` (a self-contained file
    // in rollback-journal mode) with its evidence files in "<target>.evidence" beside
    // it, the copy's rows pointing there (a file missing beside the ledger is left
    // out). Refuses to overwrite the ledger itself.
    static Status copyTo(
        const Ledger &ledger, const QString &target, const Progress &progress = {});

    // Checks, without writing anything, that `path` is a Rectify ledger this program
    // can open: a SQLite file that is not truncated, passes integrity_check and
    // foreign_key_check, carries our application_id and a format version no newer
    // than ours.
    static Result<LedgerFileInfo> verify(const QString &path);

    // Replaces the content of the open ledger by the ledger in `from`: verifies it
    // first, in a private copy upgraded to the current format: a sound SQLite file
    // of ours whose audit chain verifies and whose schema holds exactly the tables,
    // indexes, triggers and views Rectify creates (a refused file leaves everything
    // untouched); saves the current content
    // to the backup folder, copies `from` in through the online backup (other
    // connections see the change as one commit), reopens and upgrades the ledger and
    // records the restore in its audit log. A ledger file takes the evidence files
    // it lacks from the backup's folder and its rows point into its own folder.
    // On success returns where the previous content was saved.
    static Result<QString> restore(Ledger &ledger, const QString &from);

    // The folder of automatic backups: "<name>-backups" beside the ledger file.
    static QString folderFor(const QString &ledgerPath);
    // Takes an automatic backup of the open ledger now (named after ledger.now())
    // and deletes the oldest automatic ones beyond the ledger's keep setting.
    // Returns the new file, or an empty string when the setting is 0.
    static Result<QString> rotate(const Ledger &ledger, const Progress &progress = {});
    // The automatic backups of a ledger, oldest first.
    static QStringList automaticBackups(const QString &ledgerPath);

private:
    // The server's side of restore(): replaces the server ledger's rows by the
    // backup's, with `entry` in its audit log, in one server transaction.
    static Status restoreOnServer(Ledger &ledger, const Ledger &backup, const AuditEntry &entry);
};

} // namespace rectify
