#pragma once

#include "domain/auditentry.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace rectify {

class Ledger;

// Audit entries as a table for people and for checking: the readable columns
// of AuditText (when, who, what, change, before, after, reason) and then the
// raw ones (entry id, entity, its id, field, the entry's hash in the chain), so
// that a printed or mailed copy can be matched against the ledger. Written as
// CSV (UTF-8 with a byte-order mark, for Excel and WPS) or as .xlsx; both
// atomically, and both state the audit anchor of the ledger when written.
class AuditExport final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::AuditExport)

public:
    enum Column
    {
        When,
        Who,
        Subject,
        Change,
        Before,
        After,
        Reason,
        EntryId,
        Entity,
        EntityId,
        Field,
        Hash,
        ColumnCount
    };

    static QStringList headers();
    // One row per entry, in the order given.
    static Result<QVector<QStringList>> rows(
        const Ledger &ledger, const QVector<AuditEntry> &entries);
    // "Audit anchor ENTRIES:HASH" of the ledger now, as the files state it.
    static Result<QString> anchorLine(const Ledger &ledger);

    // Write `entries` to `path`; return the number of rows written.
    static Result<qint64> writeCsv(
        const Ledger &ledger, const QVector<AuditEntry> &entries, const QString &path);
    static Result<qint64> writeXlsx(
        const Ledger &ledger, const QVector<AuditEntry> &entries, const QString &path);
    // By the file's suffix: .xlsx, anything else CSV.
    static Result<qint64> write(
        const Ledger &ledger, const QVector<AuditEntry> &entries, const QString &path);
};

} // namespace rectify
