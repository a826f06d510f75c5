#pragma once

#include "store/auditchain.h"
#include "util/result.h"

#include <QCoreApplication>
#include <memory>
#include <optional>
#include <string_view>

namespace rectify {

class Ledger;

// The part of the import (LedgerMerge) that talks to the database: reading what the ledger
// holds and writing the rows of an import. Parsing, validation, matching and the
// report stay in the merge; each backend writes in its fastest way
// (SqliteImportWriter: prepared statements on the native handle;
// PgImportWriter: COPY through libpq). All of it runs inside the import's one
// transaction, which the Importer opens and commits.
//
// The write calls return false on failure; error() then says why. Text views
// passed in need to live only until the call returns.
class ImportWriter
{
public:
    // The rows of a query, one at a time; views stay valid until the next next().
    class Rows
    {
    public:
        virtual ~Rows() = default;
        virtual bool next() = 0;
        virtual std::string_view text(int column) const = 0;
        virtual qint64 integer(int column) const = 0;
        // Whether the rows ended on an error rather than at their end.
        virtual bool failed() const = 0;
    };
    // A task's imported fields; an empty date is NULL.
    struct TaskValues
    {
        std::string_view measure;
        std::string_view target;
        std::string_view deadline;
        bool longTerm = false;
        std::string_view status;
        std::string_view completedOn;
        std::string_view closedOn;
        std::string_view remarks;
    };

    // The writer for the ledger's backend.
    static std::unique_ptr<ImportWriter> create(Ledger &ledger);
    virtual ~ImportWriter() = default;

    // Before the import's transaction begins (connection settings that only take
    // effect outside a transaction).
    virtual Status beforeTransaction() { return {}; }
    // Inside the transaction, before the ledger is read: statements; for writing,
    // also whatever keeps other writers out of the rows the import numbers.
    virtual Status prepare(bool write) = 0;
    // Runs a query that takes at most one integer parameter (written "?").
    virtual std::unique_ptr<Rows> query(const char *sql, std::optional<qint64> param = {}) = 0;
    // After the ledger was read and before the first row is written.
    virtual Status beginWriting() = 0;

    virtual bool addName(bool unit, std::string_view name, qint64 *id) = 0;
    virtual bool addProblem(qint64 inspectionId, std::string_view code, std::string_view category,
        std::string_view title, int sortOrder, qint64 *id)
        = 0;
    virtual bool updateProblem(qint64 id, std::string_view category, std::string_view title) = 0;
    virtual bool addTask(qint64 problemId, int number, const TaskValues &v, qint64 *id) = 0;
    virtual bool updateTask(qint64 id, const TaskValues &v) = 0;
    virtual bool clearResponsibilities(qint64 taskId) = 0;
    // `role` is leader, lead_unit, co_unit or person; the id is a unit's for the
    // two unit roles and a person's for the others.
    virtual bool addResponsibility(
        qint64 taskId, const char *role, bool unit, qint64 id, int position)
        = 0;
    // `date` empty: the entry's date is not known (NULL).
    virtual bool addProgress(qint64 taskId, std::string_view date, std::string_view text,
        std::string_view author, std::string_view createdAt)
        = 0;
    // An audit entry of one task the import changed, its chain already computed by
    // the merge; written in bulk with the rows, before the file's own entry
    // (Importer), which moves the chain's head past them.
    // `row.hash` is the entry's own hash (hex).
    virtual bool addAudit(const AuditChain::TextRow &row, std::string_view hash) = 0;
    // After the last row, before the audit entry and the commit: writes what is
    // still buffered and checks the result.
    virtual Status finish() = 0;

    virtual QString error() const = 0;

protected:
    ImportWriter() = default;
    Q_DISABLE_COPY_MOVE(ImportWriter)
};

} // namespace rectify
