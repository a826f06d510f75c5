#include "store/ledger.h"

#include "store/auditchain.h"
#include "store/auditrows.h"
#include "store/conflict.h"
#include "store/ledgerlocation.h"
#include "store/schema.h"
#include "util/sqlvalues.h"

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

QString trimmedName(const QString &name)
{
    return name.simplified();
}

// What the audit log records of a task's field.
QString statusText(TaskStatus status)
{
    return taskStatusKey(status);
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
// Transactions

Ledger::Transaction::Transaction(Ledger &ledger)
    : m_ledger(ledger)
    , m_status(ledger.beginTransaction())
{
    m_done = !m_status.ok();
}

Ledger::Transaction::~Transaction()
{
    if (!m_done)
        (void)m_ledger.endTransaction(false);
}

Status Ledger::Transaction::commit()
{
    if (m_done)
        return m_status.ok() ? Status(Error { tr("The transaction has already ended.") })
                             : m_status;
    m_done = true;
    return m_ledger.endTransaction(true);
}

Status Ledger::beginTransaction()
{
    if (!isOpen())
        return Error { tr("No ledger is open.") };
    if (m_readOnly)
        return Error {
            tr("The ledger %1 is open read-only.").arg(QDir::toNativeSeparators(m_path))
        };
    if (m_txDepth == 0) {
        // IMMEDIATE takes the write lock now, so a second writer waits for the busy
        // timeout here instead of failing half-way through. On a server, writers
        // take turns the same way (a transaction-scoped advisory lock): the audit
        // chain and the next numbers (MAX + 1) need the ledger to themselves.
        const QStringList begin = m_dialect == SqlDialect::Postgres
            ? QStringList { QStringLiteral("BEGIN"),
                  QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(Schema::applicationId) }
            : QStringList { QStringLiteral("BEGIN IMMEDIATE") };
        for (const QString &sql : begin) {
            auto q = exec(sql, {}, tr("start a transaction"));
            if (!q) {
                if (sql != begin.first())
                    (void)exec(QStringLiteral("ROLLBACK"));
                return Error { q.error() };
            }
        }
        m_txFailed = false;
    }
    ++m_txDepth;
    return {};
}

Status Ledger::endTransaction(bool commit)
{
    Q_ASSERT(m_txDepth > 0);
    if (!commit)
        m_txFailed = true;
    if (--m_txDepth > 0)
        return commit ? Status() : Status(Error { tr("The change was rolled back.") });
    if (commit && !m_txFailed) {
        // On a server, other connections' windows refresh on this (LedgerWatcher);
        // PostgreSQL delivers it only if the transaction commits.
        if (LedgerLocation::isServerAddress(m_path)) {
            if (auto n = exec(QStringLiteral("NOTIFY rectify_ledger"), {}, tr("save the changes"));
                !n) {
                (void)exec(QStringLiteral("ROLLBACK"));
                return Error { n.error() };
            }
        }
        auto q = exec(QStringLiteral("COMMIT"), {}, tr("save the changes"));
        if (q)
            return {};
        (void)exec(QStringLiteral("ROLLBACK"));
        return Error { q.error() };
    }
    (void)exec(QStringLiteral("ROLLBACK"));
    return commit ? Status(Error { tr("The change was rolled back because a part of it failed.") })
                  : Status();
}

// ---------------------------------------------------------------------------
// Opening and migrating

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
    // through the write-ahead log.
    for (const QString &pragma : { QStringLiteral("PRAGMA foreign_keys = ON"),
             QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs),
             QStringLiteral("PRAGMA mmap_size = %1").arg(mmapBytes) }) {
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

Status Ledger::migrate()
{
    const QString shown = QDir::toNativeSeparators(m_path);
    Transaction tx(*this);
    if (!tx.status())
        return tx.status();
    // Read again under the write lock: another process may have migrated meanwhile.
    const int from = schemaVersion();
    if (from < 0)
        return Error { tr("Cannot read the format version of %1.").arg(shown) };
    if (from > Schema::currentVersion()) {
        return Error { tr("The ledger %1 was written by a newer Rectify (format version %2).")
                           .arg(shown)
                           .arg(from) };
    }
    if (from == Schema::currentVersion())
        return tx.commit();

    for (int v = from + 1; v <= Schema::currentVersion(); ++v) {
        const bool server = m_dialect == SqlDialect::Postgres;
        const QStringList steps = server ? Schema::postgresMigrationTo(v) : Schema::migrationTo(v);
        for (const QString &sql : steps) {
            if (auto q = exec(sql, {}, tr("upgrade the ledger to format version %1").arg(v)); !q)
                return Error { q.error() };
        }
        if (v == 3) {
            if (auto chained = AuditChain::chainExisting(*this); !chained)
                return chained;
        }
        for (const QString &sql :
            server ? Schema::postgresFinishMigrationTo(v) : Schema::finishMigrationTo(v)) {
            if (auto q = exec(sql, {}, tr("upgrade the ledger to format version %1").arg(v)); !q)
                return Error { q.error() };
        }
    }
    // PRAGMA does not take bound values; both numbers are our own constants. A
    // server keeps them in rectify_schema (made by the first step).
    const QStringList stamp = m_dialect == SqlDialect::Postgres
        ? QStringList { QStringLiteral("UPDATE rectify_schema SET version = %1")
                            .arg(Schema::currentVersion()) }
        : QStringList { QStringLiteral("PRAGMA application_id = %1").arg(Schema::applicationId),
              QStringLiteral("PRAGMA user_version = %1").arg(Schema::currentVersion()) };
    for (const QString &pragma : stamp) {
        if (auto q = exec(pragma); !q)
            return Error { q.error() };
    }

    if (from == 0) {
        m_created = true;
        const QString createdAt = now().toString(Qt::ISODateWithMs);
        if (auto q = exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"),
                { QStringLiteral("created_at"), createdAt });
            !q)
            return Error { q.error() };
        const QString admin = m_actor.trimmed().isEmpty() ? QStringLiteral("admin") : m_actor;
        if (auto q = exec(
                QStringLiteral("INSERT INTO users (name, role, created_at) VALUES (?, 'admin', ?)"),
                { admin, createdAt });
            !q)
            return Error { q.error() };
    }
    if (auto a = audit(QStringLiteral("ledger"), 0, QStringLiteral("schema_version"), from,
            Schema::currentVersion(), from == 0 ? tr("ledger created") : tr("ledger upgraded"));
        !a)
        return a;
    return tx.commit();
}

// ---------------------------------------------------------------------------
// Queries

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

Status Ledger::audit(const QString &entity, qint64 id, const QString &field,
    const QVariant &oldValue, const QVariant &newValue, const QString &reason)
{
    AuditEntry e;
    e.entity = entity;
    e.entityId = id;
    e.field = field;
    e.oldValue = oldValue.isNull() ? QString() : oldValue.toString();
    e.newValue = newValue.isNull() ? QString() : newValue.toString();
    e.reason = reason;
    return appendAudit(e);
}

Status Ledger::appendAudit(AuditEntry entry)
{
    if (!entry.at.isValid())
        entry.at = now();
    if (entry.user.isEmpty())
        entry.user = m_actor.isEmpty() ? QStringLiteral("?") : m_actor;
    // The chain needs the previous entry and this entry's id before the insert:
    // the write lock of the (joined) transaction keeps both stable.
    Transaction tx(*this);
    if (!tx.status())
        return tx.status();
    auto last = exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"), {},
        tr("write the audit log"));
    if (!last)
        return Error { last.error() };
    AuditChain::Row row;
    if (last->next()) {
        row.id = last->value(0).toLongLong() + 1;
        row.prevHash = last->value(1).toString();
    } else {
        row.id = 1;
    }
    last->finish();
    // What is bound is what is hashed: exec() binds a null QString as ''.
    const auto text = [](const QString &s) { return QVariant(s.isNull() ? QLatin1String("") : s); };
    row.at = timestampToSql(entry.at);
    row.user = text(entry.user);
    row.entity = text(entry.entity);
    row.entityId = entry.entityId ? QVariant(entry.entityId) : QVariant();
    row.field = text(entry.field);
    row.oldValue = text(entry.oldValue);
    row.newValue = text(entry.newValue);
    row.reason = text(entry.reason);
    row.hash = AuditChain::hashOf(row);
    auto q = exec(QStringLiteral("INSERT INTO audit_log (id, at, user_name, entity, entity_id, "
                                 "field, old_value, new_value, reason, prev_hash, hash) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { row.id, row.at, row.user, row.entity, row.entityId, row.field, row.oldValue, row.newValue,
            row.reason, row.prevHash, row.hash },
        tr("write the audit log"));
    if (!q)
        return Error { q.error() };
    if (auto h = exec(QStringLiteral("UPDATE audit_head SET last_id = ?, hash = ? WHERE id = 1"),
            { row.id, row.hash }, tr("write the audit log"));
        !h)
        return Error { h.error() };
    return tx.commit();
}

Result<QVector<AuditEntry>> Ledger::auditLog(const QString &entity, qint64 entityId) const
{
    QString sql = QStringLiteral("SELECT %1 FROM audit_log").arg(auditEntryColumns());
    QVariantList values;
    if (!entity.isEmpty()) {
        sql += QStringLiteral(" WHERE entity = ?");
        values << entity;
        if (entityId) {
            sql += QStringLiteral(" AND entity_id = ?");
            values << entityId;
        }
    }
    sql += QStringLiteral(" ORDER BY id");
    auto q = exec(sql, values, tr("read the audit log"));
    if (!q)
        return Error { q.error() };
    QVector<AuditEntry> out;
    while (q->next())
        out << readAuditEntry(*q);
    return out;
}

// ---------------------------------------------------------------------------
// Field-by-field audit of an update

Status Ledger::auditChanges(const QString &entity, qint64 id,
    std::initializer_list<FieldChange> changes, const QString &reason)
{
    for (const FieldChange &c : changes) {
        if (c.oldValue != c.newValue) {
            if (auto a
                = audit(entity, id, QString::fromLatin1(c.field), c.oldValue, c.newValue, reason);
                !a)
                return a;
        }
    }
    return {};
}

// ---------------------------------------------------------------------------
// Inspections

namespace {

const QString inspectionColumns
    = QStringLiteral("id, name, kind, feedback_date, rectification_end, notes");

Inspection readInspection(const QSqlQuery &q)
{
    Inspection i;
    i.id = q.value(0).toLongLong();
    i.name = q.value(1).toString();
    i.kind = q.value(2).toString();
    i.feedbackDate = dateFromSql(q.value(3));
    i.rectificationEnd = dateFromSql(q.value(4));
    i.notes = q.value(5).toString();
    return i;
}

} // namespace

Result<QVector<Inspection>> Ledger::inspections() const
{
    auto q = exec(QStringLiteral("SELECT %1 FROM inspections ORDER BY id").arg(inspectionColumns),
        {}, tr("read the inspections"));
    if (!q)
        return Error { q.error() };
    QVector<Inspection> out;
    while (q->next())
        out << readInspection(*q);
    return out;
}

Result<Inspection> Ledger::inspection(qint64 id) const
{
    auto q = exec(QStringLiteral("SELECT %1 FROM inspections WHERE id = ?").arg(inspectionColumns),
        { id }, tr("read an inspection"));
    if (!q)
        return Error { q.error() };
    if (!q->next())
        return Error { tr("Inspection #%1 does not exist.").arg(id) };
    return readInspection(*q);
}

Result<std::optional<Inspection>> Ledger::findInspection(const QString &name) const
{
    auto q
        = exec(QStringLiteral("SELECT %1 FROM inspections WHERE name = ?").arg(inspectionColumns),
            { name.trimmed() }, tr("find an inspection"));
    if (!q)
        return Error { q.error() };
    if (!q->next())
        return std::optional<Inspection>();
    return std::optional<Inspection>(readInspection(*q));
}

Result<qint64> Ledger::addInspection(const Inspection &i)
{
    const QString name = i.name.trimmed();
    if (name.isEmpty())
        return Error { tr("An inspection needs a name.") };
    Transaction tx(*this);
    if (!tx.status())
        return Error { tx.status().error() };
    auto q = exec(QStringLiteral("INSERT INTO inspections (name, kind, feedback_date, "
                                 "rectification_end, notes) VALUES (?, ?, ?, ?, ?)"),
        { name, i.kind, dateToSql(i.feedbackDate), dateToSql(i.rectificationEnd), i.notes },
        tr("add the inspection %1").arg(name));
    if (!q)
        return Error { q.error() };
    const qint64 id = q->lastInsertId().toLongLong();
    if (auto a = audit(QStringLiteral("inspection"), id, QString(), QVariant(), name); !a)
        return Error { a.error() };
    if (auto c = tx.commit(); !c)
        return Error { c.error() };
    return id;
}

Status Ledger::updateInspection(const Inspection &i)
{
    Transaction tx(*this);
    if (!tx.status())
        return tx.status();
    auto old = inspection(i.id);
    if (!old)
        return Error { old.error() };
    const QString name = i.name.trimmed();
    if (name.isEmpty())
        return Error { tr("An inspection needs a name.") };
    auto q = exec(QStringLiteral("UPDATE inspections SET name = ?, kind = ?, feedback_date = ?, "
                                 "rectification_end = ?, notes = ? WHERE id = ?"),
        { name, i.kind, dateToSql(i.feedbackDate), dateToSql(i.rectificationEnd), i.notes, i.id },
        tr("save the inspection %1").arg(name));
    if (!q)
        return Error { q.error() };
    if (auto a = auditChanges(QStringLiteral("inspection"), i.id,
            {
                { "name", old->name, name },
                { "kind", old->kind, i.kind },
                { "feedback_date", dateToSql(old->feedbackDate), dateToSql(i.feedbackDate) },
                { "rectification_end", dateToSql(old->rectificationEnd),
                    dateToSql(i.rectificationEnd) },
                { "notes", old->notes, i.notes },
            },
            QString());
        !a)
        return a;
    return tx.commit();
}

Status Ledger::removeInspection(qint64 id)
{
    Transaction tx(*this);
    if (!tx.status())
        return tx.status();
    auto old = inspection(id);
    if (!old)
        return Error { old.error() };
    if (auto q = exec(QStringLiteral("DELETE FROM inspections WHERE id = ?"), { id },
            tr("delete the inspection %1").arg(old->name));
        !q)
        return Error { q.error() };
    if (auto a = audit(QStringLiteral("inspection"), id, QString(), old->name, QVariant()); !a)
        return a;
    return tx.commit();
}

Result<Inspection> Ledger::defaultInspection()
{
    auto key = setting(QStringLiteral("default_inspection"));
    if (!key)
        return Error { key.error() };
    if (!key->isEmpty()) {
        auto i = inspection(key->toLongLong());
        if (i)
            return i;
    }
    auto all = inspections();
    if (!all)
        return Error { all.error() };
    if (!all->isEmpty())
        return all->first();
    Transaction tx(*this);
    if (!tx.status())
        return Error { tx.status().error() };
    Inspection i;
    i.name = tr("Inspection feedback");
    auto id = addInspection(i);
    if (!id)
        return Error { id.error() };
    if (auto s = setSetting(QStringLiteral("default_inspection"), QString::number(*id)); !s)
        return Error { s.error() };
    if (auto c = tx.commit(); !c)
        return Error { c.error() };
    i.id = *id;
    return i;
}

// ---------------------------------------------------------------------------
// Problems

namespace {

const QString problemColumns
    = QStringLiteral("id, inspection_id, code, category, title, description, sort_order, version");

Problem readProblem(const QSqlQuery &q)
{
    Problem p;
    p.id = q.value(0).toLongLong();
    p.inspectionId = q.value(1).toLongLong();
    p.code = q.value(2).toString();
    p.category = q.value(3).toString();
    p.title = q.value(4).toString();
    p.description = q.value(5).toString();
    p.sortOrder = q.value(6).toInt();
    p.version = q.value(7).toInt();
    return p;
}

} // namespace

Result<QVector<Problem>> Ledger::problems(qint64 inspectionId) const
{
    QString sql = QStringLiteral("SELECT %1 FROM problems").arg(problemColumns);
    QVariantList values;
    if (inspectionId) {
        sql += QStringLiteral(" WHERE inspection_id = ?");
        values << inspectionId;
    }
    sql += QStringLiteral(" ORDER BY inspection_id, sort_order, id");
    auto q = exec(sql, values, tr("read the problems"));
    if (!q)
        return Error { q.error() };
    QVector<Problem> out;
    while (q->next())
        out << readProblem(*q);
    return out;
}

Result<Problem> Ledger::problem(qint64 id) const
{
    auto q = exec(QStringLiteral("SELECT %1 FROM problems WHERE id = ?").arg(problemColumns),
        { id }, tr("read a problem"));
    if (!q)
        return Error { q.error() };
    if (!q->next())
        return Error { tr("Problem #%1 does not exist.").arg(id) };
    return readProblem(*q);
}

Result<std::optional<Problem>> Ledger::findProblem(qint64 inspectionId, const QString &code) const
{
    auto q = exec(QStringLiteral("SELECT %1 FROM problems WHERE inspection_id = ? AND code = ?")
                      .arg(problemColumns),
        { inspectionId, code.trimmed() }, tr("find a problem"));
    if (!q)
        return Error { q.error() };
    if (!q->next())
        return std::optional<Problem>();
    return std::optional<Problem>(readProblem(*q));
}

Result<qint64> Ledger::addProblem(const Problem &p, IdMode mode)
{
    const QString code = p.code.trimmed();
    if (code.isEmpty())
        return Error { tr("A problem needs a number (序号).") };
    if (p.title.trimmed().isEmpty())
        return Error { tr("Problem %1 needs a title.").arg(code) };
    Transaction tx(*this);
    if (!tx.status())
        return Error { tx.status().error() };
    int order = p.sortOrder;
    if (order == 0) {
        auto m = exec(
            QStringLiteral(
                "SELECT COALESCE(MAX(sort_order), 0) + 1 FROM problems WHERE inspection_id = ?"),
            { p.inspectionId });
        if (!m)
            return Error { m.error() };
        order = m->next() ? m->value(0).toInt() : 1;
    }
    // A NULL id lets SQLite choose the next one. A problem brought back (Keep)
    // comes back one version on, as a task does.
    const bool keep = mode == IdMode::Keep;
    auto q = exec(QStringLiteral("INSERT INTO problems (id, inspection_id, code, category, title, "
                                 "description, sort_order, version) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        { keep ? QVariant(p.id) : QVariant(), p.inspectionId, code, p.category.trimmed(),
            p.title.trimmed(), p.description, order, keep ? qMax(1, p.version + 1) : 1 },
        tr("add problem %1").arg(code));
    if (!q)
        return Error { q.error() };
    const qint64 id = q->lastInsertId().toLongLong();
    if (auto a = audit(QStringLiteral("problem"), id, QString(), QVariant(),
            QStringLiteral("%1 %2").arg(code, p.title.trimmed()));
        !a)
        return Error { a.error() };
    if (auto c = tx.commit(); !c)
        return Error { c.error() };
    return id;
}

Status Ledger::updateProblem(const Problem &p)
{
    Transaction tx(*this);
    if (!tx.status())
        return tx.status();
    auto old = problem(p.id);
    if (!old || old->version != p.version)
        return Conflict::problem(*this, p.id, &p);
    const QString code = p.code.trimmed();
    if (code.isEmpty())
        return Error { tr("A problem needs a number (序号).") };
    if (p.title.trimmed().isEmpty())
        return Error { tr("Problem %1 needs a title.").arg(code) };
    auto q = exec(QStringLiteral("UPDATE problems SET inspection_id = ?, code = ?, category = ?, "
                                 "title = ?, description = ?, sort_order = ?, "
                                 "version = version + 1 WHERE id = ? AND version = ?"),
        { p.inspectionId, code, p.category.trimmed(), p.title.trimmed(), p.description, p.sortOrder,
            p.id, p.version },
        tr("save problem %1").arg(code));
    if (!q)
        return Error { q.error() };
    if (q->numRowsAffected() != 1)
        return Conflict::problem(*this, p.id, &p);
    if (auto a = auditChanges(QStringLiteral("problem"), p.id,
            {
                { "inspection_id", old->inspectionId, p.inspectionId },
                { "code", old->code, code },
                { "category", old->category, p.category.trimmed() },
                { "title", old->title, p.title.trimmed() },
                { "description", old->description, p.description },
                { "sort_order", old->sortOrder, p.sortOrder },
            },
            QString());
        !a)
        return a;
    return tx.commit();
}

Status Ledger::removeProblem(qint64 id, int expectedVersion)
{
    Transaction tx(*this);
    if (!tx.status())
        return tx.status();
    const bool checked = expectedVersion != anyVersion;
    auto old = problem(id);
    if (!old)
        return checked ? Status(Conflict::problem(*this, id)) : Status(Error { old.error() });
    if (checked && old->version != expectedVersion)
        return Conflict::problem(*this, id);
    auto q = exec(checked ? QStringLiteral("DELETE FROM problems WHERE id = ? AND version = ?")
                          : QStringLiteral("DELETE FROM problems WHERE id = ?"),
        checked ? QVariantList { id, expectedVersion } : QVariantList { id },
        tr("delete problem %1").arg(old->code));
    if (!q)
        return Error { q.error() };
    if (q->numRowsAffected() != 1)
        return Conflict::problem(*this, id);
    if (auto a = audit(QStringLiteral("problem"), id, QString(),
            QStringLiteral("%1 %2").arg(old->code, old->title), QVariant());
        !a)
        return a;
    return tx.commit();
}

// ---------------------------------------------------------------------------
// Units and people

Result<qint64> Ledger::ensureUnit(const QString &rawName)
{
    const QString name = trimmedName(rawName);
    if (name.isEmpty())
        return Error { tr("A unit needs a name.") };
    auto q = exec(QStringLiteral("SELECT id FROM units WHERE name = ?"), { name });
    if (!q)
        return Error { q.error() };
    if (q->next())
        return q->value(0).toLongLong();
    auto ins = exec(QStringLiteral("INSERT INTO units (name) VALUES (?)"), { name },
        tr("add the unit %1").arg(name));
    if (!ins)
        return Error { ins.error() };
    return ins->lastInsertId().toLongLong();
}

Result<qint64> Ledger::ensurePerson(const QString &rawName)
{
    const QString name = trimmedName(rawName);
    if (name.isEmpty())
        return Error { tr("A person needs a name.") };
    auto q = exec(QStringLiteral("SELECT id FROM people WHERE name = ?"), { name });
    if (!q)
        return Error { q.error() };
    if (q->next())
        return q->value(0).toLongLong();
    auto ins = exec(QStringLiteral("INSERT INTO people (name) VALUES (?)"), { name },
        tr("add the person %1").arg(name));
    if (!ins)
        return Error { ins.error() };
    return ins->lastInsertId().toLongLong();
}

Result<QStringList> Ledger::unitNames() const
{
    auto q = exec(QStringLiteral("SELECT name FROM units ORDER BY name"), {}, tr("read the units"));
    if (!q)
        return Error { q.error() };
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

Result<QStringList> Ledger::personNames() const
{
    auto q
        = exec(QStringLiteral("SELECT name FROM people ORDER BY name"), {}, tr("read the people"));
    if (!q)
        return Error { q.error() };
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

// ---------------------------------------------------------------------------
// Tasks

namespace {

const QString taskColumns = QStringLiteral(
    "id, problem_id, number, measure, target, deadline, long_term, status, completed_on, "
    "closed_on, remarks, version");

Task readTask(const QSqlQuery &q)
{
    Task t;
    t.id = q.value(0).toLongLong();
    t.problemId = q.value(1).toLongLong();
    t.number = q.value(2).toInt();
    t.measure = q.value(3).toString();
    t.target = q.value(4).toString();
    t.deadline = dateFromSql(q.value(5));
    t.longTerm = q.value(6).toInt() != 0;
    t.status = taskStatusFromKey(q.value(7).toString()).value_or(TaskStatus::NotStarted);
    t.completedOn = dateFromSql(q.value(8));
    t.closedOn = dateFromSql(q.value(9));
    t.remarks = q.value(10).toString();
    t.version = q.value(11).toInt();
    return t;
}

QStringList *roleList(Responsibilities &r, const QString &role)
{
    if (role == QLatin1String("leader"))
        return &r.leaders;
    if (role == QLatin1String("lead_unit"))
        return &r.leadUnits;
    if (role == QLatin1String("co_unit"))
        return &r.coUnits;
    if (role == QLatin1String("person"))
        return &r.persons;
    return nullptr;
}

QString joined(const QStringList &names)
{
    return names.join(QStringLiteral("、"));
}

} // namespace

Result<Responsibilities> Ledger::readResponsibilities(qint64 taskId) const
{
    auto q
        = exec(QStringLiteral(
                   "SELECT r.role, COALESCE(u.name, p.name) FROM responsibilities r "
                   "LEFT JOIN units u ON u.id = r.unit_id LEFT JOIN people p ON p.id = r.person_id "
                   "WHERE r.task_id = ? ORDER BY r.role, r.position, r.id"),
            { taskId }, tr("read the responsibilities"));
    if (!q)
        return Error { q.error() };
    Responsibilities r;
    while (q->next()) {
        if (QStringList *list = roleList(r, q->value(0).toString()))
            list->append(q->value(1).toString());
    }
    return r;
}

Status Ledger::writeResponsibilities(qint64 taskId, const Responsibilities &r)
{
    if (auto q = exec(QStringLiteral("DELETE FROM responsibilities WHERE task_id = ?"), { taskId },
            tr("replace the responsibilities"));
        !q)
        return Error { q.error() };
    struct RoleNames
    {
        const char *role;
        const QStringList &names;
        bool unit;
    };
    const RoleNames roles[] = {
        { "leader", r.leaders, false },
        { "lead_unit", r.leadUnits, true },
        { "co_unit", r.coUnits, true },
        { "person", r.persons, false },
    };
    for (const RoleNames &role : roles) {
        QSet<qint64> seen;
        int position = 0;
        for (const QString &name : role.names) {
            if (trimmedName(name).isEmpty())
                continue;
            auto id = role.unit ? ensureUnit(name) : ensurePerson(name);
            if (!id)
                return Error { id.error() };
            if (seen.contains(*id))
                continue;
            seen.insert(*id);
            auto q = exec(QStringLiteral("INSERT INTO responsibilities (task_id, role, unit_id, "
                                         "person_id, position) VALUES (?, ?, ?, ?, ?)"),
                { taskId, QString::fromLatin1(role.role), role.unit ? QVariant(*id) : QVariant(),
                    role.unit ? QVariant() : QVariant(*id), position++ },
                tr("save the responsibilities"));
            if (!q)
                return Error { q.error() };
        }
    }
    return {};
}

Result<Task> Ledger::task(qint64 id) const
{
    auto q = exec(QStringLiteral("SELECT %1 FROM tasks WHERE id = ?").arg(taskColumns), { id },
        tr("read a task"));
    if (!q)
        return Error { q.error() };
    if (!q->next())
        return Error { tr("Task #%1 does not exist.").arg(id) };
    Task t = readTask(*q);
    auto r = readResponsibilities(id);
    if (!r)
        return Error { r.error() };
    t.responsibilities = *r;
    return t;
}

Result<QVector<Task>> Ledger::tasks(qint64 problemId) const
{
    auto q = exec(QStringLiteral("SELECT %1 FROM tasks WHERE problem_id = ? ORDER BY number, id")
                      .arg(taskColumns),
        { problemId }, tr("read the tasks"));
    if (!q)
        return Error { q.error() };
    QVector<Task> out;
    while (q->next())
        out << readTask(*q);
    for (Task &t : out) {
        auto r = readResponsibilities(t.id);
        if (!r)
            return Error { r.error() };
        t.responsibilities = *r;
    }
    return out;
}

Result<qint64> Ledger::addTask(const Task &t, IdMode mode)
{
    if (t.measure.trimmed().isEmpty())
        return Error { tr("A task needs a measure (整改措施).") };
    Transaction tx(*this);
    if (!tx.status())
        return Error { tx.status().error() };
    auto parent = problem(t.problemId);
    if (!parent)
        return Error { parent.error() };
    int number = t.number;
    if (number <= 0) {
        auto m = exec(
            QStringLiteral("SELECT COALESCE(MAX(number), 0) + 1 FROM tasks WHERE problem_id = ?"),
            { t.problemId });
        if (!m)
            return Error { m.error() };
        number = m->next() ? m->value(0).toInt() : 1;
    }
    // A task brought back (Keep) comes back one version after the one it was deleted
    // at, so that a form read before the delete cannot overwrite it unseen.
    const bool keep = mode == IdMode::Keep;
    auto q = exec(QStringLiteral("INSERT INTO tasks (id, problem_id, number, measure, target, "
                                 "deadline, long_term, status, completed_on, closed_on, remarks, "
                                 "version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { keep ? QVariant(t.id) : QVariant(), t.problemId, number, t.measure.trimmed(), t.target,
            dateToSql(t.deadline), t.longTerm ? 1 : 0, taskStatusKey(t.status),
            dateToSql(t.completedOn), dateToSql(t.closedOn), t.remarks,
            keep ? qMax(1, t.version + 1) : 1 },
        tr("add task (%1) of problem %2").arg(number).arg(parent->code));
    if (!q)
        return Error { q.error() };
    const qint64 id = q->lastInsertId().toLongLong();
    if (auto r = writeResponsibilities(id, t.responsibilities); !r)
        return Error { r.error() };
    if (auto a = audit(QStringLiteral("task"), id, QString(), QVariant(),
            QStringLiteral("%1.%2 %3").arg(parent->code).arg(number).arg(t.measure.trimmed()));
        !a)
        return Error { a.error() };
    if (auto c = tx.commit(); !c)
        return Error { c.error() };
    return id;
}

Status Ledger::updateTask(const Task &t, const QString &reason)
{
    if (t.measure.trimmed().isEmpty())
        return Error { tr("A task needs a measure (整改措施).") };
    Transaction tx(*this);
    if (!tx.status())
        return tx.status();
    auto old = task(t.id);
    if (!old)
        return Conflict::task(*this, t.id, &t);
    // A stale form is told of the newer row first, whatever that row's state.
    if (old->version != t.version)
        return Conflict::task(*this, t.id, &t);
    if (auto open = checkNotClosed(t.id); !open)
        return open;
    auto q
        = exec(QStringLiteral("UPDATE tasks SET problem_id = ?, number = ?, measure = ?, "
                              "target = ?, deadline = ?, long_term = ?, status = ?, "
                              "completed_on = ?, closed_on = ?, remarks = ?, version = version + 1 "
                              "WHERE id = ? AND version = ?"),
            { t.problemId, t.number, t.measure.trimmed(), t.target, dateToSql(t.deadline),
                t.longTerm ? 1 : 0, taskStatusKey(t.status), dateToSql(t.completedOn),
                dateToSql(t.closedOn), t.remarks, t.id, t.version },
            tr("save task #%1").arg(t.id));
    if (!q)
        return Error { q.error() };
    // Another connection may have won the row between the read and this write
    // (a server that does not lock the whole ledger for the transaction).
    if (q->numRowsAffected() != 1)
        return Conflict::task(*this, t.id, &t);
    if (t.responsibilities != old->responsibilities) {
        if (auto r = writeResponsibilities(t.id, t.responsibilities); !r)
            return r;
    }
    const Responsibilities &o = old->responsibilities;
    const Responsibilities &n = t.responsibilities;
    if (auto a = auditChanges(QStringLiteral("task"), t.id,
            {
                { "problem_id", old->problemId, t.problemId },
                { "number", old->number, t.number },
                { "measure", old->measure, t.measure.trimmed() },
                { "target", old->target, t.target },
                { "deadline", dateToSql(old->deadline), dateToSql(t.deadline) },
                { "long_term", old->longTerm, t.longTerm },
                { "status", statusText(old->status), statusText(t.status) },
                { "completed_on", dateToSql(old->completedOn), dateToSql(t.completedOn) },
                { "closed_on", dateToSql(old->closedOn), dateToSql(t.closedOn) },
                { "remarks", old->remarks, t.remarks },
                { "leaders", joined(o.leaders), joined(n.leaders) },
                { "lead_units", joined(o.leadUnits), joined(n.leadUnits) },
                { "co_units", joined(o.coUnits), joined(n.coUnits) },
                { "persons", joined(o.persons), joined(n.persons) },
            },
            reason);
        !a)
        return a;
    return tx.commit();
}

Status Ledger::removeTask(qint64 id, int expectedVersion)
{
    Transaction tx(*this);
    if (!tx.status())
        return tx.status();
    const bool checked = expectedVersion != anyVersion;
    auto old = task(id);
    if (!old)
        return checked ? Status(Conflict::task(*this, id)) : Status(Error { old.error() });
    if (checked && old->version != expectedVersion)
        return Conflict::task(*this, id);
    if (auto open = checkNotClosed(id); !open)
        return open;
    auto q = exec(checked ? QStringLiteral("DELETE FROM tasks WHERE id = ? AND version = ?")
                          : QStringLiteral("DELETE FROM tasks WHERE id = ?"),
        checked ? QVariantList { id, expectedVersion } : QVariantList { id },
        tr("delete task #%1").arg(id));
    if (!q)
        return Error { q.error() };
    if (q->numRowsAffected() != 1)
        return Conflict::task(*this, id);
    if (auto a = audit(QStringLiteral("task"), id, QString(), old->measure, QVariant()); !a)
        return a;
    return tx.commit();
}

Status Ledger::checkNotClosed(qint64 taskId) const
{
    auto q = exec(QStringLiteral("SELECT t.status, t.number, p.code FROM tasks t "
                                 "JOIN problems p ON p.id = t.problem_id WHERE t.id = ?"),
        { taskId }, tr("read task #%1").arg(taskId));
    if (!q)
        return Error { q.error() };
    if (!q->next())
        return Error { tr("Task #%1 does not exist.").arg(taskId) };
    if (q->value(0).toString() != taskStatusKey(TaskStatus::Closed))
        return {};
    return Error { tr("Task %1.%2 is closed (signed off) and cannot be changed; a supervisor "
                      "must reopen it first.")
                       .arg(q->value(2).toString())
                       .arg(q->value(1).toInt()) };
}

Status Ledger::setTaskStatus(qint64 id, int expectedVersion, TaskStatus status,
    const QDate &completedOn, const QDate &closedOn, const QString &reason)
{
    Transaction tx(*this);
    if (!tx.status())
        return tx.status();
    auto old = task(id);
    if (!old)
        return Conflict::task(*this, id);
    if (old->version != expectedVersion)
        return Conflict::task(*this, id);
    auto q = exec(QStringLiteral("UPDATE tasks SET status = ?, completed_on = ?, closed_on = ?, "
                                 "version = version + 1 WHERE id = ? AND version = ?"),
        { taskStatusKey(status), dateToSql(completedOn), dateToSql(closedOn), id, expectedVersion },
        tr("save task #%1").arg(id));
    if (!q)
        return Error { q.error() };
    if (q->numRowsAffected() != 1)
        return Conflict::task(*this, id);
    if (auto a = auditChanges(QStringLiteral("task"), id,
            {
                { "status", statusText(old->status), statusText(status) },
                { "completed_on", dateToSql(old->completedOn), dateToSql(completedOn) },
                { "closed_on", dateToSql(old->closedOn), dateToSql(closedOn) },
            },
            reason);
        !a)
        return a;
    return tx.commit();
}

// ---------------------------------------------------------------------------
// Evidence

Result<QVector<Evidence>> Ledger::evidence(qint64 taskId) const
{
    auto q = exec(QStringLiteral("SELECT id, task_id, file_name, stored_path, sha256, size, "
                                 "added_by, added_at FROM evidence WHERE task_id = ? ORDER BY id"),
        { taskId }, tr("read the evidence of task #%1").arg(taskId));
    if (!q)
        return Error { q.error() };
    QVector<Evidence> out;
    while (q->next()) {
        Evidence e;
        e.id = q->value(0).toLongLong();
        e.taskId = q->value(1).toLongLong();
        e.fileName = q->value(2).toString();
        e.storedPath = q->value(3).toString();
        e.sha256 = q->value(4).toString();
        e.size = q->value(5).toLongLong();
        e.addedBy = q->value(6).toString();
        e.addedAt = timestampFromSql(q->value(7));
        out << e;
    }
    return out;
}

Result<qint64> Ledger::addEvidence(const Evidence &e)
{
    if (e.fileName.trimmed().isEmpty() || e.storedPath.isEmpty() || e.sha256.isEmpty())
        return Error { tr("An evidence file needs a name, a stored copy and a hash.") };
    Transaction tx(*this);
    if (!tx.status())
        return Error { tx.status().error() };
    if (auto open = checkNotClosed(e.taskId); !open)
        return Error { open.error() };
    auto q = exec(QStringLiteral("INSERT INTO evidence (task_id, file_name, stored_path, sha256, "
                                 "size, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        { e.taskId, e.fileName, e.storedPath, e.sha256, e.size,
            e.addedBy.isEmpty() ? m_actor : e.addedBy,
            timestampToSql(e.addedAt.isValid() ? e.addedAt : now()) },
        tr("add evidence to task #%1").arg(e.taskId));
    if (!q)
        return Error { q.error() };
    const qint64 id = q->lastInsertId().toLongLong();
    if (auto a = audit(QStringLiteral("task"), e.taskId, QStringLiteral("evidence"), QVariant(),
            QStringLiteral("%1 (sha256 %2, %3 bytes)").arg(e.fileName, e.sha256).arg(e.size));
        !a)
        return Error { a.error() };
    if (auto c = tx.commit(); !c)
        return Error { c.error() };
    return id;
}

// ---------------------------------------------------------------------------
// Progress

Result<QVector<ProgressEntry>> Ledger::progress(qint64 taskId) const
{
    auto q = exec(QStringLiteral("SELECT id, task_id, entry_date, text, author, created_at FROM "
                                 "progress_entries WHERE task_id = ? ORDER BY entry_date, id"),
        { taskId }, tr("read the progress history"));
    if (!q)
        return Error { q.error() };
    QVector<ProgressEntry> out;
    while (q->next()) {
        ProgressEntry e;
        e.id = q->value(0).toLongLong();
        e.taskId = q->value(1).toLongLong();
        e.date = dateFromSql(q->value(2));
        e.text = q->value(3).toString();
        e.author = q->value(4).toString();
        e.createdAt = timestampFromSql(q->value(5));
        out << e;
    }
    return out;
}

Result<qint64> Ledger::addProgress(const ProgressEntry &e, IdMode mode)
{
    if (e.text.trimmed().isEmpty())
        return Error { tr("A progress entry needs a text.") };
    if (!e.date.isValid())
        return Error { tr("A progress entry needs a date.") };
    Transaction tx(*this);
    if (!tx.status())
        return Error { tx.status().error() };
    const bool keep = mode == IdMode::Keep;
    // Keep restores an entry that was there (undoing a delete of its task or
    // problem); a new entry on a closed task is refused.
    if (!keep) {
        if (auto open = checkNotClosed(e.taskId); !open)
            return Error { open.error() };
    }
    auto q = exec(QStringLiteral("INSERT INTO progress_entries (id, task_id, entry_date, text, "
                                 "author, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
        { keep ? QVariant(e.id) : QVariant(), e.taskId, dateToSql(e.date), e.text.trimmed(),
            e.author.isEmpty() ? m_actor : e.author,
            timestampToSql(keep && e.createdAt.isValid() ? e.createdAt : now()) },
        tr("add a progress entry to task #%1").arg(e.taskId));
    if (!q)
        return Error { q.error() };
    const qint64 id = q->lastInsertId().toLongLong();
    if (auto a = audit(QStringLiteral("task"), e.taskId, QStringLiteral("progress"), QVariant(),
            QStringLiteral("%1 %2").arg(e.date.toString(Qt::ISODate), e.text.trimmed()));
        !a)
        return Error { a.error() };
    if (auto c = tx.commit(); !c)
        return Error { c.error() };
    return id;
}

Result<qint64> Ledger::progressTaskId(qint64 id) const
{
    auto q = exec(QStringLiteral("SELECT task_id FROM progress_entries WHERE id = ?"), { id },
        tr("find a progress entry"));
    if (!q)
        return Error { q.error() };
    if (!q->next())
        return Error { tr("Progress entry #%1 does not exist.").arg(id) };
    return q->value(0).toLongLong();
}

Status Ledger::removeProgress(qint64 id)
{
    Transaction tx(*this);
    if (!tx.status())
        return tx.status();
    auto q = exec(
        QStringLiteral("SELECT task_id, entry_date, text FROM progress_entries WHERE id = ?"),
        { id });
    if (!q)
        return Error { q.error() };
    if (!q->next())
        return Error { tr("Progress entry #%1 does not exist.").arg(id) };
    const qint64 taskId = q->value(0).toLongLong();
    const QString old = QStringLiteral("%1 %2").arg(q->value(1).toString(), q->value(2).toString());
    q->finish();
    if (auto open = checkNotClosed(taskId); !open)
        return open;
    if (auto d = exec(QStringLiteral("DELETE FROM progress_entries WHERE id = ?"), { id },
            tr("delete progress entry #%1").arg(id));
        !d)
        return Error { d.error() };
    if (auto a = audit(QStringLiteral("task"), taskId, QStringLiteral("progress"), old, QVariant());
        !a)
        return a;
    return tx.commit();
}

// ---------------------------------------------------------------------------
// Users

namespace {

const QString userSelect = QStringLiteral(
    "SELECT us.id, us.name, us.role, COALESCE(un.name, ''), COALESCE(us.password_hash, '') "
    "FROM users us LEFT JOIN units un ON un.id = us.unit_id");

User readUser(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.name = q.value(1).toString();
    u.role = userRoleFromKey(q.value(2).toString()).value_or(UserRole::Official);
    u.unit = q.value(3).toString();
    u.passwordHash = q.value(4).toString();
    return u;
}

} // namespace

Result<QVector<User>> Ledger::users() const
{
    auto q = exec(userSelect + QStringLiteral(" ORDER BY us.id"), {}, tr("read the users"));
    if (!q)
        return Error { q.error() };
    QVector<User> out;
    while (q->next())
        out << readUser(*q);
    return out;
}

Result<std::optional<User>> Ledger::findUser(const QString &name) const
{
    auto q = exec(userSelect + QStringLiteral(" WHERE us.name = ?"), { name.trimmed() },
        tr("find the user %1").arg(name));
    if (!q)
        return Error { q.error() };
    if (!q->next())
        return std::optional<User>();
    return std::optional<User>(readUser(*q));
}

Result<qint64> Ledger::addUser(const User &u)
{
    const QString name = u.name.trimmed();
    if (name.isEmpty())
        return Error { tr("A user needs a name.") };
    Transaction tx(*this);
    if (!tx.status())
        return Error { tx.status().error() };
    QVariant unitId;
    if (!u.unit.trimmed().isEmpty()) {
        auto id = ensureUnit(u.unit);
        if (!id)
            return Error { id.error() };
        unitId = *id;
    }
    auto q
        = exec(QStringLiteral("INSERT INTO users (name, role, unit_id, password_hash, created_at) "
                              "VALUES (?, ?, ?, ?, ?)"),
            { name, userRoleKey(u.role), unitId,
                u.passwordHash.isEmpty() ? QVariant() : QVariant(u.passwordHash),
                timestampToSql(now()) },
            tr("add the user %1").arg(name));
    if (!q)
        return Error { q.error() };
    const qint64 id = q->lastInsertId().toLongLong();
    if (auto a = audit(QStringLiteral("user"), id, QString(), QVariant(),
            QStringLiteral("%1 (%2)").arg(name, userRoleKey(u.role)));
        !a)
        return Error { a.error() };
    if (auto c = tx.commit(); !c)
        return Error { c.error() };
    return id;
}

} // namespace rectify
