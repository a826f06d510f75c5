#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>
#include <string>
#include <vector>

struct pg_conn;

namespace rectify {

// Foreign keys checked in bulk on a PostgreSQL server, for writes of many rows
// at once (the CSV import, copying a whole ledger onto a server).
//
// The server checks each new row's links with a query and a row lock of its own,
// which is most of the time of a large COPY. A session that may set
// session_replication_role (a superuser, or PostgreSQL 15's GRANT SET ON
// PARAMETER) can switch those per-row triggers off for its COPY statements and
// check the links of all the new rows itself before the commit: one anti-join per
// foreign key, read from the catalog. A missing row fails the check with the
// row, the tables and the constraint named. The caller keeps the linked rows
// from going away meanwhile: it locks the tables it writes against other
// writers; rows of any other table the new rows link to are locked FOR KEY SHARE
// by check(), as the server's own check locks them. Without the right, active()
// is false and the server checks row by row as always.
class PgLinkCheck final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::PgLinkCheck)

public:
    explicit PgLinkCheck(pg_conn *conn)
        : m_conn(conn)
    { }

    // Inside the caller's transaction: whether this session may switch the
    // triggers off (tried in a savepoint, so that a refusal does not end the
    // transaction), and the foreign keys of `tables` (names as the catalog knows
    // them), the tables the caller writes and locks. False only when the
    // connection fails (then *error says why).
    bool prepare(const std::vector<std::string> &tables, QString *error);
    bool active() const { return m_active; }

    // Around the caller's COPY statements, when active(): the server's per-row
    // triggers off, then the session's own setting again.
    bool triggersOff(QString *error);
    bool triggersOn(QString *error);

    // Checks the links of the new rows of every table: those with an id of at
    // least firstNewId(table); all its rows for 0, none for a negative number. False
    // with *error when a link is missing or the connection fails.
    bool check(
        const std::function<long long(const std::string &table)> &firstNewId, QString *error);

private:
    struct Link
    {
        std::string child, column, parent, key, name;
        bool parentWritten; // the parent is one of the tables the caller writes
    };
    bool exec(const std::string &sql, QString *error);

    pg_conn *m_conn;
    bool m_active = false;
    std::string m_role; // the session's own session_replication_role
    std::vector<Link> m_links;
};

} // namespace rectify
