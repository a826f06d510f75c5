#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <string>
#include <vector>

struct sqlite3;

namespace rectify {

// Indexes an import's rows for free-text search in bulk instead of row by row.
//
// The search index (the FTS5 table task_search) is kept in step by triggers on
// tasks and problems. Fired once per inserted row inside a transaction, they make
// FTS5 write every row out as a segment of its own (it flushes its pending terms
// at each statement's savepoint) and then merge those segments again: that was
// nine tenths of the time of a large import. While an import runs, the triggers
// are set aside; finish() then indexes the tasks the import added or changed in
// a few statements and puts the triggers back. All of it happens inside the
// import's transaction: a rollback brings back the triggers and the index as
// they were.
//
// The text indexed for a task is the text the triggers index (schema version 2);
// tests/import compares the two.
class SearchIndexBatch final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::SearchIndexBatch)

public:
    explicit SearchIndexBatch(sqlite3 *db);
    Q_DISABLE_COPY_MOVE(SearchIndexBatch)

    // Sets the search triggers aside (inside the open transaction). A ledger
    // without the search table needs nothing: active() stays false.
    Status begin();
    bool active() const { return m_active; }

    // What the import did: tasks added (a new task normally gets an id above all
    // earlier ones; one that does not is indexed like an updated one), tasks
    // whose text changed, problems whose text changed (their tasks are
    // re-indexed).
    void taskAdded(qint64 id)
    {
        if (m_active && id <= m_maxTaskBefore)
            m_updatedTasks.push_back(id);
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

    // Indexes the added and changed tasks and restores the triggers.
    Status finish();

private:
    Status exec(const char *sql);
    Status fail(const QString &what);

    sqlite3 *m_db;
    bool m_active = false;
    qint64 m_maxTaskBefore = 0;
    std::vector<std::string> m_triggers; // CREATE TRIGGER statements set aside
    std::vector<qint64> m_updatedTasks;
    std::vector<qint64> m_updatedProblems;
};

} // namespace rectify
