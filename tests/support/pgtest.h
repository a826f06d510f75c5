#pragma once

#include <QString>

namespace rectify::test {

// The PostgreSQL server the tests use: RECTIFY_TEST_PG_URL when set, else the
// throwaway cluster that ctest's fixture started (scripts/pg-test-cluster.sh wrote
// its address, or why it could not start, into the build's pgtest folder).
// Returns the server's maintenance address, or an empty string and `reason`.
QString pgServerUrl(QString *reason);

// True when this run of a suite is its PostgreSQL run (RECTIFY_TEST_BACKEND=postgresql):
// TempLedger then opens a fresh database on the server instead of a SQLite file.
bool pgBackendRequested();

// A fresh database on the test server, dropped (with any connection left to it)
// with the object. Tests run in parallel, each in a database of its own.
class TempPgDatabase final
{
public:
    TempPgDatabase();
    ~TempPgDatabase();
    TempPgDatabase(const TempPgDatabase &) = delete;
    TempPgDatabase &operator=(const TempPgDatabase &) = delete;

    bool ok() const { return !m_url.isEmpty(); }
    // The ledger address of the new database (postgresql://...), empty on failure.
    QString url() const { return m_url; }
    QString name() const { return m_name; }
    // Why there is no database: no server, or the server refused.
    QString error() const { return m_error; }

private:
    QString m_server;
    QString m_name;
    QString m_url;
    QString m_error;
};

} // namespace rectify::test
