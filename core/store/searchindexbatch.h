#pragma once

#include "store/searchindexworker.h"
#include "util/result.h"

#include <QCoreApplication>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;

namespace rectify {

// Indexes an import's rows for free-text search in bulk instead of row by row.
//
// The search index (the FTS5 tables problem_search and task_search, schema
// version 4) is kept in step by triggers on problems and tasks. Fired once per
// inserted row inside a transaction, they make FTS5 write every row out as a
// segment of its own (it flushes its pending terms at each statement's
// savepoint) and then merge those segments again: that was nine tenths of the
// time of a large import. While an import runs, the triggers are set aside;
// finish() then indexes the problems and tasks the import added or changed in a
// few statements and puts the triggers back. All of it happens inside the
// import's transaction: a rollback brings back the triggers and the index as
// they were.
//
// Into a ledger without tasks (or without problems), the first import, the
// index of the rows is built on a second core while they go in and copied into
// the ledger at the end (see SearchIndexWorker): the rows reach it with their
// text through problemAdded() and taskAdded(). Without a second core, or when
// that fails, the rows are indexed at the end as above.
//
// The text indexed is the text the triggers index; tests/import compares the two.
class SearchIndexBatch final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::SearchIndexBatch)

public:
    // To be destroyed after the import's transaction ended (see
    // SearchIndexWorker::attach).
    // `alongside`: build a new index on a second core while the rows go in (the
    // caller then hands their text over, problemAdded/taskAdded); otherwise all
    // of it is indexed from the tables in finish().
    explicit SearchIndexBatch(sqlite3 *db, bool alongside = true);
    ~SearchIndexBatch();
    Q_DISABLE_COPY_MOVE(SearchIndexBatch)

    // Sets the search triggers aside (inside the open transaction). A ledger
    // without the search table needs nothing: active() stays false.
    Status begin();
    bool active() const { return m_active; }

    // Whether the index of the problems, or of the tasks, is being built on a
    // second core (after begin()).
    bool buildingProblems() const { return m_worker && m_problemTable != noTable; }
    bool buildingTasks() const { return m_worker && m_taskTable != noTable; }

    // What the import did: problems and tasks added (a new row normally gets an
    // id above all earlier ones; one that does not is indexed like an updated
    // one), with the values of the columns the triggers index, in their order
    // (problems: code, category, title, description; tasks: measure, target,
    // remarks); problems and tasks whose text changed.
    void problemAdded(qint64 id, std::initializer_list<std::string_view> text)
    {
        if (m_active && id <= m_maxProblemBefore)
            m_updatedProblems.push_back(id);
        else if (m_active && buildingProblems())
            m_worker->add(m_problemTable, id, text);
    }
    void taskAdded(qint64 id, std::initializer_list<std::string_view> text)
    {
        if (m_active && id <= m_maxTaskBefore)
            m_updatedTasks.push_back(id);
        else if (m_active && buildingTasks())
            m_worker->add(m_taskTable, id, text);
    }
    void taskUpdated(qint64 id)
    {
        if (m_active)
            m_updatedTasks.push_back(id);
    }
    void problemUpdated(qint64 id)
    {
        if (m_active)
            m_updatedProblems.push_back(id);
    }

    // Indexes the added and changed problems and tasks and restores the triggers.
    Status finish();

private:
    Status exec(const char *sql);
    Status fail(const QString &what);
    // Re-indexes the rows of `table` (problem_search or task_search) named in
    // `updated` and indexes those added after `maxBefore`.
    Status index(
        const char *table, const char *rows, const std::vector<qint64> &updated, qint64 maxBefore);
    // Starts building the index of the tables whose rows are all new.
    void startWorker();

    static constexpr std::size_t noTable = std::size_t(-1);

    sqlite3 *m_db;
    bool m_alongside;
    bool m_active = false;
    qint64 m_maxTaskBefore = 0;
    qint64 m_maxProblemBefore = 0;
    std::vector<std::string> m_triggers; // CREATE TRIGGER statements set aside
    std::vector<qint64> m_updatedTasks;
    std::vector<qint64> m_updatedProblems;
    std::unique_ptr<SearchIndexWorker> m_worker;
    std::size_t m_problemTable = noTable; // the worker's number of problem_search
    std::size_t m_taskTable = noTable; // the worker's number of task_search
};

} // namespace rectify
