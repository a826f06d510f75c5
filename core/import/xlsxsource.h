#pragma once

#include "import/rowsource.h"
#include "import/xlsxsheetreader.h"
#include "import/xlsxworkbook.h"
#include "import/zippackage.h"

#include <QCoreApplication>
#include <memory>

namespace rectify {

// The rows of an Excel workbook (.xlsx, .xlsm), read from the file itself: one
// sheet (the first, or the one the options name), its shared strings, numbers as
// Excel shows them and date-formatted numbers as yyyy-MM-dd, and a value merged
// over several rows in each of those rows. The merged ranges are written after
// the rows: a first look at the sheet finds them passing over the rows as bytes
// (SheetDataSkipDevice), untokenized; then the rows are read one by one.
//
// One sheet of a workbook as the sheet chooser lists it: its name and its size,
// the last row and column that hold anything (as Excel shows the used range).
struct XlsxSheetSize
{
    QString name;
    qint64 rows = 0;
    int columns = 0;
};

// Files it cannot read are refused with what to do: the old binary .xls (and
// encrypted workbooks, which look the same), WPS .et and OpenDocument .ods files,
// and damaged or hostile packages.
class XlsxSource final : public RowSource
{
    Q_DECLARE_TR_FUNCTIONS(rectify::XlsxSource)

public:
    XlsxSource(const QString &path, const ImportOptions &options);
    ~XlsxSource() override;
    Q_DISABLE_COPY_MOVE(XlsxSource)

    // Whether the file is a workbook (or a spreadsheet to refuse) rather than text:
    // by its name and by its first bytes.
    static bool handles(const QString &path);
    // The sheets of the workbook at `path`, in the workbook's order, with their
    // sizes: from the sheet's own <dimension> when it gives a range, otherwise by
    // reading the sheet's rows. Refused as open() refuses the file.
    static Result<QVector<XlsxSheetSize>> sheetSizes(const QString &path);

    Status open() override;
    SourceDescription description() const override;
    QString path() const override { return m_path; }
    qint64 headerRow() const override { return m_headerRow; }
    QVector<ImportColumn> columns() const override { return m_columns; }
    QVector<QStringList> sampleRows(int rows, QVector<qint64> *rowNumbers) const override;
    bool next(SourceRow &row) override;
    Status status() const override;
    std::optional<SourceProblem> stoppedAt() const override { return std::nullopt; }
    qint64 size() const override { return m_size; }
    qint64 bytesRead() const override;
    QByteArray sha256() override;

    // After open(): the sheet read.
    QString sheetName() const { return m_sheet.name; }

private:
    // The refusal of a file this source cannot read, or ok.
    Status checkKind() const;
    Status chooseSheet();
    Status readSample();
    // The message for a failure inside the workbook: names the file and says what to do.
    Error failure(const QString &reason) const;

    const QString m_path;
    const QString m_chosenSheet;
    const qint64 m_chosenHeaderRow;
    const QVector<ImportField> m_mapping;

    qint64 m_size = 0;
    ZipPackage m_package;
    XlsxWorkbook m_workbook;
    XlsxSheet m_sheet;
    XlsxSheetLayout m_layout;
    std::unique_ptr<XlsxSheetReader> m_reader;
    XlsxRow m_row;
    bool m_opened = false;
    bool m_warnedColumns = false;
    qint64 m_headerRow = 0;
    QVector<ImportColumn> m_columns;
    std::vector<std::vector<std::string>> m_sample;
    QByteArray m_sha256;
};

} // namespace rectify
