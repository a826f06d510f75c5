#include "store/pglinkcheck.h"

#include <cctype>
#include <libpq-fe.h>

namespace rectify {

namespace {

QString connectionError(pg_conn *conn, const PGresult *r)
{
    return QString::fromUtf8(r ? PQresultErrorMessage(r) : PQerrorMessage(conn)).trimmed();
}

// A query's rows, cleared with the object.
class Rows final
{
public:
    Rows(pg_conn *conn, const std::string &sql)
        : m_result(PQexec(conn, sql.c_str()))
    { }
    ~Rows() { PQclear(m_result); }
    Q_DISABLE_COPY_MOVE(Rows)
    bool ok() const { return PQresultStatus(m_result) == PGRES_TUPLES_OK; }
    int rows() const { return PQntuples(m_result); }
    std::string text(int row, int column) const
    {
        return std::string(PQgetvalue(m_result, row, column),
            static_cast<std::size_t>(PQgetlength(m_result, row, column)));
    }
    long long number(int row, int column) const
    {
        return std::strtoll(PQgetvalue(m_result, row, column), nullptr, 10);
    }
    const PGresult *get() const { return m_result; }

private:
    PGresult *m_result;
};

} // namespace

bool PgLinkCheck::exec(const std::string &sql, QString *error)
{
    PGresult *r = PQexec(m_conn, sql.c_str());
    const bool good = PQresultStatus(r) == PGRES_COMMAND_OK;
    if (!good && error)
        *error = connectionError(m_conn, r);
    PQclear(r);
    return good;
}

bool PgLinkCheck::prepare(const std::vector<std::string> &tables, QString *error)
{
    m_active = false;
    m_links.clear();
    {
        Rows role(m_conn, "SELECT current_setting('session_replication_role')");
        if (!role.ok() || role.rows() != 1) {
            *error = connectionError(m_conn, role.get());
            return false;
        }
        m_role = role.text(0, 0);
        for (const char c : m_role) {
            if (!std::isalpha(static_cast<unsigned char>(c)))
                return true; // not a value to set back as it is: the server checks
        }
    }
    if (!exec("SAVEPOINT rectify_link_check", error))
        return false;
    const bool allowed = exec("SET LOCAL session_replication_role = replica", nullptr);
    if (!exec("ROLLBACK TO SAVEPOINT rectify_link_check", error)
        || !exec("RELEASE SAVEPOINT rectify_link_check", error))
        return false;
    if (!allowed)
        return true;

    std::string list;
    for (const std::string &t : tables)
        list += (list.empty() ? "'" : ", '") + t + "'::regclass";
    const std::string sql
        = "SELECT c.conrelid::regclass::text, quote_ident(a.attname), "
          "c.confrelid::regclass::text, quote_ident(af.attname), c.conname, "
          "cardinality(c.conkey) FROM pg_constraint c "
          "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] "
          "JOIN pg_attribute af ON af.attrelid = c.confrelid AND af.attnum = c.confkey[1] "
          "WHERE c.contype = 'f' AND c.conrelid IN ("
        + list + ") ORDER BY 1, 2";
    Rows keys(m_conn, sql);
    if (!keys.ok()) {
        *error = connectionError(m_conn, keys.get());
        return false;
    }
    std::vector<Link> links;
    for (int i = 0; i < keys.rows(); ++i) {
        if (keys.number(i, 5) != 1)
            return true; // a key of several columns: left to the server
        Link l;
        l.child = keys.text(i, 0);
        l.column = keys.text(i, 1);
        l.parent = keys.text(i, 2);
        l.key = keys.text(i, 3);
        l.name = keys.text(i, 4);
        l.parentWritten = false;
        for (const std::string &t : tables)
            l.parentWritten = l.parentWritten || t == l.parent;
        links.push_back(std::move(l));
    }
    m_links = std::move(links);
    m_active = true;
    return true;
}

bool PgLinkCheck::triggersOff(QString *error)
{
    return !m_active || exec("SET LOCAL session_replication_role = replica", error);
}

bool PgLinkCheck::triggersOn(QString *error)
{
    return !m_active || exec("SET LOCAL session_replication_role = '" + m_role + "'", error);
}

bool PgLinkCheck::check(
    const std::function<long long(const std::string &table)> &firstNewId, QString *error)
{
    if (!m_active)
        return true;
    for (const Link &l : m_links) {
        const long long first = firstNewId(l.child);
        if (first < 0)
            continue;
        const std::string newRows = first > 0 ? " c WHERE c.id >= " + std::to_string(first)
                                              : std::string(" c WHERE true");
        if (!l.parentWritten) {
            const std::string lock = "WITH l AS (SELECT 1 FROM " + l.parent + " p WHERE p." + l.key
                + " IN (SELECT c." + l.column + " FROM " + l.child + newRows
                + ") FOR KEY SHARE OF p) SELECT count(*) FROM l";
            Rows locked(m_conn, lock);
            if (!locked.ok()) {
                *error = connectionError(m_conn, locked.get());
                return false;
            }
        }
        const std::string missing = "SELECT c.id, c." + l.column + " FROM " + l.child + newRows
            + " AND c." + l.column + " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM " + l.parent
            + " p WHERE p." + l.key + " = c." + l.column + ") LIMIT 1";
        Rows rows(m_conn, missing);
        if (!rows.ok()) {
            *error = connectionError(m_conn, rows.get());
            return false;
        }
        if (rows.rows() > 0) {
            *error
                = tr("the new row (id %1) of %2 refers to id %3 of %4, which does not exist (%5)")
                      .arg(rows.number(0, 0))
                      .arg(QString::fromStdString(l.child))
                      .arg(rows.number(0, 1))
                      .arg(QString::fromStdString(l.parent), QString::fromStdString(l.name));
            return false;
        }
    }
    return true;
}

} // namespace rectify
