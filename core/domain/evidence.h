#pragma once

#include <QDateTime>
#include <QString>

namespace rectify {

// A file attached to a task as evidence of the work (佐证材料). The file itself
// is copied beside the ledger, named by its SHA-256; the ledger keeps its
// original name, where the copy is, the hash and who added it.
struct Evidence
{
    qint64 id = 0;
    qint64 taskId = 0;
    QString fileName; // the name it had when it was added
    QString storedPath; // relative to the ledger's folder, '/' separated
    QString sha256; // lower-case hex
    qint64 size = 0;
    QString addedBy;
    QDateTime addedAt; // UTC
};

} // namespace rectify
