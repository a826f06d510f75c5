#pragma once

#include "import/importwriter.h"
#include "store/pglinkcheck.h"

#include <array>
#include <string>
#include <vector>

struct pg_conn;
struct pg_result;

namespace rectify {

// Writes an import into a ledger on a PostgreSQL server through libpq on the
// connection's own handle (QPSQL's), inside the import's transaction.
//
// New rows are numbered here and sent in bulk with COPY … FROM STDIN, a buffer at
// a time, table after table in the order of their links (units, people,
// problems, tasks, responsibilities, progress). To number them, the import locks
// the six tables against other writers (SHARE ROW EXCLUSIVE: reading goes on) for
// its transaction, starts after both the largest id and the sequence's last value,
// and moves the sequences past the ids it used before the commit. Rectify's own
// writers wait for every write transaction anyway (the ledger's advisory lock);
// the table locks keep other clients' inserts from taking the same ids. Updates of
// rows that were there go one statement each. The search index (pg_trgm) is kept
// by the server itself.
//
// Links (foreign keys): checked in bulk before the commit when the role may
// switch the server's per-row checks off (PgLinkCheck; most of a large import's
// time otherwise), the six tables being locked against other writers; the
// linked inspection is locked FOR KEY SHARE by the check. Without that right the
// server checks row by row, slower and with the same result.
class PgImportWriter final : public ImportWriter
{
    Q_DECLARE_TR_FUNCTIONS(rectify::PgImportWriter)

public:
    explicit PgImportWriter(pg_conn *conn);
    ~PgImportWriter() override;

    Status prepare(bool write) override;
    std::unique_ptr<Rows> query(const char *sql, std::optional<qint64> param) override;
    Status beginWriting() override { return {}; }
    bool addName(bool unit, std::string_view name, qint64 *id) override;
    bool addProblem(qint64 inspectionId, std::string_view code, std::string_view category,
        std::string_view title, int sortOrder, qint64 *id) override;
    bool updateProblem(qint64 id, std::string_view category, std::string_view title) override;
    bool addTask(qint64 problemId, int number, const TaskValues &v, qint64 *id) override;
    bool updateTask(qint64 id, const TaskValues &v) override;
    bool clearResponsibilities(qint64 taskId) override;
    bool addResponsibility(
        qint64 taskId, const char *role, bool unit, qint64 id, int position) override;
    bool addProgress(qint64 taskId, std::string_view date, std::string_view text,
        std::string_view author, std::string_view createdAt) override;
    bool addAudit(const AuditChain::TextRow &row, std::string_view hash) override;
    Status finish() override;
    QString error() const override { return m_error; }

    // After prepare(true): whether the links of the new rows are checked by the
    // import in bulk (see above) rather than by the server row by row.
    bool checksLinksInBulk() const { return m_links.active(); }

private:
    // The tables COPY writes, in the order their links need.
    enum Table
    {
        Units,
        People,
        Problems,
        Tasks,
        Responsibilities,
        Progress,
        TableCount
    };
    bool ok(pg_result *result, int expected);
    bool execPrepared(const char *name, int count, const char *const *values, const int *lengths);
    bool flushIfFull();
    bool flush();
    bool copy(Table table);
    bool exec(const std::string &sql);
    bool tryBulkChecks();
    bool checkLinks();

    pg_conn *m_conn;
    QString m_error;
    bool m_prepared = false;
    std::string m_prefix; // of the prepared statements' names
    std::array<qint64, TableCount> m_next {}; // the next id of each table
    std::array<qint64, TableCount> m_first {}; // the first id the import could use
    PgLinkCheck m_links;
    std::array<std::string, TableCount> m_rows; // COPY text waiting to be sent
    std::string m_auditRows; // COPY text of the tasks' audit entries
    std::size_t m_buffered = 0;
};

} // namespace rectify
