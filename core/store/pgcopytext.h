#pragma once

#include <QSqlDatabase>
#include <QString>
#include <string>
#include <string_view>

struct pg_conn;

namespace rectify {

// The libpq connection under a QPSQL database connection, or null when `db` is
// not an open QPSQL connection. For what Qt's driver cannot do: COPY.
pg_conn *pgConnection(const QSqlDatabase &db);

// Rows for COPY … FROM STDIN in PostgreSQL's text format, built in a buffer and
// sent a few MiB at a time by the caller (send). Used where many rows go to a
// server at once: the CSV import and copying a whole ledger onto a server.
class PgCopyText final
{
public:
    // One field: the separator before it (unless first), then the text escaped
    // (backslash, tab, newline, carriage return), a number, or \N for NULL.
    static void text(std::string &out, std::string_view v, bool first = false);
    static void number(std::string &out, long long v, bool first = false);
    static void null(std::string &out, bool first = false);

    // Sends `rows` (whole lines) with "COPY target FROM STDIN", target being
    // "table (columns)", and empties the buffer. False with the server's message
    // in *error when the COPY fails; the transaction is then aborted.
    static bool send(pg_conn *conn, const std::string &target, std::string &rows, QString *error);
};

} // namespace rectify
