// The first look at a sheet (its merged ranges and hidden columns) without the
// rows: the bytes inside <sheetData> are passed over whatever the chunks they
// come in, its end tag found under any namespace prefix and never inside a
// comment or a CDATA section, and a sheet whose rows never end is refused
// without memory growing with it.
#include "import/xlsxpartreader.h"
#include "import/xlsxsource.h"
#include "tests/import/handworkbook.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstring>
#include <gtest/gtest.h>

using rectify::ImportOptions;
using rectify::SheetDataSkipDevice;
using rectify::SourceRow;
using rectify::XlsxSource;
using rectify::test::handWritten;
using rectify::test::writeZip;

namespace {

// What the XML reader is given of `part` when the source gives `chunk` bytes at
// a time and the reader asks for `read` bytes at a time.
QByteArray filtered(const QByteArray &part, qint64 chunk, qint64 read, bool *unterminated = nullptr)
{
    QByteArray copy = part;
    QBuffer source(&copy);
    source.open(QIODevice::ReadOnly);
    SheetDataSkipDevice device(&source, chunk);
    QByteArray out;
    QByteArray buffer(static_cast<qsizetype>(read), '\0');
    for (;;) {
        const qint64 n = device.read(buffer.data(), read);
        if (n <= 0)
            break;
        out.append(buffer.constData(), static_cast<qsizetype>(n));
    }
    if (unterminated)
        *unterminated = device.unterminated();
    return out;
}

// Every split of the part into chunks, and reads of one byte and of many.
void expectFilteredAs(const QByteArray &part, const QByteArray &expected)
{
    for (qint64 chunk = 1; chunk <= part.size() + 1; ++chunk) {
        for (const qint64 read : { qint64(1), qint64(7), qint64(16384) }) {
            ASSERT_EQ(filtered(part, chunk, read), expected)
                << "chunks of " << chunk << ", reads of " << read;
        }
    }
}

// Gives `size` bytes of rows after an opening <sheetData>, never its end: a
// part far larger than memory should hold, made as it is read.
class EndlessRows final : public QIODevice
{
public:
    explicit EndlessRows(qint64 size)
        : m_size(size)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        static const QByteArray start = "<worksheet><sheetData>";
        static const QByteArray row = "<row><c t=\"s\"><v>0</v></c></row>\n";
        qint64 n = 0;
        while (n < maxSize && m_given < m_size) {
            const bool first = m_given < start.size();
            const QByteArray &from = first ? start : row;
            const qint64 offset = first ? m_given : (m_given - start.size()) % row.size();
            const qint64 take = std::min({ from.size() - offset, maxSize - n, m_size - m_given });
            std::memcpy(data + n, from.constData() + offset, static_cast<std::size_t>(take));
            n += take;
            m_given += take;
        }
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    const qint64 m_size;
    qint64 m_given = 0;
};

class XlsxLayout : public ::testing::Test
{
protected:
    QString path(const char *name) const { return m_dir.filePath(QString::fromUtf8(name)); }
    // Every row below the header, cells joined by '|'.
    static QStringList rows(XlsxSource &source)
    {
        QStringList out;
        SourceRow row;
        while (source.next(row)) {
            QStringList cells;
            for (std::string_view c : row.cells)
                cells << QString::fromUtf8(c.data(), static_cast<qsizetype>(c.size()));
            out << QString::number(row.number) + QLatin1Char(':') + cells.join(QLatin1Char('|'));
        }
        return out;
    }

    QTemporaryDir m_dir;
    ImportOptions m_options;
};

// A header (序号, 反馈问题, 整改措施: shared strings 2, 1, 0) and one problem
// over two tasks, its number and text merged down both rows.
const QByteArray ledgerRows
    = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>2</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
      "<c r=\"C1\" t=\"s\"><v>0</v></c></row>"
      "<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"B2\" t=\"inlineStr\"><is><t>学习不深入</t>"
      "</is></c><c r=\"C2\" t=\"inlineStr\"><is><t>建立制度</t></is></c></row>"
      "<row r=\"3\"><c r=\"C3\" t=\"inlineStr\"><is><t>专题学习</t></is></c></row>";
const QByteArray ledgerMerges
    = "<mergeCells count=\"2\"><mergeCell ref=\"A2:A3\"/><mergeCell ref=\"B2:B3\"/></mergeCells>";
const QStringList ledgerRead
    = { QStringLiteral("2:1|学习不深入|建立制度"), QStringLiteral("3:1|学习不深入|专题学习") };

} // namespace

TEST(SheetDataSkip, LeavesOutTheRowsWhateverTheChunks)
{
    // A comment and a CDATA section that look like the tags, before and inside the
    // rows, a nested sheetData (no sheet has one), line breaks, attributes with '>'.
    const QByteArray before
        = "<?xml version=\"1.0\"?>\n<worksheet xmlns=\"m\"><!-- <sheetData> -->"
          "<cols><col min=\"2\" max=\"2\" hidden=\"1\"/></cols>\n<sheetData a=\">\" b='/>'>";
    const QByteArray inside = "\n<row r=\"1\"><c><v>1</v></c></row><!-- </sheetData> -->\n"
                              "<row><c t=\"str\"><v><![CDATA[</sheetData>]]]></v></c></row>"
                              "<?pi </sheetData> ?><sheetData><row/></sheetData ><sheetData/>"
                              "<x:sheetDatum/></x:sheetDatum>\n";
    const QByteArray after = "<mergeCells><mergeCell ref=\"A2:A3\"/></mergeCells></worksheet>\n";
    expectFilteredAs(
        before + inside + "</sheetData\n>" + after, before + "\n\n\n\n" + "</sheetData>" + after);
}

TEST(SheetDataSkip, AnyNamespacePrefix)
{
    const QByteArray before = "<x:worksheet xmlns:x=\"m\"><x:sheetData>";
    const QByteArray after = "<x:mergeCells/></x:worksheet>";
    expectFilteredAs(
        before + "<x:row r=\"1\"/></x:sheetData>" + after, before + "</x:sheetData>" + after);
}

TEST(SheetDataSkip, WithoutRowsOrADocumentTypeNothingIsLeftOut)
{
    for (const QByteArray &part : { QByteArray("<worksheet><sheetData/><mergeCells/></worksheet>"),
             QByteArray("<worksheet><sheetData /></worksheet>"),
             QByteArray("<!DOCTYPE worksheet [<!ENTITY a \"<sheetData>\">]><worksheet>"
                        "<sheetData><row/></sheetData></worksheet>"),
             QByteArray("<worksheet><sheetDataX><row/></sheetDataX></worksheet>") })
        expectFilteredAs(part, part);
}

TEST(SheetDataSkip, RowsWithoutAnEndAreSaidToBeSo)
{
    bool unterminated = false;
    EXPECT_EQ(filtered("<worksheet><sheetData>\n<row>", 3, 5, &unterminated),
        QByteArray("<worksheet><sheetData>\n"));
    EXPECT_TRUE(unterminated);
    EXPECT_EQ(filtered("<worksheet><sheetData></sheetData>", 3, 5, &unterminated),
        QByteArray("<worksheet><sheetData></sheetData>"));
    EXPECT_FALSE(unterminated);
    // 64 MiB of rows pass through one chunk's memory; only their line breaks are given.
    EndlessRows source(qint64(64) << 20);
    SheetDataSkipDevice device(&source);
    qint64 given = 0;
    qint64 newlines = 0;
    QByteArray buffer(16384, '\0');
    for (;;) {
        const qint64 n = device.read(buffer.data(), buffer.size());
        if (n <= 0)
            break;
        given += n;
        newlines += std::count(buffer.constData(), buffer.constData() + n, '\n');
    }
    EXPECT_TRUE(device.unterminated());
    EXPECT_EQ(given - newlines, qint64(sizeof("<worksheet><sheetData>") - 1));
    EXPECT_GT(device.skipped(), qint64(63) << 20);
}

TEST_F(XlsxLayout, MergedRangesAfterPrefixedRows)
{
    auto parts = handWritten({});
    QByteArray prefixed = "<x:sheetData>" + ledgerRows + "</x:sheetData>" + ledgerMerges;
    prefixed.replace("<row", "<x:row").replace("</row", "</x:row");
    prefixed.replace("<c ", "<x:c ").replace("</c>", "</x:c>");
    prefixed.replace("<v>", "<x:v>").replace("</v>", "</x:v>");
    prefixed.replace("<is>", "<x:is>").replace("</is>", "</x:is>");
    prefixed.replace("<t>", "<x:t>").replace("</t>", "</x:t>");
    prefixed.replace("<merge", "<x:merge").replace("</merge", "</x:merge");
    parts["xl/worksheets/sheet1.xml"] = "<?xml version=\"1.0\"?><x:worksheet xmlns:x=\""
                                        "http://schemas.openxmlformats.org/spreadsheetml/2006/"
                                        "main\">"
        + prefixed + "</x:worksheet>";
    writeZip(path("prefixed.xlsx"), parts);
    XlsxSource source(path("prefixed.xlsx"), m_options);
    const auto opened = source.open();
    ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    EXPECT_EQ(rows(source), ledgerRead);
    EXPECT_TRUE(source.status().ok());
}

// Out of the specification, but LibreOffice reads such ranges as merged (converted
// to .ods: number-rows-spanned), and so did the reader that tokenized everything.
TEST_F(XlsxLayout, MergedRangesBeforeTheRows)
{
    writeZip(path("early.xlsx"),
        handWritten(ledgerMerges + "<sheetData>" + ledgerRows + "</sheetData>"));
    XlsxSource source(path("early.xlsx"), m_options);
    const auto opened = source.open();
    ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    EXPECT_EQ(rows(source), ledgerRead);
}

// A sheet larger than the chunks it is read in, its end tag across two of them
// (64 KiB each), hidden column and hidden row warned of as before.
TEST_F(XlsxLayout, EndTagAcrossAChunkOfALargeSheet)
{
    QByteArray sheet
        = "<cols><col min=\"3\" max=\"3\" hidden=\"1\"/></cols><sheetData>" + ledgerRows;
    sheet.replace("<row r=\"3\">", "<row r=\"3\" hidden=\"1\">");
    const QByteArray head = "<?xml version=\"1.0\"?><worksheet "
                            "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
    // Padding rows, then a comment to put "</sheetData>" astride byte 65536.
    for (int r = 10; head.size() + sheet.size() < 60000; ++r)
        sheet += "<row r=\"" + QByteArray::number(r) + "\"/>";
    sheet += "<!--" + QByteArray(65536 - 4 - 3 - head.size() - sheet.size() - 6, ' ') + "-->";
    ASSERT_EQ(head.size() + sheet.size() + 6, 65536);
    sheet += "</sheetData>" + ledgerMerges;
    auto parts = handWritten(sheet);
    writeZip(path("large.xlsx"), parts);
    XlsxSource source(path("large.xlsx"), m_options);
    const auto opened = source.open();
    ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    SourceRow row;
    QStringList warnings;
    QStringList read;
    while (source.next(row)) {
        QStringList cells;
        for (std::string_view c : row.cells)
            cells << QString::fromUtf8(c.data(), static_cast<qsizetype>(c.size()));
        read << QString::number(row.number) + QLatin1Char(':') + cells.join(QLatin1Char('|'));
        for (const auto &w : row.warnings)
            warnings << QString::number(w.row) + QLatin1Char('/') + QString::number(w.column);
    }
    EXPECT_EQ(read.mid(0, 2), ledgerRead);
    EXPECT_EQ(warnings, QStringList({ QStringLiteral("1/2"), QStringLiteral("3/-1") }));
    EXPECT_TRUE(source.status().ok());
}

// Rows that never end (3 MiB of them): refused when the sheet is opened, naming
// the file and what is wrong, nothing read.
TEST_F(XlsxLayout, RowsThatNeverEndAreRefused)
{
    QByteArray rows = "<sheetData>";
    for (int r = 1; rows.size() < (3 << 20); ++r)
        rows += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"A" + QByteArray::number(r)
            + "\"><v>" + QByteArray::number(r * 7919 % 100003) + "</v></c></row>";
    auto parts = handWritten({});
    parts["xl/worksheets/sheet1.xml"] = "<?xml version=\"1.0\"?><worksheet "
                                        "xmlns=\"http://schemas.openxmlformats.org/"
                                        "spreadsheetml/2006/main\">"
        + rows;
    writeZip(path("endless.xlsx"), parts);
    XlsxSource source(path("endless.xlsx"), m_options);
    const auto opened = source.open();
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().contains(QStringLiteral("endless.xlsx")))
        << opened.error().toStdString();
    EXPECT_TRUE(opened.error().contains(QStringLiteral("<sheetData> has no end tag")))
        << opened.error().toStdString();
    SourceRow row;
    EXPECT_FALSE(source.next(row));
}
