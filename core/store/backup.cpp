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
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QUrl>
#include <algorithm>
#include <cstdio>
#include <memory>
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

// Pages copied per step when the copy reports its progress: 16 MiB of 4 KiB pages,
// a few hundredths of a second each.
constexpr int pagesPerSlice = 4096;

// Copies every page of `src` into `dest`, retrying while another connection holds
// a lock: in one step, or slice by slice when `progress` wants to know (and may
// stop the copy: SQLITE_INTERRUPT). Slice by slice, one read transaction on `src`
// spans the whole copy, so that the copy is one snapshot and commits by other
// connections do not restart it.
int runBackup(sqlite3 *dest, sqlite3 *src, const Backup::Progress &progress = {})
{
    const bool sliced = bool(progress);
    bool ownRead = false;
    if (sliced && sqlite3_get_autocommit(src)) {
        // A deferred transaction holds no lock until it reads: read the schema once.
        if (sqlite3_exec(src, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK) {
            ownRead = true;
            (void)sqlite3_exec(
                src, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
        }
    }
    const auto endRead = [&] {
        if (ownRead)
            (void)sqlite3_exec(src, "COMMIT", nullptr, nullptr, nullptr);
    };
    sqlite3_backup *backup = sqlite3_backup_init(dest, "main", src, "main");
    if (!backup) {
        endRead();
        return sqlite3_errcode(dest);
    }
    int rc = SQLITE_OK;
    bool stopped = false;
    if (sliced && !progress(0, 0))
        stopped = true;
    for (int waited = 0; !stopped;) {
        rc = sqlite3_backup_step(backup, sliced ? pagesPerSlice : -1);
        const bool locked = rc == SQLITE_BUSY || rc == SQLITE_LOCKED || (rc & 0xff) == SQLITE_BUSY
            || (rc & 0xff) == SQLITE_LOCKED;
        if (locked) {
            if (waited >= lockWaitMs)
                break;
            sqlite3_sleep(lockPollMs);
            waited += lockPollMs;
            continue;
        }
        if (rc != SQLITE_OK)
            break; // SQLITE_DONE or an error
        waited = 0;
        const int total = sqlite3_backup_pagecount(backup);
        if (!progress(total - sqlite3_backup_remaining(backup), total))
            stopped = true;
    }
    if (sliced && rc == SQLITE_DONE) {
        const qint64 total = sqlite3_backup_pagecount(backup);
        if (!progress(total, total))
            stopped = true;
    }
    const int finished = sqlite3_backup_finish(backup);
    endRead();
    if (stopped)
        return SQLITE_INTERRUPT;
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
// busy the server is: ids, audit log and chain head as they are. `progress` is told
// rows copied and rows in all; when it stops the copy, `*stopped` is set.
Status copyFromServer(
    const Ledger &ledger, const QString &file, const Backup::Progress &progress, bool *stopped)
{
    Ledger copy;
    copy.setActor(ledger.actor());
    if (auto opened = copy.open(file, Ledger::OpenMode::CreateIfMissing); !opened)
        return opened;
    const ReadSnapshot snapshot(ledger);
    if (!snapshot.status())
        return snapshot.status();
    LedgerCopy::Progress rows;
    if (progress) {
        rows = [&progress, stopped](qint64 done, qint64 total) {
            if (progress(done, total))
                return true;
            *stopped = true;
            return false;
        };
    }
    if (auto copied = LedgerCopy::copy(ledger, copy, rows); !copied)
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

QString placeEvidence(const QString &staging, const QString &target);

// A backup of a server ledger: a new ledger file built in a private folder beside
// the target under the target's own name (so that the evidence files LedgerCopy
// writes beside it get their final names), checked as a restore would check it,
// then moved into place with its evidence folder.
Status copyServerTo(const Ledger &ledger, const QString &absolute, const QString &folder,
    const Backup::Progress &progress)
{
    const QString name = QFileInfo(absolute).fileName();
    const auto fail = [&](const QString &why) {
        return Error { Backup::tr("Cannot write the backup %1: %2").arg(shown(absolute), why) };
    };
    QTemporaryDir staging(QDir(folder).filePath(QStringLiteral(".%1.XXXXXX").arg(name)));
    if (!staging.isValid())
        return fail(staging.errorString());
    const QString temp = staging.filePath(name);
    bool stopped = false;
    if (const Status copied = copyFromServer(ledger, temp, progress, &stopped); !copied) {
        // The staging folder goes with everything in it.
        if (stopped)
            return Error { Backup::cancelledMessage() };
        return fail(copied.error());
    }
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
    if (const QString why = placeEvidence(
            QFileInfo(evidence).isDir() ? evidence : QString(), EvidenceContent::folder(absolute));
        !why.isEmpty())
        return fail(why);
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(absolute).constData())
        != 0)
        return fail(Backup::tr("the finished copy could not be renamed"));
    syncFolder(folder);
    return {};
}

// Runs one statement with text parameters on a connection of our own.
int execWith(sqlite3 *db, const char *sql, const QStringList &params)
{
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return rc;
    for (int i = 0; i < params.size(); ++i) {
        const QByteArray text = params.at(i).toUtf8();
        sqlite3_bind_text(stmt, i + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    }
    rc = sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    return rc == SQLITE_DONE || rc == SQLITE_ROW ? SQLITE_OK : rc;
}

// The file of a stored evidence path beside the ledger file at `ledgerPath`, or an
// empty string: in the ledger's evidence folder under the safe base name, or
// where the row says when that is "<folder>/<name>" of safe names inside the
// ledger's folder (a ledger renamed after files were attached, a backup's rows).
// The stored path is data, not a path to trust: nothing outside the folder.
QString evidenceFileOf(const QString &ledgerPath, const QString &storedPath)
{
    const QString inFolder = QDir(EvidenceContent::folder(ledgerPath))
                                 .filePath(EvidenceContent::safeFileName(storedPath));
    if (QFileInfo(inFolder).isFile())
        return inFolder;
    const QStringList parts = storedPath.split(QLatin1Char('/'));
    if (parts.size() == 2 && parts.at(0) == EvidenceContent::safeFileName(parts.at(0))
        && parts.at(1) == EvidenceContent::safeFileName(parts.at(1))) {
        const QString asStored = QFileInfo(ledgerPath).absoluteDir().filePath(storedPath);
        if (QFileInfo(asStored).isFile())
            return asStored;
    }
    return QString();
}

// A second name for the bytes of `from` at `to`: a hard link where the file
// system has them (evidence files are never changed once written, only replaced
// by a rename), a copy otherwise.
bool linkOrCopy(const QString &from, const QString &to)
{
#ifdef Q_OS_UNIX
    if (::link(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return true;
#endif
    return QFile::copy(from, to);
}

// The distinct stored paths of the evidence rows of an open copy.
int storedPathsOf(sqlite3 *db, QStringList *paths)
{
    return collect(db, "SELECT DISTINCT stored_path FROM evidence ORDER BY 1", paths);
}

// Puts the evidence files named by the rows of the copy `db` into `staging` (the
// future "<copy>.evidence" folder of the copy written as `absolute`) and points
// the copy's rows there. A file missing beside the ledger is left out (its row
// names it all the same); empty, or why it failed.
QString carryEvidence(sqlite3 *db, const QStringList &storedPaths, const QString &ledgerPath,
    const QString &absolute, const QString &staging)
{
    for (const QString &storedPath : storedPaths) {
        const QString name = EvidenceContent::safeFileName(storedPath);
        const QString from = evidenceFileOf(ledgerPath, storedPath);
        const QString to = QDir(staging).filePath(name);
        if (!from.isEmpty() && !QFileInfo::exists(to) && !linkOrCopy(from, to))
            return Backup::tr("the evidence file %1 could not be copied").arg(shown(from));
        const int rc = execWith(db, "UPDATE evidence SET stored_path = ?1 WHERE stored_path = ?2",
            { EvidenceContent::pathInFolder(absolute, name), storedPath });
        if (rc != SQLITE_OK)
            return sqliteMessage(db, rc);
    }
    return {};
}

// Moves a finished evidence folder `staging` (empty: none) to `target`, replacing
// the folder an older copy of the same name had.
QString placeEvidence(const QString &staging, const QString &target)
{
    if (QFileInfo::exists(target) && !QDir(target).removeRecursively())
        return Backup::tr("the old evidence folder %1 could not be removed").arg(shown(target));
    if (!staging.isEmpty() && !QDir().rename(staging, target))
        return Backup::tr("the evidence files could not be moved to %1").arg(shown(target));
    return {};
}

// The schema objects of a ledger file (SQLite's own sqlite_* objects left out):
// "type name" -> its SQL with every run of white space made one space.
Result<QMap<QString, QString>> schemaObjects(const QString &file)
{
    RawDb db;
    QStringList rows;
    int rc = openForReading(db, file);
    if (rc == SQLITE_OK)
        rc = collect(db.get(),
            "SELECT type || char(31) || name || char(31) || COALESCE(sql, '') FROM sqlite_master "
            "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'",
            &rows);
    if (rc != SQLITE_OK)
        return Error { Backup::tr("Cannot read the schema of %1: %2")
                           .arg(shown(file), sqliteMessage(db.get(), rc)) };
    QMap<QString, QString> out;
    for (const QString &row : std::as_const(rows)) {
        const QStringList parts = row.split(QChar(31));
        out.insert(parts.value(0) + QLatin1Char(' ') + parts.value(1), parts.value(2).simplified());
    }
    return out;
}

QString objectKind(const QString &type)
{
    if (type == QLatin1String("trigger"))
        return Backup::tr("trigger");
    if (type == QLatin1String("view"))
        return Backup::tr("view");
    if (type == QLatin1String("index"))
        return Backup::tr("index");
    if (type == QLatin1String("table"))
        return Backup::tr("table");
    return type;
}

// Compares the schema of the backup `staged` (upgraded to the current format)
// with a new ledger's made in `work`: an object Rectify does not create, one it
// creates that is missing, or a trigger or view of ours with another body is
// refused by name. Code planted in a ledger file (a trigger that closes tasks,
// say) would otherwise come along with the restore and run in the ledger.
Status checkSchemaObjects(const QString &staged, const QString &work)
{
    const QString referencePath = QDir(work).filePath(QStringLiteral("reference.sqlite"));
    {
        Ledger reference;
        if (auto created = reference.open(referencePath, Ledger::OpenMode::CreateIfMissing);
            !created)
            return created;
    }
    auto expected = schemaObjects(referencePath);
    if (!expected)
        return expected.failure();
    auto found = schemaObjects(staged);
    if (!found)
        return found.failure();
    for (auto it = found->cbegin(); it != found->cend(); ++it) {
        const QString type = it.key().section(QLatin1Char(' '), 0, 0);
        const QString name = it.key().section(QLatin1Char(' '), 1);
        const auto ours = expected->constFind(it.key());
        if (ours == expected->cend())
            return Error { Backup::tr("it holds the %1 %2, which Rectify does not create "
                                      "(the file was changed with another program).")
                               .arg(objectKind(type), name) };
        const bool code = type == QLatin1String("trigger") || type == QLatin1String("view");
        if (code && ours.value() != it.value())
            return Error { Backup::tr("its %1 %2 is not the one Rectify creates (the file was "
                                      "changed with another program).")
                               .arg(objectKind(type), name) };
    }
    for (auto it = expected->cbegin(); it != expected->cend(); ++it) {
        if (!found->contains(it.key()))
            return Error { Backup::tr("it lacks the %1 %2 that every ledger has.")
                               .arg(objectKind(it.key().section(QLatin1Char(' '), 0, 0)),
                                   it.key().section(QLatin1Char(' '), 1)) };
    }
    return {};
}

// A private copy of the backup `source` in `work`, under the backup's own name
// and with its evidence folder linked beside it (the evidence rows name their
// files relative to the backup). The file chosen is never touched: an older
// format version is upgraded in the copy. The link is removed with `unlink`.
struct EvidenceLink
{
    QString link;
    EvidenceLink() = default;
    Q_DISABLE_COPY_MOVE(EvidenceLink)
    ~EvidenceLink()
    {
        if (!link.isEmpty())
            QFile::remove(link); // the link only, never what it points to
    }
};

Result<QString> stageBackup(const QString &source, const QString &work, EvidenceLink &unlink)
{
    const QString staged = QDir(work).filePath(QFileInfo(source).fileName());
    const QString evidence = EvidenceContent::folder(source);
    const QString evidenceLink = EvidenceContent::folder(staged);
    if (QFileInfo(evidence).isDir()) {
        if (!QFile::link(evidence, evidenceLink))
            return Error {
                Backup::tr("its evidence folder %1 cannot be read.").arg(shown(evidence))
            };
        unlink.link = evidenceLink;
    }
    RawDb src;
    RawDb dest;
    int rc = openForReading(src, source);
    if (rc == SQLITE_OK)
        rc = dest.open(QFile::encodeName(staged), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (rc == SQLITE_OK)
        rc = runBackup(dest.get(), src.get());
    if (rc != SQLITE_OK)
        return Error { sqliteMessage(dest.get() ? dest.get() : src.get(), rc) + QLatin1Char('.') };
    return staged;
}

// Checks the staged and opened backup: its audit chain verifies, and its schema
// holds what Rectify creates and nothing else.
Status checkStaged(const Ledger &backup, const QString &staged, const QString &work)
{
    auto chain = AuditChain::verify(backup);
    if (!chain)
        return chain.failure();
    if (!chain->intact) {
        return Error { Backup::tr("its audit log does not verify (entry %1: %2).")
                           .arg(chain->firstBadId)
                           .arg(chain->problem) };
    }
    return checkSchemaObjects(staged, work);
}

// After a file restore the rows name files beside the backup (or beside the
// ledger the backup was taken of): each is brought into the ledger's own folder
// when it is not there, and the rows point at it. Returns how many files were
// found nowhere.
Result<int> adoptEvidence(Ledger &ledger, const QString &source)
{
    auto q = SqlAccess::exec(ledger, QStringLiteral("SELECT DISTINCT stored_path FROM evidence"));
    if (!q)
        return q.failure();
    QStringList paths;
    while (q->next())
        paths << q->value(0).toString();
    int missing = 0;
    const QString folder = EvidenceContent::folder(ledger.path());
    for (const QString &storedPath : std::as_const(paths)) {
        const QString name = EvidenceContent::safeFileName(storedPath);
        const QString target = QDir(folder).filePath(name);
        if (!QFileInfo(target).isFile()) {
            QString from = evidenceFileOf(source, storedPath);
            if (from.isEmpty())
                from = evidenceFileOf(ledger.path(), storedPath);
            if (from.isEmpty()) {
                ++missing;
            } else {
                const QString part = target + QStringLiteral(".part");
                QFile::remove(part);
                if (!QDir().mkpath(folder) || !QFile::copy(from, part)
                    || !QFile::rename(part, target))
                    return Error { Backup::tr("Cannot copy the evidence file %1 to %2.")
                                       .arg(shown(from), shown(folder)) };
            }
        }
        const QString stored = EvidenceContent::pathInFolder(ledger.path(), name);
        if (stored == storedPath)
            continue;
        if (auto u = SqlAccess::exec(ledger,
                QStringLiteral("UPDATE evidence SET stored_path = ? WHERE stored_path = ?"),
                { stored, storedPath },
                Backup::tr("point the evidence rows at the ledger's folder"));
            !u)
            return u.failure();
    }
    return missing;
}

} // namespace

QString Backup::folderFor(const QString &ledgerPath)
{
    if (LedgerLocation::isServerAddress(ledgerPath)) {
        // No folder beside a server ledger: one per address beside the default ledger.
        // The connection options (TLS) do not change which ledger it is.
        QString address = ledgerPath.trimmed().section(QLatin1Char('?'), 0, 0);
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

QString Backup::cancelledMessage()
{
    return tr("The backup was stopped before it was complete; no copy was kept.");
}

Status Backup::copyTo(const Ledger &ledger, const QString &target, const Progress &progress)
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

    if (ledger.isOnServer()) {
        if (progress && !progress(0, 0))
            return Error { cancelledMessage() };
        return copyServerTo(ledger, absolute, folder, progress);
    }

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
    rc = runBackup(dest.get(), src, progress);
    if (rc == SQLITE_INTERRUPT && progress) {
        dest.close();
        QFile::remove(temp);
        QFile::remove(temp + QStringLiteral("-journal"));
        return Error { cancelledMessage() };
    }
    if (rc != SQLITE_OK)
        return fail(sqliteMessage(dest.get(), rc));
    // The evidence files go along into "<copy>.evidence" beside the copy, and the
    // copy's rows point there: the backup is whole on its own (a server ledger's
    // backup is built the same way, from its table).
    QStringList storedPaths;
    if ((rc = storedPathsOf(dest.get(), &storedPaths)) != SQLITE_OK)
        return fail(sqliteMessage(dest.get(), rc));
    std::unique_ptr<QTemporaryDir> staging;
    if (!storedPaths.isEmpty()) {
        staging = std::make_unique<QTemporaryDir>(QDir(folder).filePath(
            QStringLiteral(".%1.evidence.XXXXXX").arg(QFileInfo(absolute).fileName())));
        if (!staging->isValid())
            return fail(staging->errorString());
        if (const QString why
            = carryEvidence(dest.get(), storedPaths, ledger.path(), absolute, staging->path());
            !why.isEmpty())
            return fail(why);
    }
    // The source is in WAL mode and so is the copy's header.
    if (const QString why = selfContained(dest); !why.isEmpty())
        return fail(why);
    if (const QString why
        = placeEvidence(staging ? staging->path() : QString(), EvidenceContent::folder(absolute));
        !why.isEmpty())
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
    const QString ledgerPath = ledger.path();
    const auto refused = [&](const QString &why) {
        return Error { tr("Cannot restore %1 into %2: %3 The ledger was not changed.")
                           .arg(shown(source), ledger.isOnServer() ? ledgerPath : shown(ledgerPath),
                               why) };
    };

    // The backup is read from a private copy (beside a ledger file, where there is
    // room for one; in the temporary folder for a server), upgraded there when it is
    // of an older format version, and checked before anything is written: its audit
    // chain must verify and its schema hold nothing Rectify did not create.
    const QString workBase
        = ledger.isOnServer() ? QDir::tempPath() : QFileInfo(ledgerPath).absolutePath();
    QTemporaryDir work(QDir(workBase).filePath(QStringLiteral(".restore-XXXXXX")));
    if (!work.isValid())
        return refused(work.errorString());
    EvidenceLink unlink;
    auto staged = stageBackup(source, work.path(), unlink);
    if (!staged)
        return refused(staged.error());
    auto backup = std::make_unique<Ledger>();
    backup->setActor(ledger.actor());
    if (auto opened = backup->open(*staged, Ledger::OpenMode::ExistingOnly); !opened)
        return refused(opened.error());
    if (auto ok = checkStaged(*backup, *staged, work.path()); !ok)
        return refused(ok.error());

    // Keep what is about to be replaced: a restore of the wrong file can be undone.
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
        if (auto restored = restoreOnServer(ledger, *backup, entry); !restored)
            return refused(restored.error());
        return saved;
    }

    backup.reset(); // closed: its pages are read by the copy below
    sqlite3 *dest = nativeHandle(ledger);
    RawDb src;
    int rc = openForReading(src, *staged);
    if (rc == SQLITE_OK)
        rc = runBackup(dest, src.get());
    if (rc != SQLITE_OK)
        return refused(sqliteMessage(dest, rc) + QLatin1Char('.'));
    src.close();

    // Reopen: the connection's cached schema and settings are the old ledger's.
    if (auto reopened = ledger.open(ledgerPath, Ledger::OpenMode::ExistingOnly); !reopened) {
        return Error { tr(
            "%1 was restored but cannot be opened: %2. The previous content is in %3.")
                           .arg(shown(ledgerPath), reopened.error(), shown(saved)) };
    }
    Ledger::Transaction tx(ledger);
    auto missing = adoptEvidence(ledger, source);
    if (!missing)
        return Error { missing.error() };
    if (*missing > 0)
        entry.reason += QLatin1String("; ")
            + tr("%n evidence file(s) named by the backup were found neither beside it nor beside "
                 "the ledger",
                nullptr, *missing);
    if (auto a = ledger.appendAudit(entry); !a)
        return Error { a.error() };
    if (auto c = tx.commit(); !c)
        return Error { c.error() };
    return saved;
}

Status Backup::restoreOnServer(Ledger &ledger, const Ledger &backup, const AuditEntry &entry)
{
    // One transaction on the server: other clients see the old ledger until the
    // commit and the restored one after it (and refresh on its notification),
    // never a mix; a failure anywhere rolls everything back.
    Ledger::Transaction tx(ledger);
    if (!tx.status())
        return tx.status();
    if (auto copied = LedgerCopy::replace(backup, ledger); !copied)
        return Error { copied.error() };
    if (auto a = ledger.appendAudit(entry); !a)
        return a;
    return tx.commit();
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

Result<QString> Backup::rotate(const Ledger &ledger, const Progress &progress)
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
    if (auto copied = copyTo(ledger, target, progress); !copied) {
        if (copied.error() == cancelledMessage())
            return Error { copied.error() };
        return Error { tr("The automatic backup failed: %1").arg(copied.error()) };
    }

    const QStringList all = automaticBackups(ledgerPath);
    for (int i = 0; i + keep < all.size(); ++i) {
        QFile::remove(all.at(i));
        QDir(EvidenceContent::folder(all.at(i))).removeRecursively();
    }
    return target;
}

} // namespace rectify
