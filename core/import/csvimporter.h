#pragma once

#include "import/importreport.h"
#include "store/ledger.h"

#include <QStringList>
#include <functional>
#include <memory>

namespace rectify {

// What the importer detected in the first part of a file, with decoded rows to show.
struct ImportPreview
{
    TextEncoding encoding = TextEncoding::Utf8;
    char delimiter = ',';
    qint64 headerRow = 0; // 1-based
    QVector<ImportColumn> columns; // the header's cells and what they map to
    QVector<QStringList> rows; // the first rows of the file, header and title rows included
    QVector<qint64> rowNumbers; // the file's row number of each of `rows`
};

// Imports an Excel-derived ledger (整改台账 saved as CSV) in two phases:
// analyse() reads and validates every row and reports what an import would do,
// without writing; import() does the same while writing, in one transaction that
// is rolled back on any error (unless skipBadRows), on cancel, or on failure.
//
// The file is streamed: memory holds a chunk of the file, one row and the keys of
// the problems and tasks seen, never all rows. The rows are written by the
// ImportWriter of the ledger's backend (a ledger file or a PostgreSQL server);
// everything else is the same on both. The import is recorded as one audit entry
// (file, SHA-256, counts).
class CsvImporter final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::CsvImporter)

public:
    // Called now and then with the bytes read so far and the file size; return
    // false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit CsvImporter(Ledger &ledger);
    ~CsvImporter();
    Q_DISABLE_COPY_MOVE(CsvImporter)

    Result<ImportPreview> preview(const QString &path, const ImportOptions &options, int rows = 20);
    // A file-level problem (unreadable file, no header) is an error result; row
    // problems are in the report.
    Result<ImportReport> analyse(
        const QString &path, const ImportOptions &options, const Progress &progress = {});
    // The report says whether anything was written (committed): nothing is when
    // the file has errors and skipBadRows is off.
    Result<ImportReport> import(
        const QString &path, const ImportOptions &options, const Progress &progress = {});

private:
    class Run;
    Result<ImportReport> process(
        const QString &path, const ImportOptions &options, const Progress &progress, bool write);

    Ledger &m_ledger;
};

} // namespace rectify
