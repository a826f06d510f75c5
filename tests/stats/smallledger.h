#pragma once

#include "store/ledger.h"

namespace rectify::test {

// A hand-made ledger of 2 inspections, 8 problems and 14 tasks whose figures
// as of smallLedgerToday() are worked out by hand in smallledger.cpp.
// Returns false (with a gtest failure) when it cannot be written.
bool fillSmallLedger(Ledger &ledger);
QDate smallLedgerToday();

} // namespace rectify::test
