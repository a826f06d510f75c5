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
    return facts;
}

} // namespace rectify
