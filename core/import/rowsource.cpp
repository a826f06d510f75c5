#include "import/rowsource.h"

#include "import/cellvalues.h"
#include "import/csvsource.h"
#include "import/xlsxsource.h"

#include <QSet>
#include <algorithm>

namespace rectify {

bool SourceRow::isBlank() const
{
    for (std::string_view c : cells) {
        if (!c.empty())
            return false;
    }
    return true;
}

std::unique_ptr<RowSource> RowSource::forFile(const QString &path, const ImportOptions &options)
{
    // Workbooks by name or by their first bytes (an .xlsx renamed .csv is still
    // one); the spreadsheets that are not read (.xls, .et, .ods) go there too, to be
    // refused with what to do. Everything else is CSV or text.
    if (XlsxSource::handles(path))
        return std::make_unique<XlsxSource>(path, options);
    return std::make_unique<CsvSource>(path, options);
}

int RowSource::countKnownFields(const std::vector<std::string> &cells, bool *hasMeasure)
{
    QSet<ImportField> seen;
    for (const std::string &c : cells) {
        const ImportField f = matchHeader(cellText(c));
        if (f != ImportField::None)
            seen.insert(f);
    }
    *hasMeasure = seen.contains(ImportField::Measure);
    return static_cast<int>(seen.size());
}

qint64 RowSource::findHeaderRow(
    const std::vector<std::vector<std::string>> &rows, qint64 chosen, int *matches)
{
    *matches = 0;
    bool measure = false;
    if (chosen > 0) {
        if (static_cast<std::size_t>(chosen) <= rows.size())
            *matches = countKnownFields(rows[static_cast<std::size_t>(chosen - 1)], &measure);
        return chosen;
    }
    qint64 headerRow = 0;
    for (std::size_t i = 0; i < rows.size() && i < headerSearchRows; ++i) {
        const int m = countKnownFields(rows[i], &measure);
        if (measure && m >= 2 && m > *matches) {
            *matches = m;
            headerRow = static_cast<qint64>(i) + 1;
        }
    }
    return headerRow;
}

QVector<QStringList> RowSource::sampleRowsOf(
    const std::vector<std::vector<std::string>> &sample, int rows, QVector<qint64> *rowNumbers)
{
    QVector<QStringList> out;
    for (std::size_t i = 0; i < sample.size() && static_cast<int>(i) < rows; ++i) {
        QStringList cells;
        for (const std::string &c : sample[i])
            cells << cellText(c);
        out << cells;
        if (rowNumbers)
            *rowNumbers << static_cast<qint64>(i) + 1;
    }
    return out;
}

QVector<ImportColumn> RowSource::columnsOf(
    const std::vector<std::string> &header, const QVector<ImportField> &mapping)
{
    QVector<ImportColumn> columns;
    const int width = std::max<int>(static_cast<int>(header.size()), mapping.size());
    for (int c = 0; c < width; ++c) {
        ImportColumn column;
        column.index = c;
        column.header = static_cast<std::size_t>(c) < header.size()
            ? cellText(trimCell(header[static_cast<std::size_t>(c)]))
            : QString();
        if (!mapping.isEmpty())
            column.field = c < mapping.size() ? mapping.at(c) : ImportField::None;
        else
            column.field = matchHeader(column.header);
        columns << column;
    }
    if (mapping.isEmpty()) {
        // A plan's 完成时间 is its deadline when nothing else is.
        const bool hasDeadline = std::any_of(columns.begin(), columns.end(),
            [](const ImportColumn &c) { return c.field == ImportField::Deadline; });
        for (ImportColumn &c : columns) {
            if (!hasDeadline && c.field == ImportField::CompletedOn
                && isDeadlineWithoutOne(c.header)) {
                c.field = ImportField::Deadline;
                break;
            }
        }
    }
    return columns;
}

} // namespace rectify
