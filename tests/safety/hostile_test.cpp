// Hostile text in every exported field: stored verbatim, exported verbatim in both
// CSV encodings and in the workbook.
#include "export/csvexporter.h"
#include "export/exportrows.h"
#include "export/xlsxexporter.h"
#include "tests/safety/safetysupport.h"
#include "tests/support/templedger.h"

#include <QDir>
#include <QProcess>
#include <QStringDecoder>
#include <gtest/gtest.h>

using namespace rectify;
using namespace rectify::test;

namespace {

QStringList hostileTexts()
{
    return {
        QStringLiteral("'); DROP TABLE tasks;--"),
        QString::fromUcs4(
            U"家庭\U0001F468\u200D\U0001F469\u200D\U0001F467 国旗\U0001F1E8\U0001F1F3"),
        QStringLiteral("e\u0301\u0323 整\u0300改"), // combining marks
        QStringLiteral("\u200F\u0627\u0644\u0639\u0631\u0628\u064A\u0629\u200E abc "
                       "\u202E反转\u202C"), // RTL marks and an override
        QStringLiteral("\"引号\", 逗号\r\n换行"),
        QStringLiteral("=cmd|' /C calc'!A0"),
        QStringLiteral("<b>&amp;</b> \\ %s %n"),
        QStringLiteral("\uFEFF零宽"),
    };
}

} // namespace

TEST(Hostile, TextIsStoredAndExportedVerbatim)
{
    const QStringList h = hostileTexts();
    TempLedger l;
    auto inspection = l->defaultInspection();
    ASSERT_TRUE(inspection.ok());
    Problem p;
    p.inspectionId = inspection->id;
    p.code = h.at(0);
    p.category = h.at(1);
    p.title = h.at(4);
    auto pid = l->addProblem(p);
    ASSERT_TRUE(pid.ok()) << pid.error().toStdString();
    Task t;
    t.problemId = *pid;
    t.measure = h.at(5);
    t.target = h.at(2);
    t.remarks = h.at(6) + h.at(7);
    t.deadline = QDate(2024, 3, 31);
    t.responsibilities.leaders = { h.at(3) };
    t.responsibilities.leadUnits = { h.at(0) };
    t.responsibilities.coUnits = { h.at(1), h.at(2) };
    t.responsibilities.persons = { h.at(6) };
    auto tid = l->addTask(t);
    ASSERT_TRUE(tid.ok()) << tid.error().toStdString();
    ProgressEntry e;
    e.taskId = *tid;
    e.date = QDate(2024, 3, 1);
    e.text = h.at(3);
    ASSERT_TRUE(l->addProgress(e).ok());

    // Stored verbatim, and the tables are all still there.
    auto back = l->task(*tid);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->measure, t.measure);
    EXPECT_EQ(back->target, t.target);
    EXPECT_EQ(back->remarks, t.remarks);
    EXPECT_EQ(back->responsibilities, t.responsibilities);
    EXPECT_EQ(l->problem(*pid)->title, p.title);
    EXPECT_EQ(l->problem(*pid)->code, p.code);
    EXPECT_EQ(scalar(*l, QStringLiteral("SELECT count(*) FROM tasks")), QStringLiteral("1"));

    // The expected record, cell by cell.
    const QStringList cells = { h.at(0), h.at(1), h.at(4), h.at(5), h.at(2), h.at(3), h.at(0),
        h.at(1) + QStringLiteral("、") + h.at(2), h.at(6), QStringLiteral("2024-03-31"),
        QStringLiteral("2024-03-01 ") + h.at(3), QStringLiteral("未启动"), QString(), QString(),
        h.at(6) + h.at(7) };
    const QString expected = CsvExporter::record(LedgerExport::headers())
        + QStringLiteral("%1,%2,\"%3\",'%4,%5,%6,%7,%8,%9,")
              .arg(h.at(0), h.at(1),
                  QString(h.at(4)).replace(QStringLiteral("\""), QStringLiteral("\"\"")), h.at(5),
                  h.at(2), h.at(3), h.at(0), cells.at(7), h.at(6))
        + QStringLiteral("2024-03-31,2024-03-01 %1,未启动,,,%2\r\n").arg(h.at(3), cells.at(14));
    EXPECT_EQ(
        CsvExporter::record(cells), expected.mid(expected.indexOf(QStringLiteral("\r\n")) + 2));

    CsvExporter::Options o;
    o.encoding = CsvExporter::Encoding::Utf8Bom;
    const QString utf8 = QDir(l.dir()).filePath(QStringLiteral("h8.csv"));
    ASSERT_TRUE(CsvExporter::write(*l, utf8, o).ok());
    EXPECT_EQ(readAll(utf8), QByteArray("\xEF\xBB\xBF") + expected.toUtf8());

    o.encoding = CsvExporter::Encoding::Gb18030;
    const QString gb = QDir(l.dir()).filePath(QStringLiteral("gb.csv"));
    ASSERT_TRUE(CsvExporter::write(*l, gb, o).ok());
    QStringDecoder decoder("GB18030");
    ASSERT_TRUE(decoder.isValid());
    const QString decoded = decoder.decode(readAll(gb));
    EXPECT_FALSE(decoder.hasError());
    EXPECT_EQ(decoded, expected);

    // The workbook keeps every string as it is (XML-escaped inside the file).
    const QString xlsx = QDir(l.dir()).filePath(QStringLiteral("h.xlsx"));
    XlsxExporter::Options x;
    x.today = QDate(2024, 3, 15);
    ASSERT_TRUE(XlsxExporter::write(*l, xlsx, x).ok());
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"),
        { QStringLiteral("-p"), xlsx, QStringLiteral("xl/sharedStrings.xml") });
    ASSERT_TRUE(unzip.waitForFinished(30000));
    const QString shared = QString::fromUtf8(unzip.readAllStandardOutput());
    for (const QString &text : { h.at(0), h.at(1), h.at(2), h.at(3), h.at(5) })
        EXPECT_TRUE(shared.contains(text)) << text.toStdString();
    EXPECT_TRUE(shared.contains(QStringLiteral("&lt;b&gt;&amp;amp;&lt;/b&gt;")));
}
