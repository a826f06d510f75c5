#pragma once

#include "store/ledger.h"
#include "tests/support/pgtest.h"

#include <QTemporaryDir>
#include <memory>

namespace rectify::test {

// A fixed clock for tests: 2024-03-15 09:00 UTC unless set otherwise.
QDateTime fixedNow();

// A ledger in a fresh temporary directory, opened, with actor "tester" and the
// fixed clock. The directory is removed with the object. In a suite's PostgreSQL
// run (pgBackendRequested()) the ledger is a fresh database on the test server
// instead, dropped with the object; path() is then its address.
class TempLedger final
{
public:
    TempLedger();
    Ledger &operator*() { return *m_ledger; }
    Ledger *operator->() { return m_ledger.get(); }
    Ledger &ledger() { return *m_ledger; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    bool isPostgres() const { return m_pg != nullptr; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TempPgDatabase> m_pg;
    QString m_path;
    std::unique_ptr<Ledger> m_ledger;
};

// Reads a whole file, for byte-for-byte comparisons.
QByteArray readAll(const QString &path);

} // namespace rectify::test

// For a test that is about SQLite files themselves (headers, backups, the native
// handle): skipped, visibly, in the suite's PostgreSQL run.
#define RECTIFY_SQLITE_ONLY(why)                                                                   \
    do {                                                                                           \
        if (::rectify::test::pgBackendRequested())                                                 \
            GTEST_SKIP() << "SQLite only: " << (why);                                              \
    } while (false)
