// Excel workbooks read directly: the cells as the ledger should read them, merged
// problem cells, dates, sheets, and every workbook that is refused, by name.
#include "import/importer.h"
#include "import/xlsxsheetreader.h"
#include "import/xlsxsource.h"
#include "import/xlsxworkbook.h"
#include "tests/import/handworkbook.h"
#include "tests/support/templedger.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <map>
#include <xlsxwriter.h>

using rectify::ImportOptions;
using rectify::ImportReport;
using rectify::Inspection;
using rectify::RowSource;
using rectify::SourceRow;
using rectify::XlsxSheetReader;
using rectify::XlsxSource;
using rectify::XlsxWorkbook;
using rectify::test::handWritten;
using rectify::test::TempLedger;
using rectify::test::writeZip;

namespace {

const char *const headers[]
    = { "序号", "问题类别", "反馈问题", "整改措施", "牵头单位", "整改时限", "完成情况" };

// The ledger of the tests, as an office keeps it in Excel: a title merged over the
// columns, the header, problem 1 merged down its three tasks (its number stored as
// text), typed dates in two formats, problem 2 on one row with a real number.
void writeLedgerSheet(lxw_workbook *book, lxw_worksheet *sheet)
{
    lxw_format *date = workbook_add_format(book);
    format_set_num_format(date, "yyyy-mm-dd");
    lxw_format *chineseDate = workbook_add_format(book);
    format_set_num_format(chineseDate, "yyyy\"年\"m\"月\"d\"日\"");
    worksheet_merge_range(sheet, 0, 0, 0, 6, "2023年巡视反馈意见整改落实台账", nullptr);
    for (lxw_col_t c = 0; c < 7; ++c)
        worksheet_write_string(sheet, 1, c, headers[c], nullptr);
    worksheet_merge_range(sheet, 2, 0, 4, 0, "1", nullptr);
    worksheet_merge_range(sheet, 2, 1, 4, 1, "政治建设", nullptr);
    worksheet_merge_range(sheet, 2, 2, 4, 2, "理论学习不深入", nullptr);
    worksheet_write_string(sheet, 2, 3, "建立第一议题学习制度", nullptr);
    worksheet_write_string(sheet, 3, 3, "开展专题学习", nullptr);
    worksheet_write_string(sheet, 4, 3, "完善考核办法", nullptr);
    worksheet_write_string(sheet, 2, 4, "办公室", nullptr);
    worksheet_write_string(sheet, 3, 4, "办公室", nullptr);
    worksheet_write_string(sheet, 4, 4, "组织部", nullptr);
    worksheet_write_number(sheet, 2, 5, 45291, date); // 2023-12-31
    worksheet_write_string(sheet, 3, 5, "长期坚持", nullptr);
    worksheet_write_number(sheet, 4, 5, 45473, chineseDate); // 2024-06-30
    worksheet_write_string(sheet, 2, 6, "已完成", nullptr);
    worksheet_write_string(sheet, 3, 6, "持续推进", nullptr);
    worksheet_write_number(sheet, 5, 0, 2, nullptr);
    worksheet_write_string(sheet, 5, 1, "作风建设", nullptr);
    worksheet_write_string(sheet, 5, 2, "调研不深入", nullptr);
    worksheet_write_string(sheet, 5, 3, "深入基层调研", nullptr);
    worksheet_write_string(sheet, 5, 4, "政策研究室", nullptr);
    worksheet_write_number(sheet, 5, 5, 45473.5, date);
    worksheet_write_string(sheet, 5, 6, "推进中", nullptr);
}

// The same ledger as Excel saves it as CSV: merged cells on their first row only.
const char *ledgerCsv = "2023年巡视反馈意见整改落实台账,,,,,,\n"
                        "序号,问题类别,反馈问题,整改措施,牵头单位,整改时限,完成情况\n"
                        "1,政治建设,理论学习不深入,建立第一议题学习制度,办公室,2023-12-31,已完成\n"
                        ",,,开展专题学习,办公室,长期坚持,持续推进\n"
                        ",,,完善考核办法,组织部,2024年6月30日,\n"
                        "2,作风建设,调研不深入,深入基层调研,政策研究室,2024-06-30,推进中\n";

class XlsxImport : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Inspection i;
        i.name = QStringLiteral("2023年省委巡视反馈");
        i.feedbackDate = QDate(2023, 10, 10);
        auto id = m_ledger->addInspection(i);
        ASSERT_TRUE(id.ok()) << id.error().toStdString();
        m_options.inspectionId = *id;
        m_options.today = QDate(2024, 3, 15);
    }
    QString path(const char *name) const { return m_dir.filePath(QString::fromUtf8(name)); }
    QString ledgerWorkbook(const char *name = "ledger.xlsx", bool extraSheetFirst = false)
    {
        const QString file = path(name);
        lxw_workbook *book = workbook_new(QFile::encodeName(file).constData());
        if (extraSheetFirst) {
            lxw_worksheet *notes = workbook_add_worksheet(book, "说明");
            worksheet_write_string(notes, 0, 0, "本表为整改台账", nullptr);
        }
        writeLedgerSheet(book, workbook_add_worksheet(book, "台账"));
        EXPECT_EQ(workbook_close(book), LXW_NO_ERROR);
        return file;
    }
    QString bytes(const char *name, const QByteArray &content)
    {
        QFile f(path(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
        return f.fileName();
    }
    rectify::Result<ImportReport> analyse(const QString &file, TempLedger &ledger)
    {
        rectify::Importer importer(*ledger);
        return importer.analyse(file, m_options);
    }
    // Every row of a source below its header, cells joined by '|'.
    static QStringList rows(RowSource &source)
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
    // What the ledger holds, to compare two imports.
    static QString contents(TempLedger &ledger)
    {
        QSqlQuery q(ledger->database());
        EXPECT_TRUE(q.exec(QStringLiteral(
            "SELECT p.code, p.category, p.title, t.number, t.measure, t.deadline, "
            "t.long_term, t.status FROM tasks t JOIN problems p ON p.id = t.problem_id "
            "ORDER BY p.code, t.number")));
        QStringList all;
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < 8; ++i)
                row << q.value(i).toString();
            all << row.join(QLatin1Char('|'));
        }
        return all.join(QLatin1Char('\n'));
    }
    void expectRefused(const char *name, const char *words)
    {
        auto r = analyse(path(name), m_ledger);
        ASSERT_FALSE(r.ok()) << name;
        EXPECT_TRUE(r.error().contains(QString::fromUtf8(name))) << r.error().toStdString();
        EXPECT_TRUE(r.error().contains(QString::fromUtf8(words), Qt::CaseInsensitive))
            << r.error().toStdString();
    }

    QTemporaryDir m_dir;
    TempLedger m_ledger;
    ImportOptions m_options;
};

} // namespace

TEST(XlsxCells, SerialDatesInBothSystems)
{
    EXPECT_EQ(XlsxSheetReader::serialDate(45291, false), QStringLiteral("2023-12-31"));
    EXPECT_EQ(XlsxSheetReader::serialDate(45291.75, false), QStringLiteral("2023-12-31"));
    EXPECT_EQ(XlsxSheetReader::serialDate(1, false), QStringLiteral("1900-01-01"));
    EXPECT_EQ(XlsxSheetReader::serialDate(59, false), QStringLiteral("1900-02-28"));
    EXPECT_EQ(XlsxSheetReader::serialDate(60, false), QStringLiteral("1900-02-29"));
    EXPECT_EQ(XlsxSheetReader::serialDate(61, false), QStringLiteral("1900-03-01"));
    EXPECT_EQ(XlsxSheetReader::serialDate(0, true), QStringLiteral("1904-01-01"));
    EXPECT_EQ(XlsxSheetReader::serialDate(43829, true), QStringLiteral("2023-12-31"));
    EXPECT_TRUE(XlsxSheetReader::serialDate(-3, false).isEmpty());
    EXPECT_TRUE(XlsxSheetReader::serialDate(1e12, false).isEmpty());
}

TEST(XlsxCells, NumbersAsExcelShowsThem)
{
    EXPECT_EQ(XlsxSheetReader::numberText(QStringLiteral("3")), QStringLiteral("3"));
    EXPECT_EQ(XlsxSheetReader::numberText(QStringLiteral("3.0")), QStringLiteral("3"));
    EXPECT_EQ(XlsxSheetReader::numberText(QStringLiteral("2.5")), QStringLiteral("2.5"));
    EXPECT_EQ(
        XlsxSheetReader::numberText(QStringLiteral("0.30000000000000004")), QStringLiteral("0.3"));
    EXPECT_EQ(XlsxSheetReader::numberText(QStringLiteral("1E+3")), QStringLiteral("1000"));
}

TEST(XlsxCells, DateFormats)
{
    EXPECT_TRUE(XlsxWorkbook::isDateFormat(14, {}));
    EXPECT_TRUE(XlsxWorkbook::isDateFormat(22, {}));
    EXPECT_TRUE(XlsxWorkbook::isDateFormat(46, {}));
    EXPECT_FALSE(XlsxWorkbook::isDateFormat(0, {}));
    EXPECT_FALSE(XlsxWorkbook::isDateFormat(49, {}));
    EXPECT_TRUE(XlsxWorkbook::isDateFormat(164, u"yyyy\"年\"m\"月\"d\"日\""));
    EXPECT_TRUE(XlsxWorkbook::isDateFormat(164, u"[$-804]yyyy/m/d;@"));
    EXPECT_FALSE(XlsxWorkbook::isDateFormat(164, u"0.0\"天\""));
    EXPECT_FALSE(XlsxWorkbook::isDateFormat(164, u"\"day\"0"));
    EXPECT_FALSE(XlsxWorkbook::isDateFormat(164, u"[Red]0.00"));
    EXPECT_FALSE(XlsxWorkbook::isDateFormat(164, u"General"));
}

TEST(XlsxCells, References)
{
    int column = 0;
    qint64 row = 0;
    ASSERT_TRUE(XlsxSheetReader::parseReference(u"C7", &column, &row));
    EXPECT_EQ(column, 2);
    EXPECT_EQ(row, 7);
    ASSERT_TRUE(XlsxSheetReader::parseReference(u"XFD1048576", &column, &row));
    EXPECT_EQ(column, 16383);
    EXPECT_EQ(row, 1048576);
    EXPECT_FALSE(XlsxSheetReader::parseReference(u"XFE1", &column, &row));
    EXPECT_FALSE(XlsxSheetReader::parseReference(u"A1048577", &column, &row));
    EXPECT_FALSE(XlsxSheetReader::parseReference(u"A99999999999999999999", &column, &row));
    EXPECT_FALSE(XlsxSheetReader::parseReference(u"A0", &column, &row));
    EXPECT_FALSE(XlsxSheetReader::parseReference(u"7", &column, &row));
}

TEST_F(XlsxImport, SameLedgerAsTheCsv)
{
    const QString xlsx = ledgerWorkbook();
    const QString csv = bytes("ledger.csv", ledgerCsv);
    rectify::Importer importer(*m_ledger);
    auto fromXlsx = importer.import(xlsx, m_options);
    ASSERT_TRUE(fromXlsx.ok()) << fromXlsx.error().toStdString();
    EXPECT_TRUE(fromXlsx->committed) << fromXlsx->text().toStdString();
    EXPECT_EQ(fromXlsx->errorCount, 0) << fromXlsx->text().toStdString();

    TempLedger other;
    Inspection i;
    i.name = QStringLiteral("2023年省委巡视反馈");
    i.feedbackDate = QDate(2023, 10, 10);
    auto id = other->addInspection(i);
    ASSERT_TRUE(id.ok());
    ImportOptions options = m_options;
    options.inspectionId = *id;
    rectify::Importer csvImporter(*other);
    auto fromCsv = csvImporter.import(csv, options);
    ASSERT_TRUE(fromCsv.ok()) << fromCsv.error().toStdString();
    EXPECT_EQ(fromCsv->errorCount, 0) << fromCsv->text().toStdString();

    EXPECT_EQ(fromXlsx->headerRow, 2);
    EXPECT_EQ(fromXlsx->headerRow, fromCsv->headerRow);
    EXPECT_EQ(fromXlsx->dataRows, fromCsv->dataRows);
    EXPECT_EQ(fromXlsx->blankRows, fromCsv->blankRows);
    EXPECT_EQ(fromXlsx->importedRows, 4);
    EXPECT_EQ(fromXlsx->importedRows, fromCsv->importedRows);
    EXPECT_EQ(fromXlsx->problems.added, 2);
    EXPECT_EQ(fromXlsx->problems.added, fromCsv->problems.added);
    EXPECT_EQ(fromXlsx->tasks.added, 4);
    EXPECT_EQ(fromXlsx->tasks.added, fromCsv->tasks.added);
    EXPECT_EQ(fromXlsx->warningCount, fromCsv->warningCount) << fromXlsx->text().toStdString();
    EXPECT_EQ(contents(m_ledger), contents(other));
    EXPECT_TRUE(contents(m_ledger).contains(QStringLiteral("完善考核办法|2024-06-30")));
    EXPECT_EQ(fromXlsx->sha256.size(), 32);
}

TEST_F(XlsxImport, MergedProblemIsInEachOfItsRows)
{
    XlsxSource source(ledgerWorkbook(), m_options);
    ASSERT_TRUE(source.open().ok());
    EXPECT_EQ(source.headerRow(), 2);
    EXPECT_EQ(source.sheetName(), QStringLiteral("台账"));
    const QStringList all = rows(source);
    ASSERT_EQ(all.size(), 4);
    EXPECT_EQ(all.at(0),
        QStringLiteral(
            "3:1|政治建设|理论学习不深入|建立第一议题学习制度|办公室|2023-12-31|已完成"));
    EXPECT_EQ(all.at(1),
        QStringLiteral("4:1|政治建设|理论学习不深入|开展专题学习|办公室|长期坚持|持续推进"));
    EXPECT_EQ(
        all.at(2), QStringLiteral("5:1|政治建设|理论学习不深入|完善考核办法|组织部|2024-06-30"));
    EXPECT_EQ(all.at(3),
        QStringLiteral("6:2|作风建设|调研不深入|深入基层调研|政策研究室|2024-06-30|推进中"));
}

TEST_F(XlsxImport, SheetByNameAndNumber)
{
    const QString file = ledgerWorkbook("two.xlsx", true);
    auto first = analyse(file, m_ledger);
    ASSERT_FALSE(first.ok());
    EXPECT_TRUE(first.error().contains(QStringLiteral("说明"))) << first.error().toStdString();
    m_options.sheet = QStringLiteral("台账");
    auto byName = analyse(file, m_ledger);
    ASSERT_TRUE(byName.ok()) << byName.error().toStdString();
    EXPECT_EQ(byName->tasks.added, 4);
    m_options.sheet = QStringLiteral("2");
    auto byNumber = analyse(file, m_ledger);
    ASSERT_TRUE(byNumber.ok()) << byNumber.error().toStdString();
    EXPECT_EQ(byNumber->tasks.added, 4);
    m_options.sheet = QStringLiteral("汇总");
    auto unknown = analyse(file, m_ledger);
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().contains(QStringLiteral("two.xlsx")));
    EXPECT_TRUE(unknown.error().contains(QStringLiteral("说明, 台账")))
        << unknown.error().toStdString();
    m_options.sheet = QStringLiteral("3");
    EXPECT_FALSE(analyse(file, m_ledger).ok());
}

TEST_F(XlsxImport, CellKindsHiddenRowsAndGaps)
{
    writeZip(path("kinds.xlsx"),
        handWritten(
            "<cols><col min=\"2\" max=\"2\" hidden=\"1\"/></cols><sheetData>"
            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>2</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
            "<c r=\"C1\" t=\"s\"><v>0</v></c><c r=\"D1\" t=\"inlineStr\"><is><t>整改时限</t>"
            "</is></c></row>"
            "<row r=\"2\" hidden=\"1\"><c r=\"A2\"><v>1.0</v></c><c r=\"B2\" t=\"s\"><v>3</v>"
            "</c><c r=\"C2\" t=\"b\"><v>1</v></c><c r=\"D2\" s=\"1\"><v>45291</v></c></row>"
            "<row r=\"5\"><c r=\"A5\" s=\"3\"><v>2.5</v></c><c r=\"C5\" t=\"str\"><f>A1</f>"
            "<v>措施</v></c><c r=\"D5\" s=\"2\"><v>45473</v></c><c r=\"E5\"><f>1+1</f></c>"
            "</row></sheetData><mergeCells count=\"1\"><mergeCell ref=\"C5:C6\"/>"
            "</mergeCells>"));
    XlsxSource source(path("kinds.xlsx"), m_options);
    const auto opened = source.open();
    ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    EXPECT_EQ(source.headerRow(), 1);
    EXPECT_EQ(source.columns().at(1).header, QStringLiteral("反馈问题"));
    SourceRow row;
    QStringList warnings;
    QStringList all;
    while (source.next(row)) {
        QStringList cells;
        for (std::string_view c : row.cells)
            cells << QString::fromUtf8(c.data(), static_cast<qsizetype>(c.size()));
        all << QString::number(row.number) + QLatin1Char(':') + cells.join(QLatin1Char('|'));
        for (const auto &w : row.warnings)
            warnings << QString::number(w.row) + QLatin1Char('/') + QString::number(w.column);
    }
    EXPECT_EQ(all,
        QStringList({ QStringLiteral("2:1|a\rb|TRUE|2023-12-31"), QStringLiteral("3:"),
            QStringLiteral("4:"), QStringLiteral("5:2.5||措施|2024-06-30"),
            QStringLiteral("6:||措施") }));
    // The hidden column B on the header's row, the hidden row 2, the formula of E5.
    EXPECT_EQ(warnings,
        QStringList({ QStringLiteral("1/1"), QStringLiteral("2/-1"), QStringLiteral("5/4") }));
    EXPECT_TRUE(source.status().ok());
}

TEST_F(XlsxImport, Date1904System)
{
    writeZip(path("mac.xlsx"),
        handWritten("<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" "
                    "t=\"s\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\" s=\"1\"><v>43829</v></c>"
                    "</row></sheetData>",
            true));
    XlsxSource source(path("mac.xlsx"), m_options);
    ASSERT_TRUE(source.open().ok());
    EXPECT_EQ(rows(source), QStringList({ QStringLiteral("2:2023-12-31") }));
}

TEST_F(XlsxImport, OldAndOtherSpreadsheetsAreRefusedByName)
{
    bytes("old.xls", QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0'));
    expectRefused("old.xls", ".xlsx");
    // An encrypted .xlsx is such a compound file too.
    bytes("locked.xlsx", QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0'));
    expectRefused("locked.xlsx", "password");
    bytes("wps.et", QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0'));
    expectRefused("wps.et", "WPS");
    writeZip(
        path("calc.ods"), { { "mimetype", "application/vnd.oasis.opendocument.spreadsheet" } });
    expectRefused("calc.ods", "OpenDocument");
    writeZip(
        path("renamed.xlsx"), { { "mimetype", "application/vnd.oasis.opendocument.spreadsheet" } });
    expectRefused("renamed.xlsx", "OpenDocument");
}

TEST_F(XlsxImport, DamagedPackagesAreRefusedByName)
{
    bytes("text.xlsx", "序号,整改措施\n1,措施\n");
    expectRefused("text.xlsx", "zip");
    const QByteArray whole = rectify::test::readAll(ledgerWorkbook("whole.xlsx"));
    bytes("cut.xlsx", whole.left(whole.size() / 2));
    expectRefused("cut.xlsx", "truncated");
    auto parts = handWritten("<sheetData/>");
    parts.erase("xl/worksheets/sheet1.xml");
    writeZip(path("nosheet.xlsx"), parts);
    expectRefused("nosheet.xlsx", "sheet");
    writeZip(path("nobook.xlsx"), { { "docProps/app.xml", "<Properties/>" } });
    expectRefused("nobook.xlsx", "xl/workbook.xml");
}

TEST_F(XlsxImport, HostilePackagesAreRefusedByName)
{
    // A document type with entities (the billion laughs start so).
    auto dtd = handWritten("<sheetData/>");
    dtd["xl/workbook.xml"] = "<?xml version=\"1.0\"?><!DOCTYPE workbook [<!ENTITY a \"aaaa\">"
                             "<!ENTITY b \"&a;&a;&a;&a;\">]><workbook><sheets><sheet name=\"&b;\" "
                             "r:id=\"rId1\"/></sheets></workbook>";
    writeZip(path("dtd.xlsx"), dtd);
    expectRefused("dtd.xlsx", "document type");
    // Shared strings that say they are larger than any ledger's.
    auto big = handWritten("<sheetData/>");
    big["xl/sharedStrings.xml"] = QByteArray((qint64(64) << 20) + 1024, ' ');
    writeZip(path("bigstrings.xlsx"), big);
    expectRefused("bigstrings.xlsx", "MiB");
    // A sheet that inflates thousands of times.
    auto bomb = handWritten(QByteArray(8 << 20, ' '));
    writeZip(path("bomb.xlsx"), bomb);
    expectRefused("bomb.xlsx", "inflate");
    // Cells and rows beyond XFD1048576: refused without a row or column allocated.
    writeZip(path("wide.xlsx"),
        handWritten("<sheetData><row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row></sheetData>"));
    expectRefused("wide.xlsx", "XFE1");
    writeZip(path("deep.xlsx"),
        handWritten("<sheetData><row r=\"99999999999\"><c><v>1</v></c></row></sheetData>"));
    expectRefused("deep.xlsx", "99999999999");
    writeZip(path("mergefar.xlsx"),
        handWritten("<sheetData/><mergeCells><mergeCell ref=\"A1:A9999999\"/></mergeCells>"));
    expectRefused("mergefar.xlsx", "A1:A9999999");
    writeZip(path("badxml.xlsx"), handWritten("<sheetData><row></sheetData>"));
    expectRefused("badxml.xlsx", "XML");
}

TEST_F(XlsxImport, ChosenByContentWhateverTheName)
{
    const QByteArray whole = rectify::test::readAll(ledgerWorkbook("real.xlsx"));
    const QString misnamed = bytes("saved-as.csv", whole);
    EXPECT_TRUE(XlsxSource::handles(misnamed));
    EXPECT_FALSE(XlsxSource::handles(bytes("plain.csv", ledgerCsv)));
    auto r = analyse(misnamed, m_ledger);
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    EXPECT_EQ(r->tasks.added, 4);
}

TEST_F(XlsxImport, CliDryRunAsJsonAndSheetOption)
{
    const QString file = ledgerWorkbook("cli.xlsx", true);
    auto run = [&](QStringList args) {
        args.prepend(path("cli.sqlite")); // the server case is importcli_test's
        args.prepend(QStringLiteral("--db"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), path("data"));
        env.insert(QStringLiteral("RECTIFY_LANG"), QStringLiteral("en"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(RECTIFY_CLI_PATH), args);
        EXPECT_TRUE(p.waitForFinished(60000));
        return std::make_pair(
            p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()));
    };
    const auto [code, out] = run({ QStringLiteral("import"), file, QStringLiteral("--sheet"),
        QStringLiteral("台账"), QStringLiteral("--dry-run"), QStringLiteral("--json") });
    ASSERT_EQ(code, 0) << out.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(out.toUtf8()).object();
    EXPECT_TRUE(o.value(QStringLiteral("dryRun")).toBool());
    EXPECT_EQ(o.value(QStringLiteral("sheet")).toString(), QStringLiteral("台账"))
        << out.toStdString();
    const auto [missing, said] = run({ QStringLiteral("import"), file, QStringLiteral("--sheet"),
        QStringLiteral("9"), QStringLiteral("--dry-run") });
    EXPECT_NE(missing, 0);
    EXPECT_TRUE(said.contains(QStringLiteral("cli.xlsx"))) << said.toStdString();
    EXPECT_TRUE(said.contains(QStringLiteral("说明, 台账"))) << said.toStdString();
}

// The wizard's sheet sizes: from <dimension> when it gives a range, otherwise
// (no dimension, or a single-cell one as some writers leave) by reading the rows.
TEST_F(XlsxImport, SheetSizesWithAndWithoutADimension)
{
    const QByteArray rows = "<sheetData>"
                            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>2</v></c></row>"
                            "<row r=\"4\"><c r=\"B4\"><v>1</v></c><c r=\"E4\"><v>2</v></c></row>"
                            "</sheetData>";
    const struct
    {
        const char *file;
        QByteArray sheet;
        qint64 rows;
        int columns;
    } cases[] = {
        { "ranged.xlsx", "<dimension ref=\"A1:D9\"/>" + rows, 9, 4 },
        { "none.xlsx", rows, 4, 5 },
        { "single.xlsx", "<dimension ref=\"A1\"/>" + rows, 4, 5 },
    };
    for (const auto &c : cases) {
        writeZip(path(c.file), handWritten(c.sheet));
        const auto sizes = XlsxSource::sheetSizes(path(c.file));
        ASSERT_TRUE(sizes.ok()) << c.file << ": " << sizes.error().toStdString();
        ASSERT_EQ(sizes->size(), 1) << c.file;
        EXPECT_EQ(sizes->first().name, QStringLiteral("台账")) << c.file;
        EXPECT_EQ(sizes->first().rows, c.rows) << c.file;
        EXPECT_EQ(sizes->first().columns, c.columns) << c.file;
    }
    // Not a workbook: refused as an import would refuse it, naming the file.
    const QString text = bytes("plain.xlsx", "序号,反馈问题\n");
    const auto refused = XlsxSource::sheetSizes(text);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("plain.xlsx")))
        << refused.error().toStdString();
}
