#pragma once

#include "store/ledger.h"

#include <functional>

namespace rectify {

// Copies a whole ledger into an empty one, between a file and a server either way
// (rectify-cli migrate): every table with its ids, and the audit log with its hash
// chain and head as they are, so that the copy's chain verifies. One transaction:
// a failed copy leaves the target without rows. The contents of evidence files go
// along (store/evidencecontent.h): from the folder beside a ledger file into a
// server's table, from a server's table into the folder beside the new file; a
// file that is missing or no longer matches its hash stops the copy.
class LedgerCopy final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::LedgerCopy)

public:
    struct Report
    {
        qint64 rows = 0; // rows copied, every table together
        qint64 auditEntries = 0;
        qint64 evidenceFiles = 0; // contents of evidence files copied (one per SHA-256)
    };

    // Told how far a copy has got (rows copied, rows in all), at its start, between
    // tables and every progressRows rows; returns false to stop: the copy then fails
    // with cancelledMessage() and the target is left without rows (its transaction
    // rolled back, the evidence files it wrote removed).
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    static constexpr qint64 progressRows = 2000;
    static QString cancelledMessage();

    // Opens `from` read-only and `to` (a new file, or an empty database), then
    // copies. Refuses a target that exists and holds anything, and leaves it as it is.
    static Result<Report> copy(const QString &from, const QString &to);
    // The same between two open ledgers; `to` must be one that open() has just
    // created (Ledger::wasCreated()): its first user, setting and audit entry make
    // way for the copied ones.
    static Result<Report> copy(const Ledger &from, Ledger &to, const Progress &progress = {});
    // Replaces everything `to` holds by a copy of `from` (restoring a backup into a
    // server ledger), in one transaction of `to`, joined when the caller has one open:
    // the tables are locked against other writers (readers keep seeing the old rows
    // until the commit) and emptied, then copied into. A failure leaves `to` as it was.
    static Result<Report> replace(const Ledger &from, Ledger &to);

private:
    enum class Target
    {
        New, // a ledger that open() has just created
        Replaced, // a ledger whose rows all go
    };
    static Result<Report> copyInto(
        const Ledger &from, Ledger &to, Target kind, const Progress &progress = {});
};

} // namespace rectify
