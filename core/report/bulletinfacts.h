#pragma once

#include "report/bulletin.h"
#include "util/result.h"

namespace rectify {

class Ledger;

// The facts of a 通报 that the ledger holds, for one inspection. This is the one
// place they are gathered; the composer only reads the struct.
//
// Filled: inspectionName, inspectionKind, feedbackDate, rectificationEnd and the
// 进驻 dates (from the inspection); the counts of section 一 from the 整改成效
// records (Ledger::recordSummary): meetings, supervision rounds, rules established,
// and people and units held accountable — each only when the ledger holds at least
// one record of that kind (none recorded is not the same as none held).
// Not filled, so the draft shows 【待填写】: inspectingBody and inspectedBody, which
// the ledger does not keep.
Result<BulletinFacts> bulletinFactsFor(const Ledger &ledger, qint64 inspectionId);

} // namespace rectify
