#include "store/ledgercopy.h"

#include "store/evidencecontent.h"
#include "store/pgcopytext.h"
#include "store/pglinkcheck.h"
#include "store/searchindexbatch.h"
#include "store/sqlaccess.h"
#include "util/sqlitehandle.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVector>
#include <array>
#include <iterator>
#include <optional>

namespace rectify {

namespace {

// Parents before children, so that foreign keys hold row by row; the audit log
// last but one, its head (one row the schema made) last.
const char *const tables[] = {
    "settings",
    "inspections",
    "units",
    "people",
    "problems",
    "tasks",
    "responsibilities",
    "progress_entries",
    "users",
    "evidence",
    "records",
    "record_findings",
    "rounds",
    "round_reports",
    "extensions",
    "audit_log",
};

// The copied tables, comma-separated, for one statement over all of them.
QString tableList()
{
    QStringList names;
    for (const char *table : tables)
        names << QLatin1String(table);
    return names.join(QStringLiteral(", "));
}

// The tables whose ids a server hands out from a sequence (see schema_pg.cpp).
const char *const serialTables[] = {
    "inspections",
    "units",
    "people",
    "problems",
    "tasks",
    "responsibilities",
    "progress_entries",
    "users",
    "evidence",
    "records",
    "record_findings",
    "rounds",
    "round_reports",
    "extensions",
};

QString errorText(const QSqlError &e)
{
    return (e.databaseText().isEmpty() ? e.text() : e.databaseText()).trimmed();
}

// Evidence files written into the new file's folder, removed again unless the
// copy commits.
class WrittenFiles final
{
public:
    explicit WrittenFiles(QString folder)
        : m_folder(std::move(folder))
    { }
    ~WrittenFiles()
    {
        if (m_kept)
            return;
        for (const QString &f : std::as_const(m_files))
            QFile::remove(f);
        if (!m_files.isEmpty())
            QDir().rmdir(m_folder); // only when empty
    }
    Q_DISABLE_COPY_MOVE(WrittenFiles)
    void add(const QString &path) { m_files << path; }
    void keep() { m_kept = true; }

private:
    QString m_folder;
    QStringList m_files;
    bool m_kept = false;
};

// Where the copy of an evidence row keeps its contents, from the stored path of
// the source row: a bare name on a server, the new file's folder for a file.
QString targetStoredPath(const Ledger &to, const QString &storedPath)
{
    // A safe base name: the stored path of the source is its data, not a path to trust.
    if (to.isOnServer())
        return EvidenceContent::safeFileName(storedPath);
    return EvidenceContent::pathInFolder(to.path(), storedPath);
}

// Rows for COPY are sent a few MiB at a time: memory stays bounded.
constexpr std::size_t copyBufferBytes = 8u << 20;

// Column `i` of the current row of `read` as one COPY text field. NULL stays
// NULL and empty text stays empty text (the audit entries' hashes tell the two
// apart); a stored evidence path is rewritten for `evidenceTarget` when given.
void copyField(std::string &out, const QSqlQuery &read, int i, const Ledger *evidenceTarget)
{
    const bool first = i == 0;
    if (read.isNull(i)) {
        PgCopyText::null(out, first);
        return;
    }
    const QVariant v = read.value(i);
    if (evidenceTarget) {
        PgCopyText::text(out, targetStoredPath(*evidenceTarget, v.toString()).toStdString(), first);
        return;
    }
    // The copied tables hold integers and text only (evidence contents, the one
    // binary column, go their own way above).
    switch (v.metaType().id()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Bool:
        PgCopyText::number(out, v.toLongLong(), first);
        return;
    default:
        PgCopyText::text(out, v.toString().toStdString(), first);
    }
}

} // namespace

Result<LedgerCopy::Report> LedgerCopy::copy(const QString &from, const QString &to)
{
    if (from.trimmed().isEmpty() || to.trimmed().isEmpty())
        return Error { tr("Name both ledgers: the one to copy and the new one.") };
    if (!LedgerLocation::isServerAddress(to)) {
        const QFileInfo target(to);
        if (target.exists() && (!target.isFile() || target.size() > 0)) {
            return Error { tr("The target %1 exists; a ledger is copied into a new file or an "
                              "empty database only. Nothing was changed.")
                               .arg(target.absoluteFilePath()) };
        }
    }
    Ledger source;
    if (auto opened = source.open(from, Ledger::OpenMode::ReadOnly); !opened)
        return Error { opened.error() };
    Ledger target;
    target.setActor(source.actor());
    if (auto opened = target.open(to, Ledger::OpenMode::CreateIfMissing); !opened)
        return Error { opened.error() };
    return copy(source, target);
}

QString LedgerCopy::cancelledMessage()
{
    return tr("The copy was stopped before it was complete; nothing was copied.");
}

Result<LedgerCopy::Report> LedgerCopy::copy(
    const Ledger &from, Ledger &to, const Progress &progress)
{
    return copyInto(from, to, Target::New, progress);
}

Result<LedgerCopy::Report> LedgerCopy::replace(const Ledger &from, Ledger &to)
{
    return copyInto(from, to, Target::Replaced);
}

Result<LedgerCopy::Report> LedgerCopy::copyInto(
    const Ledger &from, Ledger &to, Target kind, const Progress &progress)
{
    Report report;
    // The rows to copy, counted first (in the caller's snapshot, when it holds one)
    // only when someone wants to know how far the copy has got.
    qint64 totalRows = 0;
    if (progress) {
        for (const char *table : tables) {
            auto q = SqlAccess::exec(from,
                QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)), {},
                tr("read the ledger %1").arg(from.path()));
            if (!q)
                return Error { q.error() };
            if (q->next())
                totalRows += q->value(0).toLongLong();
        }
    }
    // False when the copy is to stop.
    const auto goOn = [&] { return !progress || progress(report.rows, totalRows); };
    if (!goOn())
        return Error { cancelledMessage() };
    if (kind == Target::New && !to.wasCreated()) {
        return Error { tr("The target %1 already holds a ledger; a ledger is copied into a new "
                          "file or an empty database only. Nothing was changed.")
                           .arg(to.path()) };
    }
    Ledger::Transaction tx(to);
    if (!tx.status())
        return Error { tx.status().error() };
    // A new ledger has its first user, its creation date and the "ledger created"
    // entry: the copy brings its own. The audit log's delete guard is set aside for
    // that one statement, inside this transaction.
    QStringList clear;
    if (kind == Target::Replaced && to.isOnServer()) {
        // Writers already take turns (the transaction's advisory lock); this also
        // holds off anything else that writes, while readers still see the old rows.
        clear << QStringLiteral("LOCK TABLE %1, audit_head, evidence_content IN EXCLUSIVE MODE")
                     .arg(tableList());
    }
    if (to.isOnServer()) {
        clear << QStringList { QStringLiteral(
                                   "ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_delete"),
            QStringLiteral("DELETE FROM audit_log"),
            QStringLiteral("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_delete") };
    } else {
        auto guard = SqlAccess::exec(to,
            QStringLiteral("SELECT sql FROM sqlite_master WHERE type = "
                           "'trigger' AND name = 'audit_log_no_delete'"),
            {}, tr("read the target ledger"));
        if (!guard)
            return Error { guard.error() };
        if (!guard->next())
            return Error { tr("The target %1 has no audit log guard.").arg(to.path()) };
        const QString create = guard->value(0).toString();
        guard->finish();
        clear = { QStringLiteral("DROP TRIGGER audit_log_no_delete"),
            QStringLiteral("DELETE FROM audit_log"), create };
    }
    if (kind == Target::Replaced) {
        // Children before parents; settings, users and the audit log follow below.
        for (auto t = std::rbegin(tables); t != std::rend(tables); ++t) {
            const QLatin1String table(*t);
            if (table != QLatin1String("settings") && table != QLatin1String("users")
                && table != QLatin1String("audit_log"))
                clear << QStringLiteral("DELETE FROM %1").arg(table);
        }
        // A server keeps evidence contents in a table of their own (by hash).
        if (to.isOnServer())
            clear << QStringLiteral("DELETE FROM evidence_content");
    }
    clear << QStringLiteral("DELETE FROM users") << QStringLiteral("DELETE FROM settings");
    for (const QString &sql : clear) {
        if (auto q = SqlAccess::exec(to, sql, {}, tr("prepare the target ledger")); !q)
            return Error { q.error() };
    }
    // Under the write lock: the target holds nothing now (a schema only).
    for (const char *table : tables) {
        auto q = SqlAccess::exec(to,
            QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)), {},
            tr("read the target ledger"));
        if (!q)
            return Error { q.error() };
        if (q->next() && q->value(0).toLongLong() > 0) {
            return Error { tr("The target %1 already holds a ledger (its table %2 has rows); a "
                              "ledger is copied into a new file or an empty database only. "
                              "Nothing was changed.")
                               .arg(to.path(), QLatin1String(table)) };
        }
    }

    // Evidence contents first: a missing file stops the copy before any row.
    WrittenFiles written(to.isOnServer() ? QString() : EvidenceContent::folder(to.path()));
    {
        auto rows = SqlAccess::exec(from,
            QStringLiteral("SELECT stored_path, sha256, file_name FROM "
                           "evidence ORDER BY id"),
            {}, tr("read the evidence of %1").arg(from.path()));
        if (!rows)
            return Error { rows.error() };
        QSet<QString> done;
        QVector<std::array<QString, 3>> items;
        while (rows->next()) {
            items.push_back({ rows->value(0).toString(), rows->value(1).toString(),
                rows->value(2).toString() });
        }
        rows->finish();
        for (const auto &[storedPath, sha256, fileName] : items) {
            if (done.contains(sha256))
                continue;
            done.insert(sha256);
            if (!goOn())
                return Error { cancelledMessage() };
            auto bytes = EvidenceContent::readStored(from, storedPath, sha256);
            if (!bytes) {
                return Error { tr("Cannot copy the evidence file %1 of %2: %3 Nothing was "
                                  "copied.")
                                   .arg(fileName, from.path(), bytes.error()) };
            }
            const QString hash = QString::fromLatin1(
                QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256).toHex());
            if (hash != sha256) {
                return Error { tr("The stored copy %1 of the evidence file %2 no longer matches "
                                  "the hash recorded when it was attached. Nothing was copied.")
                                   .arg(storedPath, fileName) };
            }
            if (to.isOnServer()) {
                if (auto put = EvidenceContent::putOnServer(to, sha256, *bytes, fileName); !put)
                    return Error { put.error() };
            } else {
                const QString target = targetStoredPath(to, storedPath);
                bool created = false;
                auto put = EvidenceContent::putInFolder(to.path(),
                    target.mid(target.lastIndexOf(QLatin1Char('/')) + 1), *bytes, &created);
                if (!put)
                    return Error { put.error() };
                if (created)
                    written.add(QFileInfo(to.path()).absoluteDir().filePath(*put));
            }
            ++report.evidenceFiles;
        }
    }

    const QSqlDatabase source = from.database();
    const QSqlDatabase target = to.database();
    // Onto a server the rows go with COPY, a few MiB at a time: one statement per
    // row would be one round trip each (minutes for a year's ledger).
    pg_conn *const copyIn = to.isOnServer() ? pgConnection(target) : nullptr;
    if (to.isOnServer() && !copyIn)
        return Error { tr("The connection to %1 is not open.").arg(to.path()) };
    // Onto a server, the links of the copied rows are checked in bulk at the end
    // when the role may (PgLinkCheck): the tables are locked against other writers
    // first (a replaced ledger's are already).
    PgLinkCheck links(copyIn);
    if (copyIn) {
        std::vector<std::string> names(std::begin(tables), std::end(tables));
        QString error;
        if (!links.prepare(names, &error))
            return Error { tr("Cannot copy the rows into %1: %2").arg(to.path(), error) };
        if (links.active() && kind == Target::New) {
            if (auto l = SqlAccess::exec(to,
                    QStringLiteral("LOCK TABLE %1 IN SHARE ROW EXCLUSIVE MODE").arg(tableList()),
                    {}, tr("prepare the target ledger"));
                !l)
                return Error { l.error() };
        }
    }
    // Into a file: the search index is built once at the end instead of by its
    // triggers row by row (as the CSV import does), with a larger page cache.
    // Both inside the transaction; a rollback brings the triggers back. (No
    // worker thread: nothing is attached that must outlive the transaction.)
    sqlite3 *const lite = to.isOnServer() ? nullptr : sqliteHandle(target);
    std::optional<SearchIndexBatch> search;
    std::optional<SqliteCacheSize> cache;
    if (lite) {
        cache.emplace(lite, 64 << 20);
        search.emplace(lite, false);
        if (auto s = search->begin(); !s)
            return Error { s.error() };
    }
    if (QString error; !links.triggersOff(&error))
        return Error { tr("Cannot copy the rows into %1: %2").arg(to.path(), error) };
    for (const char *name : tables) {
        if (!goOn())
            return Error { cancelledMessage() };
        const QString table = QLatin1String(name);
        QSqlQuery read(source);
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table))) {
            return Error { tr("Cannot read the table %1 of %2: %3")
                               .arg(table, from.path(), errorText(read.lastError())) };
        }
        const QSqlRecord columns = read.record();
        QStringList names;
        QStringList marks;
        // Evidence rows name where their contents are, which differs by target.
        const int storedPathColumn = table == QLatin1String("evidence")
            ? columns.indexOf(QStringLiteral("stored_path"))
            : -1;
        for (int i = 0; i < columns.count(); ++i) {
            names << columns.fieldName(i);
            marks << QStringLiteral("?");
        }
        const QString columnList = names.join(QStringLiteral(", "));
        QSqlQuery write(target);
        if (!copyIn
            && !write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                  .arg(table, columnList, marks.join(QStringLiteral(", "))))) {
            return Error { tr("Cannot write the table %1 of %2: %3")
                               .arg(table, to.path(), errorText(write.lastError())) };
        }
        const std::string copyTarget
            = QStringLiteral("%1 (%2)").arg(table, columnList).toStdString();
        std::string copyRows;
        QString copyError;
        const auto copyFailed = [&] {
            return Error { tr("Cannot copy the rows of the table %1 into %2: %3")
                               .arg(table, to.path(), copyError) };
        };
        while (read.next()) {
            if (report.rows % progressRows == 0 && report.rows > 0 && !goOn())
                return Error { cancelledMessage() };
            ++report.rows;
            if (table == QLatin1String("audit_log"))
                ++report.auditEntries;
            if (copyIn) {
                for (int i = 0; i < names.size(); ++i)
                    copyField(copyRows, read, i, i == storedPathColumn ? &to : nullptr);
                copyRows += '\n';
                if (copyRows.size() >= copyBufferBytes
                    && !PgCopyText::send(copyIn, copyTarget, copyRows, &copyError))
                    return copyFailed();
                continue;
            }
            for (int i = 0; i < names.size(); ++i) {
                // NULL stays NULL and empty text stays empty text: the audit
                // entries' hashes tell the two apart.
                if (read.isNull(i)) {
                    write.bindValue(i, QVariant());
                } else {
                    const QVariant v = read.value(i);
                    const bool emptyText
                        = v.metaType().id() == QMetaType::QString && v.toString().isNull();
                    if (i == storedPathColumn)
                        write.bindValue(i, targetStoredPath(to, v.toString()));
                    else
                        write.bindValue(i, emptyText ? QVariant(QString(QLatin1String(""))) : v);
                }
            }
            if (!write.exec()) {
                return Error { tr("Cannot copy a row of the table %1 into %2: %3")
                                   .arg(table, to.path(), errorText(write.lastError())) };
            }
        }
        if (copyIn && !PgCopyText::send(copyIn, copyTarget, copyRows, &copyError))
            return copyFailed();
        if (read.lastError().isValid()) {
            return Error { tr("Cannot read the table %1 of %2: %3")
                               .arg(table, from.path(), errorText(read.lastError())) };
        }
    }

    if (QString error;
        !links.triggersOn(&error) || !links.check([](const std::string &) { return 0LL; }, &error))
        return Error { tr("Cannot copy the rows into %1: %2").arg(to.path(), error) };
    if (search) {
        if (auto s = search->finish(); !s)
            return Error { s.error() };
    }
    auto head
        = SqlAccess::exec(from, QStringLiteral("SELECT last_id, hash FROM audit_head WHERE id = 1"),
            {}, tr("read the audit log"));
    if (!head)
        return Error { head.error() };
    if (head->next()) {
        if (auto h = SqlAccess::exec(to,
                QStringLiteral("UPDATE audit_head SET last_id = ?, hash = ? WHERE id = 1"),
                { head->value(0).toLongLong(), head->value(1).toString() },
                tr("write the audit log"));
            !h)
            return Error { h.error() };
    }
    // Ids given explicitly do not move a server's sequences: the next new row
    // must come after the copied ones.
    if (to.isOnServer()) {
        for (const char *table : serialTables) {
            if (auto s = SqlAccess::exec(to,
                    QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', "
                                   "'id'), COALESCE(MAX(id), 0) + 1, false) FROM %1")
                        .arg(QLatin1String(table)),
                    {}, tr("write the target ledger"));
                !s)
                return Error { s.error() };
        }
    }
    // The last chance to stop: after the commit the copy is whole.
    if (!goOn())
        return Error { cancelledMessage() };
    if (auto c = tx.commit(); !c)
        return Error { c.error() };
    written.keep();
    return report;
}

} // namespace rectify
