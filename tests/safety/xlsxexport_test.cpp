// Excel export: the workbook is unzipped and its sheet XML read back.
#include "export/xlsxexporter.h"
#include "store/auditchain.h"
#include "tests/safety/safetysupport.h"
#include "tests/support/templedger.h"

#include <QDir>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

using namespace rectify;
using namespace rectify::test;

namespace {

QByteArray unzipMember(const QString &zip, const QString &member)
{
    QProcess p;
    p.start(QStringLiteral("unzip"), { QStringLiteral("-p"), zip, member });
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return p.readAllStandardOutput();
}

// A sheet read back: cell reference -> (style index, raw value or shared-string text).
struct Cell
{
    int style = 0;
    QString type;
    QString value;
};

struct Workbook
{
    QHash<QString, Cell> cells;
    QStringList strings;
    QVector<QString> fillOfStyle; // cellXfs index -> fill rgb ("" when none)
    QString sheetXml;
    QString stylesXml;
    bool wellFormed = true;

    QString text(const QString &ref) const
    {
        const Cell c = cells.value(ref);
        return c.type == QLatin1String("s") ? strings.value(c.value.toInt()) : c.value;
    }
    QString fill(const QString &ref) const { return fillOfStyle.value(cells.value(ref).style); }
};

Workbook readWorkbook(const QString &path)
{
    Workbook w;
    const QByteArray sheet = unzipMember(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    const QByteArray shared = unzipMember(path, QStringLiteral("xl/sharedStrings.xml"));
    const QByteArray styles = unzipMember(path, QStringLiteral("xl/styles.xml"));
    w.sheetXml = QString::fromUtf8(sheet);
    w.stylesXml = QString::fromUtf8(styles);

    QXmlStreamReader s(shared);
    QString current;
    bool inSi = false;
    while (!s.atEnd()) {
        s.readNext();
        if (s.isStartElement() && s.name() == QLatin1String("si")) {
            inSi = true;
            current.clear();
        } else if (s.isStartElement() && s.name() == QLatin1String("t") && inSi) {
            current += s.readElementText();
        } else if (s.isEndElement() && s.name() == QLatin1String("si")) {
            inSi = false;
            w.strings << current;
        }
    }
    w.wellFormed = w.wellFormed && !s.hasError();

    QXmlStreamReader x(sheet);
    QString ref;
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement() && x.name() == QLatin1String("c")) {
            ref = x.attributes().value(QLatin1String("r")).toString();
            Cell c;
            c.style = x.attributes().value(QLatin1String("s")).toInt();
            c.type = x.attributes().value(QLatin1String("t")).toString();
            w.cells.insert(ref, c);
        } else if (x.isStartElement() && x.name() == QLatin1String("v")) {
            w.cells[ref].value = x.readElementText();
        }
    }
    w.wellFormed = w.wellFormed && !x.hasError();

    QXmlStreamReader y(styles);
    QStringList fills;
    bool inFills = false;
    bool inXfs = false;
    while (!y.atEnd()) {
        y.readNext();
        if (y.isStartElement() && y.name() == QLatin1String("fills"))
            inFills = true;
        else if (y.isEndElement() && y.name() == QLatin1String("fills"))
            inFills = false;
        else if (inFills && y.isStartElement() && y.name() == QLatin1String("fill"))
            fills << QString();
        else if (inFills && y.isStartElement() && y.name() == QLatin1String("fgColor"))
            fills.last() = y.attributes().value(QLatin1String("rgb")).toString();
        else if (y.isStartElement() && y.name() == QLatin1String("cellXfs"))
            inXfs = true;
        else if (y.isEndElement() && y.name() == QLatin1String("cellXfs"))
            inXfs = false;
        else if (inXfs && y.isStartElement() && y.name() == QLatin1String("xf"))
            w.fillOfStyle << fills.value(y.attributes().value(QLatin1String("fillId")).toInt());
    }
    w.wellFormed = w.wellFormed && !y.hasError();
    return w;
}

} // namespace

TEST(XlsxExport, HeaderWidthsFrozenFilterDatesAndColours)
{
    TempLedger l;
    ASSERT_TRUE(seedSmallLedger(*l));
    const QString out = QDir(l.dir()).filePath(QStringLiteral("台账.xlsx"));
    XlsxExporter::Options o;
    o.today = QDate(2024, 6, 25); // task 3 (due 2024-06-30) is due soon
    auto written = XlsxExporter::write(*l, out, o);
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    EXPECT_EQ(*written, 3);

    const Workbook w = readWorkbook(out);
    ASSERT_TRUE(w.wellFormed);
    // Row 1: the title, merged across the columns; row 2: the header.
    EXPECT_TRUE(w.text(QStringLiteral("A1")).endsWith(QStringLiteral("整改台账")))
        << w.text(QStringLiteral("A1")).toStdString();
    EXPECT_TRUE(w.sheetXml.contains(QStringLiteral("<mergeCell ref=\"A1:O1\"/>")));
    const QStringList header
        = { QStringLiteral("序号"), QStringLiteral("问题类别"), QStringLiteral("反馈问题"),
              QStringLiteral("整改措施"), QStringLiteral("整改目标"), QStringLiteral("责任领导"),
              QStringLiteral("牵头单位"), QStringLiteral("配合单位"), QStringLiteral("责任人"),
              QStringLiteral("整改时限"), QStringLiteral("整改进展"), QStringLiteral("完成情况"),
              QStringLiteral("完成日期"), QStringLiteral("销号日期"), QStringLiteral("备注") };
    for (int c = 0; c < header.size(); ++c)
        EXPECT_EQ(w.text(QChar(u'A' + c) + QStringLiteral("2")), header.at(c)) << c;

    // The frozen header, the filter over every row and the column widths.
    EXPECT_TRUE(w.sheetXml.contains(QStringLiteral("ySplit=\"2\""))) << w.sheetXml.toStdString();
    EXPECT_TRUE(w.sheetXml.contains(QStringLiteral("state=\"frozen\"")));
    EXPECT_TRUE(w.sheetXml.contains(QStringLiteral("<autoFilter ref=\"A2:O5\"/>")));
    EXPECT_TRUE(w.sheetXml.contains(QStringLiteral("<col min=\"4\" max=\"4\" width=\"44.7")))
        << w.sheetXml.toStdString();
    // Printed A4 landscape, one page wide, the header row on every page.
    EXPECT_TRUE(w.sheetXml.contains(QStringLiteral("paperSize=\"9\"")));
    EXPECT_TRUE(w.sheetXml.contains(QStringLiteral("orientation=\"landscape\"")));
    EXPECT_TRUE(w.sheetXml.contains(QStringLiteral("fitToHeight=\"0\"")));
    const QByteArray book = unzipMember(out, QStringLiteral("xl/workbook.xml"));
    EXPECT_TRUE(book.contains("_xlnm.Print_Titles")) << book.toStdString();
    EXPECT_TRUE(book.contains("$2:$2")) << book.toStdString();
    // Problem 1 merged down its two task rows, problem 2 on its one row.
    for (const char *ref : { "A3:A4", "B3:B4", "C3:C4" })
        EXPECT_TRUE(
            w.sheetXml.contains(QStringLiteral("<mergeCell ref=\"%1\"/>").arg(QLatin1String(ref))))
            << ref;
    EXPECT_FALSE(w.sheetXml.contains(QStringLiteral("<mergeCell ref=\"A5")));

    // Row 3: the completed task, its deadline a real date (2023-12-31 = serial 45291).
    EXPECT_EQ(w.text(QStringLiteral("A3")), QStringLiteral("1"));
    EXPECT_EQ(w.text(QStringLiteral("D3")), QStringLiteral("修订学习制度，按季度通报"));
    EXPECT_EQ(w.text(QStringLiteral("H3")), QStringLiteral("组织部、宣传部"));
    EXPECT_EQ(w.cells.value(QStringLiteral("J3")).type, QString());
    EXPECT_EQ(w.cells.value(QStringLiteral("J3")).value, QStringLiteral("45291"));
    EXPECT_TRUE(w.stylesXml.contains(QStringLiteral("formatCode=\"yyyy-mm-dd\"")));
    EXPECT_EQ(w.text(QStringLiteral("K3")), QStringLiteral("2023-12-20 制度已印发"));
    EXPECT_EQ(w.text(QStringLiteral("L3")), QStringLiteral("已完成"));
    // Its completion date (2023-12-20) as a real date; no sign-off.
    EXPECT_EQ(w.cells.value(QStringLiteral("M3")).value, QStringLiteral("45280"));
    EXPECT_FALSE(w.cells.contains(QStringLiteral("N3")));
    // Row 4: long-term, as text; row 5: not started and due in five days.
    EXPECT_EQ(w.text(QStringLiteral("J4")), QStringLiteral("长期坚持"));
    EXPECT_EQ(w.text(QStringLiteral("L5")), QStringLiteral("未启动"));
    EXPECT_EQ(w.cells.value(QStringLiteral("J5")).value, QStringLiteral("45473"));

    EXPECT_EQ(w.fill(QStringLiteral("L3")), QStringLiteral("FFC6EFCE")); // done: green
    EXPECT_EQ(w.fill(QStringLiteral("L5")), QStringLiteral("FFFFEB9C")); // due soon: yellow
    // Long-term, last reported on 2024-01-10: stale after 30 days, orange.
    EXPECT_EQ(w.fill(QStringLiteral("L4")), QStringLiteral("FFF8CBAD"));

    // Later, the same task is overdue: red; a fresh report makes the long-term one uncoloured.
    o.today = QDate(2024, 7, 2);
    ProgressEntry e;
    e.taskId = 2;
    e.date = QDate(2024, 6, 28);
    e.text = QStringLiteral("六月学习一次");
    ASSERT_TRUE(l->addProgress(e).ok());
    ASSERT_TRUE(XlsxExporter::write(*l, out, o).ok());
    const Workbook later = readWorkbook(out);
    EXPECT_EQ(later.fill(QStringLiteral("L5")), QStringLiteral("FFFFC7CE"));
    EXPECT_EQ(later.fill(QStringLiteral("L4")), QString());
    EXPECT_EQ(later.text(QStringLiteral("K4")), QStringLiteral("2024-06-28 六月学习一次"));
}

TEST(XlsxExport, TextIsNeverAFormulaAndOddCharactersSurvive)
{
    TempLedger l;
    auto inspection = l->defaultInspection();
    ASSERT_TRUE(inspection.ok());
    Problem p;
    p.inspectionId = inspection->id;
    p.code = QStringLiteral("1");
    p.title = QStringLiteral("=HYPERLINK(\"http://example.invalid\",\"x\")");
    auto pid = l->addProblem(p);
    ASSERT_TRUE(pid.ok());
    Task t;
    t.problemId = *pid;
    t.measure = QStringLiteral("'); DROP TABLE tasks;-- <b>&amp;</b>");
    t.target = QStringLiteral("控制\u0001字符\u001F与制表\t符");
    t.remarks = QStringLiteral("\u200F\u0627\u0644 e\u0301 ")
        + QString::fromUcs4(U"\U0001F468\u200D\U0001F469");
    ASSERT_TRUE(l->addTask(t).ok());

    const QString out = QDir(l.dir()).filePath(QStringLiteral("odd.xlsx"));
    XlsxExporter::Options o;
    o.today = QDate(2024, 1, 1);
    ASSERT_TRUE(XlsxExporter::write(*l, out, o).ok());
    const Workbook w = readWorkbook(out);
    ASSERT_TRUE(w.wellFormed);
    EXPECT_FALSE(w.sheetXml.contains(QStringLiteral("<f>")));
    EXPECT_EQ(w.cells.value(QStringLiteral("C3")).type, QStringLiteral("s"));
    EXPECT_EQ(w.text(QStringLiteral("C3")), p.title);
    EXPECT_EQ(w.text(QStringLiteral("D3")), t.measure);
    EXPECT_EQ(w.text(QStringLiteral("O3")), t.remarks);
    // Control characters are stored in Excel's _xHHHH_ escape, which Excel decodes.
    const QString target = w.text(QStringLiteral("E3"));
    EXPECT_TRUE(target == t.target || target == QStringLiteral("控制_x0001_字符_x001F_与制表\t符"))
        << target.toStdString();
}

TEST(XlsxExport, OverlongCellIsRefusedWithRowAndColumnAndNoFileIsLeft)
{
    TempLedger l;
    ASSERT_TRUE(seedSmallLedger(*l));
    auto problems = l->problems();
    ASSERT_TRUE(problems.ok());
    auto tasks = l->tasks(problems->constLast().id);
    ASSERT_TRUE(tasks.ok());
    Task t = tasks->constFirst();
    t.remarks = QString(40000, QChar(u'长'));
    ASSERT_TRUE(l->updateTask(t).ok());

    const QString out = QDir(l.dir()).filePath(QStringLiteral("long.xlsx"));
    auto refused = XlsxExporter::write(*l, out, {});
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("row 5, column O")))
        << refused.error().toStdString();
    EXPECT_TRUE(refused.error().contains(QStringLiteral("long.xlsx")));
    EXPECT_EQ(
        QDir(l.dir()).entryList({ QStringLiteral("*long.xlsx*") }, QDir::Files | QDir::Hidden),
        QStringList());
}

// The workbook's properties state the audit anchor of the ledger it came from.
TEST(XlsxExport, PropertiesStateTheAuditAnchor)
{
    TempLedger l;
    ASSERT_TRUE(seedSmallLedger(*l));
    const QString out = QDir(l.dir()).filePath(QStringLiteral("anchor.xlsx"));
    ASSERT_TRUE(XlsxExporter::write(*l, out, {}).ok());
    auto head = AuditChain::head(*l);
    ASSERT_TRUE(head.ok());
    ASSERT_GT(head->entries, 0);
    const QString core = QString::fromUtf8(unzipMember(out, QStringLiteral("docProps/core.xml")));
    EXPECT_TRUE(core.contains(AuditChain::anchorText(head->entries, head->hash)))
        << core.toStdString();
}
