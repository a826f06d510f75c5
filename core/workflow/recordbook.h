#pragma once

#include "domain/inspection.h"
#include "domain/records.h"
#include "domain/user.h"
#include "util/result.h"
#include "workflow/permission.h"

#include <QCoreApplication>
#include <QDate>

namespace rectify {

class Ledger;

// The 整改成效 records written for one user: every call checks who may
// (Permission::checkRecord, checkInspection; a finding becomes a progress entry
// only for someone who may report progress on its task) before the Ledger writes
// and audits it. The CLI and the window write records only through this.
class RecordBook final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::RecordBook)

public:
    RecordBook(Ledger &ledger, User actor);

    const User &actor() const { return m_actor; }

    // Adds a record; an official's is recorded as their unit's (ownerUnit), a
    // supervisor's or an administrator's keeps the ownerUnit given.
    Result<qint64> add(Record record);
    // Saves a record's fields (its findings go by addFinding / removeFinding). An
    // official's record stays their unit's.
    Status update(Record record);
    Status remove(qint64 id);
    // Findings of a supervision round: whoever may change the round.
    Result<qint64> addFinding(const SupervisionFinding &finding);
    Status removeFinding(qint64 id);
    // A finding's new text (its task and any progress entry made from it stay);
    // audited as the old finding removed and the new one added, under the same id.
    Status updateFinding(qint64 id, const QString &text);
    // A finding becomes a progress entry of its task dated `date`: the actor must
    // be allowed to change the round and to report progress on the task.
    Result<qint64> findingToProgress(qint64 findingId, const QDate &date);
    // The inspection's stay on site (进驻); invalid dates clear them.
    Status setStationed(qint64 inspectionId, const QDate &from, const QDate &to);

private:
    Status mayChange(qint64 recordId) const;

    Ledger &m_ledger;
    User m_actor;
};

} // namespace rectify
