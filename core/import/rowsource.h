#pragma once

#include "import/importreport.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rectify {

// Something a source could not read, at a row and column of its file (-1: the
// whole row). The merge reports it as an error of that row.
struct SourceProblem
{
    qint64 row = 0;
    int column = -1;
    QString message;
};

// One row below the header, as UTF-8 cells. The cells stay valid until the next
// RowSource::next().
struct SourceRow
{
    qint64 number = 0; // the file's own row number (1-based, blank rows counted)
    std::vector<std::string_view> cells;
    // What the source could not read in this row (each one an error of the row).
    std::vector<SourceProblem> problems;
    // What the merge should warn about, the row still imported (a hidden row, a
    // formula without a saved result).
    std::vector<SourceProblem> warnings;
    // The cells whose text is not what the file holds (the first is named in
    // `problems`): a problem whose own cells are among them is skipped with its rows.
    std::vector<int> unreadableCells;
    // The row's end could not be found (a quote left open): it is never taken for
    // a heading row.
    bool incomplete = false;

    // True for a blank row or a row of empty cells.
    bool isBlank() const;
};

struct SourceDescription
{
    // The keys of the ImportOptions the user may choose for this kind of file
    // ("encoding", "delimiter"); the others are the same for every source.
    QStringList options;
    // After open(): what was detected or chosen, in the order to show.
    QVector<SourceDetail> details;
};

// The rows of an imported file, whatever its format: the merge (Importer) reads a
// header and the rows below it from here and never sees the file itself.
//
// open() reads enough of the file to find its header row and columns; next() then
// streams the rows below the header. The source hashes the file's bytes on the
// way, for the import's audit entry.
class RowSource
{
public:
    // The source for a file, by its kind: an Excel workbook (XlsxSource), else CSV
    // or text (CsvSource), which names what it cannot read.
    static std::unique_ptr<RowSource> forFile(const QString &path, const ImportOptions &options);

    virtual ~RowSource() = default;

    // Opens the file and finds the header. A problem with the whole file (it cannot
    // be read, has no header) is an error naming the file.
    virtual Status open() = 0;
    virtual SourceDescription description() const = 0;
    virtual QString path() const = 0;

    // After open(): the header's row, its columns and what they map to (the
    // options' mapping, else the header aliases).
    virtual qint64 headerRow() const = 0;
    virtual QVector<ImportColumn> columns() const = 0;
    // After open(): the first rows of the file as read, title and header rows
    // included, with their row numbers; for the preview.
    virtual QVector<QStringList> sampleRows(int rows, QVector<qint64> *rowNumbers) const = 0;

    // The next row below the header; false at the end or when the file cannot be
    // read further (then status() says why).
    virtual bool next(SourceRow &row) = 0;
    // An error naming the file when reading it failed; ok otherwise.
    virtual Status status() const = 0;
    // A row the source gave up on, which ended the rows early; nothing is written then.
    virtual std::optional<SourceProblem> stoppedAt() const = 0;

    // The file's size and how much of it was read, for progress.
    virtual qint64 size() const = 0;
    virtual qint64 bytesRead() const = 0;
    // The SHA-256 of the file's bytes; after the last row.
    virtual QByteArray sha256() = 0;

protected:
    RowSource() = default;
    Q_DISABLE_COPY_MOVE(RowSource)

    // Helpers for the sources. The header is the first of the first
    // headerSearchRows rows that names a measure column and the most known columns.
    static constexpr int headerSearchRows = 20;
    // How many different fields the cells name; *hasMeasure when one is the measure.
    static int countKnownFields(const std::vector<std::string> &cells, bool *hasMeasure);
    // The 1-based header row among `rows` (0 when none), and how many fields it names.
    static qint64 findHeaderRow(
        const std::vector<std::vector<std::string>> &rows, qint64 chosen, int *matches);
    // The first `rows` of `sample` (the file's first rows, from row 1) as text, for
    // sampleRows().
    static QVector<QStringList> sampleRowsOf(
        const std::vector<std::vector<std::string>> &sample, int rows, QVector<qint64> *rowNumbers);
    // The columns of a header row: the mapping's fields, else the header aliases.
    static QVector<ImportColumn> columnsOf(
        const std::vector<std::string> &header, const QVector<ImportField> &mapping);
};

} // namespace rectify
