// CSV export: quoting, formula neutralisation, encodings, byte for byte.
#include "export/csvexporter.h"
#include "export/exportrows.h"
#include "import/cellvalues.h"
#include "tests/safety/safetysupport.h"
#include "tests/support/templedger.h"

#include <QDir>
#include <QFile>
#include <QStringDecoder>
#include <gtest/gtest.h>

using namespace rectify;
using namespace rectify::test;

namespace {

const QString header
    = QStringLiteral("序号,问题类别,反馈问题,整改措施,整改目标,责任领导,牵头单位,"
                     "配合单位,责任人,整改时限,整改进展,完成情况,完成日期,销号日期,备注\r\n");

// The rows of the small seeded ledger, problem columns on every row.
const QString seededRows
    = QStringLiteral("1,党的建设,学习制度执行不严格,修订学习制度，按季度通报,制度落实,王强,办公室,"
                     "组织部、宣传部,赵敏,2023-12-31,2023-12-20 制度已印发,已完成,2023-12-20,,"
                     "已报送材料\r\n"
                     "1,党的建设,学习制度执行不严格,常态化开展专题学习,,,办公室,,,长期坚持,"
                     "2024-01-10 本季度学习两次,推进中,,,\r\n"
                     "2,作风建设,基层调研次数偏少,制定年度调研计划,,李红,政策研究室,,,2024-06-30,,"
                     "未启动,,,\r\n");

CsvExporter::Options options(CsvExporter::Encoding encoding, bool everyRow = true)
{
    CsvExporter::Options o;
    o.encoding = encoding;
    o.problemOnEveryRow = everyRow;
    return o;
}

} // namespace

TEST(CsvExport, FieldsAreQuotedPerRfc4180)
{
    EXPECT_EQ(CsvExporter::field(QString()), QString());
    EXPECT_EQ(CsvExporter::field(QStringLiteral("整改")), QStringLiteral("整改"));
    EXPECT_EQ(CsvExporter::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    EXPECT_EQ(CsvExporter::field(QStringLiteral("说\"好\"")), QStringLiteral("\"说\"\"好\"\"\""));
    EXPECT_EQ(CsvExporter::field(QStringLiteral("一\n二")), QStringLiteral("\"一\n二\""));
    EXPECT_EQ(CsvExporter::field(QStringLiteral("一\r\n二")), QStringLiteral("\"一\r\n二\""));
    EXPECT_EQ(CsvExporter::field(QStringLiteral(" 前后 ")), QStringLiteral("\" 前后 \""));
    // A full-width comma is text, not a separator.
    EXPECT_EQ(CsvExporter::field(QStringLiteral("一，二")), QStringLiteral("一，二"));
    EXPECT_EQ(CsvExporter::record({ QStringLiteral("a"), QString(), QStringLiteral("b,c") }),
        QStringLiteral("a,,\"b,c\"\r\n"));
}

TEST(CsvExport, FormulaStartsAreNeutralised)
{
    EXPECT_EQ(CsvExporter::field(QStringLiteral("=1+1")), QStringLiteral("'=1+1"));
    EXPECT_EQ(CsvExporter::field(QStringLiteral("+86 10")), QStringLiteral("'+86 10"));
    EXPECT_EQ(CsvExporter::field(QStringLiteral("-2")), QStringLiteral("'-2"));
    EXPECT_EQ(CsvExporter::field(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
    EXPECT_EQ(CsvExporter::field(QStringLiteral("\tx")), QStringLiteral("'\tx"));
    EXPECT_EQ(CsvExporter::field(QStringLiteral("\rx")), QStringLiteral("\"'\rx\""));
    EXPECT_EQ(CsvExporter::field(QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")),
        QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""));
    // Only the first character counts; text that merely contains them is left alone.
    EXPECT_EQ(CsvExporter::field(QStringLiteral("a=b-c")), QStringLiteral("a=b-c"));
    EXPECT_EQ(CsvExporter::field(QStringLiteral("'); DROP TABLE tasks;--")),
        QStringLiteral("'); DROP TABLE tasks;--"));
}

TEST(CsvExport, Utf8WithBomIsByteExact)
{
    TempLedger l;
    ASSERT_TRUE(seedSmallLedger(*l));
    const QString out = QDir(l.dir()).filePath(QStringLiteral("out.csv"));
    auto written = CsvExporter::write(*l, out, options(CsvExporter::Encoding::Utf8Bom));
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    EXPECT_EQ(*written, 3);
    const QByteArray expected = QByteArray("\xEF\xBB\xBF") + (header + seededRows).toUtf8();
    EXPECT_EQ(readAll(out), expected);
}

TEST(CsvExport, Gb18030IsByteExact)
{
    TempLedger l;
    auto inspection = l->defaultInspection();
    ASSERT_TRUE(inspection.ok());
    Problem p;
    p.inspectionId = inspection->id;
    p.code = QStringLiteral("1");
    p.category = QStringLiteral("纪律");
    p.title = QStringLiteral("=HYPERLINK(\"x\")");
    auto pid = l->addProblem(p);
    ASSERT_TRUE(pid.ok());
    Task t;
    t.problemId = *pid;
    t.measure = QStringLiteral("整改") + QString::fromUcs4(U"\U0001F600");
    t.target = QStringLiteral("e\u0301"); // e + combining acute accent
    t.deadline = QDate(2024, 1, 31);
    t.responsibilities.leaders = { QStringLiteral("\u200F\u0627") }; // RLM + alef
    ASSERT_TRUE(l->addTask(t).ok());

    const QString out = QDir(l.dir()).filePath(QStringLiteral("gb.csv"));
    auto written = CsvExporter::write(*l, out, options(CsvExporter::Encoding::Gb18030));
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    // Computed with an independent GB18030 encoder: emoji, combining marks and RTL
    // marks take the four-byte forms; no BOM.
    const QByteArray expected = QByteArray::fromHex(
        "d0f2bac52ccecacce2c0e0b1f02cb7b4c0a1cecacce22cd5fbb8c4b4ebcaa92cd5fbb8c4c4bfb1ea2cd4f0c8ce"
        "c1ecb5bc2cc7a3cdb7b5a5cebb2cc5e4bacfb5a5cebb2cd4f0c8cec8cb2cd5fbb8c4cab1cfde2cd5fbb8c4bdf8"
        "d5b92ccdeab3c9c7e9bff62ccdeab3c9c8d5c6da2ccffabac5c8d5c6da2cb1b8d7a20d0a312cbccdc2c92c2227"
        "3d48595045524c494e4b28222278222229222cd5fbb8c49439fc362c658130bc372c8136a531813183392c2c2c"
        "2c323032342d30312d33312c2cceb4c6f4b6af2c2c2c0d0a");
    EXPECT_EQ(readAll(out).toHex().toStdString(), expected.toHex().toStdString());
}

TEST(CsvExport, ProblemColumnsOnTheFirstRowOnly)
{
    TempLedger l;
    ASSERT_TRUE(seedSmallLedger(*l));
    const QString out = QDir(l.dir()).filePath(QStringLiteral("merged.csv"));
    ASSERT_TRUE(CsvExporter::write(*l, out, options(CsvExporter::Encoding::Utf8Bom, false)).ok());
    QString rows = seededRows;
    rows.replace(QStringLiteral("\r\n1,党的建设,学习制度执行不严格,常态化"),
        QStringLiteral("\r\n,,,常态化"));
    EXPECT_EQ(QString::fromUtf8(readAll(out).mid(3)), header + rows);
}

TEST(CsvExport, ProblemWithoutTasksIsNotLostAndFilterByInspection)
{
    TempLedger l;
    ASSERT_TRUE(seedSmallLedger(*l));
    Inspection audit;
    audit.name = QStringLiteral("审计反馈");
    auto aid = l->addInspection(audit);
    ASSERT_TRUE(aid.ok());
    Problem p;
    p.inspectionId = *aid;
    p.code = QStringLiteral("1");
    p.title = QStringLiteral("尚未制定措施的问题");
    ASSERT_TRUE(l->addProblem(p).ok());

    const QString all = QDir(l.dir()).filePath(QStringLiteral("all.csv"));
    auto n = CsvExporter::write(*l, all, options(CsvExporter::Encoding::Utf8Bom));
    ASSERT_TRUE(n.ok());
    EXPECT_EQ(*n, 4);
    EXPECT_TRUE(QString::fromUtf8(readAll(all))
                    .endsWith(QStringLiteral("1,,尚未制定措施的问题,,,,,,,,,,,,\r\n")));

    CsvExporter::Options only = options(CsvExporter::Encoding::Utf8Bom);
    only.inspectionId = *aid;
    const QString one = QDir(l.dir()).filePath(QStringLiteral("one.csv"));
    n = CsvExporter::write(*l, one, only);
    ASSERT_TRUE(n.ok());
    EXPECT_EQ(*n, 1);
}

TEST(CsvExport, EncodingNamesAndUnwritableTargets)
{
    EXPECT_EQ(
        *CsvExporter::encodingFromName(QStringLiteral("GB18030")), CsvExporter::Encoding::Gb18030);
    EXPECT_EQ(*CsvExporter::encodingFromName(QStringLiteral("utf-8-bom")),
        CsvExporter::Encoding::Utf8Bom);
    EXPECT_FALSE(CsvExporter::encodingFromName(QStringLiteral("latin1")).ok());

    TempLedger l;
    ASSERT_TRUE(seedSmallLedger(*l));
    const QString inFolder = QDir(l.dir()).filePath(QStringLiteral("ledger.sqlite/x.csv"));
    auto refused = CsvExporter::write(*l, inFolder, options(CsvExporter::Encoding::Utf8Bom));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("x.csv"))) << refused.error().toStdString();

    // An existing file is replaced only by a complete export.
    const QString target = QDir(l.dir()).filePath(QStringLiteral("keep.csv"));
    ASSERT_TRUE(writeBytes(target, QByteArrayLiteral("old")));
    ASSERT_TRUE(CsvExporter::write(*l, target, options(CsvExporter::Encoding::Gb18030)).ok());
    EXPECT_NE(readAll(target), QByteArrayLiteral("old"));
    EXPECT_EQ(QDir(l.dir()).entryList({ QStringLiteral("keep.csv*") }, QDir::Files | QDir::Hidden),
        QStringList { QStringLiteral("keep.csv") });
}

TEST(CsvExport, ImportUndoesOnlyTheNeutralisation)
{
    for (const char *text : { "=1+1", "+86", "-2", "@x", "\tx", "\rx" }) {
        const QByteArray neutral = CsvExporter::field(QString::fromUtf8(text)).toUtf8();
        // The reader has removed the quotes by the time cells are interpreted.
        const QByteArray cell
            = neutral.startsWith('"') ? neutral.mid(1, neutral.size() - 2) : neutral;
        EXPECT_EQ(std::string(unneutralise(std::string_view(cell.constData(), cell.size()))),
            std::string(text));
    }
    EXPECT_EQ(unneutralise("'保留"), std::string_view("'保留"));
    EXPECT_EQ(unneutralise("''=x"), std::string_view("''=x"));
    EXPECT_EQ(unneutralise("'"), std::string_view("'"));
}
