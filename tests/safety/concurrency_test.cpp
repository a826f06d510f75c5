// Two processes writing one ledger: writes wait for each other (busy timeout) and
// the ledger is never corrupted. The writers are this test executable itself,
// started again to run the disabled WriterChild test.
#include "store/ledger.h"
#include "tests/safety/safetysupport.h"

#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace rectify;
using namespace rectify::test;

namespace {

constexpr int problemsPerWriter = 40;

} // namespace

// Run only as a child: adds problemsPerWriter problems of two tasks each, one
// transaction per problem, to the ledger named in the environment.
TEST(TwoProcesses, DISABLED_WriterChild)
{
    const QString db = qEnvironmentVariable("RECTIFY_TEST_WRITER_DB");
    const QString tag = qEnvironmentVariable("RECTIFY_TEST_WRITER_TAG");
    ASSERT_FALSE(db.isEmpty());
    Ledger l;
    l.setActor(tag);
    const Status opened = l.open(db, Ledger::OpenMode::ExistingOnly);
    ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    auto inspection = l.defaultInspection();
    ASSERT_TRUE(inspection.ok()) << inspection.error().toStdString();
    for (int n = 0; n < problemsPerWriter; ++n) {
        Ledger::Transaction tx(l);
        ASSERT_TRUE(tx.status().ok()) << tx.status().error().toStdString();
        Problem p;
        p.inspectionId = inspection->id;
        p.code = QStringLiteral("%1-%2").arg(tag).arg(n);
        p.title = QStringLiteral("并发写入 %1").arg(n);
        auto pid = l.addProblem(p);
        ASSERT_TRUE(pid.ok()) << pid.error().toStdString();
        for (int t = 0; t < 2; ++t) {
            Task task;
            task.problemId = *pid;
            task.measure = QStringLiteral("措施 %1").arg(t);
            task.responsibilities.leadUnits = { QStringLiteral("单位%1").arg(n % 5) };
            auto tid = l.addTask(task);
            ASSERT_TRUE(tid.ok()) << tid.error().toStdString();
        }
        const Status committed = tx.commit();
        ASSERT_TRUE(committed.ok()) << committed.error().toStdString();
    }
}

TEST(TwoProcesses, WritesWaitAndNeverCorrupt)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("shared.sqlite"));
    {
        Ledger l;
        ASSERT_TRUE(l.open(db).ok());
        ASSERT_TRUE(l.defaultInspection().ok());
    }
    QProcess writers[2];
    for (int i = 0; i < 2; ++i) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("RECTIFY_TEST_WRITER_DB"), db);
        env.insert(QStringLiteral("RECTIFY_TEST_WRITER_TAG"), QStringLiteral("w%1").arg(i));
        writers[i].setProcessEnvironment(env);
        writers[i].setProcessChannelMode(QProcess::MergedChannels);
        writers[i].start(QCoreApplication::applicationFilePath(),
            { QStringLiteral("--gtest_also_run_disabled_tests"),
                QStringLiteral("--gtest_filter=TwoProcesses.DISABLED_WriterChild") });
    }
    for (QProcess &w : writers) {
        ASSERT_TRUE(w.waitForFinished(120000));
        EXPECT_EQ(w.exitStatus(), QProcess::NormalExit);
        EXPECT_EQ(w.exitCode(), 0) << w.readAll().toStdString();
    }

    Ledger l;
    ASSERT_TRUE(l.open(db, Ledger::OpenMode::ReadOnly).ok());
    EXPECT_EQ(scalar(l, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    EXPECT_EQ(scalar(l, QStringLiteral("SELECT count(*) FROM problems")),
        QString::number(2 * problemsPerWriter));
    EXPECT_EQ(scalar(l, QStringLiteral("SELECT count(*) FROM tasks")),
        QString::number(4 * problemsPerWriter));
    // Every problem got both of its tasks: no transaction was half-applied.
    EXPECT_EQ(scalar(l,
                  QStringLiteral("SELECT count(*) FROM (SELECT problem_id FROM tasks GROUP BY "
                                 "problem_id HAVING count(*) <> 2)")),
        QStringLiteral("0"));
    // Units were de-duplicated across both writers.
    EXPECT_EQ(scalar(l, QStringLiteral("SELECT count(*) FROM units")), QStringLiteral("5"));
    EXPECT_EQ(scalar(l,
                  QStringLiteral("SELECT count(DISTINCT user_name) FROM audit_log WHERE entity = "
                                 "'task'")),
        QStringLiteral("2"));
}

// The same with the real command: two `rectify-cli import` processes at once, each
// into its own inspection of one ledger. One waits for the other's transaction.
TEST(TwoProcesses, TwoCliImportsAtOnce)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("shared.sqlite"));
    {
        Ledger l;
        ASSERT_TRUE(l.open(db).ok());
    }
    constexpr int rows = 600;
    QStringList csvs;
    for (int w = 0; w < 2; ++w) {
        QByteArray text = "序号,问题类别,反馈问题,整改措施,整改目标,责任领导,牵头单位,配合单位,"
                          "责任人,整改时限,整改进展,完成情况,备注\r\n";
        for (int i = 0; i < rows; ++i) {
            text += QStringLiteral(
                "%1,类别%2,问题%1,\"措施%3，写入者%4\",,领导%5,单位%6,,,2024-%7-15,,"
                "推进中,\r\n")
                        .arg(i / 3 + 1)
                        .arg(i % 4)
                        .arg(i)
                        .arg(w)
                        .arg(i % 7)
                        .arg(i % 9)
                        .arg(i % 12 + 1, 2, 10, QLatin1Char('0'))
                        .toUtf8();
        }
        csvs << dir.filePath(QStringLiteral("w%1.csv").arg(w));
        ASSERT_TRUE(writeBytes(csvs.last(), text));
    }
    QProcess cli[2];
    for (int w = 0; w < 2; ++w) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("RECTIFY_LANG"), QStringLiteral("en"));
        cli[w].setProcessEnvironment(env);
        cli[w].start(QStringLiteral(RECTIFY_CLI_PATH),
            { QStringLiteral("--db"), db, QStringLiteral("import"), csvs.at(w),
                QStringLiteral("--inspection"), QStringLiteral("巡察第%1轮").arg(w + 1) });
    }
    for (QProcess &p : cli) {
        ASSERT_TRUE(p.waitForFinished(120000));
        EXPECT_EQ(p.exitStatus(), QProcess::NormalExit);
        EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    }
    Ledger l;
    ASSERT_TRUE(l.open(db, Ledger::OpenMode::ReadOnly).ok());
    EXPECT_EQ(scalar(l, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    EXPECT_EQ(scalar(l, QStringLiteral("SELECT count(*) FROM tasks")), QString::number(2 * rows));
    EXPECT_EQ(
        scalar(l, QStringLiteral("SELECT count(*) FROM inspections WHERE name LIKE '巡察第%'")),
        QStringLiteral("2"));
    // Units and leaders shared by both files were created once.
    EXPECT_EQ(scalar(l, QStringLiteral("SELECT count(*) FROM units")), QStringLiteral("9"));
}
