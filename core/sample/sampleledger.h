#pragma once

#include "util/result.h"

#include <QDate>
#include <QString>

namespace rectify {

class Ledger;

// A small, realistic ledger that shows a new user the real picture at once: one
// inspection round of a development zone, eleven problems with their tasks,
// responsibilities and progress. Deadlines are placed around `today` so that
// every traffic light appears. Written in one transaction into an empty ledger.
Status writeSampleLedger(Ledger &ledger, const QDate &today);

// Where the bundled sample ledger is written: next to the default ledger.
QString sampleLedgerPath();
// (Re)creates the sample ledger at `path` from scratch, for `today`.
Status createSampleLedger(const QString &path, const QDate &today);

} // namespace rectify
