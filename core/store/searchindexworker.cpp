#include "store/searchindexworker.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <cerrno>
#include <iterator>
#include <limits>
#include <memory>
#include <sqlite3.h>
#include <utility>
#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#endif

namespace rectify {

namespace {

// Rows handed to the thread at a time, and batches queued at most: a few MiB
// of text in flight whatever the size of the import.
constexpr std::size_t batchRows = 2048;
constexpr std::size_t queuedBatches = 8;
// The settings the import gives the ledger's own search tables while it indexes
// in bulk (see SearchIndexBatch): no merging, 16 MiB of pending terms.
constexpr const char *buildSettings[] = { "automerge", "hashsize" };
constexpr qint64 buildValues[] = { 0, 16 << 20 };

class Stmt final
{
public:
    Stmt(sqlite3 *db, const std::string &sql)
    {
        m_rc = sqlite3_prepare_v2(db, sql.c_str(), -1, &m_stmt, nullptr);
    }
    ~Stmt() { sqlite3_finalize(m_stmt); }
    Q_DISABLE_COPY_MOVE(Stmt)
    sqlite3_stmt *get() const { return m_stmt; }
    bool ok() const { return m_rc == SQLITE_OK; }
    int step() { return m_rc = sqlite3_step(m_stmt); }
    bool done() const { return m_rc == SQLITE_DONE; }

private:
    sqlite3_stmt *m_stmt = nullptr;
    int m_rc = SQLITE_OK;
};

std::string quoted(const std::string &name)
{
    std::string q = "\"";
    for (char c : name)
        q += c == '"' ? std::string("\"\"") : std::string(1, c);
    return q + '"';
}

bool exec(sqlite3 *db, const std::string &sql)
{
    return sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK;
}

} // namespace

SearchIndexWorker::SearchIndexWorker(std::vector<Table> tables)
    : m_tables(std::move(tables))
{ }

SearchIndexWorker::~SearchIndexWorker()
{
    stop(false); // an import that did not finish: the rows still queued are dropped
    // After the ledger's transaction, which holds the attached file while it lasts.
    if (m_attachedTo)
        sqlite3_exec(m_attachedTo, "DETACH rectify_search_index", nullptr, nullptr, nullptr);
    sqlite3_close(m_db);
}

Status SearchIndexWorker::attach(sqlite3 *db)
{
    Stmt attach(db, "ATTACH ? AS rectify_search_index");
    sqlite3_bind_text(
        attach.get(), 1, m_path.data(), static_cast<int>(m_path.size()), SQLITE_STATIC);
    if (!attach.ok() || attach.step() != SQLITE_DONE)
        return fail(db, tr("update the search index"));
    m_attachedTo = db;
    // The ledger's connection maps its files into memory (PRAGMA mmap_size),
    // and a database attached to it inherits that: read this one through the
    // file system's cache instead, outside the process's memory.
    if (!exec(db, "PRAGMA rectify_search_index.mmap_size = 0"))
        return fail(db, tr("update the search index"));
    return {};
}

Status SearchIndexWorker::fail(sqlite3 *db, const QString &what)
{
    return Error { tr("Cannot %1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(db))) };
}

void SearchIndexWorker::removeStaleFiles(const QString &folder)
{
#ifdef Q_OS_UNIX
    // rectify-search-<pid>-XXXXXX.sqlite: left behind only when the importing
    // process was killed. A file whose process still runs (or whose number a new
    // process took) stays.
    const QFileInfoList files = QDir(folder).entryInfoList(
        { QStringLiteral("rectify-search-*-*.sqlite") }, QDir::Files | QDir::NoSymLinks);
    for (const QFileInfo &f : files) {
        bool ok = false;
        const qint64 pid = f.fileName().section(QLatin1Char('-'), 2, 2).toLongLong(&ok);
        if (!ok || pid <= 0 || pid > std::numeric_limits<pid_t>::max())
            continue;
        if (::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH)
            QFile::remove(f.filePath());
    }
#endif
    // Earlier versions' names (rectify-search-XXXXXX.sqlite) say nothing of their
    // process: removed once they are a day old (no import runs that long).
    const QDateTime dayAgo = QDateTime::currentDateTimeUtc().addDays(-1);
    const QFileInfoList old = QDir(folder).entryInfoList(
        { QStringLiteral("rectify-search-??????.sqlite") }, QDir::Files | QDir::NoSymLinks);
    for (const QFileInfo &f : old) {
        if (f.lastModified().toUTC() < dayAgo)
            QFile::remove(f.filePath());
    }
}

Status SearchIndexWorker::start()
{
    // A temporary file rather than memory: its pages stay in the file system's
    // cache, not in this process, whatever the size of the import. The ledger's
    // connection attaches it to copy the tables in a statement each. Its name
    // carries this process's number, so that the file of a killed import can be
    // told apart and removed by the next one.
    removeStaleFiles(QDir::tempPath());
    m_file.setFileTemplate(QDir::tempPath()
        + QStringLiteral("/rectify-search-%1-XXXXXX.sqlite")
              .arg(QCoreApplication::applicationPid()));
    if (!m_file.open())
        return Error { tr("Cannot %1: %2")
                           .arg(tr("create a temporary file for the search index"),
                               m_file.errorString()) };
    m_path = QDir::toNativeSeparators(m_file.fileName()).toStdString();
    m_file.close(); // the name stays taken until m_file goes
    if (sqlite3_open_v2(m_path.c_str(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        return fail(m_db, tr("create a temporary file for the search index"));
    bool ok = exec(m_db, "PRAGMA journal_mode = OFF") && exec(m_db, "PRAGMA synchronous = OFF")
        && exec(m_db, "PRAGMA cache_size = -8192");
    for (const Table &t : m_tables) {
        ok = ok && exec(m_db, t.createSql);
        for (std::size_t i = 0; ok && i < std::size(buildSettings); ++i) {
            const std::string sql = "INSERT INTO " + quoted(t.name) + " (" + quoted(t.name)
                + ", rank) VALUES ('" + buildSettings[i] + "', " + std::to_string(buildValues[i])
                + ")";
            ok = exec(m_db, sql);
        }
    }
    if (!ok || !exec(m_db, "BEGIN"))
        return fail(m_db, tr("update the search index"));
    m_thread = std::thread([this] { run(); });
    return {};
}

void SearchIndexWorker::add(
    std::size_t table, qint64 rowid, std::initializer_list<std::string_view> parts)
{
    const std::size_t offset = m_batch.text.size();
    bool first = true;
    for (std::string_view part : parts) {
        if (!first)
            m_batch.text += ' ';
        first = false;
        m_batch.text += part;
    }
    m_batch.rows.push_back({ table, rowid, offset, m_batch.text.size() - offset });
    if (m_batch.rows.size() >= batchRows)
        push(std::exchange(m_batch, {}));
}

void SearchIndexWorker::push(Batch batch)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.size() < queuedBatches || m_failed; });
    if (m_failed)
        return;
    m_queue.push_back(std::move(batch));
    m_changed.notify_all();
}

void SearchIndexWorker::run()
{
    std::vector<std::unique_ptr<Stmt>> inserts;
    for (const Table &t : m_tables) {
        inserts.push_back(std::make_unique<Stmt>(m_db,
            "INSERT INTO " + quoted(t.name) + " (rowid, " + quoted(t.column) + ") VALUES (?, ?)"));
    }
    const auto failed = [this](const QString &what) {
        const Status s = fail(m_db, what);
        std::lock_guard lock(m_mutex);
        m_error = s.error();
        m_failed = true;
        m_queue.clear();
        m_changed.notify_all();
    };
    for (const auto &insert : inserts) {
        if (!insert->ok())
            return failed(tr("update the search index"));
    }
    for (;;) {
        Batch batch;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_queue.empty() || m_closed; });
            if (m_queue.empty())
                break; // closed and drained
            batch = std::move(m_queue.front());
            m_queue.pop_front();
            m_changed.notify_all();
        }
        for (const Batch::Row &row : batch.rows) {
            Stmt &insert = *inserts[row.table];
            sqlite3_bind_int64(insert.get(), 1, row.rowid);
            sqlite3_bind_text(insert.get(), 2, batch.text.data() + row.offset,
                static_cast<int>(row.size), SQLITE_STATIC);
            const int rc = insert.step();
            sqlite3_reset(insert.get());
            if (rc != SQLITE_DONE)
                return failed(tr("update the search index"));
        }
    }
    inserts.clear();
    {
        std::lock_guard lock(m_mutex);
        if (m_abandoned)
            return;
    }
    // FTS5 writes its last pending terms at the commit.
    if (!exec(m_db, "COMMIT"))
        return failed(tr("update the search index"));
}

void SearchIndexWorker::stop(bool drain)
{
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        if (!drain) {
            m_abandoned = true;
            m_queue.clear();
        }
        m_changed.notify_all();
    }
    if (m_thread.joinable())
        m_thread.join();
}

Status SearchIndexWorker::finish()
{
    if (!m_batch.rows.empty())
        push(std::exchange(m_batch, {}));
    stop(true);
    if (m_failed)
        return Error { m_error };
    return {};
}

Status SearchIndexWorker::copyInto(sqlite3 *db, std::size_t table)
{
    const Table &t = m_tables[table];
    const std::string name = quoted(t.name);
    // The table's settings, put back after it is created again.
    std::vector<std::pair<std::string, std::string>> config;
    {
        Stmt q(db, "SELECT quote(k), quote(v) FROM " + quoted(t.name + "_config"));
        if (!q.ok())
            return fail(db, tr("read the search index settings"));
        while (q.step() == SQLITE_ROW) {
            config.emplace_back(reinterpret_cast<const char *>(sqlite3_column_text(q.get(), 0)),
                reinterpret_cast<const char *>(sqlite3_column_text(q.get(), 1)));
        }
        if (!q.done())
            return fail(db, tr("read the search index settings"));
    }
    if (!exec(db, "DROP TABLE main." + name) || !exec(db, t.createSql))
        return fail(db, tr("update the search index"));

    // The shadow tables the private database holds for this table, but _config.
    std::vector<std::string> shadows;
    {
        Stmt q(m_db,
            "SELECT name FROM sqlite_master WHERE type = 'table' AND "
            "substr(name, 1, length(?1) + 1) = ?1 || '_' AND name <> ?1 || '_config' "
            "ORDER BY name");
        if (!q.ok())
            return fail(m_db, tr("update the search index"));
        sqlite3_bind_text(
            q.get(), 1, t.name.data(), static_cast<int>(t.name.size()), SQLITE_STATIC);
        while (q.step() == SQLITE_ROW)
            shadows.emplace_back(reinterpret_cast<const char *>(sqlite3_column_text(q.get(), 0)));
        if (!q.done())
            return fail(m_db, tr("update the search index"));
    }
    for (const std::string &shadow : shadows) {
        const std::string target = "main." + quoted(shadow);
        if (!exec(db, "DELETE FROM " + target)
            || !exec(db,
                "INSERT INTO " + target + " SELECT * FROM rectify_search_index." + quoted(shadow)))
            return fail(db, tr("update the search index"));
    }

    const std::string configTable = "main." + quoted(t.name + "_config");
    if (!exec(db, "DELETE FROM " + configTable))
        return fail(db, tr("update the search index"));
    for (const auto &[k, v] : config) {
        if (!exec(db, "INSERT INTO " + configTable + " (k, v) VALUES (" + k + ", " + v + ")"))
            return fail(db, tr("update the search index"));
    }
    return {};
}

} // namespace rectify
