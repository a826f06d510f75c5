#include "store/searchindexbatch.h"

#include <limits>
#include <sqlite3.h>
#include <thread>

namespace rectify {

namespace {

// The rows of the search index, as the triggers of schema version 4 write them.
constexpr const char *problemRows
    = "INSERT INTO problem_search (rowid, problem) "
      "SELECT id, code || ' ' || category || ' ' || title || ' ' || description FROM problems ";
constexpr const char *taskRows
    = "INSERT INTO task_search (rowid, task) "
      "SELECT id, measure || ' ' || target || ' ' || remarks FROM tasks ";

// FTS5's defaults for the two settings changed while the rows go in.
constexpr qint64 defaultAutomerge = 4;
constexpr qint64 defaultHashSize = 1 << 20;
// Pending terms kept in memory before FTS5 writes a segment: fewer, larger
// segments for a large import, at a bounded cost in memory.
constexpr qint64 importHashSize = 16 << 20;

class Query final
{
public:
    Query(sqlite3 *db, const char *sql)
    {
        m_rc = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
    }
    ~Query() { sqlite3_finalize(m_stmt); }
    Q_DISABLE_COPY_MOVE(Query)
    sqlite3_stmt *operator*() const { return m_stmt; }
    bool ok() const { return m_rc == SQLITE_OK; }
    int step() { return m_rc = sqlite3_step(m_stmt); }
    bool done() const { return m_rc == SQLITE_DONE; }

private:
    sqlite3_stmt *m_stmt = nullptr;
    int m_rc = SQLITE_OK;
};

std::string jsonArray(const std::vector<qint64> &ids)
{
    std::string s = "[";
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (i)
            s += ',';
        s += std::to_string(ids[i]);
    }
    s += ']';
    return s;
}

} // namespace

SearchIndexBatch::SearchIndexBatch(sqlite3 *db, bool alongside)
    : m_db(db)
    , m_alongside(alongside)
{ }

SearchIndexBatch::~SearchIndexBatch() = default;

Status SearchIndexBatch::fail(const QString &what)
{
    return Error { tr("Cannot %1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(m_db))) };
}

Status SearchIndexBatch::exec(const char *sql)
{
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail(tr("update the search index"));
    return {};
}

Status SearchIndexBatch::begin()
{
    std::vector<std::string> names;
    {
        // In the order they were created, to be created again in that order (the
        // order in which triggers on the same event fire).
        Query q(m_db,
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
            "AND tbl_name IN ('tasks', 'problems') "
            "AND (sql LIKE '%task_search%' OR sql LIKE '%problem_search%') ORDER BY rowid");
        if (!q.ok())
            return fail(tr("read the search triggers"));
        while (q.step() == SQLITE_ROW) {
            names.emplace_back(reinterpret_cast<const char *>(sqlite3_column_text(*q, 0)));
            m_triggers.emplace_back(reinterpret_cast<const char *>(sqlite3_column_text(*q, 1)));
        }
        if (!q.done())
            return fail(tr("read the search triggers"));
    }
    if (m_triggers.empty())
        return {};
    {
        Query q(m_db, "SELECT COALESCE(MAX(id), 0) FROM tasks");
        if (!q.ok() || q.step() != SQLITE_ROW)
            return fail(tr("read the tasks"));
        m_maxTaskBefore = sqlite3_column_int64(*q, 0);
    }
    {
        Query q(m_db, "SELECT COALESCE(MAX(id), 0) FROM problems");
        if (!q.ok() || q.step() != SQLITE_ROW)
            return fail(tr("read the problems"));
        m_maxProblemBefore = sqlite3_column_int64(*q, 0);
    }
    for (const std::string &name : names) {
        std::string drop = "DROP TRIGGER \"";
        for (char c : name)
            drop += c == '"' ? std::string("\"\"") : std::string(1, c);
        drop += '"';
        if (auto s = exec(drop.c_str()); !s)
            return s;
    }
    m_active = true;
    if (m_alongside)
        startWorker();
    return {};
}

void SearchIndexBatch::startWorker()
{
    // The worker pays off only with a core of its own.
    if (std::thread::hardware_concurrency() < 2)
        return;
    std::vector<SearchIndexWorker::Table> tables;
    const auto add = [&](const char *name, const char *column, qint64 maxBefore) {
        if (maxBefore != 0)
            return noTable; // rows before the import: indexed at the end
        Query q(m_db, "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?");
        sqlite3_bind_text(*q, 1, name, -1, SQLITE_STATIC);
        if (!q.ok() || q.step() != SQLITE_ROW || !sqlite3_column_text(*q, 0))
            return noTable;
        tables.push_back(
            { name, column, reinterpret_cast<const char *>(sqlite3_column_text(*q, 0)) });
        return tables.size() - 1;
    };
    const std::size_t problems = add("problem_search", "problem", m_maxProblemBefore);
    const std::size_t tasks = add("task_search", "task", m_maxTaskBefore);
    if (tables.empty())
        return;
    auto worker = std::make_unique<SearchIndexWorker>(std::move(tables));
    if (!worker->start())
        return; // indexed at the end, on this connection
    m_worker = std::move(worker);
    m_problemTable = problems;
    m_taskTable = tasks;
}

Status SearchIndexBatch::finish()
{
    if (!m_active)
        return {};
    m_active = false;
    // Tables built by the worker are copied in; their rows changed after they
    // were handed over are indexed again below, like those of an earlier import.
    constexpr qint64 allRows = std::numeric_limits<qint64>::max();
    qint64 problemsBefore = m_maxProblemBefore;
    qint64 tasksBefore = m_maxTaskBefore;
    if (m_worker) {
        // A worker that failed leaves its tables to the statements below. (The
        // worker stays until this object goes: see SearchIndexWorker::attach.)
        if (m_worker->finish() && m_worker->attach(m_db)) {
            for (const auto &[table, before] : { std::pair { m_problemTable, &problemsBefore },
                     std::pair { m_taskTable, &tasksBefore } }) {
                if (table == noTable)
                    continue;
                if (auto s = m_worker->copyInto(m_db, table); !s)
                    return s;
                *before = allRows;
            }
        }
    }
    if (auto s = index("problem_search", problemRows, m_updatedProblems, problemsBefore); !s)
        return s;
    if (auto s = index("task_search", taskRows, m_updatedTasks, tasksBefore); !s)
        return s;
    for (const std::string &sql : m_triggers) {
        if (auto s = exec(sql.c_str()); !s)
            return s;
    }
    return {};
}

Status SearchIndexBatch::index(
    const char *table, const char *rows, const std::vector<qint64> &updated, qint64 maxBefore)
{
    const std::string name = table;
    // The settings are read and changed only now: FTS5 joins the transaction at
    // its first write and flushes at every later statement from then on.
    qint64 automerge = defaultAutomerge;
    qint64 hashSize = defaultHashSize;
    {
        const std::string sql
            = "SELECT k, v FROM " + name + "_config WHERE k IN ('automerge', 'hashsize')";
        Query q(m_db, sql.c_str());
        if (!q.ok())
            return fail(tr("read the search index settings"));
        while (q.step() == SQLITE_ROW) {
            const std::string k = reinterpret_cast<const char *>(sqlite3_column_text(*q, 0));
            (k == "automerge" ? automerge : hashSize) = sqlite3_column_int64(*q, 1);
        }
        if (!q.done())
            return fail(tr("read the search index settings"));
    }
    const std::string settingSql = "INSERT INTO " + name + " (" + name + ", rank) VALUES (?, ?)";
    const auto setting = [&](const char *key, qint64 value) -> Status {
        Query q(m_db, settingSql.c_str());
        sqlite3_bind_text(*q, 1, key, -1, SQLITE_STATIC);
        sqlite3_bind_int64(*q, 2, value);
        if (!q.ok() || q.step() != SQLITE_DONE)
            return fail(tr("update the search index"));
        return {};
    };
    // Merging segments while the rows go in costs about as much as indexing
    // them; FTS5 still merges when one level holds too many (crisismerge), and
    // later writes merge the rest little by little.
    if (auto s = setting("automerge", 0); !s)
        return s;
    if (auto s = setting("hashsize", importHashSize); !s)
        return s;

    if (!updated.empty()) {
        // Rows that were in the ledger before and whose text changed: replaced.
        const std::string ids = jsonArray(updated);
        const std::string del
            = "DELETE FROM " + name + " WHERE rowid IN (SELECT value FROM json_each(?1))";
        const std::string ins
            = std::string(rows) + "WHERE id <= ?2 AND id IN (SELECT value FROM json_each(?1))";
        for (const std::string &sql : { del, ins }) {
            Query q(m_db, sql.c_str());
            sqlite3_bind_text(*q, 1, ids.data(), static_cast<int>(ids.size()), SQLITE_STATIC);
            if (sql == ins)
                sqlite3_bind_int64(*q, 2, maxBefore);
            if (!q.ok() || q.step() != SQLITE_DONE)
                return fail(tr("update the search index"));
        }
    }
    if (maxBefore < std::numeric_limits<qint64>::max()) {
        // Rows added by the import.
        const std::string sql = std::string(rows) + "WHERE id > ?1";
        Query q(m_db, sql.c_str());
        sqlite3_bind_int64(*q, 1, maxBefore);
        if (!q.ok() || q.step() != SQLITE_DONE)
            return fail(tr("update the search index"));
    }

    if (auto s = setting("automerge", automerge); !s)
        return s;
    return setting("hashsize", hashSize);
}

} // namespace rectify
