// 催办 notices: who is late, what a notice lists, its document and plain text,
// and its record in the tasks' history (a ledger file and a server).
#include "report/documentfile.h"
#include "report/docxwriter.h"
#include "reporting/reminders.h"
#include "tests/reporting/reportingfixture.h"

#include <QDir>
#include <QFileInfo>

namespace rectify::test {
namespace {

// On 2024-04-25: 1.2 (组织人事部, due 2024-03-31) is 25 days overdue, 2.1
// (投资促进局, due 2024-04-30) due in 5 days; 1.1 and the long-term 2.2 are not
// late, 3.1 (财务科) is done.
const QDate day(2024, 4, 25);

class RemindTest : public ReportingTest
{
};

TEST_F(RemindTest, EveryLateUnitWithItsTasksAndMissingReport)
{
    const Round round = openRound();
    auto r = Reminders::build(*m_ledger, QString(), QString(), day);
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    ASSERT_EQ(r->size(), 2);

    const Reminder &invest = r->at(0);
    EXPECT_EQ(invest.unit, QStringLiteral("投资促进局"));
    EXPECT_TRUE(invest.overdue.isEmpty());
    ASSERT_EQ(invest.dueSoon.size(), 1);
    EXPECT_EQ(invest.dueSoon.at(0).ref, QStringLiteral("2.1"));
    EXPECT_EQ(invest.dueSoon.at(0).days, 5);
    EXPECT_TRUE(invest.reportMissing);
    EXPECT_EQ(invest.round, round.name);
    EXPECT_EQ(invest.roundDue, QDate(2024, 3, 20));

    const Reminder &org = r->at(1);
    EXPECT_EQ(org.unit, QStringLiteral("组织人事部"));
    ASSERT_EQ(org.overdue.size(), 1);
    EXPECT_EQ(org.overdue.at(0).ref, QStringLiteral("1.2"));
    EXPECT_EQ(org.overdue.at(0).days, -25);
    EXPECT_EQ(org.overdue.at(0).deadline, QDate(2024, 3, 31));
    EXPECT_TRUE(org.dueSoon.isEmpty());
    EXPECT_TRUE(org.reportMissing);
}

TEST_F(RemindTest, AUnitThatReportedIsRemindedOfItsTasksOnly)
{
    const Round round = openRound();
    RoundReport report;
    report.roundId = round.id;
    report.unit = QStringLiteral("组织人事部");
    report.fileName = QStringLiteral("form.xlsx");
    report.fileSha256 = QString(64, QLatin1Char('a'));
    report.reportedOn = QDate(2024, 3, 18);
    report.reporter = QStringLiteral("孙丽");
    report.collectedBy = QStringLiteral("周主任");
    ASSERT_TRUE(m_ledger->addRoundReport(report).ok());

    auto r = Reminders::build(*m_ledger, QStringLiteral("组织人事部"), round.name, day);
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    ASSERT_EQ(r->size(), 1);
    EXPECT_FALSE(r->at(0).reportMissing);
    EXPECT_EQ(r->at(0).overdue.size(), 1);
}

TEST_F(RemindTest, WithoutARoundTheNoticesListTasksOnly)
{
    auto r = Reminders::build(*m_ledger, QString(), QString(), day);
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    ASSERT_EQ(r->size(), 2);
    for (const Reminder &x : *r) {
        EXPECT_FALSE(x.reportMissing);
        EXPECT_TRUE(x.round.isEmpty());
    }
    // Nobody is late on 2024-03-15: no notice at all.
    auto none = Reminders::build(*m_ledger, QString(), QString(), QDate(2024, 3, 15));
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->isEmpty());
}

TEST_F(RemindTest, Refusals)
{
    auto unknown = Reminders::build(*m_ledger, QStringLiteral("不存在的局"), QString(), day);
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().contains(QStringLiteral("不存在的局")));

    auto noRound = Reminders::build(*m_ledger, QString(), QStringLiteral("2099年报送"), day);
    ASSERT_FALSE(noRound.ok());
    EXPECT_TRUE(noRound.error().contains(QStringLiteral("2099年报送")));

    // 财务科's one task is done and it was not asked in the round.
    openRound();
    auto nothing = Reminders::build(*m_ledger, QStringLiteral("财务科"), QString(), day);
    ASSERT_FALSE(nothing.ok());
    EXPECT_TRUE(nothing.error().contains(QStringLiteral("nothing to remind")));
}

TEST_F(RemindTest, TheNoticeInOfficialLayoutAndAsPlainText)
{
    openRound();
    auto r = Reminders::build(*m_ledger, QStringLiteral("组织人事部"), QString(), day);
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    const OfficialDocument doc = Reminders::document(r->at(0));
    const auto &ps = doc.paragraphs();
    ASSERT_GE(ps.size(), 8);
    EXPECT_EQ(ps.at(0).style, OfficialDocument::Style::Title);
    EXPECT_EQ(ps.at(0).text, QStringLiteral("催办通知"));
    EXPECT_EQ(ps.at(1).text, QStringLiteral("组织人事部："));
    EXPECT_EQ(ps.at(3).style, OfficialDocument::Style::Heading1);
    EXPECT_EQ(ps.at(3).text, QStringLiteral("一、已超过整改时限的任务（1项）"));
    EXPECT_EQ(ps.at(4).text,
        QStringLiteral("1.任务1.2（基层党组织建设薄弱）：开展专题培训，整改时限2024年3月31日，"
                       "已超期25天。"));
    EXPECT_EQ(ps.at(5).text, QStringLiteral("二、整改进展报送"));
    EXPECT_TRUE(ps.at(6).text.contains(QStringLiteral("报送截止日期为2024年3月20日，已逾期36天")))
        << ps.at(6).text.toStdString();
    EXPECT_EQ(ps.constLast().text, QStringLiteral("2024年4月25日"));
    EXPECT_EQ(doc.placeholderCount(), 1); // the issuing office

    const QString text = Reminders::plainText(r->at(0));
    EXPECT_TRUE(text.startsWith(QStringLiteral("【催办通知】组织人事部：\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("1.任务1.2（基层党组织建设薄弱）：开展专题培训")));
    EXPECT_TRUE(text.contains(QStringLiteral("2024年3月20日")));

    // The editable documents.
    const QString folder = m_ledger.dir();
    for (const char *suffix : { "docx", "odt" }) {
        const QString path
            = QDir(folder).filePath(Reminders::fileName(r->at(0), QString::fromLatin1(suffix)));
        EXPECT_TRUE(path.endsWith(
            QStringLiteral("催办通知_组织人事部_2024-04-25.") + QString::fromLatin1(suffix)));
        ASSERT_TRUE(DocumentFile::write(doc, path).ok()) << suffix;
        EXPECT_GT(QFileInfo(path).size(), 1000) << suffix;
    }
    EXPECT_TRUE(
        QString::fromUtf8(DocxWriter::documentXml(doc)).contains(QStringLiteral("催办通知")));
}

TEST_F(RemindTest, ARecordedNoticeShowsInTheTasksHistory)
{
    openRound();
    auto r = Reminders::build(*m_ledger, QString(), QString(), day);
    ASSERT_TRUE(r.ok()) << r.error().toStdString();

    // An official may not send notices; nothing is written.
    const qint64 before = auditCount();
    auto refused = Reminders::record(*m_ledger, user(QStringLiteral("孙丽")), r->at(1));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(auditCount(), before);

    ASSERT_TRUE(Reminders::record(*m_ledger, user(QStringLiteral("周主任")), r->at(1)).ok());
    auto history = m_ledger->auditLog(QStringLiteral("task"), taskId(QStringLiteral("1.2")));
    ASSERT_TRUE(history.ok());
    ASSERT_FALSE(history->isEmpty());
    const AuditEntry &last = history->constLast();
    EXPECT_EQ(last.field, QStringLiteral("reminder"));
    EXPECT_EQ(last.user, QStringLiteral("周主任"));
    EXPECT_EQ(last.newValue, QStringLiteral("催办通知 组织人事部 2024-04-25"));
    EXPECT_EQ(last.reason, QStringLiteral("已超期25天"));

    auto notices = m_ledger->auditLog(QStringLiteral("reminder"));
    ASSERT_TRUE(notices.ok());
    ASSERT_EQ(notices->size(), 1);
    EXPECT_EQ(notices->at(0).newValue, QStringLiteral("组织人事部"));
    EXPECT_TRUE(notices->at(0).reason.contains(QStringLiteral("2024-04-25; 1.2")));
    EXPECT_TRUE(notices->at(0).reason.contains(QStringLiteral("未报送 2024年3月进展报送")));
    // Two entries: the notice and its one task.
    EXPECT_EQ(auditCount(), before + 2);

    // The other unit's task has no notice in its history.
    auto other = m_ledger->auditLog(QStringLiteral("task"), taskId(QStringLiteral("2.1")));
    ASSERT_TRUE(other.ok());
    for (const AuditEntry &e : *other)
        EXPECT_NE(e.field, QStringLiteral("reminder"));

    Reminder empty;
    empty.unit = QStringLiteral("财务科");
    EXPECT_FALSE(Reminders::record(*m_ledger, user(QStringLiteral("周主任")), empty).ok());
}

} // namespace
} // namespace rectify::test
