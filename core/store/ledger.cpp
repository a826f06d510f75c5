// The Ledger's connection: opening a ledger file (or a server, ledger_pg.cpp),
// running a statement, counts and settings. The entities, the transactions, the
// migration and the audit log are in the ledger*.cpp files beside this one.
#include "store/ledger.h"

#include "store/ledgerlocation.h"
#include "store/schema.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

namespace rectify {

namespace {

QAtomicInt s_connectionCounter;

constexpr int busyTimeoutMs = 10000;
// Upper bound of the memory map a connection reads through (the file may be smaller).
constexpr qint64 mmapBytes = qint64(256) << 20;

QString sqlErrorText(const QSqlError &error)
{
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.text();
    return text.trimmed();
}

// Reads the 100-byte SQLite header and checks that the file is not shorter than
// the database it claims to hold: the commonest corruption is a truncated copy.
Status checkHeader(const QString &path, const QString &displayName)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error {
            Ledger::tr("Cannot read the ledger %1: %2").arg(displayName, file.errorString())
        };
    }
    const qint64 size = file.size();
    if (size == 0)
        return {};
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!header.startsWith(magic)) {
        return Error {
            Ledger::tr("%1 is not a Rectify ledger: it is not a SQLite database.").arg(displayName)
        };
    }
    if (header.size() < 100) {
        return Error { Ledger::tr("The ledger %1 is damaged: the file is truncated (%2 bytes).")
                           .arg(displayName)
                           .arg(size) };
    }
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    quint32 pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const quint32 changeCounter = qFromBigEndian<quint32>(bytes + 24);
    const quint32 validFor = qFromBigEndian<quint32>(bytes + 92);
    if (validFor == changeCounter && pageCount > 0
        && static_cast<quint64>(pageCount) * pageSize > static_cast<quint64>(size)) {
        return Error { Ledger::tr("The ledger %1 is damaged: the file is truncated "
                                  "(%2 bytes of %3).")
                           .arg(displayName)
                           .arg(size)
                           .arg(static_cast<quint64>(pageCount) * pageSize) };
    }
    return {};
}

} // namespace

Status Ledger::checkFileHeader(const QString &path)
{
    return checkHeader(path, QDir::toNativeSeparators(path));
}

// ---------------------------------------------------------------------------
// Opening (the migration is in ledgermigration.cpp)

Ledger::Ledger()
    : m_connection(
        QStringLiteral("rectify-ledger-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1)))
{ }

Ledger::~Ledger()
{
    close();
}

QDateTime Ledger::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

bool Ledger::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && database().isOpen();
}

QSqlDatabase Ledger::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

void Ledger::close()
{
    m_reused.clear(); // the statements go before their connection
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = database();
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
    m_txDepth = 0;
    m_created = false;
    m_dialect = SqlDialect::Sqlite;
    m_serverUser.clear();
}

int Ledger::schemaVersion() const
{
    if (m_dialect == SqlDialect::Postgres)
        return serverSchemaVersion();
    auto q = exec(QStringLiteral("PRAGMA user_version"));
    return q && q->next() ? q->value(0).toInt() : -1;
}

Status Ledger::openConnection(const QString &path, bool readOnly)
{
    close();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    if (!db.isValid()) {
        QSqlDatabase::removeDatabase(m_connection);
        return Error { tr(
            "The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).") };
    }
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open()) {
        const QString why = sqlErrorText(db.lastError());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
        return Error {
            tr("Cannot open the ledger %1: %2").arg(QDir::toNativeSeparators(path), why)
        };
    }
    m_readOnly = readOnly;
    return {};
}

Status Ledger::inspectFile(const QString &path, OpenMode mode, int *version)
{
    const QString shown = QDir::toNativeSeparators(path);
    *version = 0;
    if (auto header = checkHeader(path, shown); !header)
        return header;
    if (QFileInfo(path).size() == 0)
        return {};

    // Look before touching: a read-only connection cannot change the file.
    if (auto opened = openConnection(path, true); !opened)
        return opened;
    int appId = 0;
    qint64 objects = 0;
    auto q = exec(QStringLiteral("PRAGMA user_version"));
    if (q && q->next())
        *version = q->value(0).toInt();
    if (q)
        q = exec(QStringLiteral("PRAGMA application_id"));
    if (q && q->next())
        appId = q->value(0).toInt();
    if (q)
        q = exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (q && q->next())
        objects = q->value(0).toLongLong();
    const QString readError = q ? QString() : q.error();
    close();

    if (!readError.isEmpty()) {
        return Error { tr("The ledger %1 cannot be read; it is damaged or not a ledger (%2).")
                           .arg(shown, readError) };
    }
    if ((*version > 0 || objects > 0) && appId != Schema::applicationId) {
        return Error { tr("%1 is not a Rectify ledger: it is a SQLite database of another program. "
                          "The file was not changed.")
                           .arg(shown) };
    }
    if (*version > Schema::currentVersion()) {
        return Error { tr(
            "The ledger %1 was written by a newer Rectify (format version %2; this "
            "program knows up to %3). Please upgrade Rectify. The file was not changed.")
                           .arg(shown)
                           .arg(*version)
                           .arg(Schema::currentVersion()) };
    }
    if (mode == OpenMode::ReadOnly && *version < Schema::currentVersion()) {
        return Error { tr(
            "The ledger %1 has format version %2 and must be upgraded before it can be "
            "read; open it once for writing.")
                           .arg(shown)
                           .arg(*version) };
    }
    return {};
}

Status Ledger::open(const QString &path, OpenMode mode)
{
    close();
    m_path.clear();
    if (path.trimmed().isEmpty())
        return Error { tr("No ledger file was named.") };
    if (LedgerLocation::isServerAddress(path)) {
        auto location = LedgerLocation::parse(path);
        if (!location)
            return Error { location.error() };
        return openServer(*location, mode, busyTimeoutMs);
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(absolute);
    const QFileInfo info(absolute);

    int version = 0;
    if (info.exists()) {
        if (!info.isFile())
            return Error { tr("%1 is not a file.").arg(shown) };
        if (auto ok = inspectFile(absolute, mode, &version); !ok)
            return ok;
    } else {
        if (mode != OpenMode::CreateIfMissing)
            return Error { tr("The ledger %1 does not exist.").arg(shown) };
        if (!QDir().mkpath(info.absolutePath()))
            return Error { tr("Cannot create the folder %1.")
                               .arg(QDir::toNativeSeparators(info.absolutePath())) };
    }

    const bool readOnly = mode == OpenMode::ReadOnly;
    if (auto opened = openConnection(absolute, readOnly); !opened)
        return opened;
    m_path = absolute;

    // Reads through a memory map instead of read() calls into a small page cache:
    // the statistics scan the tasks several times, and on a 100,000-task ledger a
    // third of their time went to copying the same pages in again. Writes still go
    // through the write-ahead log. Not a ledger larger than the map, though (a
    // million tasks are about a gigabyte): every mapped page it touched counted in
    // the program's memory, 220 MiB more for each connection that read the tasks
    // once, while the map covered only the first quarter of the file; its pages
    // stay in the system's file cache all the same.
    const qint64 mmap = info.exists() && info.size() > mmapBytes ? 0 : mmapBytes;
    for (const QString &pragma : { QStringLiteral("PRAGMA foreign_keys = ON"),
             QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs),
             QStringLiteral("PRAGMA mmap_size = %1").arg(mmap) }) {
        if (auto q = exec(pragma); !q) {
            close();
            return Error { q.error() };
        }
    }
    if (readOnly)
        return {};

    for (const QString &pragma : { QStringLiteral("PRAGMA journal_mode = WAL"),
             QStringLiteral("PRAGMA synchronous = FULL") }) {
        if (auto q = exec(pragma); !q) {
            close();
            return Error { q.error() };
        }
    }
    if (auto migrated = migrate(); !migrated) {
        close();
        return migrated;
    }
    return {};
}

// ---------------------------------------------------------------------------
// Statements, counts and settings

Result<QSqlQuery> Ledger::exec(
    const QString &sql, const QVariantList &values, const QString &what) const
{
    QSqlDatabase db = database();
    if (!db.isOpen())
        return Error { tr("No ledger is open.") };
    QSqlQuery q(db);
    // Qt's PostgreSQL driver reads a forward-only result row by row and drops it
    // when the next query starts: server results are read whole, so that a loop
    // may run other queries while it reads.
    const bool server = m_dialect == SqlDialect::Postgres;
    q.setForwardOnly(!server);
    const auto fail = [&](const QSqlError &e) {
        const QString why = sqlErrorText(e);
        return what.isEmpty() ? Error { tr("Database error: %1").arg(why) }
                              : Error { tr("Cannot %1: %2").arg(what, why) };
    };
    // The server prepares only queries (no DDL, no BEGIN): a statement without
    // values runs as it is.
    if (server && values.isEmpty()) {
        if (!q.exec(sql))
            return fail(q.lastError());
        return q;
    }
    if (!q.prepare(sql))
        return fail(q.lastError());
    for (const QVariant &v : values) {
        // A null QString is text all the same; only an invalid QVariant means SQL NULL.
        if (v.metaType().id() == QMetaType::QString && v.toString().isNull())
            q.addBindValue(QString(QLatin1String("")));
        else
            q.addBindValue(v);
    }
    if (!q.exec())
        return fail(q.lastError());
    return q;
}

Result<Ledger::ReusedQuery> Ledger::execReused(
    const QString &sql, const QVariantList &values, const QString &what) const
{
    QSqlDatabase db = database();
    if (!db.isOpen())
        return Error { tr("No ledger is open.") };
    std::unique_ptr<QSqlQuery> &query = m_reused[sql];
    if (!query) {
        auto prepared = std::make_unique<QSqlQuery>(db);
        prepared->setForwardOnly(m_dialect != SqlDialect::Postgres);
        if (!prepared->prepare(sql)) {
            const QString why = sqlErrorText(prepared->lastError());
            m_reused.erase(sql);
            return what.isEmpty() ? Error { tr("Database error: %1").arg(why) }
                                  : Error { tr("Cannot %1: %2").arg(what, why) };
        }
        query = std::move(prepared);
    }
    QSqlQuery *q = query.get();
    q->finish();
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        // As exec(): a null QString is text all the same; only an invalid QVariant is NULL.
        if (v.metaType().id() == QMetaType::QString && v.toString().isNull())
            q->bindValue(i, QString(QLatin1String("")));
        else
            q->bindValue(i, v);
    }
    if (!q->exec()) {
        const QString why = sqlErrorText(q->lastError());
        q->finish();
        return what.isEmpty() ? Error { tr("Database error: %1").arg(why) }
                              : Error { tr("Cannot %1: %2").arg(what, why) };
    }
    return ReusedQuery(q);
}

Result<LedgerCounts> Ledger::counts() const
{
    auto q = exec(QStringLiteral(
                      "SELECT (SELECT count(*) FROM inspections), (SELECT count(*) FROM problems), "
                      "(SELECT count(*) FROM tasks), (SELECT count(*) FROM progress_entries), "
                      "(SELECT count(*) FROM units), (SELECT count(*) FROM people), "
                      "(SELECT count(*) FROM users), (SELECT count(*) FROM audit_log)"),
        {}, tr("count the ledger's rows"));
    if (!q)
        return Error { q.error() };
    LedgerCounts c;
    if (q->next()) {
        c.inspections = q->value(0).toLongLong();
        c.problems = q->value(1).toLongLong();
        c.tasks = q->value(2).toLongLong();
        c.progressEntries = q->value(3).toLongLong();
        c.units = q->value(4).toLongLong();
        c.people = q->value(5).toLongLong();
        c.users = q->value(6).toLongLong();
        c.auditEntries = q->value(7).toLongLong();
    }
    return c;
}

Result<QString> Ledger::setting(const QString &key, const QString &fallback) const
{
    auto q = exec(QStringLiteral("SELECT value FROM settings WHERE key = ?"), { key },
        tr("read the setting %1").arg(key));
    if (!q)
        return Error { q.error() };
    return q->next() ? q->value(0).toString() : fallback;
}

Status Ledger::setSetting(const QString &key, const QString &value)
{
    Transaction tx(*this);
    if (!tx.status())
        return tx.status();
    auto old = setting(key);
    if (!old)
        return Error { old.error() };
    auto q = exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
        { key, value }, tr("save the setting %1").arg(key));
    if (!q)
        return Error { q.error() };
    if (*old != value) {
        if (auto a = audit(QStringLiteral("setting"), 0, key, *old, value); !a)
            return a;
    }
    return tx.commit();
}

} // namespace rectify
