#pragma once

#include <QString>

namespace rectify::test {

// Writes a generated ledger of `tasks` tasks to `path` with the benchmarks'
// generator (rectify-genledger, fixed seed and day): a realistic ledger of
// thousands of rows in a fraction of a second. Empty, or why it failed.
QString generateLedger(const QString &path, int tasks);

} // namespace rectify::test
