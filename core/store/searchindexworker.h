#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QTemporaryFile>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

struct sqlite3;

namespace rectify {

// Builds FTS5 tables on a thread of its own while an import writes its rows.
//
// An import into a ledger whose search tables are empty (the first import, the
// common case) would index every row at the end, on the import's connection,
// after the rows went in: about a third of its time. This builds an identical
// FTS5 table (the CREATE statement read from the ledger: same tokenizer and
// options) in a temporary database file on a second core while the rows go in,
// and copies the finished table's shadow tables (_data, _idx, _content,
// _docsize) into the ledger inside the import's transaction, a statement each:
// copying the finished index is far cheaper than building it. FTS5's file
// format does not depend on the database it is in.
//
// The ledger's connection must not have a stale picture of the table it gets:
// FTS5 keeps the index structure of a table in memory between transactions of
// one connection. copyInto() therefore drops and creates the ledger's table
// again (the same statement) before filling the shadow tables, so that the
// connection opens it afresh, and puts the table's settings (_config) back as
// they were. A rollback of the import's transaction undoes all of it.
class SearchIndexWorker final
{
    // Its few messages are the search index's (SearchIndexBatch's).
    Q_DECLARE_TR_FUNCTIONS(rectify::SearchIndexBatch)

public:
    struct Table
    {
        std::string name; // the FTS5 table, e.g. task_search
        std::string column; // its one column, e.g. task
        std::string createSql; // the ledger's CREATE VIRTUAL TABLE statement
    };

    explicit SearchIndexWorker(std::vector<Table> tables);
    ~SearchIndexWorker();
    Q_DISABLE_COPY_MOVE(SearchIndexWorker)

    // Opens the private database, creates the tables and starts the thread.
    // Removes first the private databases that killed imports left in the
    // temporary folder (removeStaleFiles).
    Status start();
    // Deletes the private databases in `folder` whose process is gone (Unix),
    // and those of earlier versions (no process number) once a day old.
    static void removeStaleFiles(const QString &folder);
    // Queues a row of table number `table` (the order given to the constructor)
    // for indexing: its rowid and its text, the parts joined by single spaces
    // as the search triggers join the columns. Blocks while the queue is full.
    // Rows after a failure of the worker are dropped (finish() reports it).
    void add(std::size_t table, qint64 rowid, std::initializer_list<std::string_view> parts);
    // Waits for the thread to index every queued row; the worker's error, if any.
    Status finish();
    // After finish(): attaches the private database to the ledger's connection
    // `db` (detached when this object goes, which must be after the ledger's
    // transaction ended: SQLite keeps a database read in a transaction attached).
    Status attach(sqlite3 *db);
    // After attach(): replaces the ledger's table number `table` in `db`'s main
    // schema with the one built here. Inside the caller's transaction.
    Status copyInto(sqlite3 *db, std::size_t table);

private:
    struct Batch
    {
        struct Row
        {
            std::size_t table;
            qint64 rowid;
            std::size_t offset;
            std::size_t size;
        };
        std::vector<Row> rows;
        std::string text;
    };
    void run();
    void push(Batch batch);
    void stop(bool drain);
    Status fail(sqlite3 *db, const QString &what);

    std::vector<Table> m_tables;
    QTemporaryFile m_file; // reserves the private database's name; removes it
    std::string m_path;
    sqlite3 *m_attachedTo = nullptr;
    sqlite3 *m_db = nullptr; // the private database; the thread's while it runs
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_queue; // guarded by m_mutex
    bool m_closed = false; // no more batches; guarded by m_mutex
    bool m_failed = false; // guarded by m_mutex
    bool m_abandoned = false; // the rows are not wanted; guarded by m_mutex
    QString m_error; // the worker's error; read after the thread ended
    Batch m_batch; // being filled by add()
};

} // namespace rectify
