#pragma once

#include <QStringList>

namespace rectify {

// The ledger's schema, as a list of forward migrations. Migration i (1-based)
// takes a ledger from user_version i-1 to i. Never edit a released step: add one.
class Schema final
{
public:
    // 'RECT': marks a SQLite file as a Rectify ledger (PRAGMA application_id).
    static constexpr int applicationId = 0x52454354;

    static int currentVersion();
    // SQL statements of the step that leads to `version` (1..currentVersion()).
    static QStringList migrationTo(int version);
    // Statements run after the step's data work (Ledger::migrate does what a step
    // cannot say in SQL, e.g. chaining the audit log in version 3).
    static QStringList finishMigrationTo(int version);

    // The same steps for a ledger on a PostgreSQL server (core/store/schema_pg.cpp):
    // the same tables, columns, constraints and version numbers in PostgreSQL's words.
    static QStringList postgresMigrationTo(int version);
    static QStringList postgresFinishMigrationTo(int version);
};

} // namespace rectify
