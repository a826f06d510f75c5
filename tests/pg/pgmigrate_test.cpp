// rectify-cli migrate / LedgerCopy: a ledger copied from a file to a server and
// back keeps its ids, its rows and its audit chain; a target that holds anything
// is refused and left as it was.
#include "pgtest.h"
#include "store/auditchain.h"
#include "store/ledger.h"
#include "store/ledgercopy.h"
#include "templedger.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace rectify;
using namespace rectify::test;

namespace {

// A SQLite ledger with a bit of everything, including a deleted row (ids with a
// gap), a signed-off task and empty versus missing values.
void fill(Ledger &ledger)
{
    Inspection i;
    i.name = QStringLiteral("市委第二巡察组反馈");
    i.feedbackDate = QDate(2023, 9, 1);
    auto iid = ledger.addInspection(i);
    ASSERT_TRUE(iid.ok()) << iid.error().toStdString();
    for (int n = 1; n <= 3; ++n) {
        Problem p;
        p.inspectionId = *iid;
        p.code = QString::number(n);
        p.category = QStringLiteral("作风建设");
        p.title = QStringLiteral("问题%1").arg(n);
        auto pid = ledger.addProblem(p);
        ASSERT_TRUE(pid.ok()) << pid.error().toStdString();
        Task t;
        t.problemId = *pid;
        t.measure = QStringLiteral("措施%1").arg(n);
        t.deadline = n == 2 ? QDate() : QDate(2024, n, 28);
        t.longTerm = n == 2;
        t.responsibilities.leadUnits = { QStringLiteral("办公室") };
        t.responsibilities.persons = { QStringLiteral("王芳"), QStringLiteral("李强") };
        auto tid = ledger.addTask(t);
        ASSERT_TRUE(tid.ok()) << tid.error().toStdString();
        ProgressEntry e;
        e.taskId = *tid;
        e.date = QDate(2024, 1, 10);
        e.text = QStringLiteral("已召开专题会议");
        ASSERT_TRUE(ledger.addProgress(e).ok());
    }
    auto first = ledger.findProblem(*iid, QStringLiteral("1"));
    ASSERT_TRUE(first.ok() && first->has_value());
    ASSERT_TRUE(ledger.removeProblem((*first)->id).ok());
    auto third = ledger.findProblem(*iid, QStringLiteral("3"));
    auto tasks = ledger.tasks((*third)->id);
    ASSERT_TRUE(tasks.ok() && tasks->size() == 1);
    const Task t = tasks->first();
    ASSERT_TRUE(ledger
                    .setTaskStatus(t.id, t.version, TaskStatus::Closed, QDate(2024, 2, 1),
                        QDate(2024, 2, 3), QStringLiteral("评估通过"))
                    .ok());
    User u;
    u.name = QStringLiteral("督查室");
    u.role = UserRole::Supervisor;
    ASSERT_TRUE(ledger.addUser(u).ok());
    ASSERT_TRUE(ledger.setSetting(QStringLiteral("alert_days"), QStringLiteral("10")).ok());
}

// Everything a reader sees of a ledger, as text, to compare two ledgers.
QStringList contents(const Ledger &ledger)
{
    QStringList out;
    const auto c = ledger.counts();
    EXPECT_TRUE(c.ok());
    out << QStringLiteral("counts %1 %2 %3 %4 %5 %6 %7 %8")
               .arg(c->inspections)
               .arg(c->problems)
               .arg(c->tasks)
               .arg(c->progressEntries)
               .arg(c->units)
               .arg(c->people)
               .arg(c->users)
               .arg(c->auditEntries);
    // Each list in a variable of its own: a range-for over *ledger.x() would
    // iterate a temporary that is already gone.
    const auto problems = ledger.problems();
    EXPECT_TRUE(problems.ok());
    for (const Problem &p : *problems) {
        out << QStringLiteral("problem %1 %2 %3").arg(p.id).arg(p.code, p.title);
        const auto tasks = ledger.tasks(p.id);
        EXPECT_TRUE(tasks.ok());
        for (const Task &t : *tasks) {
            out << QStringLiteral("task %1 %2 %3 %4 %5 %6 %7 %8")
                       .arg(t.id)
                       .arg(t.number)
                       .arg(t.measure, t.deadline.toString(Qt::ISODate))
                       .arg(t.longTerm)
                       .arg(taskStatusKey(t.status))
                       .arg(t.version)
                       .arg(t.responsibilities.persons.join(QLatin1Char(',')));
            const auto progress = ledger.progress(t.id);
            EXPECT_TRUE(progress.ok());
            for (const ProgressEntry &e : *progress)
                out << QStringLiteral("progress %1 %2").arg(e.id).arg(e.text);
        }
    }
    const auto users = ledger.users();
    EXPECT_TRUE(users.ok());
    for (const User &u : *users)
        out << QStringLiteral("user %1 %2 %3").arg(u.id).arg(u.name, userRoleKey(u.role));
    const auto audit = ledger.auditLog();
    EXPECT_TRUE(audit.ok());
    for (const AuditEntry &e : *audit)
        out << QStringLiteral("audit %1 %2 %3 %4 %5")
                   .arg(e.id)
                   .arg(e.entity, e.field, e.oldValue, e.newValue);
    const auto setting = ledger.setting(QStringLiteral("alert_days"));
    EXPECT_TRUE(setting.ok());
    out << QStringLiteral("setting %1").arg(setting.ok() ? *setting : QString());
    return out;
}

QString headHash(const Ledger &ledger)
{
    auto r = AuditChain::verify(ledger);
    EXPECT_TRUE(r.ok()) << r.error().toStdString();
    EXPECT_TRUE(r.ok() && r->intact) << (r.ok() ? r->problem.toStdString() : std::string());
    return r.ok() ? r->headHash : QString();
}

} // namespace

TEST(PgMigrate, FileToServerAndBackKeepsEverything)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("source.sqlite"));
    QStringList original;
    QString hash;
    {
        Ledger source;
        source.setActor(QStringLiteral("tester"));
        source.setClock(fixedNow);
        ASSERT_TRUE(source.open(file).ok());
        fill(source);
        original = contents(source);
        hash = headHash(source);
    }
    TempPgDatabase server;
    ASSERT_TRUE(server.ok()) << server.error().toStdString();
    auto there = LedgerCopy::copy(file, server.url());
    ASSERT_TRUE(there.ok()) << there.error().toStdString();
    EXPECT_GT(there->auditEntries, 10);
    {
        Ledger copy;
        ASSERT_TRUE(copy.open(server.url(), Ledger::OpenMode::ExistingOnly).ok());
        EXPECT_EQ(contents(copy), original);
        EXPECT_EQ(headHash(copy), hash);
    }

    const QString back = dir.filePath(QStringLiteral("back.sqlite"));
    auto home = LedgerCopy::copy(server.url(), back);
    ASSERT_TRUE(home.ok()) << home.error().toStdString();
    EXPECT_EQ(home->rows, there->rows);
    Ledger returned;
    ASSERT_TRUE(returned.open(back, Ledger::OpenMode::ExistingOnly).ok());
    EXPECT_EQ(contents(returned), original);
    EXPECT_EQ(headHash(returned), hash);

    // New rows on the server follow the copied ids; the chain goes on.
    Ledger copy;
    copy.setActor(QStringLiteral("tester"));
    ASSERT_TRUE(copy.open(server.url()).ok());
    auto problems = copy.problems();
    ASSERT_TRUE(problems.ok() && !problems->isEmpty());
    Problem p;
    p.inspectionId = problems->first().inspectionId;
    p.code = QStringLiteral("9");
    p.title = QStringLiteral("新增问题");
    auto added = copy.addProblem(p);
    ASSERT_TRUE(added.ok()) << added.error().toStdString();
    EXPECT_GT(*added, problems->last().id);
    auto report = AuditChain::verify(copy);
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->intact) << report->problem.toStdString();
}

TEST(PgMigrate, TargetThatHoldsAnythingIsRefusedAndUntouched)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("source.sqlite"));
    {
        Ledger source;
        source.setActor(QStringLiteral("tester"));
        ASSERT_TRUE(source.open(file).ok());
        fill(source);
    }
    TempLedger existing; // a ledger on the server, with its first user
    const QStringList before = contents(*existing);
    auto refused = LedgerCopy::copy(file, existing.path());
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("already holds a ledger")))
        << refused.error().toStdString();
    EXPECT_EQ(contents(*existing), before);

    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    {
        Ledger l;
        ASSERT_TRUE(l.open(other).ok());
    }
    const QByteArray bytes = readAll(other);
    auto refusedFile = LedgerCopy::copy(existing.path(), other);
    ASSERT_FALSE(refusedFile.ok());
    EXPECT_TRUE(refusedFile.error().contains(QStringLiteral("exists")))
        << refusedFile.error().toStdString();
    EXPECT_EQ(readAll(other), bytes);
}

TEST(PgMigrate, CommandLineCopiesAndTheCopyVerifies)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("source.sqlite"));
    {
        Ledger source;
        source.setActor(QStringLiteral("tester"));
        ASSERT_TRUE(source.open(file).ok());
        fill(source);
    }
    TempPgDatabase server;
    ASSERT_TRUE(server.ok()) << server.error().toStdString();
    const auto run = [](const QStringList &args) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("RECTIFY_LANG"), QStringLiteral("en"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(RECTIFY_CLI_PATH), args);
        EXPECT_TRUE(p.waitForFinished(120000));
        return std::make_pair(
            p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()));
    };
    auto [code, output]
        = run({ QStringLiteral("--user"), QStringLiteral("tester"), QStringLiteral("migrate"),
            QStringLiteral("--from"), file, QStringLiteral("--to"), server.url() });
    EXPECT_EQ(code, 0) << output.toStdString();
    EXPECT_TRUE(output.contains(QStringLiteral("Copied"))) << output.toStdString();
    auto [verifyCode, verifyOutput]
        = run({ QStringLiteral("--db"), server.url(), QStringLiteral("audit-verify") });
    EXPECT_EQ(verifyCode, 0) << verifyOutput.toStdString();
    EXPECT_TRUE(verifyOutput.contains(QStringLiteral("intact"))) << verifyOutput.toStdString();

    // Again into the same database: refused, exit 1.
    auto [again, againOutput]
        = run({ QStringLiteral("--user"), QStringLiteral("tester"), QStringLiteral("migrate"),
            QStringLiteral("--from"), file, QStringLiteral("--to"), server.url() });
    EXPECT_EQ(again, 1) << againOutput.toStdString();
    EXPECT_TRUE(againOutput.contains(QStringLiteral("already holds"))) << againOutput.toStdString();
}
