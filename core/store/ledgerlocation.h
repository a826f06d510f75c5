#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QString>

namespace rectify {

// Which database a ledger lives in.
enum class SqlDialect
{
    Sqlite, // one file, opened through QSQLITE (the embedded default)
    Postgres, // a database on a PostgreSQL server, opened through QPSQL
};

// Where a ledger is: a SQLite file path, or a PostgreSQL server address
// `postgresql://user@host:port/dbname`. The password never comes with the address:
// libpq reads PGPASSWORD or ~/.pgpass itself when none is given.
struct LedgerLocation
{
    Q_DECLARE_TR_FUNCTIONS(rectify::LedgerLocation)

public:
    SqlDialect dialect = SqlDialect::Sqlite;
    QString path; // SQLite: the file as given
    QString user; // PostgreSQL: empty for libpq's default (the login name, PGUSER)
    QString host; // empty for libpq's default (PGHOST or the local socket)
    int port = -1; // -1 for libpq's default (PGPORT or 5432)
    QString database;
    QString options; // libpq keyword=value pairs for QPSQL, ';'-separated (sslmode ...)

    // True when `location` names a server rather than a file.
    static bool isServerAddress(const QString &location);
    // Reads a location; refuses a server address with a password or without a
    // database name, with a message that says why.
    static Result<LedgerLocation> parse(const QString &location);
    // The address as shown to the user and kept by the Ledger (never a password),
    // with its connection options as the query (postgresql://h/db?sslmode=require).
    QString display() const;
};

} // namespace rectify
