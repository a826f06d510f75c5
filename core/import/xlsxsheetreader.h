#pragma once

#include "import/rowsource.h"
#include "import/xlsxpartreader.h"
#include "import/xlsxworkbook.h"

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace rectify {

// A range of merged cells over several rows, 1-based rows, 0-based columns.
struct XlsxMerge
{
    qint64 top = 0;
    qint64 bottom = 0;
    int left = 0;
};

// What must be known of a sheet before its rows: the merged ranges (written after
// the rows) and the hidden columns. Read by a first pass over the sheet part that
// leaves out what is inside <sheetData>; hidden rows are read with the rows.
struct XlsxSheetLayout
{
    std::vector<XlsxMerge> merges; // over two rows or more, by top row
    std::vector<std::pair<int, int>> hiddenColumns; // 0-based ranges, inclusive
};

// One row of a sheet as text: every number, date and shared string as the
// ledger should read it.
struct XlsxRow
{
    qint64 number = 0;
    std::vector<std::string> cells;
    bool hidden = false;
    std::vector<SourceProblem> problems; // cells that cannot be read
    std::vector<int> unreadableCells;
    std::vector<SourceProblem> warnings; // formulas without a saved result
};

// The rows of one sheet, streamed from its part: row numbers without gaps (rows
// the file leaves out are empty), cells by their references (cells left out are
// empty), and the value of a range merged over several rows in each of its rows.
// Memory holds one row and the values of the merged ranges that are open.
class XlsxSheetReader final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::XlsxSheetReader)

public:
    static constexpr int maxColumns = 16384; // XFD
    static constexpr qint64 maxRows = 1048576;
    static constexpr qint64 maxSheetBytes = qint64(512) << 20;
    static constexpr std::size_t maxRowBytes = std::size_t(16) << 20;
    static constexpr std::size_t maxMerges = 1000000;

    XlsxSheetReader(const XlsxWorkbook &workbook, const XlsxSheetLayout &layout);
    Q_DISABLE_COPY_MOVE(XlsxSheetReader)

    // The first pass: the merged ranges and hidden columns, the rows passed over
    // untokenized; refused when the rows never end.
    static Result<XlsxSheetLayout> readLayout(const ZipPackage &package, const QString &part);

    Status open(const ZipPackage &package, const QString &part);
    // The next row; false at the end or on an error (status() says which).
    bool next(XlsxRow &row);
    Status status() const;
    qint64 inflated() const { return m_part.inflated(); }
    qint64 declaredSize() const { return m_part.declaredSize(); }

    // "C7" as a 0-based column and 1-based row; false beyond XFD1048576 or when it
    // is no cell reference.
    static bool parseReference(QStringView reference, int *column, qint64 *row);
    // A serial day number of a date cell as yyyy-MM-dd (1900 system with Excel's
    // phantom 1900-02-29, or the 1904 system); empty when it is no day.
    static QString serialDate(double serial, bool date1904);
    // A number as Excel shows it in General: 3 not 3.0.
    static QString numberText(const QString &value);

private:
    // Reads the next <row> of the part; false at the end of the rows.
    bool readRow(XlsxRow &row);
    void readCell(XlsxRow &row, int *lastColumn);
    // Forgets the merged ranges that end above `row`.
    void closeMergesAbove(qint64 row);
    void applyMerges(XlsxRow &row);

    struct OpenMerge
    {
        qint64 bottom = 0;
        std::string value;
    };

    const XlsxWorkbook &m_workbook;
    const XlsxSheetLayout &m_layout;
    XlsxPartReader m_part;
    QString m_error;
    bool m_rowsDone = false;
    bool m_havePending = false;
    XlsxRow m_pending;
    qint64 m_last = 0; // the number of the last row given
    qint64 m_lastXmlRow = 0; // the number of the last <row> read
    std::size_t m_nextMerge = 0;
    std::map<int, OpenMerge> m_open; // by column; one range per column at a time
    std::size_t m_openBytes = 0;
    QString m_value; // the text of the cell being read, its capacity kept
};

} // namespace rectify
