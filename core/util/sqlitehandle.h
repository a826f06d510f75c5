#pragma once

#include <QSqlDatabase>
#include <QString>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace rectify {

// The sqlite3 handle behind an open QtSql SQLite connection, or nullptr. For bulk
// reads and SQLite-only features (online backup); the connection stays owned by Qt.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

// A larger page cache for a bulk write on `db` (the indexes stay in memory),
// the connection's own size again when the object goes.
class SqliteCacheSize final
{
public:
    SqliteCacheSize(sqlite3 *db, qint64 bytes);
    ~SqliteCacheSize();
    SqliteCacheSize(const SqliteCacheSize &) = delete;
    SqliteCacheSize &operator=(const SqliteCacheSize &) = delete;

private:
    sqlite3 *m_db;
    std::optional<qint64> m_old; // PRAGMA cache_size as it was
};

// A prepared statement on a native handle, finalized with the object.
class SqliteStatement final
{
public:
    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool ok() const { return m_stmt != nullptr && !m_failed; }
    void bind(int index, qint64 value);
    // Steps to the next row; false at the end or on an error (then ok() is false).
    bool next();
    QString text(int column) const;
    qint64 integer(int column) const;
    bool isNull(int column) const;
    // The database's last error message.
    QString error() const;

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_failed = false;
};

} // namespace rectify
