#pragma once

#include "import/importwriter.h"
#include "store/searchindexbatch.h"
#include "util/sqlitehandle.h"

#include <optional>
#include <string>
#include <vector>

struct sqlite3;

namespace rectify {

class ImportStatement;

// Writes an import into a ledger file through prepared statements on the
// connection's native SQLite handle (Qt's driver costs several times more per
// row). For the import's transaction: foreign keys are checked once before the
// commit instead of on every row, a bigger page cache, the CHECK constraints set
// aside (the importer writes roles and statuses from its own fixed sets), the
// secondary indexes of an empty ledger built once at the end, and the search
// index filled in bulk (SearchIndexBatch). Every setting is restored when the
// writer is destroyed, after the transaction ended.
class SqliteImportWriter final : public ImportWriter
{
    Q_DECLARE_TR_FUNCTIONS(rectify::SqliteImportWriter)

public:
    // `db` may be null (not an SQLite connection): prepare() then refuses.
    explicit SqliteImportWriter(sqlite3 *db);
    ~SqliteImportWriter() override;

    Status beforeTransaction() override;
    Status prepare(bool write) override;
    std::unique_ptr<Rows> query(const char *sql, std::optional<qint64> param) override;
    Status beginWriting() override;
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
    QString error() const override;

private:
    struct ResponsibilityRow
    {
        qint64 taskId;
        const char *role;
        qint64 unitId;
        qint64 personId;
        int position;
    };
    // Responsibilities go in batches of multi-row INSERTs: a fifth of the statements.
    static constexpr std::size_t respBatch = 64;
    bool flushResponsibilities(bool all);
    bool run(ImportStatement &s);

    sqlite3 *m_db;
    bool m_foreignKeysOff = false;
    bool m_settingsChanged = false;
    std::optional<SqliteCacheSize> m_cache;
    std::unique_ptr<ImportStatement> m_insProblem, m_updProblem, m_insTask, m_updTask, m_delResp,
        m_insResp, m_insUnit, m_insPerson, m_insProgress, m_insRespBatch, m_insAudit;
    std::vector<ResponsibilityRow> m_respRows;
    std::vector<std::string> m_droppedIndexes; // their CREATE INDEX statements
    SearchIndexBatch m_search; // outlives the transaction (see its constructor)
    QString m_error;
};

} // namespace rectify
