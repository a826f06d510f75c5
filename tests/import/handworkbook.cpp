// Hand-made workbooks for the reader's tests: the parts as given, zipped.
#include "tests/import/handworkbook.h"

#include <QFile>
#include <gtest/gtest.h>
#include <zip.h>

namespace rectify::test {

void writeZip(const QString &path, const std::map<std::string, QByteArray> &parts)
{
    int code = 0;
    zip_t *archive
        = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    ASSERT_NE(archive, nullptr);
    for (const auto &[name, bytes] : parts) {
        zip_source_t *source = zip_source_buffer(
            archive, bytes.constData(), static_cast<zip_uint64_t>(bytes.size()), 0);
        ASSERT_GE(zip_file_add(archive, name.c_str(), source, ZIP_FL_OVERWRITE), 0);
    }
    ASSERT_EQ(zip_close(archive), 0);
}

namespace {

const QByteArray workbookXml
    = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook "
      "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
      "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
      "<workbookPr%1/><sheets><sheet name=\"台账\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
      "</workbook>";
const QByteArray relsXml
    = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
      "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" "
      "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
      "Target=\"worksheets/sheet1.xml\"/></Relationships>";

} // namespace

std::map<std::string, QByteArray> handWritten(const QByteArray &sheet, bool date1904)
{
    QByteArray book = workbookXml;
    book.replace("%1", date1904 ? " date1904=\"1\"" : "");
    return {
        { "xl/workbook.xml", book },
        { "xl/_rels/workbook.xml.rels", relsXml },
        { "xl/styles.xml",
            "<styleSheet><numFmts><numFmt numFmtId=\"164\" formatCode=\"[$-804]yyyy/m/d\"/>"
            "<numFmt numFmtId=\"165\" formatCode=\"0.0&quot;天&quot;\"/></numFmts>"
            "<cellStyleXfs><xf numFmtId=\"14\"/></cellStyleXfs><cellXfs><xf numFmtId=\"0\"/>"
            "<xf numFmtId=\"14\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/></cellXfs>"
            "</styleSheet>" },
        { "xl/sharedStrings.xml",
            "<sst><si><t>整改措施</t></si><si><r><t>反馈</t></r><r><rPr/><t>问题</t></r>"
            "<rPh><t>ハンシ</t></rPh></si><si><t>序号</t></si><si><t>a_x000D_b</t></si></sst>" },
        { "xl/worksheets/sheet1.xml",
            "<?xml version=\"1.0\"?><worksheet "
            "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + sheet + "</worksheet>" },
    };
}

} // namespace rectify::test
