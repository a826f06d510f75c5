#include "util/sqlitehandle.h"

#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace rectify {

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

SqliteCacheSize::SqliteCacheSize(sqlite3 *db, qint64 bytes)
    : m_db(db)
{
    {
        SqliteStatement get(db, "PRAGMA cache_size");
        if (get.next())
            m_old = get.integer(0);
    }
    if (!m_old)
        return; // left as it is
    // A negative size is in KiB.
    const QByteArray set = "PRAGMA cache_size = " + QByteArray::number(-(bytes / 1024));
    sqlite3_exec(db, set.constData(), nullptr, nullptr, nullptr);
}

SqliteCacheSize::~SqliteCacheSize()
{
    if (!m_old)
        return;
    const QByteArray restore = "PRAGMA cache_size = " + QByteArray::number(*m_old);
    sqlite3_exec(m_db, restore.constData(), nullptr, nullptr, nullptr);
}

SqliteStatement::SqliteStatement(sqlite3 *db, const char *sql)
    : m_db(db)
{
    if (!db || sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
        m_failed = true;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

void SqliteStatement::bind(int index, qint64 value)
{
    if (m_stmt && sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK)
        m_failed = true;
}

bool SqliteStatement::next()
{
    if (!ok())
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_failed = true;
    return false;
}

QString SqliteStatement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column)) : QString();
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString SqliteStatement::error() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no database");
}

} // namespace rectify
