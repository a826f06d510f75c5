#pragma once

#include "import/importreport.h"
#include "import/ledgermerge.h"
#include "import/rowsource.h"
#include "store/ledger.h"

#include <QStringList>
#include <functional>
#include <memory>

namespace rectify {

// The start of a file with its header found, to show before importing. What the
// source detected (a CSV file's encoding and delimiter) is in its description.
struct ImportPreview
{
    qint64 headerRow = 0; // 1-based
    QVector<ImportColumn> columns; // the header's cells and what they map to
    QVector<QStringList> rows; // the first rows of the file, header and title rows included
    QVector<qint64> rowNumbers; // the file's row number of each of `rows`
};

// Imports an Excel-derived ledger (整改台账) in two phases: analyse() reads and
// validates every row and reports what an import would do, without writing;
// import() does the same while writing, in one transaction that is rolled back on
// any error (unless skipBadRows), on cancel, or on failure.
//
// The rows come from a RowSource (RowSource::forFile picks one by the file) and
// are merged into the ledger by LedgerMerge; memory holds a part of the file, one
// row and the keys of the problems and tasks seen, never all rows. The rows are
// written by the ImportWriter of the ledger's backend (a ledger file or a
// PostgreSQL server); everything else is the same on both. The import is recorded
// as one audit entry (file, SHA-256, counts).
class Importer final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::Importer)

public:
    using Progress = LedgerMerge::Progress;

    explicit Importer(Ledger &ledger);
    ~Importer();
    Q_DISABLE_COPY_MOVE(Importer)

    // Opens the source and reads its first rows.
    Result<ImportPreview> preview(RowSource &source, int rows = 20);
    Result<ImportPreview> preview(const QString &path, const ImportOptions &options, int rows = 20);
    // A file-level problem (unreadable file, no header) is an error result; row
    // problems are in the report. The source is opened here.
    Result<ImportReport> analyse(
        RowSource &source, const ImportOptions &options, const Progress &progress = {});
    Result<ImportReport> analyse(
        const QString &path, const ImportOptions &options, const Progress &progress = {});
    // The report says whether anything was written (committed): nothing is when
    // the rows have errors and skipBadRows is off.
    Result<ImportReport> import(
        RowSource &source, const ImportOptions &options, const Progress &progress = {});
    Result<ImportReport> import(
        const QString &path, const ImportOptions &options, const Progress &progress = {});

private:
    Result<ImportReport> process(
        RowSource &source, const ImportOptions &options, const Progress &progress, bool write);
    // The inspection the rows go to (found, or created when writing); fills the
    // report's inspection and returns the feedback date to read deadlines by.
    Result<QDate> resolveInspection(const ImportOptions &options, bool write, ImportReport &report);
    // One audit entry for the whole import, not one per row.
    Status writeAudit(const ImportReport &report);

    Ledger &m_ledger;
};

} // namespace rectify
