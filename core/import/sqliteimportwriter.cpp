#include "import/sqliteimportwriter.h"

#include <sqlite3.h>

namespace rectify {

// A prepared statement on the native handle, reused for every row.
class ImportStatement final
{
public:
    ImportStatement(sqlite3 *db, const char *sql)
        : m_db(db)
    {
        m_rc = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
    }
    ~ImportStatement() { sqlite3_finalize(m_stmt); }
    Q_DISABLE_COPY_MOVE(ImportStatement)

    bool ok() const { return m_rc == SQLITE_OK; }
    // The text must stay alive until run() or the last row was read.
    void text(int i, std::string_view v)
    {
        sqlite3_bind_text(
            m_stmt, i, v.empty() ? "" : v.data(), static_cast<int>(v.size()), SQLITE_STATIC);
    }
    void textOrNull(int i, std::string_view v)
    {
        if (v.empty())
            sqlite3_bind_null(m_stmt, i);
        else
            sqlite3_bind_text(m_stmt, i, v.data(), static_cast<int>(v.size()), SQLITE_STATIC);
    }
    void null(int i) { sqlite3_bind_null(m_stmt, i); }
    void integer(int i, qint64 v) { sqlite3_bind_int64(m_stmt, i, v); }
    bool step()
    {
        m_rc = sqlite3_step(m_stmt);
        return m_rc == SQLITE_ROW;
    }
    // Runs a statement that returns no rows; false on failure.
    bool run()
    {
        m_rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        return m_rc == SQLITE_DONE;
    }
    bool failed() const { return m_rc != SQLITE_OK && m_rc != SQLITE_ROW && m_rc != SQLITE_DONE; }
    std::string_view column(int i) const
    {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, i));
        return p ? std::string_view(p, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, i)))
                 : std::string_view();
    }
    qint64 columnInt(int i) const { return sqlite3_column_int64(m_stmt, i); }
    qint64 lastId() const { return sqlite3_last_insert_rowid(m_db); }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    int m_rc = SQLITE_OK;
};

namespace {

class SqliteRows final : public ImportWriter::Rows
{
public:
    SqliteRows(sqlite3 *db, const char *sql)
        : m_statement(db, sql)
    { }
    ImportStatement &statement() { return m_statement; }
    bool next() override { return m_statement.step(); }
    std::string_view text(int column) const override { return m_statement.column(column); }
    qint64 integer(int column) const override { return m_statement.columnInt(column); }
    // A statement that did not prepare keeps its error code: failed() says so.
    bool failed() const override { return m_statement.failed(); }

private:
    ImportStatement m_statement;
};

} // namespace

SqliteImportWriter::SqliteImportWriter(sqlite3 *db)
    : m_db(db)
    , m_search(db)
{ }

SqliteImportWriter::~SqliteImportWriter()
{
    // The statements go before the settings are put back.
    m_insProblem.reset();
    m_updProblem.reset();
    m_insTask.reset();
    m_updTask.reset();
    m_delResp.reset();
    m_insResp.reset();
    m_insUnit.reset();
    m_insPerson.reset();
    m_insProgress.reset();
    m_insRespBatch.reset();
    m_insAudit.reset();
    if (m_settingsChanged) {
        m_cache.reset();
        sqlite3_exec(m_db, "PRAGMA ignore_check_constraints = OFF", nullptr, nullptr, nullptr);
    }
    if (m_foreignKeysOff)
        sqlite3_exec(m_db, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
}

QString SqliteImportWriter::error() const
{
    return m_error.isEmpty() && m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : m_error;
}

bool SqliteImportWriter::run(ImportStatement &s)
{
    if (s.run())
        return true;
    m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

Status SqliteImportWriter::beforeTransaction()
{
    // Foreign keys are checked once for the whole import (foreign_key_check before
    // the commit) instead of on every inserted row. The pragma only takes effect
    // outside a transaction; the destructor turns the checks back on after it ended.
    if (m_db && sqlite3_get_autocommit(m_db)
        && sqlite3_exec(m_db, "PRAGMA foreign_keys = OFF", nullptr, nullptr, nullptr) == SQLITE_OK)
        m_foreignKeysOff = true;
    return {};
}

Status SqliteImportWriter::prepare(bool write)
{
    if (!m_db)
        return Error { tr("The ledger is not an SQLite database that can be imported into.") };
    if (!write)
        return {};
    const auto make = [&](std::unique_ptr<ImportStatement> &s, const char *sql) {
        s = std::make_unique<ImportStatement>(m_db, sql);
        return s->ok();
    };
    const bool ok = make(m_insProblem,
                        "INSERT INTO problems (inspection_id, code, category, title, sort_order) "
                        "VALUES (?, ?, ?, ?, ?)")
        && make(m_updProblem,
            "UPDATE problems SET category = ?, title = ?, version = version + 1 WHERE id = ?")
        && make(m_insTask,
            "INSERT INTO tasks (problem_id, number, measure, target, deadline, long_term, "
            "status, completed_on, closed_on, remarks) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        && make(m_updTask,
            "UPDATE tasks SET measure = ?, target = ?, deadline = ?, long_term = ?, status = ?, "
            "completed_on = ?, closed_on = ?, remarks = ?, version = version + 1 WHERE id = ?")
        && make(m_delResp, "DELETE FROM responsibilities WHERE task_id = ?")
        && make(m_insResp,
            "INSERT INTO responsibilities (task_id, role, unit_id, person_id, position) "
            "VALUES (?, ?, ?, ?, ?)")
        && make(m_insUnit, "INSERT INTO units (name) VALUES (?)")
        && make(m_insPerson, "INSERT INTO people (name) VALUES (?)")
        && make(m_insProgress,
            "INSERT INTO progress_entries (task_id, entry_date, text, author, created_at) "
            "VALUES (?, ?, ?, ?, ?)")
        && make(m_insAudit,
            "INSERT INTO audit_log (id, at, user_name, entity, entity_id, field, old_value, "
            "new_value, reason, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    std::string batch = "INSERT INTO responsibilities (task_id, role, unit_id, person_id, "
                        "position) VALUES (?, ?, ?, ?, ?)";
    for (std::size_t i = 1; i < respBatch; ++i)
        batch += ", (?, ?, ?, ?, ?)";
    if (ok)
        make(m_insRespBatch, batch.c_str());
    if (!ok || !m_insRespBatch->ok())
        return Error {
            tr("Cannot prepare the import: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db)))
        };
    return {};
}

std::unique_ptr<ImportWriter::Rows> SqliteImportWriter::query(
    const char *sql, std::optional<qint64> param)
{
    auto rows = std::make_unique<SqliteRows>(m_db, sql);
    if (param)
        rows->statement().integer(1, *param);
    if (rows->failed())
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return rows;
}

Status SqliteImportWriter::beginWriting()
{
    bool noTasks = false;
    {
        ImportStatement empty(m_db, "SELECT EXISTS (SELECT 1 FROM tasks)");
        noTasks = empty.step() && empty.columnInt(0) == 0;
    }
    // A bigger page cache while the rows go in: the indexes updated row by row
    // stay in memory. Into a ledger without tasks those indexes are built at the
    // end (below) and the rows are appended: 16 MiB serve as well as 64 (a million
    // rows took the same CPU time either way) and the program's peak memory falls
    // by about 90 MiB, as SQLite's sorter for the index rebuild takes as much
    // memory as the page cache may.
    m_settingsChanged = true;
    m_cache.emplace(m_db, qint64(noTasks ? 16 : 64) << 20);
    // The CHECK constraints with IN lists cost an ephemeral table per row; the
    // importer writes roles and statuses only from its own fixed sets.
    sqlite3_exec(m_db, "PRAGMA ignore_check_constraints = ON", nullptr, nullptr, nullptr);
    // Into a ledger without tasks, building the secondary indexes once at the end
    // (a sort) is several times faster than updating them row by row. The DDL
    // comes from the file itself and is restored in the same transaction.
    if (noTasks) {
        std::vector<std::string> names;
        {
            ImportStatement indexes(m_db,
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                "AND tbl_name IN ('tasks', 'responsibilities', 'progress_entries')");
            while (indexes.step()) {
                // Indexes led by task_id grow in insertion order and stay cheap.
                const std::string_view sql = indexes.column(1);
                if (sql.find("(task_id") != std::string_view::npos)
                    continue;
                names.emplace_back(indexes.column(0));
                m_droppedIndexes.emplace_back(sql);
            }
        }
        for (const std::string &name : names) {
            const std::string drop = "DROP INDEX \"" + name + "\"";
            if (sqlite3_exec(m_db, drop.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
                return Error {
                    tr("Cannot prepare the import: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db)))
                };
        }
    }
    // The search index is filled in bulk before the commit (see SearchIndexBatch).
    if (auto s = m_search.begin(); !s)
        return Error { tr("Cannot prepare the import: %1").arg(s.error()) };
    return {};
}

bool SqliteImportWriter::addName(bool unit, std::string_view name, qint64 *id)
{
    ImportStatement &s = unit ? *m_insUnit : *m_insPerson;
    s.text(1, name);
    if (!run(s))
        return false;
    *id = s.lastId();
    return true;
}

bool SqliteImportWriter::addProblem(qint64 inspectionId, std::string_view code,
    std::string_view category, std::string_view title, int sortOrder, qint64 *id)
{
    ImportStatement &s = *m_insProblem;
    s.integer(1, inspectionId);
    s.text(2, code);
    s.text(3, category);
    s.text(4, title);
    s.integer(5, sortOrder);
    if (!run(s))
        return false;
    *id = s.lastId();
    m_search.problemAdded(*id, { code, category, title, {} }); // no description on import
    return true;
}

bool SqliteImportWriter::updateProblem(qint64 id, std::string_view category, std::string_view title)
{
    ImportStatement &s = *m_updProblem;
    s.text(1, category);
    s.text(2, title);
    s.integer(3, id);
    if (!run(s))
        return false;
    m_search.problemUpdated(id);
    return true;
}

bool SqliteImportWriter::addTask(qint64 problemId, int number, const TaskValues &v, qint64 *id)
{
    ImportStatement &s = *m_insTask;
    s.integer(1, problemId);
    s.integer(2, number);
    s.text(3, v.measure);
    s.text(4, v.target);
    s.textOrNull(5, v.deadline);
    s.integer(6, v.longTerm ? 1 : 0);
    s.text(7, v.status);
    s.textOrNull(8, v.completedOn);
    s.textOrNull(9, v.closedOn);
    s.text(10, v.remarks);
    if (!run(s))
        return false;
    *id = s.lastId();
    m_search.taskAdded(*id, { v.measure, v.target, v.remarks });
    return true;
}

bool SqliteImportWriter::updateTask(qint64 id, const TaskValues &v)
{
    ImportStatement &s = *m_updTask;
    s.text(1, v.measure);
    s.text(2, v.target);
    s.textOrNull(3, v.deadline);
    s.integer(4, v.longTerm ? 1 : 0);
    s.text(5, v.status);
    s.textOrNull(6, v.completedOn);
    s.textOrNull(7, v.closedOn);
    s.text(8, v.remarks);
    s.integer(9, id);
    if (!run(s))
        return false;
    m_search.taskUpdated(id);
    return true;
}

bool SqliteImportWriter::clearResponsibilities(qint64 taskId)
{
    // The rows waiting for their batch are other tasks': a task is written once.
    m_delResp->integer(1, taskId);
    return run(*m_delResp);
}

bool SqliteImportWriter::addResponsibility(
    qint64 taskId, const char *role, bool unit, qint64 id, int position)
{
    m_respRows.push_back({ taskId, role, unit ? id : 0, unit ? 0 : id, position });
    return m_respRows.size() < respBatch || flushResponsibilities(false);
}

bool SqliteImportWriter::flushResponsibilities(bool all)
{
    const auto bind = [](ImportStatement &s, int base, const ResponsibilityRow &r) {
        s.integer(base + 1, r.taskId);
        s.text(base + 2, r.role);
        if (r.unitId) {
            s.integer(base + 3, r.unitId);
            s.null(base + 4);
        } else {
            s.null(base + 3);
            s.integer(base + 4, r.personId);
        }
        s.integer(base + 5, r.position);
    };
    std::size_t done = 0;
    while (m_respRows.size() - done >= respBatch) {
        ImportStatement &s = *m_insRespBatch;
        for (std::size_t i = 0; i < respBatch; ++i)
            bind(s, static_cast<int>(i * 5), m_respRows[done + i]);
        if (!run(s))
            return false;
        done += respBatch;
    }
    while (all && done < m_respRows.size()) {
        ImportStatement &s = *m_insResp;
        bind(s, 0, m_respRows[done++]);
        if (!run(s))
            return false;
    }
    m_respRows.erase(m_respRows.begin(), m_respRows.begin() + static_cast<std::ptrdiff_t>(done));
    return true;
}

bool SqliteImportWriter::addProgress(qint64 taskId, std::string_view date, std::string_view text,
    std::string_view author, std::string_view createdAt)
{
    ImportStatement &s = *m_insProgress;
    s.integer(1, taskId);
    s.textOrNull(2, date);
    s.text(3, text);
    s.text(4, author);
    s.text(5, createdAt);
    return run(s);
}

bool SqliteImportWriter::addAudit(const AuditChain::TextRow &row, std::string_view hash)
{
    // Bound as the chain hashed them: text as text, an entity id as an integer.
    ImportStatement &s = *m_insAudit;
    s.integer(1, row.id);
    s.text(2, row.at);
    s.text(3, row.user);
    s.text(4, row.entity);
    s.integer(5, row.entityId);
    s.text(6, row.field);
    s.text(7, row.oldValue);
    s.text(8, row.newValue);
    s.text(9, row.reason);
    s.text(10, row.prevHash);
    s.text(11, hash);
    return run(s);
}

Status SqliteImportWriter::finish()
{
    if (!flushResponsibilities(true))
        return Error { tr("Cannot save the responsibilities: %1").arg(m_error) };
    // Without a commit, the rollback brings the set-aside indexes back.
    for (const std::string &sql : m_droppedIndexes) {
        if (sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
            return Error { tr("Cannot rebuild the indexes after the import: %1")
                               .arg(QString::fromUtf8(sqlite3_errmsg(m_db))) };
    }
    // After the indexes: a search index built on another core gets the time of
    // their rebuild to finish.
    if (auto s = m_search.finish(); !s)
        return Error { s.error() };
    if (m_foreignKeysOff) {
        ImportStatement check(m_db, "PRAGMA foreign_key_check");
        if (check.step())
            return Error { tr("The import would break the ledger's links (table %1); "
                              "nothing was written.")
                               .arg(QString::fromUtf8(check.column(0).data(),
                                   static_cast<qsizetype>(check.column(0).size()))) };
    }
    return {};
}

} // namespace rectify
