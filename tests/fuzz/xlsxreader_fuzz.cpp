// libFuzzer target for the workbook reader (XlsxSource: the zip package, the
// workbook, its shared strings and styles, the sheet's layout and rows). The first
// byte says what the other bytes are: a whole file, or one part of an otherwise
// well-formed workbook (the sheet, the shared strings, the styles, the workbook
// part). Build with clang: cmake -DRECTIFY_FUZZ=ON, then run
// tests/fuzz/xlsxreader_fuzz -dict=tests/fuzz/xlsx.dict [-max_total_time=60] [CORPUS_DIR].
#include "import/xlsxsource.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <zip.h>

namespace {

const char contentTypes[]
    = R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>)";
const char rootRels[]
    = R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>)";
const char workbook[]
    = R"(<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="台账" sheetId="1" r:id="rId1"/></sheets></workbook>)";
const char workbookRels[]
    = R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>)";
const char sheet[]
    = R"(<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:D3"/><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row><row r="2"><c r="A2"><v>1</v></c><c r="B2" t="inlineStr"><is><t>问题</t></is></c><c r="C2" t="s"><v>4</v></c><c r="D2" s="1"><v>45473</v></c></row><row r="3" hidden="1"><c r="C3" t="str"><f>A1</f><v>措施二</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="B2:B3"/></mergeCells></worksheet>)";
const char sharedStrings[]
    = R"(<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="5" uniqueCount="5"><si><t>序号</t></si><si><t>反馈问题</t></si><si><t>整改措施</t></si><si><t>整改时限</t></si><si><r><t>措施</t></r><r><t>一</t></r></si></sst>)";
const char styles[]
    = R"(<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>)";

struct Part
{
    const char *name;
    const char *text;
};
const Part parts[] = { { "[Content_Types].xml", contentTypes }, { "_rels/.rels", rootRels },
    { "xl/workbook.xml", workbook }, { "xl/_rels/workbook.xml.rels", workbookRels },
    { "xl/worksheets/sheet1.xml", sheet }, { "xl/sharedStrings.xml", sharedStrings },
    { "xl/styles.xml", styles } };
// The parts a fuzz input may stand for, after the whole file (0).
const int replaceable[] = { 4, 5, 6, 2 };

// Writes a workbook whose part `replace` (an index into parts, or -1) is `data`.
bool writeWorkbook(const QString &path, int replace, const std::string &data)
{
    int error = 0;
    zip_t *archive
        = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive)
        return false;
    for (int i = 0; i < int(std::size(parts)); ++i) {
        const std::string text = i == replace ? data : std::string(parts[i].text);
        // zip_source_buffer copies nothing: the text lives until zip_close, below.
        char *copy = static_cast<char *>(std::malloc(text.size() + 1));
        std::memcpy(copy, text.data(), text.size());
        zip_source_t *source = zip_source_buffer(archive, copy, text.size(), 1);
        if (!source || zip_file_add(archive, parts[i].name, source, ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(source);
            zip_discard(archive);
            return false;
        }
    }
    return zip_close(archive) == 0;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fuzz.xlsx"));
    const std::string bytes(reinterpret_cast<const char *>(data + 1), size - 1);
    const int mode = (data[0] & 0x7f) % 5;
    if (mode == 0) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(bytes.data(), static_cast<qint64>(bytes.size()));
    } else if (!writeWorkbook(path, replaceable[mode - 1], bytes)) {
        return 0;
    }
    (void)rectify::XlsxSource::sheetSizes(path);
    rectify::ImportOptions options;
    if (data[0] & 0x80)
        options.sheet = QStringLiteral("2");
    rectify::XlsxSource source(path, options);
    if (!source.open())
        return 0;
    rectify::SourceRow row;
    std::size_t rows = 0;
    while (source.next(row)) {
        // Rows come in order, each once.
        if (row.number <= 0 || ++rows > 1048576)
            __builtin_trap();
    }
    (void)source.status();
    return 0;
}
