#pragma once

#include "util/result.h"

#include <QCoreApplication>

namespace rectify {

class Ledger;

// A consistent read of a whole ledger on a server: several queries (the three reads
// of an export, every table of a backup) see one snapshot, whatever other clients
// commit meanwhile. One REPEATABLE READ, READ ONLY transaction, ended (rolled back:
// nothing was written) with the object. On a ledger file, or inside a transaction
// of the ledger's own, it does nothing: a file's readers keep to what they had.
class ReadSnapshot final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::ReadSnapshot)

public:
    explicit ReadSnapshot(const Ledger &ledger);
    ~ReadSnapshot();
    Q_DISABLE_COPY_MOVE(ReadSnapshot)

    // Whether the snapshot could be taken (an error names the ledger).
    Status status() const { return m_status; }

private:
    const Ledger &m_ledger;
    Status m_status;
    bool m_open = false;
};

} // namespace rectify
