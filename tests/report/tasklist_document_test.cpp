// The printed lists (整改任务清单, 责任清单): the filter chooses the rows, every
// chosen task exactly once in the ledger's order, the title and the filters above
// the table; the DOCX and ODT read back (landscape page, a header row that repeats),
// the PDF's header on every page, LibreOffice's own rendering of the DOCX.
#include "report/tasklistdocument.h"
#include "sample/sampleledger.h"
#include "search/taskquery.h"
#include "store/ledger.h"
#include "tests/report/packagereader.h"
#include "tests/support/templedger.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace rectify;
using namespace rectify::test;
using Kind = TaskListDocument::Kind;

namespace {

const QDate today(2024, 3, 15);

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

class TaskListDocumentTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(writeSampleLedger(*m_ledger, today).ok());
        auto all = m_ledger->inspections();
        ASSERT_TRUE(all.ok() && !all->isEmpty());
        m_inspection = all->first();
    }

    // The ids the task table would show for `filter`, in its order.
    QVector<qint64> expectedIds(const TaskFilter &filter)
    {
        auto ids = TaskQuery(today, AlertSettings {}).ids(*m_ledger, filter);
        EXPECT_TRUE(ids.ok());
        return ids.ok() ? *ids : QVector<qint64> {};
    }
    QStringList expectedRefs(const TaskFilter &filter)
    {
        auto rows = TaskQuery(today, AlertSettings {}).rows(*m_ledger, expectedIds(filter));
        EXPECT_TRUE(rows.ok());
        QStringList refs;
        for (const TaskRow &r : *rows)
            refs << TaskListDocument::taskReference(r.problemCode, r.number);
        return refs;
    }
    // A lead unit of some task, to filter by.
    QString someLeadUnit()
    {
        auto rows = TaskQuery(today, AlertSettings {}).rows(*m_ledger, expectedIds({}));
        EXPECT_TRUE(rows.ok());
        QMap<QString, int> counts;
        for (const TaskRow &r : *rows) {
            for (const QString &u : r.leadUnits)
                ++counts[u];
        }
        // The unit leading most tasks, so that the filter keeps several.
        QString best;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (best.isEmpty() || it.value() > counts.value(best))
                best = it.key();
        }
        return best;
    }

    TempLedger m_ledger;
    Inspection m_inspection;
};

} // namespace

TEST_F(TaskListDocumentTest, FilteredTasksEachOnceInTableOrder)
{
    TaskFilter filter;
    filter.unit = someLeadUnit();
    filter.leadUnitOnly = true;
    filter.statuses = { TaskStatus::NotStarted, TaskStatus::InProgress };
    const QStringList refs = expectedRefs(filter);
    ASSERT_GE(refs.size(), 2);
    ASSERT_LT(refs.size(), expectedRefs({}).size());

    auto doc = TaskListDocument::build(*m_ledger, Kind::Tasks, filter, today, AlertSettings {});
    ASSERT_TRUE(doc.ok()) << doc.error().toStdString();
    EXPECT_EQ(doc->title, m_inspection.name + s("整改任务清单"));
    ASSERT_EQ(doc->subtitle.size(), 2);
    EXPECT_EQ(doc->subtitle[0], s("（截至2024年3月15日）"));
    EXPECT_EQ(doc->subtitle[1], s("筛选条件：状态：未启动、推进中；牵头单位：") + filter.unit);
    QStringList got;
    for (const QStringList &row : doc->rows) {
        ASSERT_EQ(row.size(), doc->columns.size());
        got << row.first();
        EXPECT_TRUE(row.last().startsWith(s("未启动")) || row.last().startsWith(s("推进中")))
            << row.last().toStdString();
        EXPECT_TRUE(row[3].contains(filter.unit)) << row[3].toStdString();
    }
    EXPECT_EQ(got, refs);

    // The measure has the widest column.
    const QVector<int> widths = doc->columnTwips();
    ASSERT_EQ(doc->columns[2].header, s("整改措施"));
    for (qsizetype c = 0; c < widths.size(); ++c) {
        if (c != 2) {
            EXPECT_GT(widths[2], widths[c]) << c;
        }
    }
}

TEST_F(TaskListDocumentTest, ResponsibilityListColumns)
{
    auto doc = TaskListDocument::build(*m_ledger, Kind::Responsibilities, {}, today, {});
    ASSERT_TRUE(doc.ok()) << doc.error().toStdString();
    EXPECT_EQ(doc->title, m_inspection.name + s("责任清单"));
    EXPECT_EQ(doc->subtitle.value(1), s("筛选条件：无（全部整改任务）"));
    QStringList headers;
    for (const auto &c : doc->columns)
        headers << c.header;
    EXPECT_EQ(headers,
        QStringList({ s("序号"), s("问题"), s("整改措施"), s("责任领导"), s("牵头单位"),
            s("配合单位"), s("责任人"), s("完成时限") }));
    EXPECT_EQ(doc->rows.size(), expectedIds({}).size());
}

TEST_F(TaskListDocumentTest, DocxLandscapeWithRepeatedHeader)
{
    TaskFilter filter;
    filter.unit = someLeadUnit();
    filter.leadUnitOnly = true;
    auto doc = TaskListDocument::build(*m_ledger, Kind::Tasks, filter, today, {});
    ASSERT_TRUE(doc.ok());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.docx"));
    ASSERT_TRUE(doc->write(path).ok());

    const QByteArray xml = zipPart(path, QStringLiteral("word/document.xml"));
    ASSERT_FALSE(xml.isEmpty());
    const auto size = findElement(xml, QStringLiteral("pgSz"));
    EXPECT_EQ(size.value(QStringLiteral("orient")), QStringLiteral("landscape"));
    EXPECT_GT(size.value(QStringLiteral("w")).toInt(), size.value(QStringLiteral("h")).toInt());
    EXPECT_EQ(size.value(QStringLiteral("w")).toInt(), 16838); // 297 mm
    EXPECT_FALSE(findElement(xml, QStringLiteral("footerReference")).isEmpty());
    EXPECT_TRUE(QString::fromUtf8(zipPart(path, QStringLiteral("word/footer1.xml")))
                    .contains(QStringLiteral("NUMPAGES")));

    // The title and the filters are paragraphs before the table.
    const QVector<ReadParagraph> paragraphs = docxParagraphs(path);
    ASSERT_GE(paragraphs.size(), 3);
    EXPECT_EQ(paragraphs[0].style, QStringLiteral("Title"));
    EXPECT_EQ(paragraphs[0].text, doc->title);
    EXPECT_EQ(paragraphs[2].text, s("筛选条件：牵头单位：") + filter.unit);

    const QVector<ReadRow> rows = docxTableRows(path);
    ASSERT_EQ(rows.size(), doc->rows.size() + 1);
    EXPECT_TRUE(rows[0].header);
    EXPECT_EQ(rows[0].cells.value(2), s("整改措施"));
    const QStringList refs = expectedRefs(filter);
    for (qsizetype i = 1; i < rows.size(); ++i) {
        EXPECT_FALSE(rows[i].header) << i;
        EXPECT_EQ(rows[i].cells, doc->rows[i - 1]) << i;
    }
    for (const QString &ref : refs) {
        int n = 0;
        for (const ReadRow &r : rows)
            n += r.cells.value(0) == ref ? 1 : 0;
        EXPECT_EQ(n, 1) << ref.toStdString();
    }
}

TEST_F(TaskListDocumentTest, OdtLandscapeWithHeaderRows)
{
    auto doc = TaskListDocument::build(*m_ledger, Kind::Responsibilities, {}, today, {});
    ASSERT_TRUE(doc.ok());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.odt"));
    ASSERT_TRUE(doc->write(path).ok());
    EXPECT_EQ(zipPartNames(path).value(0), QStringLiteral("mimetype"));
    const QByteArray styles = zipPart(path, QStringLiteral("styles.xml"));
    const auto page = findElement(styles, QStringLiteral("page-layout-properties"));
    EXPECT_EQ(page.value(QStringLiteral("print-orientation")), QStringLiteral("landscape"));
    EXPECT_EQ(page.value(QStringLiteral("page-width")), QStringLiteral("297.00mm"));
    const QString content = QString::fromUtf8(zipPart(path, QStringLiteral("content.xml")));
    EXPECT_EQ(content.count(QStringLiteral("<table:table-header-rows>")), 1);
    EXPECT_EQ(content.count(QStringLiteral("<table:table-row>")), doc->rows.size() + 1);
    EXPECT_TRUE(content.contains(doc->title));
}

// The PDF repeats the header row on every page and numbers the pages.
TEST_F(TaskListDocumentTest, PdfHeaderOnEveryPage)
{
    auto doc = TaskListDocument::build(*m_ledger, Kind::Tasks, {}, today, {});
    ASSERT_TRUE(doc.ok());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.pdf"));
    auto pages = doc->writePdf(path);
    ASSERT_TRUE(pages.ok()) << pages.error().toStdString();
    ASSERT_GE(*pages, 2) << "the sample ledger's list should fill more than one page";
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed: the PDF's text is not read";
    QProcess p;
    p.start(pdftotext, { path, QStringLiteral("-") });
    ASSERT_TRUE(p.waitForFinished(60000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    const QStringList perPage = text.split(QChar(0x0C), Qt::SkipEmptyParts);
    ASSERT_GE(perPage.size(), *pages);
    for (int i = 0; i < *pages; ++i) {
        const QString page = perPage[i];
        EXPECT_TRUE(page.contains(s("整改措施"))) << "page " << i + 1;
        QString flat = page;
        flat.remove(QRegularExpression(QStringLiteral("\\s")));
        EXPECT_TRUE(flat.contains(s("第%1页共%2页").arg(i + 1).arg(*pages)))
            << "page " << i + 1 << ": " << page.toStdString();
    }
    EXPECT_EQ(text.count(doc->title), 1);
}

// LibreOffice lays the DOCX out in landscape with the header row on every page
// (skipped without it).
TEST_F(TaskListDocumentTest, LibreOfficeRepeatsTheHeader)
{
    RECTIFY_SQLITE_ONLY("the conversion is the same for both backends");
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (soffice.isEmpty() || pdftotext.isEmpty())
        GTEST_SKIP() << "LibreOffice (soffice) or pdftotext is not installed: the DOCX and ODT "
                        "are not converted";
    auto doc = TaskListDocument::build(*m_ledger, Kind::Tasks, {}, today, {});
    ASSERT_TRUE(doc.ok());
    QTemporaryDir dir;
    for (const char *name : { "list.docx", "list.odt" }) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        ASSERT_TRUE(doc->write(path).ok());
        const QString out = dir.filePath(QStringLiteral("out-") + QString::fromLatin1(name));
        QProcess p;
        p.start(soffice,
            { QStringLiteral("-env:UserInstallation=file://")
                    + dir.filePath(QStringLiteral("profile")),
                QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
                QStringLiteral("--outdir"), out, path });
        ASSERT_TRUE(p.waitForFinished(180000)) << name;
        const QString pdf = out + QStringLiteral("/list.pdf");
        ASSERT_TRUE(QFile::exists(pdf)) << name << ": " << p.readAllStandardError().toStdString();
        QProcess t;
        t.start(pdftotext, { pdf, QStringLiteral("-") });
        ASSERT_TRUE(t.waitForFinished(60000));
        const QString text = QString::fromUtf8(t.readAllStandardOutput());
        const QStringList pages = text.split(QChar(0x0C), Qt::SkipEmptyParts);
        ASSERT_GE(pages.size(), 2) << name;
        for (qsizetype i = 0; i < pages.size(); ++i) {
            EXPECT_TRUE(pages[i].contains(s("整改措施"))) << name << " page " << i + 1;
            QString flat = pages[i];
            flat.remove(QRegularExpression(QStringLiteral("\\s")));
            EXPECT_TRUE(flat.contains(s("第%1页共%2页").arg(i + 1).arg(pages.size())))
                << name << " page " << i + 1 << ": " << pages[i].toStdString();
        }
        // Every task once: its measure is in the text (spaces and breaks aside).
        QString flat = text;
        flat.remove(QRegularExpression(QStringLiteral("\\s")));
        EXPECT_TRUE(
            flat.contains(QString(doc->title).remove(QRegularExpression(QStringLiteral("\\s")))))
            << name;
    }
}

TEST(TaskListFilter, DescribedInChinese)
{
    TempLedger l;
    TaskFilter f;
    f.unit = s("区财政局");
    f.leader = s("张三");
    f.person = s("李四");
    f.category = s("党的建设");
    f.alerts = { AlertLevel::Red };
    f.deadlineFrom = QDate(2024, 1, 1);
    f.deadlineTo = QDate(2024, 6, 30);
    f.text = s("  资金 ");
    auto words = TaskListDocument::describeFilter(*l, f);
    ASSERT_TRUE(words.ok());
    EXPECT_EQ(*words,
        QStringList({ s("预警：已逾期"), s("责任单位：区财政局"), s("责任领导：张三"),
            s("责任人：李四"), s("问题类别：党的建设"), s("完成时限：2024年1月1日至2024年6月30日"),
            s("关键词：资金") }));
    EXPECT_TRUE(TaskListDocument::describeFilter(*l, {})->isEmpty());
}
