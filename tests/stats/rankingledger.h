#pragma once

#include "store/ledger.h"

namespace rectify::test {

// A ledger whose unit ranking on 2024-06-01 is worked out by hand in
// ranking_test.cpp: five lead units (甲局 乙局 丙局 丁局 戊局), three rounds
// (due 2024-04-25, 2024-05-25 and 2024-06-20) and their collected forms, one
// approved extension (乙局's task 2.2).
void fillRankingLedger(Ledger &ledger);

} // namespace rectify::test
