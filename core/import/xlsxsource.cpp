#include "import/xlsxsource.h"

#include "import/cellvalues.h"
#include "import/sha256.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace rectify {

namespace {

// The first bytes of a zip package and of an OLE compound file (.xls, .et, and
// the encrypted .xlsx that Office wraps in one).
constexpr char zipMagic[] = "PK\x03\x04";
constexpr char oleMagic[] = "\xD0\xCF\x11\xE0";
// The rows read for the header and the preview, and at most this much text.
constexpr std::size_t sampleRowCount = 200;
constexpr std::size_t sampleBytes = std::size_t(1) << 20;

QByteArray firstBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(4);
}

QString suffixOf(const QString &path)
{
    return QFileInfo(path).suffix().toLower();
}

} // namespace

XlsxSource::XlsxSource(const QString &path, const ImportOptions &options)
    : m_path(path)
    , m_chosenSheet(options.sheet.trimmed())
    , m_chosenHeaderRow(options.headerRow)
    , m_mapping(options.mapping)
{ }

XlsxSource::~XlsxSource() = default;

bool XlsxSource::handles(const QString &path)
{
    static const QStringList suffixes { QStringLiteral("xlsx"), QStringLiteral("xlsm"),
        QStringLiteral("xls"), QStringLiteral("et"), QStringLiteral("ods") };
    if (suffixes.contains(suffixOf(path)))
        return true;
    const QByteArray start = firstBytes(path);
    return start.startsWith(zipMagic) || start.startsWith(oleMagic);
}

Error XlsxSource::failure(const QString &reason) const
{
    return Error { tr("Cannot read %1 as an Excel workbook: %2. Open it in Excel or WPS and "
                      "save it again as Excel Workbook (.xlsx).")
                       .arg(QDir::toNativeSeparators(m_path), reason) };
}

Status XlsxSource::checkKind() const
{
    const QString shown = QDir::toNativeSeparators(m_path);
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { tr("Cannot read %1: %2").arg(shown, file.errorString()) };
    const QByteArray start = file.read(4);
    const QString suffix = suffixOf(m_path);
    if (suffix == QLatin1String("ods"))
        return Error { tr("%1 is an OpenDocument spreadsheet (.ods), which is not read. Open it "
                          "and save it as Excel Workbook (.xlsx).")
                           .arg(shown) };
    if (suffix == QLatin1String("et"))
        return Error { tr("%1 is a WPS spreadsheet (.et), which is not read. Open it in WPS and "
                          "save it as Excel Workbook (.xlsx).")
                           .arg(shown) };
    if (start.startsWith(oleMagic) || suffix == QLatin1String("xls"))
        return Error { tr("%1 is an Excel 97-2003 workbook (.xls) or a workbook protected by a "
                          "password, which is not read. Open it in Excel or WPS, remove any "
                          "password and save it as Excel Workbook (.xlsx).")
                           .arg(shown) };
    if (!start.startsWith(zipMagic))
        return failure(tr("it is not a zip package, as every .xlsx file is"));
    return {};
}

Status XlsxSource::open()
{
    m_size = QFileInfo(m_path).size();
    if (auto s = checkKind(); !s)
        return s;
    if (auto s = m_package.open(m_path); !s)
        return failure(s.error());
    if (!m_package.contains(QStringLiteral("xl/workbook.xml"))) {
        if (m_package.contains(QStringLiteral("mimetype")))
            return Error { tr("%1 is an OpenDocument spreadsheet, which is not read. Open it and "
                              "save it as Excel Workbook (.xlsx).")
                               .arg(QDir::toNativeSeparators(m_path)) };
        return failure(tr("it has no workbook part (xl/workbook.xml)"));
    }
    if (auto s = m_workbook.load(m_package); !s)
        return failure(s.error());
    if (auto s = chooseSheet(); !s)
        return s;
    if (m_sheet.part.isEmpty() || !m_package.contains(m_sheet.part))
        return failure(tr("the part of sheet %1 is missing").arg(m_sheet.name));
    auto layout = XlsxSheetReader::readLayout(m_package, m_sheet.part);
    if (!layout)
        return failure(layout.error());
    m_layout = std::move(layout.value());
    if (auto s = readSample(); !s)
        return s;
    // The rows are read again from the start.
    m_reader = std::make_unique<XlsxSheetReader>(m_workbook, m_layout);
    if (auto s = m_reader->open(m_package, m_sheet.part); !s)
        return failure(s.error());
    m_opened = true;
    return {};
}

namespace {

// The size of one sheet: its <dimension ref="A1:M1001"/> (written before the rows
// by Excel, WPS, LibreOffice and libxlsxwriter), or the rows and cells read.
Result<std::pair<qint64, int>> sizeOfSheet(const ZipPackage &package, const QString &part)
{
    XlsxPartReader reader;
    if (auto s = reader.open(package, part, XlsxSheetReader::maxSheetBytes); !s)
        return s.failure();
    QXmlStreamReader &xml = reader.xml();
    qint64 rows = 0;
    int columns = 0;
    qint64 row = 0;
    int column = -1;
    while (reader.next()) {
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("dimension")) {
            const QString ref = reader.attribute(QLatin1String("ref"));
            const qsizetype colon = ref.indexOf(QLatin1Char(':'));
            int right = 0;
            qint64 bottom = 0;
            if (colon > 0
                && XlsxSheetReader::parseReference(
                    QStringView(ref).mid(colon + 1), &right, &bottom))
                return std::pair<qint64, int> { bottom, right + 1 };
        } else if (xml.name() == QLatin1String("row")) {
            const QString r = reader.attribute(QLatin1String("r"));
            bool ok = false;
            const qint64 n = r.toLongLong(&ok);
            row = ok && n > row && n <= XlsxSheetReader::maxRows ? n : row + 1;
            column = -1;
        } else if (xml.name() == QLatin1String("c")) {
            const QString r = reader.attribute(QLatin1String("r"));
            int c = column + 1;
            qint64 cellRow = row;
            if (!r.isEmpty())
                XlsxSheetReader::parseReference(r, &c, &cellRow);
            column = std::min(c, XlsxSheetReader::maxColumns - 1);
            rows = std::max(rows, row);
            columns = std::max(columns, column + 1);
        } else if (xml.name() == QLatin1String("mergeCells")) {
            break;
        }
    }
    if (auto s = reader.status(); !s)
        return s.failure();
    return std::pair<qint64, int> { rows, columns };
}

} // namespace

Result<QVector<XlsxSheetSize>> XlsxSource::sheetSizes(const QString &path)
{
    XlsxSource source(path, ImportOptions {});
    if (auto s = source.checkKind(); !s)
        return s.failure();
    if (auto s = source.m_package.open(path); !s)
        return source.failure(s.error());
    if (!source.m_package.contains(QStringLiteral("xl/workbook.xml")))
        return source.failure(tr("it has no workbook part (xl/workbook.xml)"));
    if (auto s = source.m_workbook.load(source.m_package); !s)
        return source.failure(s.error());
    QVector<XlsxSheetSize> out;
    for (const XlsxSheet &sheet : source.m_workbook.sheets()) {
        XlsxSheetSize size;
        size.name = sheet.name;
        if (!sheet.part.isEmpty() && source.m_package.contains(sheet.part)) {
            auto extent = sizeOfSheet(source.m_package, sheet.part);
            if (!extent)
                return source.failure(extent.error());
            size.rows = extent->first;
            size.columns = extent->second;
        }
        out << size;
    }
    return out;
}

Status XlsxSource::chooseSheet()
{
    const QVector<XlsxSheet> &sheets = m_workbook.sheets();
    if (m_chosenSheet.isEmpty()) {
        m_sheet = sheets.first();
        return {};
    }
    // A name first, so that a sheet called "2" is found by its name.
    for (const XlsxSheet &s : sheets) {
        if (s.name == m_chosenSheet) {
            m_sheet = s;
            return {};
        }
    }
    bool number = false;
    const int index = m_chosenSheet.toInt(&number);
    if (number && index >= 1 && index <= sheets.size()) {
        m_sheet = sheets.at(index - 1);
        return {};
    }
    QStringList names;
    for (const XlsxSheet &s : sheets)
        names << s.name;
    return Error { tr("%1 has no sheet %2. Its sheets are: %3 (a name, or a number from 1 to %4).")
                       .arg(QDir::toNativeSeparators(m_path), m_chosenSheet,
                           names.join(QStringLiteral(", ")))
                       .arg(sheets.size()) };
}

Status XlsxSource::readSample()
{
    const QString shown = QDir::toNativeSeparators(m_path);
    XlsxSheetReader reader(m_workbook, m_layout);
    if (auto s = reader.open(m_package, m_sheet.part); !s)
        return failure(s.error());
    XlsxRow row;
    std::size_t bytes = 0;
    while (m_sample.size() < sampleRowCount && bytes < sampleBytes && reader.next(row)) {
        for (const std::string &c : row.cells)
            bytes += c.size();
        m_sample.push_back(row.cells);
    }
    if (auto s = reader.status(); !s)
        return failure(s.error());
    int matches = 0;
    m_headerRow = findHeaderRow(m_sample, m_chosenHeaderRow, &matches);
    if (m_headerRow <= 0 || static_cast<std::size_t>(m_headerRow) > m_sample.size()) {
        if (m_chosenHeaderRow > 0)
            return Error { tr("Sheet %1 of %2 has no row %3 to take the header from.")
                               .arg(m_sheet.name, shown)
                               .arg(m_chosenHeaderRow) };
        return Error { tr("Sheet %1 of %2 has no header row: none of its first %3 rows names a "
                          "measure column (整改措施, 整改任务, 具体措施 or 任务清单) next to other "
                          "known columns. Choose another sheet or the header row.")
                           .arg(m_sheet.name, shown)
                           .arg(headerSearchRows) };
    }
    m_columns = columnsOf(m_sample[static_cast<std::size_t>(m_headerRow - 1)], m_mapping);
    return {};
}

SourceDescription XlsxSource::description() const
{
    SourceDescription d;
    if (m_opened)
        d.details << SourceDetail { QStringLiteral("sheet"), tr("Sheet"), m_sheet.name,
            m_sheet.name };
    return d;
}

QVector<QStringList> XlsxSource::sampleRows(int rows, QVector<qint64> *rowNumbers) const
{
    return sampleRowsOf(m_sample, rows, rowNumbers);
}

bool XlsxSource::next(SourceRow &row)
{
    if (!m_reader)
        return false;
    do {
        if (!m_reader->next(m_row))
            return false;
    } while (m_row.number <= m_headerRow);
    row.number = m_row.number;
    row.cells.assign(m_row.cells.begin(), m_row.cells.end());
    row.problems = m_row.problems;
    row.unreadableCells = m_row.unreadableCells;
    row.incomplete = false;
    row.warnings = m_row.warnings;
    if (!m_warnedColumns) {
        // Hidden columns of the header are named once, on the header's row.
        m_warnedColumns = true;
        for (const auto &[first, last] : m_layout.hiddenColumns) {
            for (int c = first; c <= last && c < m_columns.size(); ++c) {
                row.warnings.push_back({ m_headerRow, c,
                    tr("the column is hidden in the workbook; its values are imported.") });
            }
        }
    }
    if (m_row.hidden && !row.isBlank())
        row.warnings.push_back(
            { row.number, -1, tr("the row is hidden in the workbook; it is imported.") });
    return true;
}

Status XlsxSource::status() const
{
    if (m_reader) {
        if (auto s = m_reader->status(); !s)
            return failure(s.error());
    }
    return {};
}

qint64 XlsxSource::bytesRead() const
{
    // The sheet's inflated bytes, as a part of the file's size.
    if (!m_reader || m_reader->declaredSize() <= 0)
        return 0;
    return static_cast<qint64>(static_cast<double>(m_size)
        * static_cast<double>(m_reader->inflated())
        / static_cast<double>(m_reader->declaredSize()));
}

QByteArray XlsxSource::sha256()
{
    if (!m_sha256.isEmpty())
        return m_sha256;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    Sha256 hash;
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(chunk.data(), chunk.size());
        if (n <= 0)
            break;
        hash.addData(QByteArrayView(chunk.constData(), n));
    }
    m_sha256 = hash.result();
    return m_sha256;
}

} // namespace rectify
