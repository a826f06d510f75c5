#include "store/pgcopytext.h"

#include <QSqlDriver>
#include <QVariant>
#include <algorithm>
#include <cstdio>
#include <libpq-fe.h>

namespace rectify {

pg_conn *pgConnection(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    // libpq's PGconn is a typedef of struct pg_conn: the driver may name either.
    if (!v.isValid()
        || (qstrcmp(v.typeName(), "PGconn*") != 0 && qstrcmp(v.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<pg_conn *const *>(v.constData());
}

void PgCopyText::text(std::string &out, std::string_view v, bool first)
{
    if (!first)
        out += '\t';
    std::size_t plain = 0;
    for (std::size_t i = 0; i < v.size(); ++i) {
        const char *escape = nullptr;
        switch (v[i]) {
        case '\\':
            escape = "\\\\";
            break;
        case '\t':
            escape = "\\t";
            break;
        case '\n':
            escape = "\\n";
            break;
        case '\r':
            escape = "\\r";
            break;
        default:
            continue;
        }
        out.append(v.data() + plain, i - plain);
        out += escape;
        plain = i + 1;
    }
    out.append(v.data() + plain, v.size() - plain);
}

void PgCopyText::number(std::string &out, long long v, bool first)
{
    if (!first)
        out += '\t';
    char b[24];
    const int n = std::snprintf(b, sizeof b, "%lld", v);
    out.append(b, static_cast<std::size_t>(n));
}

void PgCopyText::null(std::string &out, bool first)
{
    out += first ? "\\N" : "\t\\N";
}

bool PgCopyText::send(pg_conn *conn, const std::string &target, std::string &rows, QString *error)
{
    if (rows.empty())
        return true;
    const auto fail = [&](const PGresult *r) {
        *error = QString::fromUtf8(r ? PQresultErrorMessage(r) : PQerrorMessage(conn)).trimmed();
        return false;
    };
    const std::string sql = "COPY " + target + " FROM STDIN";
    PGresult *start = PQexec(conn, sql.c_str());
    if (PQresultStatus(start) != PGRES_COPY_IN) {
        fail(start);
        PQclear(start);
        return false;
    }
    PQclear(start);
    // PQputCopyData takes an int: large buffers go in pieces (at row ends or not,
    // the server joins them).
    constexpr std::size_t piece = 1u << 20;
    bool sent = true;
    for (std::size_t at = 0; sent && at < rows.size(); at += piece) {
        const std::size_t n = std::min(piece, rows.size() - at);
        sent = PQputCopyData(conn, rows.data() + at, static_cast<int>(n)) == 1;
    }
    rows.clear();
    if (PQputCopyEnd(conn, sent ? nullptr : "the copy stopped") != 1)
        return fail(nullptr);
    bool good = true;
    while (PGresult *r = PQgetResult(conn)) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK && good)
            good = fail(r);
        PQclear(r);
    }
    if (good && !sent)
        return fail(nullptr); // the connection's own message
    return good;
}

} // namespace rectify
