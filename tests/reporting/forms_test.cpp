// Reporting rounds: forms out, forms back (every refusal), idempotence,
// all-or-nothing, the round's status, extension requests, the copy of a ledger.
#include "reporting/roundforms.h"
#include "reporting/roundstatus.h"
#include "stats/statsquery.h"
#include "store/ledgercopy.h"
#include "tests/reporting/reportingfixture.h"
#include "workflow/extensions.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

namespace rectify::test {
namespace {

const QString org = QStringLiteral("组织人事部");
const QString invest = QStringLiteral("投资促进局");

TEST_F(ReportingTest, OneFormPerLeadUnitWithItsOpenTasksAndKeys)
{
    const Round round = openRound();
    const QString folder = QDir(m_ledger.dir()).filePath(QStringLiteral("out"));
    auto files = FormWriter::write(*m_ledger, round, folder, FormWriter::Format::Xlsx);
    ASSERT_TRUE(files.ok()) << files.error().toStdString();
    QStringList names;
    for (const QString &f : *files)
        names << QFileInfo(f).fileName();
    // 财务科's only task is completed: no form; 办公室 only co-operates: no form.
    EXPECT_EQ(names,
        (QStringList { QStringLiteral("2024年3月进展报送_投资促进局.xlsx"),
            QStringLiteral("2024年3月进展报送_组织人事部.xlsx") }));
    const QString form = files->at(1);
    const auto main = readSheet(form, RoundForms::mainSheet());
    EXPECT_EQ(main.value(2).value(1), org);
    EXPECT_EQ(main.value(4).value(0), QStringLiteral("任务编号"));
    EXPECT_EQ(main.value(4).value(4), QStringLiteral("本期进展"));
    EXPECT_EQ(main.value(5).value(0), QStringLiteral("1.1"));
    EXPECT_EQ(main.value(5).value(3), QStringLiteral("2024-06-30"));
    EXPECT_EQ(main.value(6).value(0), QStringLiteral("1.2"));
    // The co-operating section: 2.1, led by 投资促进局.
    bool coShown = false;
    for (const QStringList &row : main)
        coShown
            = coShown || (row.value(0) == QStringLiteral("2.1") && row.value(4).contains(invest));
    EXPECT_TRUE(coShown);
    const auto keys = readSheet(form, RoundForms::keySheet());
    EXPECT_EQ(keys.value(1).value(0), RoundForms::marker());
    EXPECT_EQ(keys.value(2).value(1), round.token);
    EXPECT_EQ(keys.value(3).value(1), org);
    EXPECT_EQ(keys.value(4).value(1).size(), 64);
    EXPECT_EQ(keys.value(6).value(1), QStringLiteral("1.1"));
    // The workbook protects the main sheet and hides the keys.
    QFile zip(form);
    ASSERT_TRUE(zip.open(QIODevice::ReadOnly));
}

TEST_F(ReportingTest, FileNamesAreSanitised)
{
    EXPECT_EQ(RoundForms::fileName(QStringLiteral("2024/1月:报送"), QStringLiteral("a\\b*c?"),
                  QStringLiteral("xlsx")),
        QStringLiteral("2024_1月_报送_a_b_c_.xlsx"));
    EXPECT_EQ(RoundForms::fileName(QStringLiteral(".."), QString(), QStringLiteral("csv")),
        QStringLiteral("_.csv"));
}

TEST_F(ReportingTest, CollectWritesProgressCompletionAndExtension)
{
    const Round round = openRound();
    const QString form = formOf(round, org);
    const QString back = filled(form, QStringLiteral("back.xlsx"),
        { { QStringLiteral("1.1"), RoundForms::Progress, QStringLiteral("清单已起草") },
            { QStringLiteral("1.1"), RoundForms::ExtendTo, QStringLiteral("2024-09-30") },
            { QStringLiteral("1.1"), RoundForms::ExtendReason, QStringLiteral("待上级文件") },
            { QStringLiteral("1.1"), RoundForms::Reporter, QStringLiteral("孙丽") },
            { QStringLiteral("1.1"), RoundForms::Phone, QStringLiteral("13800000000") },
            { QStringLiteral("1.2"), RoundForms::Progress, QStringLiteral("培训已完成") },
            { QStringLiteral("1.2"), RoundForms::Completion, QStringLiteral("已完成") },
            { QStringLiteral("1.2"), RoundForms::Evidence, QStringLiteral("签到表.pdf") } });
    FormCollector::Options dry;
    dry.dryRun = true;
    const qint64 before = auditCount();
    const CollectResult preview = collect(back, dry);
    ASSERT_TRUE(preview.accepted) << preview.problemLines().join(QLatin1Char('\n')).toStdString();
    EXPECT_FALSE(preview.written);
    EXPECT_EQ(auditCount(), before);
    ASSERT_EQ(preview.changes.size(), 3);
    EXPECT_EQ(preview.changes.at(0).kind, FormChange::Kind::Progress);
    EXPECT_EQ(preview.changes.at(1).kind, FormChange::Kind::Extension);
    EXPECT_EQ(preview.changes.at(2).kind, FormChange::Kind::Completion);

    const CollectResult r = collect(back);
    ASSERT_TRUE(r.accepted) << r.problemLines().join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(r.written);
    EXPECT_TRUE(r.onTime);
    EXPECT_EQ(r.unit, org);
    auto progress = m_ledger->progress(taskId(QStringLiteral("1.1")));
    ASSERT_TRUE(progress.ok());
    ASSERT_EQ(progress->size(), 1);
    EXPECT_EQ(progress->first().text, QStringLiteral("清单已起草"));
    EXPECT_EQ(progress->first().author, QStringLiteral("孙丽"));
    EXPECT_EQ(progress->first().date, QDate(2024, 3, 15));
    // 已完成: completed through the workflow, awaiting sign-off, never closed.
    const Task done = task(taskId(QStringLiteral("1.2")));
    EXPECT_EQ(done.status, TaskStatus::Completed);
    EXPECT_EQ(done.completedOn, QDate(2024, 3, 15));
    auto doneProgress = m_ledger->progress(done.id);
    ASSERT_TRUE(doneProgress.ok());
    ASSERT_EQ(doneProgress->size(), 1);
    EXPECT_EQ(doneProgress->first().text, QStringLiteral("培训已完成（佐证材料：签到表.pdf）"));
    EXPECT_EQ(doneProgress->first().author, QStringLiteral("孙丽"));
    // The extension is pending; the deadline is unchanged until a supervisor decides.
    auto pending = Extensions::pending(*m_ledger, taskId(QStringLiteral("1.1")));
    ASSERT_TRUE(pending.ok() && pending->has_value());
    EXPECT_EQ((*pending)->requestedTo, QDate(2024, 9, 30));
    EXPECT_EQ((*pending)->requestedBy, QStringLiteral("孙丽"));
    EXPECT_EQ((*pending)->roundId, round.id);
    EXPECT_EQ(task(taskId(QStringLiteral("1.1"))).deadline, QDate(2024, 6, 30));
    auto reports = m_ledger->roundReports(round.id);
    ASSERT_TRUE(reports.ok());
    ASSERT_EQ(reports->size(), 1);
    EXPECT_EQ(reports->first().unit, org);
    EXPECT_EQ(reports->first().reporter, QStringLiteral("孙丽"));
    EXPECT_EQ(reports->first().phone, QStringLiteral("13800000000"));
    EXPECT_TRUE(reports->first().onTime);
    EXPECT_EQ(reports->first().completedCount, 1);
    EXPECT_EQ(reports->first().extensionCount, 1);
    EXPECT_EQ(reports->first().progressCount, 1);

    // The same file again changes nothing.
    const qint64 after = auditCount();
    const CollectResult again = collect(back);
    EXPECT_TRUE(again.accepted);
    EXPECT_TRUE(again.alreadyCollected);
    EXPECT_FALSE(again.written);
    EXPECT_EQ(auditCount(), after);
    // A copy saved again (other bytes, same content) writes no entry twice either.
    const QString copy = filled(back, QStringLiteral("back2.xlsx"),
        { { QStringLiteral("1.1"), RoundForms::Phone, QStringLiteral("13800000001") } });
    const CollectResult resaved = collect(copy);
    ASSERT_TRUE(resaved.accepted) << resaved.problemLines().join(QLatin1Char('\n')).toStdString();
    for (const FormChange &c : resaved.changes)
        EXPECT_TRUE(c.alreadyInLedger) << c.ref.toStdString();
    auto progressAgain = m_ledger->progress(taskId(QStringLiteral("1.1")));
    ASSERT_TRUE(progressAgain.ok());
    EXPECT_EQ(progressAgain->size(), 1);
}

TEST_F(ReportingTest, CsvFormRoundTrip)
{
    const Round round = openRound();
    const QString form = formOf(round, invest, true);
    QFile in(form);
    ASSERT_TRUE(in.open(QIODevice::ReadOnly));
    const QByteArray bytes = in.readAll();
    in.close();
    // UTF-8 with a byte-order mark, so that Excel reads the Chinese right; the key line first.
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF#rectify-form,1,"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    QStringList lines = text.split(QStringLiteral("\r\n"));
    ASSERT_GE(lines.size(), 4);
    EXPECT_TRUE(lines.at(2).startsWith(QStringLiteral("2.1,")));
    lines[2] += QStringLiteral("台账已建立,推进中,,,,钱进,010-1234");
    lines[2].replace(QStringLiteral(",,,,,,,台账"), QStringLiteral(",台账"));
    const QString back = QDir(m_ledger.dir()).filePath(QStringLiteral("back.csv"));
    QFile out(back);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(lines.join(QStringLiteral("\r\n")).toUtf8());
    out.close();
    const CollectResult r = collect(back);
    ASSERT_TRUE(r.accepted) << r.problemLines().join(QLatin1Char('\n')).toStdString();
    ASSERT_EQ(r.changes.size(), 1);
    EXPECT_EQ(r.changes.first().text, QStringLiteral("台账已建立"));
    EXPECT_EQ(r.changes.first().reporter, QStringLiteral("钱进"));
    EXPECT_EQ(r.phone, QStringLiteral("010-1234"));
}

// Each refusal leaves the ledger as it was and names where the problem is.
class RefusalTest : public ReportingTest
{
protected:
    void expectRefused(const QString &path, const QString &needle, qint64 row = -1, int column = -2,
        FormCollector::Options options = {})
    {
        const qint64 before = auditCount();
        const CollectResult r = collect(path, options);
        EXPECT_FALSE(r.accepted);
        EXPECT_FALSE(r.written);
        EXPECT_EQ(auditCount(), before);
        const QString lines = r.problemLines().join(QLatin1Char('\n'));
        EXPECT_TRUE(lines.contains(needle)) << lines.toStdString();
        if (row >= 0) {
            bool found = false;
            for (const FormProblem &p : r.problems)
                found = found || (p.row == row && (column == -2 || p.column == column));
            EXPECT_TRUE(found) << lines.toStdString();
        }
        auto reports = m_ledger->roundReports(r.roundId);
        EXPECT_TRUE(reports.ok() && reports->isEmpty());
    }
};

TEST_F(RefusalTest, WrongRound)
{
    const Round round = openRound();
    openRound(QStringLiteral("2024年4月进展报送"), QDate(2024, 4, 20));
    const QString form = formOf(round, org);
    FormCollector::Options o;
    o.roundName = QStringLiteral("2024年4月进展报送");
    expectRefused(form, QStringLiteral("belongs to the round 2024年3月进展报送"), 0, -1, o);
}

TEST_F(RefusalTest, WrongUnit)
{
    const Round round = openRound();
    const QString form = formOf(round, org);
    FormCollector::Options o;
    o.unit = invest;
    expectRefused(form, QStringLiteral("is the form of 组织人事部, not of 投资促进局"), 0, -1, o);
    // The unit named on the sheet changed: taken for another unit's form.
    auto main = readSheet(form, RoundForms::mainSheet());
    main[2][1] = invest;
    const QString other = QDir(m_ledger.dir()).filePath(QStringLiteral("other.xlsx"));
    writeForm(other, main, readSheet(form, RoundForms::keySheet()));
    expectRefused(other, QStringLiteral("cannot be taken for another unit"), 0);
}

TEST_F(RefusalTest, EditedKeys)
{
    const Round round = openRound();
    const QString form = formOf(round, org);
    // The unit in the hidden keys, as someone would to pass a form off as another's.
    auto keys = readSheet(form, RoundForms::keySheet());
    keys[3][1] = invest;
    const QString forged = QDir(m_ledger.dir()).filePath(QStringLiteral("forged.xlsx"));
    writeForm(forged, readSheet(form, RoundForms::mainSheet()), keys);
    expectRefused(forged, QStringLiteral("keys were changed"), 0);
    // A task id swapped for another unit's task.
    keys = readSheet(form, RoundForms::keySheet());
    keys[6][0] = QString::number(taskId(QStringLiteral("2.1")));
    writeForm(forged, readSheet(form, RoundForms::mainSheet()), keys);
    expectRefused(forged, QStringLiteral("keys were changed"), 0);
    // A reference edited in the locked column of the sheet.
    const QString edited = filled(form, QStringLiteral("edited.xlsx"),
        { { QStringLiteral("1.2"), RoundForms::Ref, QStringLiteral("1.3") } });
    expectRefused(edited, QStringLiteral("reference was changed from 1.2"), 6, RoundForms::Ref);
}

TEST_F(RefusalTest, BadDates)
{
    const Round round = openRound();
    const QString form = formOf(round, org);
    const QString notADate = filled(form, QStringLiteral("a.xlsx"),
        { { QStringLiteral("1.1"), RoundForms::ExtendTo, QStringLiteral("下个月") },
            { QStringLiteral("1.1"), RoundForms::ExtendReason, QStringLiteral("原因") },
            { QStringLiteral("1.1"), RoundForms::Reporter, QStringLiteral("孙丽") } });
    expectRefused(
        notADate, QStringLiteral("row 5, column G (申请延期至)"), 5, RoundForms::ExtendTo);
    // Not later than the deadline.
    const QString earlier = filled(form, QStringLiteral("b.xlsx"),
        { { QStringLiteral("1.1"), RoundForms::ExtendTo, QStringLiteral("2024-05-01") },
            { QStringLiteral("1.1"), RoundForms::ExtendReason, QStringLiteral("原因") },
            { QStringLiteral("1.1"), RoundForms::Reporter, QStringLiteral("孙丽") } });
    expectRefused(earlier, QStringLiteral("not later than"), 5, RoundForms::ExtendTo);
    // No reason.
    const QString noReason = filled(form, QStringLiteral("c.xlsx"),
        { { QStringLiteral("1.1"), RoundForms::ExtendTo, QStringLiteral("2024-09-30") },
            { QStringLiteral("1.1"), RoundForms::Reporter, QStringLiteral("孙丽") } });
    expectRefused(noReason, QStringLiteral("needs a reason"), 5, RoundForms::ExtendReason);
}

TEST_F(RefusalTest, ExtensionAfterTheDeadlinePassed)
{
    const Round round = openRound(QStringLiteral("2024年4月进展报送"), QDate(2024, 4, 20));
    const QString form = formOf(round, org);
    const QString back = filled(form, QStringLiteral("late.xlsx"),
        { { QStringLiteral("1.2"), RoundForms::ExtendTo, QStringLiteral("2024-06-30") },
            { QStringLiteral("1.2"), RoundForms::ExtendReason, QStringLiteral("原因") },
            { QStringLiteral("1.2"), RoundForms::Reporter, QStringLiteral("孙丽") } });
    m_ledger->setClock([] { return QDateTime(QDate(2024, 4, 2), QTime(9, 0), QTimeZone::utc()); });
    expectRefused(back, QStringLiteral("has passed"), 6, RoundForms::ExtendTo);
}

TEST_F(RefusalTest, BadStatus)
{
    const Round round = openRound();
    const QString form = formOf(round, org);
    const QString back = filled(form, QStringLiteral("s.xlsx"),
        { { QStringLiteral("1.1"), RoundForms::Progress, QStringLiteral("进行中") },
            { QStringLiteral("1.1"), RoundForms::Completion, QStringLiteral("差不多了") },
            { QStringLiteral("1.1"), RoundForms::Reporter, QStringLiteral("孙丽") } });
    expectRefused(back, QStringLiteral("\"差不多了\" is not one of 推进中、已完成、长期坚持"), 5,
        RoundForms::Completion);
    // 已完成 without saying what was done.
    const QString empty = filled(form, QStringLiteral("e.xlsx"),
        { { QStringLiteral("1.1"), RoundForms::Completion, QStringLiteral("已完成") },
            { QStringLiteral("1.1"), RoundForms::Reporter, QStringLiteral("孙丽") } });
    expectRefused(empty, QStringLiteral("say what was done"), 5, RoundForms::Progress);
}

TEST_F(RefusalTest, UnknownTask)
{
    const Round round = openRound();
    const QString form = formOf(round, org);
    const QString back = filled(form, QStringLiteral("u.xlsx"),
        { { QStringLiteral("1.1"), RoundForms::Progress, QStringLiteral("进展") },
            { QStringLiteral("1.1"), RoundForms::Reporter, QStringLiteral("孙丽") } });
    ASSERT_TRUE(m_ledger->removeTask(taskId(QStringLiteral("1.2"))).ok());
    expectRefused(back, QStringLiteral("no longer in the ledger"), 6, RoundForms::Ref);
}

TEST_F(RefusalTest, TaskNoLongerTheUnits)
{
    const Round round = openRound();
    const QString form = formOf(round, org);
    const QString back = filled(form, QStringLiteral("n.xlsx"),
        { { QStringLiteral("1.1"), RoundForms::Progress, QStringLiteral("进展") },
            { QStringLiteral("1.1"), RoundForms::Reporter, QStringLiteral("孙丽") } });
    Task t = task(taskId(QStringLiteral("1.1")));
    t.responsibilities.leadUnits = { QStringLiteral("办公室") };
    ASSERT_TRUE(m_ledger->updateTask(t).ok());
    expectRefused(back, QStringLiteral("is not led by 组织人事部"), 5, RoundForms::Ref);
}

TEST_F(RefusalTest, FormOfAnotherLedger)
{
    TempLedger other;
    fillLedger(*other);
    auto u = other->findUser(QStringLiteral("周主任"));
    ASSERT_TRUE(u.ok() && u->has_value());
    auto round = Rounds(*other, **u).open(QStringLiteral("2024年3月进展报送"), QDate(2024, 3, 20));
    ASSERT_TRUE(round.ok());
    openRound(); // the same name here
    auto files = FormWriter::write(*other, *round, QDir(other.dir()).filePath(QStringLiteral("f")),
        FormWriter::Format::Xlsx, { org });
    ASSERT_TRUE(files.ok() && files->size() == 1);
    expectRefused(files->first(), QStringLiteral("not one of this ledger's"), 0);
}

TEST_F(RefusalTest, ClosedRoundAndOfficials)
{
    const Round round = openRound();
    const QString form = formOf(round, org);
    const qint64 before = auditCount();
    const CollectResult byOfficial
        = FormCollector(*m_ledger, user(QStringLiteral("孙丽"))).collect(form, {});
    EXPECT_FALSE(byOfficial.accepted);
    EXPECT_EQ(auditCount(), before);
    ASSERT_TRUE(Rounds(*m_ledger, user(QStringLiteral("周主任"))).close(round.name).ok());
    expectRefused(form, QStringLiteral("is closed"), 0);
}

TEST_F(RefusalTest, NotAFormAndAddedRows)
{
    const QString junk = QDir(m_ledger.dir()).filePath(QStringLiteral("junk.csv"));
    QFile f(junk);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("序号,整改措施\n1,x\n");
    f.close();
    expectRefused(junk, QStringLiteral("not a reporting form"), 0);
    const Round round = openRound();
    const QString form = formOf(round, org);
    auto main = readSheet(form, RoundForms::mainSheet());
    main.insert(
        40, { QStringLiteral("9.9"), QString(), QString(), QString(), QStringLiteral("新增一行") });
    const QString added = QDir(m_ledger.dir()).filePath(QStringLiteral("added.xlsx"));
    writeForm(added, main, readSheet(form, RoundForms::keySheet()));
    expectRefused(added, QStringLiteral("not one of the form's tasks"), 40, -1);
}

TEST_F(RefusalTest, AllOrNothing)
{
    const Round round = openRound();
    const QString form = formOf(round, org);
    // 1.1 is fine; 1.2's status is not: nothing of the file is written.
    const QString back = filled(form, QStringLiteral("mixed.xlsx"),
        { { QStringLiteral("1.1"), RoundForms::Progress, QStringLiteral("清单已起草") },
            { QStringLiteral("1.1"), RoundForms::Reporter, QStringLiteral("孙丽") },
            { QStringLiteral("1.2"), RoundForms::Progress, QStringLiteral("培训完成") },
            { QStringLiteral("1.2"), RoundForms::Completion, QStringLiteral("完成") } });
    expectRefused(back, QStringLiteral("row 6, column F (完成情况)"), 6, RoundForms::Completion);
    auto progress = m_ledger->progress(taskId(QStringLiteral("1.1")));
    ASSERT_TRUE(progress.ok());
    EXPECT_TRUE(progress->isEmpty());
}

TEST_F(ReportingTest, StatusOnTimeLateAndMissing)
{
    const Round round = openRound();
    const QString orgForm = formOf(round, org);
    const QString investForm = formOf(round, invest);
    ASSERT_TRUE(collect(orgForm).accepted); // 2024-03-15, due 03-20: on time
    m_ledger->setClock([] { return QDateTime(QDate(2024, 3, 22), QTime(9, 0), QTimeZone::utc()); });
    auto status = RoundStatus::of(*m_ledger, round);
    ASSERT_TRUE(status.ok());
    EXPECT_EQ(status->onTime, 1);
    EXPECT_EQ(status->missing, 1);
    EXPECT_DOUBLE_EQ(status->rate(), 0.5);
    EXPECT_EQ(status->units.first().unit, invest);
    EXPECT_EQ(status->units.first().state, UnitReportStatus::State::Missing);
    const CollectResult late = collect(investForm);
    ASSERT_TRUE(late.accepted);
    EXPECT_FALSE(late.onTime);
    status = RoundStatus::of(*m_ledger, round);
    ASSERT_TRUE(status.ok());
    EXPECT_EQ(status->onTime, 1);
    EXPECT_EQ(status->late, 1);
    EXPECT_EQ(status->missing, 0);
    EXPECT_DOUBLE_EQ(status->rate(), 1.0);
    EXPECT_EQ(status->units.first().state, UnitReportStatus::State::Late);
    EXPECT_EQ(status->units.first().reportedOn, QDate(2024, 3, 22));
}

TEST_F(ReportingTest, RoundsAreASupervisorsAndNamedOnce)
{
    EXPECT_FALSE(Rounds(*m_ledger, user(QStringLiteral("孙丽")))
                     .open(QStringLiteral("x"), QDate(2024, 3, 20))
                     .ok());
    EXPECT_FALSE(Rounds(*m_ledger, user(QStringLiteral("tester")))
                     .open(QStringLiteral("x"), QDate(2024, 3, 20))
                     .ok());
    openRound();
    auto twice = Rounds(*m_ledger, user(QStringLiteral("周主任")))
                     .open(QStringLiteral("2024年3月进展报送"), QDate(2024, 3, 20));
    EXPECT_FALSE(twice.ok());
    auto rounds = m_ledger->rounds();
    ASSERT_TRUE(rounds.ok());
    ASSERT_EQ(rounds->size(), 1);
    EXPECT_EQ(rounds->first().state, Round::State::Open);
    EXPECT_EQ(rounds->first().openedBy, QStringLiteral("周主任"));
    ASSERT_TRUE(Rounds(*m_ledger, user(QStringLiteral("周主任")))
                    .close(QStringLiteral("2024年3月进展报送"))
                    .ok());
    auto found = Rounds::find(*m_ledger, QString());
    EXPECT_FALSE(found.ok()); // no open round left
}

TEST_F(ReportingTest, ExtensionRequestApproveReject)
{
    const qint64 t11 = taskId(QStringLiteral("1.1"));
    const qint64 t21 = taskId(QStringLiteral("2.1"));
    Extensions sun(*m_ledger, user(QStringLiteral("孙丽")));
    Extensions zhou(*m_ledger, user(QStringLiteral("周主任")));
    Extensions qian(*m_ledger, user(QStringLiteral("钱进")));
    // An official of another unit may not ask; one of the task's units may.
    EXPECT_FALSE(qian.request(t11, QDate(2024, 9, 30), QStringLiteral("r")).ok());
    ASSERT_TRUE(sun.request(t11, QDate(2024, 9, 30), QStringLiteral("等待上级文件")).ok());
    // One pending request a task.
    EXPECT_FALSE(sun.request(t11, QDate(2024, 10, 30), QStringLiteral("r")).ok());
    // Officials do not decide.
    EXPECT_FALSE(sun.approve(t11).ok());
    ASSERT_TRUE(zhou.approve(t11, QStringLiteral("同意")).ok());
    EXPECT_EQ(task(t11).deadline, QDate(2024, 9, 30));
    auto original = Extensions::originalDeadline(*m_ledger, t11);
    ASSERT_TRUE(original.ok());
    EXPECT_EQ(*original, QDate(2024, 6, 30));
    auto list = m_ledger->extensions(t11);
    ASSERT_TRUE(list.ok() && list->size() == 1);
    EXPECT_EQ(list->first().state, ExtensionRequest::State::Approved);
    EXPECT_EQ(list->first().decidedBy, QStringLiteral("周主任"));
    // The deadline change is audited with the approval as its reason.
    auto audit = m_ledger->auditLog(QStringLiteral("task"), t11);
    ASSERT_TRUE(audit.ok());
    bool deadlineAudited = false;
    for (const AuditEntry &e : *audit)
        deadlineAudited = deadlineAudited
            || (e.field == QStringLiteral("deadline") && e.oldValue == QStringLiteral("2024-06-30")
                && e.newValue == QStringLiteral("2024-09-30"));
    EXPECT_TRUE(deadlineAudited);
    // A second extension keeps the first original deadline.
    ASSERT_TRUE(sun.request(t11, QDate(2024, 12, 31), QStringLiteral("再延")).ok());
    EXPECT_FALSE(zhou.reject(t11, QString()).ok()); // a reason is needed
    ASSERT_TRUE(zhou.reject(t11, QStringLiteral("不同意")).ok());
    EXPECT_EQ(task(t11).deadline, QDate(2024, 9, 30));
    // A long-term task has no deadline to move.
    EXPECT_FALSE(
        qian.request(taskId(QStringLiteral("2.2")), QDate(2024, 9, 30), QStringLiteral("r")).ok());
    // Statistics count the tasks whose deadline was extended.
    StatsRequest request;
    request.today = QDate(2024, 3, 15);
    auto stats = StatsQuery::compute(*m_ledger, request);
    ASSERT_TRUE(stats.ok()) << stats.error().toStdString();
    EXPECT_EQ(stats->tasks.extended, 1);
    // A co-operating unit's official may ask too (the permission of her unit).
    EXPECT_TRUE(sun.request(t21, QDate(2024, 5, 31), QStringLiteral("配合")).ok());
}

TEST_F(ReportingTest, CopyOfTheLedgerKeepsRoundsAndAcceptsTheirForms)
{
    const Round round = openRound();
    const QString form = formOf(round, org);
    ASSERT_TRUE(Extensions(*m_ledger, user(QStringLiteral("孙丽")))
                    .request(taskId(QStringLiteral("1.1")), QDate(2024, 9, 30), QStringLiteral("r"))
                    .ok());
    Ledger copy;
    copy.setClock(m_ledger->clock());
    const QString target = QDir(m_ledger.dir()).filePath(QStringLiteral("copy.sqlite"));
    ASSERT_TRUE(copy.open(target).ok());
    auto copied = LedgerCopy::copy(*m_ledger, copy);
    ASSERT_TRUE(copied.ok()) << copied.error().toStdString();
    auto rounds = copy.rounds();
    ASSERT_TRUE(rounds.ok() && rounds->size() == 1);
    EXPECT_EQ(rounds->first().secret, round.secret);
    auto ext = copy.extensions();
    ASSERT_TRUE(ext.ok());
    EXPECT_EQ(ext->size(), 1);
    auto supervisor = copy.findUser(QStringLiteral("周主任"));
    ASSERT_TRUE(supervisor.ok() && supervisor->has_value());
    const CollectResult r = FormCollector(copy, **supervisor).collect(form, {});
    EXPECT_TRUE(r.accepted) << r.problemLines().join(QLatin1Char('\n')).toStdString();
}

} // namespace
} // namespace rectify::test
