#pragma once

#include "report/bulletin.h"
#include "util/result.h"

namespace rectify {

class Ledger;

// The facts of a 通报 that the ledger holds, for one inspection. This is the one
// place they are gathered; the composer only reads the struct.
//
// Filled today: inspectionName, inspectionKind, feedbackDate, rectificationEnd
// (from the inspection).
// Not yet filled, so the draft shows 【待填写】 for them: inspectingBody,
// inspectedBody, stationedFrom/stationedTo (进驻), and the counts of section 一
// (meetings, supervisionRounds, rulesEstablished, accountability). They belong to
// the 整改成效 records (meetings, 督查 rounds, 建章立制, 问责) and the
// inspection's 进驻 dates; fill them here from those when the ledger holds them.
Result<BulletinFacts> bulletinFactsFor(const Ledger &ledger, qint64 inspectionId);

} // namespace rectify
