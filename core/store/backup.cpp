#include "store/backup.h"

#include "store/auditchain.h"
#include "store/evidencecontent.h"
#include "store/ledger.h"
#include "store/ledgercopy.h"
#include "store/ledgerlocation.h"
#include "store/readsnapshot.h"
#include "store/schema.h"
#include "store/sqlaccess.h"
#include "util/paths.h"
#include "util/sqlitehandle.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QUrl>
#include <algorithm>
#include <cstdio>
#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace rectify {

namespace {

// How long a copy waits for a lock held by another connection, in total.
constexpr int lockWaitMs = 10000;
constexpr int lockPollMs = 50;

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString sqliteMessage(sqlite3 *db, int rc)
{
    if (db && sqlite3_errcode(db) == rc)
        return QString::fromUtf8(sqlite3_errmsg(db));
    return QString::fromUtf8(sqlite3_errstr(rc));
}

sqlite3 *nativeHandle(const Ledger &ledger)
{
    return sqliteHandle(ledger.database());
}

// A connection of our own to a file, closed with the object.
class RawDb final
{
public:
    RawDb() = default;
    ~RawDb() { close(); }
    Q_DISABLE_COPY_MOVE(RawDb)

    int open(const QByteArray &name, int flags)
    {
        close();
        const int rc = sqlite3_open_v2(name.constData(), &m_db, flags, nullptr);
        if (rc == SQLITE_OK)
            sqlite3_extended_result_codes(m_db, 1);
        return rc;
    }
    int close()
    {
        int rc = SQLITE_OK;
        if (m_db)
            rc = sqlite3_close_v2(m_db);
        m_db = nullptr;
        return rc;
    }
    sqlite3 *get() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
};

// Runs a statement and collects the first column of every row as text.
int collect(sqlite3 *db, const char *sql, QStringList *rows)
{
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
        rows->append(text ? QString::fromUtf8(text) : QString());
    }
    sqlite3_finalize(stmt);
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

// Opens a ledger file for reading only, in a way that cannot change it. A file in
// WAL mode with no -wal file beside it is opened as immutable: a read-only
// connection would otherwise create the -wal and -shm files next to it.
int openForReading(RawDb &db, const QString &path)
{
    QFile file(path);
    bool wal = false;
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray header = file.read(20);
        wal = header.size() == 20 && header.at(18) == 2 && header.at(19) == 2;
    }
    const bool immutable = wal && !QFileInfo::exists(path + QStringLiteral("-wal"));
    QByteArray uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded();
    uri += immutable ? "?immutable=1" : "?mode=ro";
    return db.open(uri, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI);
}

// Copies every page of `src` into `dest` in one step, retrying while another
// connection holds a lock.
int runBackup(sqlite3 *dest, sqlite3 *src)
{
    sqlite3_backup *backup = sqlite3_backup_init(dest, "main", src, "main");
    if (!backup)
        return sqlite3_errcode(dest);
    int rc = SQLITE_OK;
    for (int waited = 0;; waited += lockPollMs) {
        rc = sqlite3_backup_step(backup, -1);
        const bool locked = rc == SQLITE_BUSY || rc == SQLITE_LOCKED || (rc & 0xff) == SQLITE_BUSY
            || (rc & 0xff) == SQLITE_LOCKED;
        if (!locked || waited >= lockWaitMs)
            break;
        sqlite3_sleep(lockPollMs);
    }
    const int finished = sqlite3_backup_finish(backup);
    if (rc == SQLITE_DONE)
        return finished;
    return rc;
}

bool sameFile(const QString &a, const QString &b)
{
    const QFileInfo fa(a);
    const QFileInfo fb(b);
    if (fa.absoluteFilePath() == fb.absoluteFilePath())
        return true;
    return fa.exists() && fb.exists() && fa.canonicalFilePath() == fb.canonicalFilePath();
}

void syncFolder(const QString &folder)
{
#ifdef Q_OS_UNIX
    // The rename is durable only once the folder's entry is on disk.
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        (void)::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(folder);
#endif
}

// A fingerprint of a ledger's content: every write through the store appends to the
// audit log, so an unchanged log means an unchanged ledger.
QString fingerprint(sqlite3 *db)
{
    QStringList rows;
    if (collect(db,
            "SELECT (SELECT COALESCE(value, '') FROM settings WHERE key = 'created_at') || '/' "
            "|| (SELECT count(*) FROM audit_log) || '/' "
            "|| (SELECT COALESCE(max(id), 0) FROM audit_log)",
            &rows)
            != SQLITE_OK
        || rows.isEmpty())
        return QString();
    return rows.constFirst();
}

// The same fingerprint of an open ledger, on either backend.
QString fingerprint(const Ledger &ledger)
{
    auto q = SqlAccess::exec(ledger,
        QStringLiteral(
            "SELECT (SELECT COALESCE(value, '') FROM settings WHERE key = 'created_at'), "
            "(SELECT count(*) FROM audit_log), "
            "(SELECT COALESCE(max(id), 0) FROM audit_log)"));
    if (!q || !q->next())
        return QString();
    return QStringLiteral("%1/%2/%3")
        .arg(q->value(0).toString())
        .arg(q->value(1).toLongLong())
        .arg(q->value(2).toLongLong());
}

// The name backups of a ledger start with: the file's name without its suffix, or
// the database's name on a server.
QString baseNameFor(const QString &ledgerPath)
{
    if (LedgerLocation::isServerAddress(ledgerPath)) {
        auto location = LedgerLocation::parse(ledgerPath);
        return location && !location->database.isEmpty() ? location->database
                                                         : QStringLiteral("ledger");
    }
    return QFileInfo(ledgerPath).completeBaseName();
}

QString timestampName(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'"));
}

// A file name in `folder` that does not exist yet: base.sqlite, base_02.sqlite ...
QString freeName(const QString &folder, const QString &base)
{
    const QDir dir(folder);
    QString name = base + QStringLiteral(".sqlite");
    for (int n = 2; dir.exists(name); ++n)
        name = QStringLiteral("%1_%2.sqlite").arg(base).arg(n, 2, 10, QLatin1Char('0'));
    return dir.filePath(name);
}

// Fills the empty file `file` with a new ledger holding a copy of the server ledger,
// read in one snapshot (REPEATABLE READ, READ ONLY) so that it is consistent however
// busy the server is: ids, audit log and chain head as they are.
Status copyFromServer(const Ledger &ledger, const QString &file)
{
    Ledger copy;
    copy.setActor(ledger.actor());
    if (auto opened = copy.open(file, Ledger::OpenMode::CreateIfMissing); !opened)
        return opened;
    const ReadSnapshot snapshot(ledger);
    if (!snapshot.status())
        return snapshot.status();
    if (auto copied = LedgerCopy::copy(ledger, copy); !copied)
        return Error { copied.error() };
    return {};
}

// Makes the open backup `dest` one self-contained file, to be copied or mailed as
// it is (no WAL beside it), and closes it. Empty, or why it failed.
QString selfContained(RawDb &dest)
{
    QStringList mode;
    const int rc = collect(dest.get(), "PRAGMA journal_mode = DELETE", &mode);
    if (rc != SQLITE_OK)
        return sqliteMessage(dest.get(), rc);
    if (const int closed = dest.close(); closed != SQLITE_OK)
        return QString::fromUtf8(sqlite3_errstr(closed));
    return {};
}

// A backup of a server ledger: a new ledger file built in a private folder beside
// the target under the target's own name (so that the evidence files LedgerCopy
// writes beside it get their final names), checked as a restore would check it,
// then moved into place with its evidence folder.
Status copyServerTo(const Ledger &ledger, const QString &absolute, const QString &folder)
{
    const QString name = QFileInfo(absolute).fileName();
    const auto fail = [&](const QString &why) {
        return Error { Backup::tr("Cannot write the backup %1: %2").arg(shown(absolute), why) };
    };
    QTemporaryDir staging(QDir(folder).filePath(QStringLiteral(".%1.XXXXXX").arg(name)));
    if (!staging.isValid())
        return fail(staging.errorString());
    const QString temp = staging.filePath(name);
    if (const Status copied = copyFromServer(ledger, temp); !copied)
        return fail(copied.error());
    {
        RawDb dest;
        const int rc = dest.open(QFile::encodeName(temp), SQLITE_OPEN_READWRITE);
        if (rc != SQLITE_OK)
            return fail(sqliteMessage(dest.get(), rc));
        if (const QString why = selfContained(dest); !why.isEmpty())
            return fail(why);
    }
    if (auto checked = Backup::verify(temp); !checked)
        return fail(checked.error());
    // An older backup of the same name goes with its evidence folder.
    const QString evidence = EvidenceContent::folder(temp);
    const QString evidenceTarget = EvidenceContent::folder(absolute);
    if (QFileInfo::exists(evidenceTarget) && !QDir(evidenceTarget).removeRecursively())
        return fail(Backup::tr("the old evidence folder %1 could not be removed")
                        .arg(shown(evidenceTarget)));
    if (QFileInfo(evidence).isDir() && !QDir().rename(evidence, evidenceTarget))
        return fail(
            Backup::tr("the evidence files could not be moved to %1").arg(shown(evidenceTarget)));
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(absolute).constData())
        != 0)
        return fail(Backup::tr("the finished copy could not be renamed"));
    syncFolder(folder);
    return {};
}

} // namespace

QString Backup::folderFor(const QString &ledgerPath)
{
    if (LedgerLocation::isServerAddress(ledgerPath)) {
        // No folder beside a server ledger: one per address beside the default ledger.
        QString address = ledgerPath.trimmed();
        address.remove(QRegularExpression(
            QStringLiteral("^postgresql://"), QRegularExpression::CaseInsensitiveOption));
        address.replace(
            QRegularExpression(QStringLiteral("[^A-Za-z0-9._@-]+")), QStringLiteral("_"));
        return QDir(QFileInfo(defaultLedgerPath()).absolutePath())
            .filePath(QStringLiteral("server-backups/%1").arg(address));
    }
    const QFileInfo info(ledgerPath);
    return QDir(info.absolutePath()).filePath(info.completeBaseName() + QStringLiteral("-backups"));
}

Status Backup::copyTo(const Ledger &ledger, const QString &target)
{
    if (!ledger.isOpen())
        return Error { tr("No ledger is open.") };
    sqlite3 *src = ledger.isOnServer() ? nullptr : nativeHandle(ledger);
    if (!ledger.isOnServer() && !src)
        return Error { tr("The ledger's database connection does not support backups.") };
    if (target.trimmed().isEmpty())
        return Error { tr("No backup file was named.") };
    const QString absolute = QFileInfo(target).absoluteFilePath();
    if (!ledger.isOnServer() && sameFile(absolute, ledger.path()))
        return Error {
            tr("The backup cannot overwrite the ledger itself (%1).").arg(shown(absolute))
        };
    if (QFileInfo(absolute).isDir())
        return Error { tr("%1 is a folder; name a file for the backup.").arg(shown(absolute)) };
    const QString folder = QFileInfo(absolute).absolutePath();
    if (!QDir().mkpath(folder))
        return Error { tr("Cannot create the folder %1.").arg(shown(folder)) };

    if (ledger.isOnServer())
        return copyServerTo(ledger, absolute, folder);

    // The copy is built in a temporary file and renamed over the target only when
    // it is complete, so an interrupted backup never leaves half a file behind.
    QString temp;
    {
        QTemporaryFile file(QDir(folder).filePath(
            QStringLiteral(".%1.XXXXXX.part").arg(QFileInfo(absolute).fileName())));
        file.setAutoRemove(false);
        if (!file.open())
            return Error {
                tr("Cannot write the backup %1: %2").arg(shown(absolute), file.errorString())
            };
        temp = file.fileName();
    }
    const auto fail = [&](const QString &why) {
        QFile::remove(temp);
        QFile::remove(temp + QStringLiteral("-journal"));
        return Error { tr("Cannot write the backup %1: %2").arg(shown(absolute), why) };
    };

    RawDb dest;
    int rc = dest.open(QFile::encodeName(temp), SQLITE_OPEN_READWRITE);
    if (rc != SQLITE_OK)
        return fail(sqliteMessage(dest.get(), rc));
    rc = runBackup(dest.get(), src);
    if (rc != SQLITE_OK)
        return fail(sqliteMessage(dest.get(), rc));
    // The source is in WAL mode and so is the copy's header.
    if (const QString why = selfContained(dest); !why.isEmpty())
        return fail(why);
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(absolute).constData())
        != 0)
        return fail(tr("the finished copy could not be renamed"));
    syncFolder(folder);
    return {};
}

Result<LedgerFileInfo> Backup::verify(const QString &path)
{
    const QString file = QFileInfo(path).absoluteFilePath();
    const QFileInfo info(file);
    if (!info.exists())
        return Error { tr("The file %1 does not exist.").arg(shown(file)) };
    if (!info.isFile())
        return Error { tr("%1 is not a file.").arg(shown(file)) };
    if (info.size() == 0)
        return Error { tr("%1 is empty; it is not a Rectify ledger.").arg(shown(file)) };
    if (auto header = Ledger::checkFileHeader(file); !header)
        return Error { header.error() };

    RawDb db;
    int rc = openForReading(db, file);
    const auto unreadable = [&](int code) {
        return Error { tr("The ledger %1 cannot be read; it is damaged or not a ledger (%2).")
                           .arg(shown(file), sqliteMessage(db.get(), code)) };
    };
    if (rc != SQLITE_OK)
        return unreadable(rc);

    QStringList appId;
    QStringList version;
    QStringList objects;
    if ((rc = collect(db.get(), "PRAGMA application_id", &appId)) != SQLITE_OK
        || (rc = collect(db.get(), "PRAGMA user_version", &version)) != SQLITE_OK
        || (rc = collect(db.get(), "SELECT count(*) FROM sqlite_master", &objects)) != SQLITE_OK)
        return unreadable(rc);
    if (appId.value(0).toInt() != Schema::applicationId) {
        if (objects.value(0).toLongLong() == 0)
            return Error { tr("%1 is an empty database, not a Rectify ledger.").arg(shown(file)) };
        return Error { tr("%1 is not a Rectify ledger: it is a SQLite database of another program.")
                           .arg(shown(file)) };
    }
    LedgerFileInfo out;
    out.schemaVersion = version.value(0).toInt();
    if (out.schemaVersion > Schema::currentVersion()) {
        return Error { tr("The ledger %1 was written by a newer Rectify (format version %2; this "
                          "program knows up to %3).")
                           .arg(shown(file))
                           .arg(out.schemaVersion)
                           .arg(Schema::currentVersion()) };
    }
    if (out.schemaVersion < 1)
        return Error { tr("%1 is not a complete Rectify ledger (format version %2).")
                           .arg(shown(file))
                           .arg(out.schemaVersion) };

    QStringList integrity;
    if ((rc = collect(db.get(), "PRAGMA integrity_check", &integrity)) != SQLITE_OK)
        return unreadable(rc);
    if (integrity != QStringList { QStringLiteral("ok") }) {
        return Error { tr("The ledger %1 is damaged: %2")
                           .arg(shown(file), integrity.mid(0, 3).join(QStringLiteral("; "))) };
    }
    QStringList broken;
    if ((rc = collect(db.get(), "PRAGMA foreign_key_check", &broken)) != SQLITE_OK)
        return unreadable(rc);
    if (!broken.isEmpty()) {
        return Error { tr("The ledger %1 is damaged: %2 rows refer to rows that do not exist "
                          "(first in table %3).")
                           .arg(shown(file))
                           .arg(broken.size())
                           .arg(broken.constFirst()) };
    }
    QStringList counts;
    if ((rc = collect(db.get(),
             "SELECT (SELECT count(*) FROM problems) || ' ' || (SELECT count(*) FROM tasks)",
             &counts))
        != SQLITE_OK)
        return Error { tr("%1 is not a complete Rectify ledger: %2")
                           .arg(shown(file), sqliteMessage(db.get(), rc)) };
    const QStringList parts = counts.value(0).split(QLatin1Char(' '));
    out.problems = parts.value(0).toLongLong();
    out.tasks = parts.value(1).toLongLong();
    return out;
}

Result<QString> Backup::restore(Ledger &ledger, const QString &from)
{
    if (!ledger.isOpen())
        return Error { tr("No ledger is open.") };
    if (ledger.isReadOnly())
        return Error { tr("The ledger %1 is open read-only.").arg(shown(ledger.path())) };
    const QString source = QFileInfo(from).absoluteFilePath();
    if (!ledger.isOnServer() && sameFile(source, ledger.path()))
        return Error {
            tr("%1 is the open ledger itself; choose a backup to restore.").arg(shown(source))
        };
    auto checked = verify(source);
    if (!checked)
        return Error { tr("%1 Nothing was changed.").arg(checked.error()) };

    // Keep what is about to be replaced: a restore of the wrong file can be undone.
    const QString ledgerPath = ledger.path();
    const QString folder = folderFor(ledgerPath);
    if (!QDir().mkpath(folder))
        return Error { tr("Cannot create the folder %1; nothing was changed.").arg(shown(folder)) };
    const QString saved = freeName(folder,
        QStringLiteral("%1-before-restore-%2")
            .arg(baseNameFor(ledgerPath), timestampName(ledger.now())));
    if (auto copied = copyTo(ledger, saved); !copied)
        return Error { tr("%1 The ledger was not restored.").arg(copied.error()) };

    AuditEntry entry;
    entry.entity = QStringLiteral("ledger");
    entry.field = QStringLiteral("restored_from");
    entry.newValue = source;
    entry.reason = tr("restored from a backup; the previous content was saved as %1").arg(saved);

    if (ledger.isOnServer()) {
        if (auto restored = restoreOnServer(ledger, source, entry); !restored)
            return Error { restored.error() };
        return saved;
    }

    sqlite3 *dest = nativeHandle(ledger);
    RawDb src;
    int rc = openForReading(src, source);
    if (rc == SQLITE_OK)
        rc = runBackup(dest, src.get());
    if (rc != SQLITE_OK) {
        return Error { tr("Cannot restore %1 into %2: %3. The ledger was not changed.")
                           .arg(shown(source), shown(ledgerPath), sqliteMessage(dest, rc)) };
    }
    src.close();

    // Reopen: the restored file may be of an older format version and is upgraded.
    if (auto reopened = ledger.open(ledgerPath, Ledger::OpenMode::ExistingOnly); !reopened) {
        return Error { tr(
            "%1 was restored but cannot be opened: %2. The previous content is in %3.")
                           .arg(shown(ledgerPath), reopened.error(), shown(saved)) };
    }
    Ledger::Transaction tx(ledger);
    if (auto a = ledger.appendAudit(entry); !a)
        return Error { a.error() };
    if (auto c = tx.commit(); !c)
        return Error { c.error() };
    return saved;
}

Status Backup::restoreOnServer(Ledger &ledger, const QString &source, const AuditEntry &entry)
{
    const QString ledgerPath = ledger.path();
    const auto failed = [&](const QString &why) {
        return Error { tr("Cannot restore %1 into %2: %3 The ledger was not changed.")
                           .arg(shown(source), ledgerPath, why) };
    };
    // The backup is read from a private copy, upgraded there when it is of an older
    // format version; the file chosen is never touched.
    QTemporaryDir work(QDir(folderFor(ledgerPath)).filePath(QStringLiteral(".restore-XXXXXX")));
    if (!work.isValid())
        return failed(work.errorString());
    // Under the backup's own name, with its evidence folder linked beside it: the
    // evidence rows name their files relative to the backup.
    const QString staged = work.filePath(QFileInfo(source).fileName());
    const QString evidence = EvidenceContent::folder(source);
    const QString evidenceLink = EvidenceContent::folder(staged);
    struct Unlink
    {
        QString link;
        ~Unlink()
        {
            if (!link.isEmpty())
                QFile::remove(link); // the link only, never what it points to
        }
    } unlink;
    if (QFileInfo(evidence).isDir()) {
        if (!QFile::link(evidence, evidenceLink))
            return failed(tr("its evidence folder %1 cannot be read.").arg(shown(evidence)));
        unlink.link = evidenceLink;
    }
    {
        RawDb src;
        RawDb dest;
        int rc = openForReading(src, source);
        if (rc == SQLITE_OK)
            rc = dest.open(QFile::encodeName(staged), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        if (rc == SQLITE_OK)
            rc = runBackup(dest.get(), src.get());
        if (rc != SQLITE_OK)
            return failed(
                sqliteMessage(dest.get() ? dest.get() : src.get(), rc) + QLatin1Char('.'));
    }
    Ledger backup;
    backup.setActor(ledger.actor());
    if (auto opened = backup.open(staged, Ledger::OpenMode::ExistingOnly); !opened)
        return failed(opened.error());
    // A shared ledger's history must hold: a backup whose audit chain was tampered
    // with is refused.
    auto chain = AuditChain::verify(backup);
    if (!chain)
        return failed(chain.error());
    if (!chain->intact) {
        return failed(tr("its audit log does not verify (entry %1: %2).")
                          .arg(chain->firstBadId)
                          .arg(chain->problem));
    }

    // One transaction on the server: other clients see the old ledger until the
    // commit and the restored one after it (and refresh on its notification),
    // never a mix; a failure anywhere rolls everything back.
    Ledger::Transaction tx(ledger);
    if (!tx.status())
        return failed(tx.status().error());
    if (auto copied = LedgerCopy::replace(backup, ledger); !copied)
        return failed(copied.error());
    if (auto a = ledger.appendAudit(entry); !a)
        return failed(a.error());
    if (auto c = tx.commit(); !c)
        return failed(c.error());
    return {};
}

QStringList Backup::automaticBackups(const QString &ledgerPath)
{
    const QDir dir(folderFor(ledgerPath));
    const QString prefix = baseNameFor(ledgerPath) + QStringLiteral("-auto-");
    QStringList names = dir.entryList(
        { prefix + QStringLiteral("*.sqlite") }, QDir::Files | QDir::Hidden, QDir::NoSort);
    // Names carry a UTC timestamp (and _NN on a clash), so byte order is time order.
    std::sort(names.begin(), names.end());
    QStringList out;
    out.reserve(names.size());
    for (const QString &name : std::as_const(names))
        out << dir.filePath(name);
    return out;
}

Result<QString> Backup::rotate(const Ledger &ledger)
{
    if (!ledger.isOpen())
        return Error { tr("No ledger is open.") };
    auto keepText = ledger.setting(keepSettingKey(), QString::number(defaultKeep));
    if (!keepText)
        return Error { keepText.error() };
    bool ok = false;
    int keep = keepText->trimmed().toInt(&ok);
    if (!ok)
        keep = defaultKeep;
    if (keep <= 0)
        return QString();

    const QString ledgerPath = ledger.path();
    const QStringList existing = automaticBackups(ledgerPath);
    // Opening an unchanged ledger again must not push older, different copies out.
    if (!existing.isEmpty()) {
        RawDb newest;
        if (openForReading(newest, existing.constLast()) == SQLITE_OK) {
            const QString before = fingerprint(newest.get());
            if (!before.isEmpty() && before == fingerprint(ledger))
                return existing.constLast();
        }
    }

    const QString folder = folderFor(ledgerPath);
    const QString target = freeName(folder,
        QStringLiteral("%1-auto-%2").arg(baseNameFor(ledgerPath), timestampName(ledger.now())));
    if (auto copied = copyTo(ledger, target); !copied)
        return Error { tr("The automatic backup failed: %1").arg(copied.error()) };

    const QStringList all = automaticBackups(ledgerPath);
    for (int i = 0; i + keep < all.size(); ++i)
        QFile::remove(all.at(i));
    return target;
}

} // namespace rectify
