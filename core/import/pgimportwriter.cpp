#include "import/pgimportwriter.h"

#include "store/pgcopytext.h"

#include <QAtomicInteger>
#include <libpq-fe.h>

namespace rectify {

namespace {

constexpr const char *tableNames[]
    = { "units", "people", "problems", "tasks", "responsibilities", "progress_entries" };
constexpr const char *copyColumns[] = {
    "units (id, name)",
    "people (id, name)",
    "problems (id, inspection_id, code, category, title, sort_order)",
    "tasks (id, problem_id, number, measure, target, deadline, long_term, status, completed_on, "
    "closed_on, remarks)",
    "responsibilities (id, task_id, role, unit_id, person_id, position)",
    "progress_entries (id, task_id, entry_date, text, author, created_at)",
};
// Sent a few MiB at a time: memory stays bounded on any size of file.
constexpr std::size_t flushBytes = 8u << 20;

QAtomicInteger<int> s_writerCounter;

QString resultError(const PGresult *r, PGconn *conn)
{
    const char *m = r ? PQresultErrorMessage(r) : PQerrorMessage(conn);
    return QString::fromUtf8(m).trimmed();
}

// A whole result, read row by row; libpq hands out text, as the SQLite writer does.
class PgRows final : public ImportWriter::Rows
{
public:
    explicit PgRows(PGresult *r)
        : m_result(r)
    {
        m_ok = r && PQresultStatus(r) == PGRES_TUPLES_OK;
        m_count = m_ok ? PQntuples(r) : 0;
    }
    ~PgRows() override { PQclear(m_result); }
    Q_DISABLE_COPY_MOVE(PgRows)

    bool next() override { return ++m_row < m_count; }
    std::string_view text(int column) const override
    {
        if (PQgetisnull(m_result, m_row, column))
            return {};
        return std::string_view(PQgetvalue(m_result, m_row, column),
            static_cast<std::size_t>(PQgetlength(m_result, m_row, column)));
    }
    qint64 integer(int column) const override
    {
        return PQgetisnull(m_result, m_row, column)
            ? 0
            : std::strtoll(PQgetvalue(m_result, m_row, column), nullptr, 10);
    }
    bool failed() const override { return !m_ok; }

private:
    PGresult *m_result;
    bool m_ok = false;
    int m_count = 0;
    int m_row = -1;
};

} // namespace

PgImportWriter::PgImportWriter(pg_conn *conn)
    : m_conn(conn)
    , m_prefix("rectify_import_" + std::to_string(s_writerCounter.fetchAndAddRelaxed(1)) + "_")
    , m_links(conn)
{ }

PgImportWriter::~PgImportWriter()
{
    // Prepared statements outlive transactions: they go with the writer.
    if (!m_prepared || !m_conn)
        return;
    for (const char *name : { "upd_problem", "upd_task", "del_resp" }) {
        const std::string sql = "DEALLOCATE " + m_prefix + name;
        PQclear(PQexec(m_conn, sql.c_str()));
    }
}

bool PgImportWriter::ok(pg_result *result, int expected)
{
    const bool good = result && PQresultStatus(result) == expected;
    if (!good)
        m_error = resultError(result, m_conn);
    PQclear(result);
    return good;
}

bool PgImportWriter::exec(const std::string &sql)
{
    return ok(PQexec(m_conn, sql.c_str()), PGRES_COMMAND_OK);
}

// The links of the new rows: checked in bulk when the session may (see
// PgLinkCheck), the tables being those the import writes and locks.
bool PgImportWriter::tryBulkChecks()
{
    return m_links.prepare(
        std::vector<std::string>(std::begin(tableNames), std::end(tableNames)), &m_error);
}

bool PgImportWriter::checkLinks()
{
    return m_links.check(
        [this](const std::string &table) -> long long {
            for (std::size_t t = 0; t < TableCount; ++t) {
                if (table == tableNames[t])
                    return m_next[t] == m_first[t] ? -1 : m_first[t];
            }
            return -1;
        },
        &m_error);
}

Status PgImportWriter::prepare(bool write)
{
    if (!m_conn || PQstatus(m_conn) != CONNECTION_OK)
        return Error { tr("The connection to the server is not open.") };
    if (!write)
        return {};
    const auto fail = [&] { return Error { tr("Cannot prepare the import: %1").arg(m_error) }; };
    // Other clients' inserts wait for the import's commit instead of taking the ids
    // it hands out; reading goes on.
    if (!exec("LOCK TABLE units, people, problems, tasks, responsibilities, progress_entries "
              "IN SHARE ROW EXCLUSIVE MODE"))
        return fail();
    for (int t = 0; t < TableCount; ++t) {
        // After both the rows there (some were written with their own ids: a copied
        // ledger, an undone delete) and whatever the sequence handed out already.
        const std::string sql = std::string("SELECT GREATEST(COALESCE(MAX(id), 0), COALESCE("
                                            "pg_sequence_last_value(pg_get_serial_sequence('")
            + tableNames[t] + "', 'id')::regclass), 0)) + 1 FROM " + tableNames[t];
        PgRows rows(PQexec(m_conn, sql.c_str()));
        if (rows.failed() || !rows.next()) {
            m_error = tr("no answer");
            return fail();
        }
        m_next[static_cast<std::size_t>(t)] = m_first[static_cast<std::size_t>(t)]
            = rows.integer(0);
    }
    if (!tryBulkChecks())
        return fail();
    const struct
    {
        const char *name;
        const char *sql;
    } statements[] = {
        { "upd_problem",
            "UPDATE problems SET category = $1, title = $2, version = version + 1 WHERE id = $3" },
        { "upd_task",
            "UPDATE tasks SET measure = $1, target = $2, deadline = $3, long_term = $4, "
            "status = $5, completed_on = $6, closed_on = $7, remarks = $8, "
            "version = version + 1 WHERE id = $9" },
        { "del_resp", "DELETE FROM responsibilities WHERE task_id = $1" },
    };
    for (const auto &s : statements) {
        const std::string name = m_prefix + s.name;
        if (!ok(PQprepare(m_conn, name.c_str(), s.sql, 0, nullptr), PGRES_COMMAND_OK))
            return fail();
        m_prepared = true;
    }
    return {};
}

std::unique_ptr<ImportWriter::Rows> PgImportWriter::query(
    const char *sql, std::optional<qint64> param)
{
    std::string text(sql);
    if (const auto at = text.find('?'); at != std::string::npos)
        text.replace(at, 1, "$1");
    PGresult *r = nullptr;
    if (param) {
        const std::string value = std::to_string(*param);
        const char *values[] = { value.c_str() };
        r = PQexecParams(m_conn, text.c_str(), 1, nullptr, values, nullptr, nullptr, 0);
    } else {
        r = PQexec(m_conn, text.c_str());
    }
    auto rows = std::make_unique<PgRows>(r);
    if (rows->failed())
        m_error = resultError(r, m_conn);
    return rows;
}

bool PgImportWriter::addName(bool unit, std::string_view name, qint64 *id)
{
    const Table t = unit ? Units : People;
    std::string &out = m_rows[t];
    const std::size_t before = out.size();
    *id = m_next[t]++;
    PgCopyText::number(out, *id, true);
    PgCopyText::text(out, name);
    out += '\n';
    m_buffered += out.size() - before;
    return flushIfFull();
}

bool PgImportWriter::addProblem(qint64 inspectionId, std::string_view code,
    std::string_view category, std::string_view title, int sortOrder, qint64 *id)
{
    std::string &out = m_rows[Problems];
    const std::size_t before = out.size();
    *id = m_next[Problems]++;
    PgCopyText::number(out, *id, true);
    PgCopyText::number(out, inspectionId);
    PgCopyText::text(out, code);
    PgCopyText::text(out, category);
    PgCopyText::text(out, title);
    PgCopyText::number(out, sortOrder);
    out += '\n';
    m_buffered += out.size() - before;
    return flushIfFull();
}

bool PgImportWriter::addTask(qint64 problemId, int number, const TaskValues &v, qint64 *id)
{
    std::string &out = m_rows[Tasks];
    const std::size_t before = out.size();
    *id = m_next[Tasks]++;
    PgCopyText::number(out, *id, true);
    PgCopyText::number(out, problemId);
    PgCopyText::number(out, number);
    PgCopyText::text(out, v.measure);
    PgCopyText::text(out, v.target);
    v.deadline.empty() ? PgCopyText::null(out) : PgCopyText::text(out, v.deadline);
    PgCopyText::number(out, v.longTerm ? 1 : 0);
    PgCopyText::text(out, v.status);
    v.completedOn.empty() ? PgCopyText::null(out) : PgCopyText::text(out, v.completedOn);
    v.closedOn.empty() ? PgCopyText::null(out) : PgCopyText::text(out, v.closedOn);
    PgCopyText::text(out, v.remarks);
    out += '\n';
    m_buffered += out.size() - before;
    return flushIfFull();
}

bool PgImportWriter::addResponsibility(
    qint64 taskId, const char *role, bool unit, qint64 id, int position)
{
    std::string &out = m_rows[Responsibilities];
    const std::size_t before = out.size();
    PgCopyText::number(out, m_next[Responsibilities]++, true);
    PgCopyText::number(out, taskId);
    PgCopyText::text(out, role);
    if (unit) {
        PgCopyText::number(out, id);
        PgCopyText::null(out);
    } else {
        PgCopyText::null(out);
        PgCopyText::number(out, id);
    }
    PgCopyText::number(out, position);
    out += '\n';
    m_buffered += out.size() - before;
    return flushIfFull();
}

bool PgImportWriter::addProgress(qint64 taskId, std::string_view date, std::string_view text,
    std::string_view author, std::string_view createdAt)
{
    std::string &out = m_rows[Progress];
    const std::size_t before = out.size();
    PgCopyText::number(out, m_next[Progress]++, true);
    PgCopyText::number(out, taskId);
    date.empty() ? PgCopyText::null(out) : PgCopyText::text(out, date); // unknown: NULL
    PgCopyText::text(out, text);
    PgCopyText::text(out, author);
    PgCopyText::text(out, createdAt);
    out += '\n';
    m_buffered += out.size() - before;
    return flushIfFull();
}

bool PgImportWriter::addAudit(const AuditChain::TextRow &row, std::string_view hash)
{
    // The audit log is none of the six tables: it has no links to check and its
    // ids are the chain's, given by the merge.
    std::string &out = m_auditRows;
    const std::size_t before = out.size();
    PgCopyText::number(out, row.id, true);
    PgCopyText::text(out, row.at);
    PgCopyText::text(out, row.user);
    PgCopyText::text(out, row.entity);
    PgCopyText::number(out, row.entityId);
    PgCopyText::text(out, row.field);
    PgCopyText::text(out, row.oldValue);
    PgCopyText::text(out, row.newValue);
    PgCopyText::text(out, row.reason);
    PgCopyText::text(out, row.prevHash);
    PgCopyText::text(out, hash);
    out += '\n';
    m_buffered += out.size() - before;
    return flushIfFull();
}

bool PgImportWriter::execPrepared(
    const char *name, int count, const char *const *values, const int *lengths)
{
    const std::string full = m_prefix + name;
    return ok(
        PQexecPrepared(m_conn, full.c_str(), count, values, lengths, nullptr, 0), PGRES_COMMAND_OK);
}

bool PgImportWriter::updateProblem(qint64 id, std::string_view category, std::string_view title)
{
    const std::string c(category), t(title), i = std::to_string(id);
    const char *values[] = { c.c_str(), t.c_str(), i.c_str() };
    return execPrepared("upd_problem", 3, values, nullptr);
}

bool PgImportWriter::updateTask(qint64 id, const TaskValues &v)
{
    const std::string measure(v.measure), target(v.target), deadline(v.deadline),
        longTerm(v.longTerm ? "1" : "0"), status(v.status), completed(v.completedOn),
        closed(v.closedOn), remarks(v.remarks), i = std::to_string(id);
    const char *values[]
        = { measure.c_str(), target.c_str(), deadline.empty() ? nullptr : deadline.c_str(),
              longTerm.c_str(), status.c_str(), completed.empty() ? nullptr : completed.c_str(),
              closed.empty() ? nullptr : closed.c_str(), remarks.c_str(), i.c_str() };
    return execPrepared("upd_task", 9, values, nullptr);
}

bool PgImportWriter::clearResponsibilities(qint64 taskId)
{
    // The rows waiting in the buffer are other tasks': a task is written once.
    const std::string i = std::to_string(taskId);
    const char *values[] = { i.c_str() };
    return execPrepared("del_resp", 1, values, nullptr);
}

bool PgImportWriter::flushIfFull()
{
    return m_buffered < flushBytes || flush();
}

bool PgImportWriter::flush()
{
    if (m_buffered == 0)
        return true;
    // The server's per-row triggers are off for these COPYs only (checkLinks
    // does their work); the updates and deletes in between run with them.
    if (!m_links.triggersOff(&m_error))
        return false;
    for (int t = 0; t < TableCount; ++t) {
        if (!copy(static_cast<Table>(t)))
            return false;
    }
    if (!m_links.triggersOn(&m_error))
        return false;
    // With the server's triggers on: the audit log's own stay in force.
    if (!PgCopyText::send(m_conn,
            "audit_log (id, at, user_name, entity, entity_id, field, old_value, new_value, "
            "reason, prev_hash, hash)",
            m_auditRows, &m_error))
        return false;
    m_buffered = 0;
    return true;
}

bool PgImportWriter::copy(Table table)
{
    return PgCopyText::send(m_conn, copyColumns[table], m_rows[table], &m_error);
}

Status PgImportWriter::finish()
{
    if (!flush() || !checkLinks())
        return Error { tr("Cannot write the imported rows: %1").arg(m_error) };
    // The sequences go past the ids the import used: the next new row of anyone
    // comes after them.
    for (int t = 0; t < TableCount; ++t) {
        const auto i = static_cast<std::size_t>(t);
        if (m_next[i] == m_first[i])
            continue;
        const std::string sql = std::string("SELECT setval(pg_get_serial_sequence('")
            + tableNames[t] + "', 'id'), " + std::to_string(m_next[i] - 1) + ")";
        if (!ok(PQexec(m_conn, sql.c_str()), PGRES_TUPLES_OK))
            return Error { tr("Cannot write the imported rows: %1").arg(m_error) };
    }
    return {};
}

} // namespace rectify
