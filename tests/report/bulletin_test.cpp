// The 通报 draft: what goes where (section （一） or （二）), the ledger's text
// verbatim, exact figures, placeholders for what the ledger does not hold, every
// problem once; the DOCX and ODT read back, converted by LibreOffice where it is
// installed, and rectify-cli bulletin.
#include "report/bulletin.h"
#include "report/bulletinfacts.h"
#include "report/documentfile.h"
#include "report/problemreport.h"
#include "sample/sampleledger.h"
#include "store/ledger.h"
#include "tests/report/packagereader.h"
#include "tests/support/templedger.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace rectify;
using namespace rectify::test;
using Style = OfficialDocument::Style;

namespace {

const QDate today(2024, 3, 15);

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// One inspection of five problems (and a second inspection that must stay out):
//   1 理论学习不够深入  two tasks done within the period (one signed off); an older
//                      progress entry that must not show
//   2 项目招引质效不高  one task done after the period, one in progress (two lines)
//   3 作风建设有差距    one long-term task
//   4 资金管理不规范    no task yet
//   5 档案管理不完善    one task done within the period, no progress entry
class BulletinLedger : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Ledger &l = *m_ledger;
        Inspection i;
        i.name = s("省委第一巡视组巡视反馈");
        i.kind = s("巡视");
        i.feedbackDate = QDate(2023, 10, 12);
        i.rectificationEnd = QDate(2024, 1, 12);
        auto id = l.addInspection(i);
        ASSERT_TRUE(id.ok()) << id.error().toStdString();
        m_inspection = *id;
        Inspection other;
        other.name = s("市审计局审计反馈");
        other.kind = s("审计");
        auto otherId = l.addInspection(other);
        ASSERT_TRUE(otherId.ok());

        problem(s("理论学习不够深入"));
        const qint64 plan = task(s("制定学习计划"), TaskStatus::Completed, QDate(2023, 12, 1),
            false, QDate(2023, 12, 31),
            { { QDate(2023, 11, 1), s("起草学习计划。") },
                { QDate(2023, 12, 1), s("已召开专题学习会三次。") } });
        Evidence minutes;
        minutes.taskId = plan;
        minutes.fileName = s("学习会议纪要.pdf");
        minutes.storedPath = QStringLiteral("evidence/ab/abcd");
        minutes.sha256 = QString(64, QLatin1Char('a'));
        ASSERT_TRUE(l.addEvidence(minutes).ok());
        const qint64 closed = task(s("修订学习制度"), TaskStatus::Completed, QDate(2024, 1, 5),
            false, QDate(2024, 1, 10), { { QDate(2024, 1, 5), s("修订学习制度一项。") } });
        auto t = l.task(closed);
        ASSERT_TRUE(t.ok());
        ASSERT_TRUE(l.setTaskStatus(closed, t->version, TaskStatus::Closed, QDate(2024, 1, 5),
                         QDate(2024, 1, 10), QString())
                        .ok());

        problem(s("项目招引质效不高"));
        task(s("开展项目评估"), TaskStatus::Completed, QDate(2024, 2, 1), false, QDate(2024, 1, 12),
            { { QDate(2024, 2, 1), s("完成项目评估。") } });
        task(s("清理低效项目"), TaskStatus::InProgress, QDate(), false, QDate(2024, 6, 30),
            { { QDate(2024, 3, 1), s("正在推进清理工作。\n已清理12个项目。") },
                { QDate(2024, 4, 1), s("这条进展在今天之后。") } });

        problem(s("作风建设有差距"));
        task(s("开展作风整治"), TaskStatus::InProgress, QDate(), true, QDate(),
            { { QDate(2024, 2, 20), s("持续开展作风整治。") } });

        problem(s("资金管理不规范"));

        problem(s("档案管理不完善"));
        task(s("建立档案台账"), TaskStatus::Completed, QDate(2023, 12, 20), false,
            QDate(2023, 12, 31), {});

        Problem elsewhere;
        elsewhere.inspectionId = *otherId;
        elsewhere.code = QStringLiteral("1");
        elsewhere.title = s("审计反馈问题甲");
        ASSERT_TRUE(l.addProblem(elsewhere).ok());
    }

    void problem(const QString &title)
    {
        Problem p;
        p.inspectionId = m_inspection;
        p.code = QString::number(++m_problems);
        p.title = title;
        p.sortOrder = m_problems;
        auto id = m_ledger->addProblem(p);
        ASSERT_TRUE(id.ok()) << id.error().toStdString();
        m_problem = *id;
    }

    qint64 task(const QString &measure, TaskStatus status, const QDate &completedOn, bool longTerm,
        const QDate &deadline, const QVector<std::pair<QDate, QString>> &progress)
    {
        Task t;
        t.problemId = m_problem;
        t.measure = measure;
        t.responsibilities.leaders = QStringList { s("王局长") };
        t.responsibilities.leadUnits = QStringList { s("党工委办公室") };
        t.responsibilities.persons = QStringList { s("李明") };
        t.status = status;
        t.completedOn = completedOn;
        t.longTerm = longTerm;
        t.deadline = deadline;
        auto id = m_ledger->addTask(t);
        EXPECT_TRUE(id.ok()) << id.error().toStdString();
        for (const auto &[date, text] : progress) {
            ProgressEntry e;
            e.taskId = *id;
            e.date = date;
            e.text = text;
            EXPECT_TRUE(m_ledger->addProgress(e).ok());
        }
        return id.ok() ? *id : 0;
    }

    OfficialDocument build()
    {
        auto doc = Bulletin::build(*m_ledger, m_inspection, today);
        EXPECT_TRUE(doc.ok()) << doc.error().toStdString();
        return doc.ok() ? *doc : OfficialDocument();
    }

    TempLedger m_ledger;
    qint64 m_inspection = 0;
    qint64 m_problem = 0;
    int m_problems = 0;
};

QStringList texts(const OfficialDocument &doc)
{
    QStringList out;
    for (const auto &p : doc.paragraphs())
        out << p.text;
    return out;
}

} // namespace

TEST_F(BulletinLedger, FactsFromTheLedger)
{
    auto facts = bulletinFactsFor(*m_ledger, m_inspection);
    ASSERT_TRUE(facts.ok());
    EXPECT_EQ(facts->inspectionName, s("省委第一巡视组巡视反馈"));
    EXPECT_EQ(facts->inspectionKind, s("巡视"));
    EXPECT_EQ(facts->feedbackDate, QDate(2023, 10, 12));
    EXPECT_EQ(facts->rectificationEnd, QDate(2024, 1, 12));
    // No records in this ledger: left for the draft's placeholders.
    EXPECT_TRUE(facts->inspectingBody.isEmpty());
    EXPECT_FALSE(facts->stationedFrom.isValid());
    EXPECT_FALSE(facts->meetings.has_value());
    EXPECT_FALSE(facts->accountability.has_value());
}

// The whole draft, paragraph by paragraph.
TEST_F(BulletinLedger, TheWholeDraft)
{
    const OfficialDocument doc = build();
    const QStringList expected {
        s("关于省委第一巡视组巡视反馈整改进展情况的通报"),
        s("【待填写】于【待填写】至【待填写】进驻【待填写】开展巡视，于2023年10月12日反馈巡视意见。"
          "根据巡视整改工作要求，现将整改进展情况通报如下。"),
        s("一、整改工作组织情况"),
        s("集中整改期（截至2024年1月12日）内，召开领导小组会议、专题会议等【待填写】次，开展集中督"
          "查"
          "【待填写】轮，建章立制【待填写】项，问责【待填写】人次。"),
        s("二、整改任务推进情况"),
        s("巡视反馈问题5个，细化整改措施6项。截至2024年3月15日，已完成4项（其中已销号1项），正在推"
          "进1项，"
          "需长期坚持1项。"),
        s("（一）集中整改期内已完成整改的问题"),
        s("1.关于“理论学习不够深入”问题的整改。"),
        s("（1）已召开专题学习会三次。（2）修订学习制度一项。"),
        s("2.关于“档案管理不完善”问题的整改。"),
        s("【待填写：整改措施“建立档案台账”的进展】"),
        s("（二）正在推进和需长期坚持整改的问题"),
        s("1.关于“项目招引质效不高”问题的整改。"),
        s("（1）完成项目评估。（已于2024年2月1日完成）（2）正在推进清理工作。\n已清理12个项目。（推"
          "进中，"
          "整改时限：2024年6月30日）"),
        s("2.关于“作风建设有差距”问题的整改。"),
        s("持续开展作风整治。（长期坚持）"),
        s("3.关于“资金管理不规范”问题的整改。"),
        s("【待填写：该问题尚无整改措施】"),
        s("三、下一步工作"),
        s("【待填写：下一步工作打算】"),
    };
    EXPECT_EQ(texts(doc).join(QLatin1Char('\n')).toStdString(),
        expected.join(QLatin1Char('\n')).toStdString());
    const QVector<Style> styles { Style::Title, Style::Body, Style::Heading1, Style::Body,
        Style::Heading1, Style::Body, Style::Heading2 };
    for (int i = 0; i < styles.size(); ++i)
        EXPECT_EQ(doc.paragraphs().at(i).style, styles.at(i)) << i;
    EXPECT_EQ(doc.paragraphs().at(11).style, Style::Heading2);
    EXPECT_EQ(doc.paragraphs().at(18).style, Style::Heading1);
}

TEST_F(BulletinLedger, KnownCountsReplaceThePlaceholders)
{
    auto facts = bulletinFactsFor(*m_ledger, m_inspection);
    ASSERT_TRUE(facts.ok());
    facts->inspectingBody = s("省委第一巡视组");
    facts->inspectedBody = s("某开发区");
    facts->stationedFrom = QDate(2023, 4, 17);
    facts->stationedTo = QDate(2023, 6, 28);
    facts->meetings = 12;
    facts->supervisionRounds = 4;
    facts->rulesEstablished = 31;
    facts->accountability = 0;
    auto problems = Bulletin::loadProblems(*m_ledger, m_inspection, today);
    ASSERT_TRUE(problems.ok());
    const QStringList t = texts(Bulletin::compose(*facts, *problems, today));
    EXPECT_EQ(t.at(1),
        s("省委第一巡视组于2023年4月17日至2023年6月28日进驻某开发区开展巡视，于2023年10月12日反馈巡"
          "视"
          "意见。根据巡视整改工作要求，现将整改进展情况通报如下。"));
    EXPECT_EQ(t.at(3),
        s("集中整改期（截至2024年1月12日）内，召开领导小组会议、专题会议等12次，开展集中督查4轮，建"
          "章立制"
          "31项，问责0人次。"));
}

// Which problems are in （一）: all tasks done by the period's end, or by today
// when the end is not known.
TEST_F(BulletinLedger, ThePeriodEndDecidesTheCompletedItems)
{
    auto facts = bulletinFactsFor(*m_ledger, m_inspection);
    ASSERT_TRUE(facts.ok());
    auto problems = Bulletin::loadProblems(*m_ledger, m_inspection, today);
    ASSERT_TRUE(problems.ok());
    const auto section = [&](const QStringList &t, const char *title) {
        const qsizetype second = t.indexOf(QRegularExpression(s("（二）.*"))); // whole entries
        const qsizetype at = t.indexOf(QRegularExpression(s("\\d+\\.关于“%1”.*").arg(s(title))));
        EXPECT_GE(at, 0) << title;
        return at < second ? 1 : 2;
    };

    facts->rectificationEnd = QDate();
    QStringList t = texts(Bulletin::compose(*facts, *problems, today));
    EXPECT_TRUE(t.at(3).startsWith(s("集中整改期（截至【待填写】）内"))) << t.at(3).toStdString();
    EXPECT_TRUE(t.contains(s("（一）已完成整改的问题")));
    EXPECT_EQ(section(t, "理论学习不够深入"), 1);
    EXPECT_EQ(section(t, "档案管理不完善"), 1);
    EXPECT_EQ(section(t, "项目招引质效不高"), 2); // a task still in progress

    // A shorter period: the task completed on 2024-01-05 is now after it.
    facts->rectificationEnd = QDate(2023, 12, 25);
    t = texts(Bulletin::compose(*facts, *problems, today));
    EXPECT_TRUE(t.contains(s("（一）集中整改期内已完成整改的问题")));
    EXPECT_EQ(section(t, "理论学习不够深入"), 2);
    EXPECT_EQ(section(t, "档案管理不完善"), 1); // completed 2023-12-20
    EXPECT_TRUE(
        t.contains(s("（1）已召开专题学习会三次。（已于2023年12月1日完成）（2）修订学习制度一项。"
                     "（已于2024年1月5日完成）")));
}

TEST_F(BulletinLedger, DocxAndOdtHoldEveryProblemOnceAndTheProgressVerbatim)
{
    const OfficialDocument doc = build();
    QTemporaryDir dir;
    for (const char *name : { "bulletin.docx", "bulletin.odt" }) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        ASSERT_TRUE(DocumentFile::write(doc, path).ok()) << name;
        const QVector<ReadParagraph> read
            = QString::fromLatin1(name).endsWith(QLatin1String("docx")) ? docxParagraphs(path)
                                                                        : odtParagraphs(path);
        const QString text = joined(read);
        EXPECT_EQ(text, doc.plainText()) << name;
        for (const char *title : { "理论学习不够深入", "项目招引质效不高", "作风建设有差距",
                 "资金管理不规范", "档案管理不完善" })
            EXPECT_EQ(text.count(s("“%1”").arg(s(title))), 1) << name << " " << title;
        EXPECT_FALSE(text.contains(s("审计反馈问题甲"))) << name;
        EXPECT_FALSE(text.contains(s("起草学习计划。"))) << name; // not the latest
        EXPECT_FALSE(text.contains(s("这条进展在今天之后。"))) << name;
        EXPECT_TRUE(text.contains(s("正在推进清理工作。\n已清理12个项目。"))) << name;
        int highlighted = 0;
        for (const ReadParagraph &p : read)
            highlighted += p.highlighted.size();
        EXPECT_EQ(highlighted, doc.placeholderCount()) << name;
        EXPECT_EQ(doc.placeholderCount(), 11) << name;
    }
}

// LibreOffice reads both files as the ledger says (skipped without it).
TEST_F(BulletinLedger, LibreOfficeReadsTheSameText)
{
    RECTIFY_SQLITE_ONLY("the conversion is the same for both backends");
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        GTEST_SKIP() << "LibreOffice (soffice) is not installed: the DOCX and ODT are not "
                        "converted to text";
    const OfficialDocument doc = build();
    QTemporaryDir dir;
    QString expected = doc.plainText();
    expected.remove(QRegularExpression(QStringLiteral("\\s")));
    for (const char *name : { "bulletin.docx", "bulletin.odt" }) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        ASSERT_TRUE(DocumentFile::write(doc, path).ok());
        const QString out = dir.filePath(QStringLiteral("out-") + QString::fromLatin1(name));
        QProcess p;
        p.start(soffice,
            { QStringLiteral("-env:UserInstallation=file://")
                    + dir.filePath(QStringLiteral("profile")),
                QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                QStringLiteral("txt:Text (encoded):UTF8"), QStringLiteral("--outdir"), out, path });
        ASSERT_TRUE(p.waitForFinished(180000)) << name;
        QFile txt(out + QStringLiteral("/bulletin.txt"));
        ASSERT_TRUE(txt.open(QIODevice::ReadOnly))
            << name << ": " << p.readAllStandardError().toStdString();
        QString text = QString::fromUtf8(txt.readAll());
        text.remove(QChar(0xFEFF));
        text.remove(QRegularExpression(QStringLiteral("\\s")));
        EXPECT_EQ(text, expected) << name;
    }
}

// One problem's 整改情况报告: every task with its responsibilities, status and
// sign-off, every progress entry up to today with its date, the evidence files.
TEST_F(BulletinLedger, ProblemReport)
{
    auto p1 = m_ledger->findProblem(m_inspection, QStringLiteral("1"));
    ASSERT_TRUE(p1.ok() && p1->has_value());
    auto doc = ProblemReport::build(*m_ledger, (*p1)->id, today);
    ASSERT_TRUE(doc.ok()) << doc.error().toStdString();
    const QStringList expected {
        s("关于“理论学习不够深入”问题的整改情况报告"),
        s("省委第一巡视组巡视反馈问题第1项：“理论学习不够深入”。现将该问题的整改情况报告如下"
          "。"),
        s("一、问题基本情况"),
        s("问题类别：【待填写】。"),
        s("针对该问题制定整改措施2项。截至2024年3月15日，已完成2项。"),
        s("二、整改措施及完成情况"),
        s("（一）制定学习计划"),
        s("整改时限：2023年12月31日。责任领导：王局长；牵头单位：党工委办公室；责任人：李明。"),
        s("完成情况：已于2023年12月1日完成，待评估销号。"),
        s("整改进展："),
        s("2023年11月1日，起草学习计划。"),
        s("2023年12月1日，已召开专题学习会三次。"),
        s("佐证材料：1.学习会议纪要.pdf。"),
        s("（二）修订学习制度"),
        s("整改时限：2024年1月10日。责任领导：王局长；牵头单位：党工委办公室；责任人：李明。"),
        s("完成情况：已于2024年1月5日完成，2024年1月10日经评估销号。"),
        s("整改进展："),
        s("2024年1月5日，修订学习制度一项。"),
        s("佐证材料：无。"),
        s("三、整改成效及下一步工作"),
        s("【待填写：整改成效及下一步工作打算】"),
    };
    EXPECT_EQ(texts(*doc).join(QLatin1Char('\n')).toStdString(),
        expected.join(QLatin1Char('\n')).toStdString());

    // Progress after today stays out; a line break stays in.
    auto p2 = m_ledger->findProblem(m_inspection, QStringLiteral("2"));
    ASSERT_TRUE(p2.ok() && p2->has_value());
    doc = ProblemReport::build(*m_ledger, (*p2)->id, today);
    ASSERT_TRUE(doc.ok());
    EXPECT_TRUE(texts(*doc).contains(s("2024年3月1日，正在推进清理工作。\n已清理12个项目。")));
    EXPECT_FALSE(doc->plainText().contains(s("这条进展在今天之后。")));
    EXPECT_TRUE(texts(*doc).contains(s("完成情况：推进中。")));
}

// Section 一's counts and the 进驻 dates come from the 整改成效 records.
TEST(Bulletin, FactsFromTheRecordsOfTheSampleLedger)
{
    TempLedger l;
    ASSERT_TRUE(writeSampleLedger(*l, today).ok());
    auto inspection = Bulletin::defaultInspection(*l);
    ASSERT_TRUE(inspection.ok()) << inspection.error().toStdString();
    auto summary = l->recordSummary(*inspection);
    ASSERT_TRUE(summary.ok());
    ASSERT_GT(summary->meetings, 0);
    ASSERT_GT(summary->accountabilityRecords, 0);
    auto facts = bulletinFactsFor(*l, *inspection);
    ASSERT_TRUE(facts.ok());
    EXPECT_EQ(facts->meetings, summary->meetings);
    EXPECT_EQ(facts->supervisionRounds, summary->supervisionRounds);
    EXPECT_EQ(facts->rulesEstablished, summary->rulesEstablished);
    EXPECT_EQ(facts->accountability, summary->heldAccountable);
    auto row = l->inspection(*inspection);
    ASSERT_TRUE(row.ok());
    ASSERT_TRUE(row->stationedFrom.isValid());
    EXPECT_EQ(facts->stationedFrom, row->stationedFrom);
    EXPECT_EQ(facts->stationedTo, row->stationedTo);
}

TEST(Bulletin, SampleLedgerEveryProblemOnce)
{
    TempLedger l;
    ASSERT_TRUE(writeSampleLedger(*l, today).ok());
    auto inspection = Bulletin::defaultInspection(*l);
    ASSERT_TRUE(inspection.ok()) << inspection.error().toStdString();
    auto doc = Bulletin::build(*l, *inspection, today);
    ASSERT_TRUE(doc.ok());
    auto problems = l->problems(*inspection);
    ASSERT_TRUE(problems.ok());
    ASSERT_FALSE(problems->isEmpty());
    const QString text = doc->plainText();
    int items = 0;
    for (const Problem &p : *problems) {
        EXPECT_EQ(text.count(s("关于“%1”问题的整改。").arg(p.title)), 1) << p.title.toStdString();
        ++items;
    }
    EXPECT_EQ(text.count(QRegularExpression(s("\\n\\d+\\.关于“"))), items);
}

TEST(Bulletin, CompletedWithinPeriod)
{
    ReportProblem p;
    EXPECT_FALSE(Bulletin::completedWithinPeriod(p, QDate(2024, 1, 1))); // no tasks
    ReportTask t;
    t.status = TaskStatus::Completed;
    t.completedOn = QDate(2024, 1, 1);
    p.tasks << t;
    EXPECT_TRUE(Bulletin::completedWithinPeriod(p, QDate(2024, 1, 1))); // on the last day
    EXPECT_FALSE(Bulletin::completedWithinPeriod(p, QDate(2023, 12, 31)));
    EXPECT_TRUE(Bulletin::completedWithinPeriod(p, QDate())); // no period: done
    p.tasks[0].completedOn = QDate(); // done, but when is not known
    EXPECT_FALSE(Bulletin::completedWithinPeriod(p, QDate(2024, 1, 1)));
    p.tasks[0].status = TaskStatus::InProgress;
    EXPECT_FALSE(Bulletin::completedWithinPeriod(p, QDate()));
}

namespace {

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("RECTIFY_LANG"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(RECTIFY_CLI_PATH), args);
    EXPECT_TRUE(p.waitForFinished(120000));
    CliRun r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

TEST_F(BulletinLedger, CliWritesDocxOdtAndPdf)
{
    RECTIFY_SQLITE_ONLY("the command line on a ledger file");
    const QString db = m_ledger.path();
    m_ledger->close();
    QTemporaryDir dir;
    for (const char *name : { "b.docx", "b.odt", "b.pdf" }) {
        const QString out = dir.filePath(QString::fromLatin1(name));
        const CliRun r = runCli({ QStringLiteral("--db"), db, QStringLiteral("bulletin"), out,
            QStringLiteral("--today"), QStringLiteral("2024-03-15"), QStringLiteral("--inspection"),
            s("省委第一巡视组巡视反馈") });
        ASSERT_EQ(r.code, 0) << name << r.err.toStdString();
        EXPECT_TRUE(r.out.contains(s("marked 【待填写】: 11)"))) << r.out.toStdString();
        EXPECT_TRUE(QFile::exists(out)) << name;
    }
    const QString docx = joined(docxParagraphs(dir.filePath(QStringLiteral("b.docx"))));
    EXPECT_TRUE(docx.contains(s("（1）已召开专题学习会三次。（2）修订学习制度一项。")));
    EXPECT_TRUE(docx.contains(s("截至2024年3月15日")));
    EXPECT_EQ(joined(odtParagraphs(dir.filePath(QStringLiteral("b.odt")))), docx);
    QFile pdf(dir.filePath(QStringLiteral("b.pdf")));
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5).startsWith("%PDF"));
}

TEST_F(BulletinLedger, CliWritesAProblemReport)
{
    RECTIFY_SQLITE_ONLY("the command line on a ledger file");
    const QString db = m_ledger.path();
    m_ledger->close();
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("p.docx"));
    CliRun r = runCli({ QStringLiteral("--db"), db, QStringLiteral("problem-report"), out,
        QStringLiteral("--problem"), QStringLiteral("1"), QStringLiteral("--today"),
        QStringLiteral("2024-03-15"), QStringLiteral("--inspection"),
        s("省委第一巡视组巡视反馈") });
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QString text = joined(docxParagraphs(out));
    EXPECT_TRUE(text.startsWith(s("关于“理论学习不够深入”问题的整改情况报告\n")));
    EXPECT_TRUE(text.contains(s("佐证材料：1.学习会议纪要.pdf。")));
    r = runCli({ QStringLiteral("--db"), db, QStringLiteral("problem-report"), out,
        QStringLiteral("--problem"), QStringLiteral("99"), QStringLiteral("--inspection"),
        s("省委第一巡视组巡视反馈") });
    EXPECT_NE(r.code, 0);
    EXPECT_TRUE(r.err.contains(QStringLiteral("\"99\""))) << r.err.toStdString();
}

TEST_F(BulletinLedger, CliRefusesWhatItCannotDo)
{
    RECTIFY_SQLITE_ONLY("the command line on a ledger file");
    const QString db = m_ledger.path();
    m_ledger->close();
    QTemporaryDir dir;
    // Two inspections and none named: which one?
    CliRun r = runCli({ QStringLiteral("--db"), db, QStringLiteral("bulletin"),
        dir.filePath(QStringLiteral("b.docx")) });
    EXPECT_NE(r.code, 0);
    EXPECT_TRUE(r.err.contains(s("省委第一巡视组巡视反馈"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(s("市审计局审计反馈"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("--inspection"))) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("b.docx"))));
    // A format it does not write.
    r = runCli({ QStringLiteral("--db"), db, QStringLiteral("bulletin"),
        dir.filePath(QStringLiteral("b.doc")), QStringLiteral("--inspection"),
        s("省委第一巡视组巡视反馈") });
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral(".docx, .odt or .pdf"))) << r.err.toStdString();
}
