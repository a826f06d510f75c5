#include "report/bulletinfacts.h"

#include "store/ledger.h"

namespace rectify {

Result<BulletinFacts> bulletinFactsFor(const Ledger &ledger, qint64 inspectionId)
{
    auto inspection = ledger.inspection(inspectionId);
    if (!inspection)
        return Error { inspection.error() };
    BulletinFacts facts;
    facts.inspectionName = inspection->name;
    facts.inspectionKind = inspection->kind;
    facts.feedbackDate = inspection->feedbackDate;
    facts.rectificationEnd = inspection->rectificationEnd;
    facts.stationedFrom = inspection->stationedFrom;
    facts.stationedTo = inspection->stationedTo;
    // Section 一 from the 整改成效 records. A count is stated only when the ledger
    // holds at least one record of that kind: no record says the office has not
    // recorded them, not that there were none, so the draft keeps its placeholder
    // rather than printing a zero nobody vouched for.
    auto summary = ledger.recordSummary(inspectionId);
    if (!summary)
        return Error { summary.error() };
    if (summary->meetings > 0)
        facts.meetings = summary->meetings;
    if (summary->supervisionRounds > 0)
        facts.supervisionRounds = summary->supervisionRounds;
    if (summary->rulesEstablished > 0)
        facts.rulesEstablished = summary->rulesEstablished;
    if (summary->accountabilityRecords > 0)
        facts.accountability = summary->heldAccountable;
    return facts;
}

} // namespace rectify
