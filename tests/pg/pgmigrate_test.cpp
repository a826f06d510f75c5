// rectify-cli migrate / LedgerCopy: a ledger copied from a file to a server and
// back keeps its ids, its rows and its audit chain; a target that holds anything
// is refused and left as it was.
#include "store/auditchain.h"
#include "store/evidencecontent.h"
#include "store/ledger.h"
#include "store/ledgercopy.h"
#include "store/sqlaccess.h"
#include "tests/support/pgtest.h"
#include "tests/support/templedger.h"
#include "workflow/workflow.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
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
        // What COPY's text format escapes, in a row and in its audit entry.
        e.text = QStringLiteral("第一行\n第二行\t制表\r回车 C:\\台账\\N 末尾");
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
    // The new file's search index was built in one go: it finds the copied tasks
    // and problems, and its triggers are back for the rows added later.
    {
        QSqlQuery q(returned.database());
        ASSERT_TRUE(q.exec(QStringLiteral(
            "SELECT (SELECT count(*) FROM task_search WHERE task_search MATCH '\"措施3\"'), "
            "(SELECT count(*) FROM problem_search WHERE problem_search MATCH '\"问题2\"'), "
            "(SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE "
            "'%search%')")));
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toInt(), 1);
        EXPECT_EQ(q.value(1).toInt(), 1);
        EXPECT_EQ(q.value(2).toInt(), 6);
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO task_search(task_search) VALUES "
                                          "('integrity-check')")))
            << q.lastError().text().toStdString();
    }

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

namespace {

// Copies a filled ledger file, changed by `change` (SQL run with SQLite's foreign
// keys off), onto a new server database: the copy must fail with an error
// containing each of `expected`, and leave the server ledger without rows.
void expectRefusedCopy(const QString &change, const QStringList &expected)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("source.sqlite"));
    {
        Ledger source;
        source.setActor(QStringLiteral("tester"));
        source.setClock(fixedNow);
        ASSERT_TRUE(source.open(file).ok());
        fill(source);
        QSqlQuery q(source.database());
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        ASSERT_TRUE(q.exec(change)) << q.lastError().text().toStdString();
    }
    TempPgDatabase server;
    ASSERT_TRUE(server.ok()) << server.error().toStdString();
    auto copied = LedgerCopy::copy(file, server.url());
    ASSERT_FALSE(copied.ok());
    for (const QString &part : expected)
        EXPECT_NE(copied.error().indexOf(part), -1) << copied.error().toStdString();
    Ledger target;
    ASSERT_TRUE(target.open(server.url(), Ledger::OpenMode::ExistingOnly).ok());
    auto counts = target.counts();
    ASSERT_TRUE(counts.ok());
    EXPECT_EQ(counts->problems, 0);
    EXPECT_EQ(counts->tasks, 0);
    EXPECT_EQ(counts->progressEntries, 0);
}

} // namespace

// A value the server cannot store (a NUL character in a text) stops the copy
// with the server's message and the table named; the target keeps no row.
TEST(PgMigrate, ARowTheServerRefusesLeavesTheTargetEmpty)
{
    expectRefusedCopy(QStringLiteral("UPDATE progress_entries SET text = 'a' || char(0) || 'b' "
                                     "WHERE id = (SELECT max(id) FROM progress_entries)"),
        { QStringLiteral("progress_entries") });
}

// A source whose rows break a link (written with SQLite's foreign keys off) is
// refused by the bulk check of the links (the test server's role may switch the
// per-row checks off) with the row and the constraint named; nothing is copied.
TEST(PgMigrate, ABrokenLinkInTheSourceIsRefusedByTheBulkCheck)
{
    expectRefusedCopy(QStringLiteral("UPDATE progress_entries SET task_id = 987654 "
                                     "WHERE id = (SELECT max(id) FROM progress_entries)"),
        { QStringLiteral("progress_entries_task_id_fkey"), QStringLiteral("987654") });
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

namespace {

// A ledger file whose task 9.1 was completed with two evidence files, the first
// attached twice (one stored copy); returns the contents by file name.
QMap<QString, QByteArray> fillWithEvidence(Ledger &ledger, const QTemporaryDir &files)
{
    QMap<QString, QByteArray> contents;
    auto inspection = ledger.defaultInspection();
    EXPECT_TRUE(inspection.ok());
    Problem p;
    p.inspectionId = inspection->id;
    p.code = QStringLiteral("9");
    p.title = QStringLiteral("整改材料归档不全");
    auto pid = ledger.addProblem(p);
    EXPECT_TRUE(pid.ok());
    Task t;
    t.problemId = *pid;
    t.measure = QStringLiteral("补齐整改材料并归档");
    t.status = TaskStatus::InProgress;
    auto tid = ledger.addTask(t);
    EXPECT_TRUE(tid.ok());
    QByteArray scan;
    for (int b = 0; b < 256 * 8; ++b)
        scan.append(char(b % 256));
    contents.insert(QStringLiteral("整改报告.pdf"), scan);
    contents.insert(QStringLiteral("签到表.png"), QByteArray("\x89PNG\r\n\x1a\n\0\0sign-in", 17));
    QStringList paths;
    for (auto it = contents.cbegin(); it != contents.cend(); ++it) {
        QFile f(files.filePath(it.key()));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(it.value());
        paths << f.fileName();
    }
    paths << paths.first();
    User supervisor;
    supervisor.name = QStringLiteral("zhao");
    supervisor.role = UserRole::Supervisor;
    auto added = ledger.addUser(supervisor);
    EXPECT_TRUE(added.ok()) << added.error().toStdString();
    supervisor.id = added.ok() ? *added : 0;
    const Status done
        = Workflow(ledger, supervisor).complete(*tid, QStringLiteral("材料已归档"), paths);
    EXPECT_TRUE(done.ok()) << done.error().toStdString();
    return contents;
}

// Each evidence row of `ledger` with the bytes read back through it.
QStringList evidenceOf(const Ledger &ledger, const QMap<QString, QByteArray> &expected)
{
    QStringList out;
    auto q = SqlAccess::exec(
        ledger, QStringLiteral("SELECT DISTINCT task_id FROM evidence ORDER BY 1"));
    EXPECT_TRUE(q.ok());
    QVector<qint64> tasks;
    while (q.ok() && q->next())
        tasks << q->value(0).toLongLong();
    for (const qint64 task : tasks) {
        const auto rows = ledger.evidence(task);
        EXPECT_TRUE(rows.ok());
        for (const Evidence &e : *rows) {
            auto bytes = EvidenceContent::read(ledger, e);
            EXPECT_TRUE(bytes.ok()) << bytes.error().toStdString();
            EXPECT_EQ(bytes.ok() ? *bytes : QByteArray(), expected.value(e.fileName))
                << e.fileName.toStdString();
            out << QStringLiteral("%1 %2 %3 %4 %5")
                       .arg(e.id)
                       .arg(e.fileName, e.sha256)
                       .arg(e.size)
                       .arg(e.addedBy);
        }
    }
    return out;
}

qint64 scalar(const Ledger &ledger, const QString &sql)
{
    auto q = SqlAccess::exec(ledger, sql);
    EXPECT_TRUE(q.ok()) << sql.toStdString();
    return q.ok() && q->next() ? q->value(0).toLongLong() : -1;
}

} // namespace

TEST(PgMigrate, EvidenceContentsGoToTheServerAndBackIntoTheNewFilesFolder)
{
    QTemporaryDir dir;
    QTemporaryDir files;
    const QString file = dir.filePath(QStringLiteral("source.sqlite"));
    QMap<QString, QByteArray> contents;
    QStringList original;
    QString hash;
    {
        Ledger source;
        source.setActor(QStringLiteral("tester"));
        source.setClock(fixedNow);
        ASSERT_TRUE(source.open(file).ok());
        contents = fillWithEvidence(source, files);
        original = evidenceOf(source, contents);
        ASSERT_EQ(original.size(), 3);
        hash = headHash(source);
    }
    TempPgDatabase server;
    ASSERT_TRUE(server.ok()) << server.error().toStdString();
    auto there = LedgerCopy::copy(file, server.url());
    ASSERT_TRUE(there.ok()) << there.error().toStdString();
    EXPECT_EQ(there->evidenceFiles, 2);
    {
        Ledger copy;
        ASSERT_TRUE(copy.open(server.url(), Ledger::OpenMode::ExistingOnly).ok());
        EXPECT_EQ(evidenceOf(copy, contents), original);
        EXPECT_EQ(scalar(copy, QStringLiteral("SELECT count(*) FROM evidence_content")), 2);
        EXPECT_EQ(scalar(copy,
                      QStringLiteral("SELECT count(*) FROM evidence WHERE stored_path "
                                     "LIKE '%/%'")),
            0)
            << "no folder on a server";
        EXPECT_EQ(headHash(copy), hash);
    }

    const QString back = dir.filePath(QStringLiteral("back.sqlite"));
    auto home = LedgerCopy::copy(server.url(), back);
    ASSERT_TRUE(home.ok()) << home.error().toStdString();
    EXPECT_EQ(home->evidenceFiles, 2);
    Ledger returned;
    ASSERT_TRUE(returned.open(back, Ledger::OpenMode::ExistingOnly).ok());
    EXPECT_EQ(evidenceOf(returned, contents), original);
    EXPECT_EQ(scalar(returned, QStringLiteral("SELECT count(*) FROM evidence_content")), 0);
    EXPECT_EQ(scalar(returned,
                  QStringLiteral("SELECT count(*) FROM evidence WHERE stored_path "
                                 "LIKE 'back.sqlite.evidence/%'")),
        3);
    EXPECT_EQ(QDir(EvidenceContent::folder(back)).entryList(QDir::Files).size(), 2);
    EXPECT_EQ(headHash(returned), hash);
}

TEST(PgMigrate, AMissingEvidenceFileStopsTheCopyNamingIt)
{
    QTemporaryDir dir;
    QTemporaryDir files;
    const QString file = dir.filePath(QStringLiteral("source.sqlite"));
    QString missing;
    {
        Ledger source;
        source.setActor(QStringLiteral("tester"));
        ASSERT_TRUE(source.open(file).ok());
        fillWithEvidence(source, files);
        auto tasks = SqlAccess::exec(source,
            QStringLiteral("SELECT stored_path FROM evidence WHERE "
                           "file_name = '签到表.png'"));
        ASSERT_TRUE(tasks.ok() && tasks->next());
        missing = QFileInfo(file).absoluteDir().filePath(tasks->value(0).toString());
    }
    ASSERT_TRUE(QFile::remove(missing));
    TempPgDatabase server;
    ASSERT_TRUE(server.ok()) << server.error().toStdString();
    auto refused = LedgerCopy::copy(file, server.url());
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("签到表.png")))
        << refused.error().toStdString();
    EXPECT_TRUE(refused.error().contains(QDir::toNativeSeparators(missing)))
        << refused.error().toStdString();
    Ledger target;
    ASSERT_TRUE(target.open(server.url(), Ledger::OpenMode::ExistingOnly).ok());
    EXPECT_EQ(scalar(target, QStringLiteral("SELECT count(*) FROM evidence_content")), 0);
    EXPECT_EQ(scalar(target, QStringLiteral("SELECT count(*) FROM evidence")), 0);
    EXPECT_EQ(scalar(target, QStringLiteral("SELECT count(*) FROM tasks")), 0);

    // From a server whose contents lack a row, into a file: refused, and the new
    // file's folder keeps nothing of it.
    TempPgDatabase other;
    ASSERT_TRUE(other.ok()) << other.error().toStdString();
    {
        Ledger seed;
        seed.setActor(QStringLiteral("tester"));
        ASSERT_TRUE(seed.open(other.url()).ok());
        fillWithEvidence(seed, files);
        // The sign-in sheet's row goes (the scan, copied before it, stays).
        ASSERT_TRUE(
            SqlAccess::exec(seed, QStringLiteral("DELETE FROM evidence_content WHERE size < 100"))
                .ok());
    }
    const QString out = dir.filePath(QStringLiteral("out.sqlite"));
    auto refusedBack = LedgerCopy::copy(other.url(), out);
    ASSERT_FALSE(refusedBack.ok());
    EXPECT_TRUE(refusedBack.error().contains(QStringLiteral("签到表.png")))
        << refusedBack.error().toStdString();
    EXPECT_FALSE(QFileInfo::exists(EvidenceContent::folder(out)))
        << "the scan written before the failure is removed with its folder";
}

TEST(PgMigrate, CommandLineAttachesListsAndSavesEvidenceOnAServer)
{
    TempPgDatabase server;
    ASSERT_TRUE(server.ok()) << server.error().toStdString();
    QTemporaryDir files;
    QMap<QString, QByteArray> contents;
    {
        Ledger seed;
        seed.setActor(QStringLiteral("tester"));
        ASSERT_TRUE(seed.open(server.url()).ok());
        contents = fillWithEvidence(seed, files); // task 9.1, completed by zhao
        Task t;
        auto problem
            = SqlAccess::exec(seed, QStringLiteral("SELECT id FROM problems WHERE code = '9'"));
        ASSERT_TRUE(problem.ok() && problem->next());
        t.problemId = problem->value(0).toLongLong();
        t.measure = QStringLiteral("第二项措施");
        t.status = TaskStatus::InProgress;
        ASSERT_TRUE(seed.addTask(t).ok());
    }
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
    // task complete --evidence on a server ledger: the bytes go into the database.
    const QString minutes = files.filePath(QStringLiteral("会议纪要.docx"));
    {
        QFile f(minutes);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("PK\x03\x04\0minutes", 12));
    }
    auto [code, output] = run({ QStringLiteral("--db"), server.url(), QStringLiteral("--user"),
        QStringLiteral("zhao"), QStringLiteral("task"), QStringLiteral("complete"),
        QStringLiteral("9.2"), QStringLiteral("--reason"), QStringLiteral("已开会"),
        QStringLiteral("--evidence"), minutes });
    ASSERT_EQ(code, 0) << output.toStdString();

    QTemporaryDir out;
    auto [listed, listOutput] = run({ QStringLiteral("--db"), server.url(),
        QStringLiteral("evidence"), QStringLiteral("9.1"), QStringLiteral("--save"), out.path() });
    ASSERT_EQ(listed, 0) << listOutput.toStdString();
    EXPECT_TRUE(listOutput.contains(QStringLiteral("整改报告.pdf"))) << listOutput.toStdString();
    // The scan was attached twice: the second copy is saved under its row id.
    const QStringList saved = QDir(out.path()).entryList(QDir::Files, QDir::Name);
    EXPECT_EQ(saved.size(), 3) << saved.join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(readAll(out.filePath(QStringLiteral("整改报告.pdf"))),
        contents.value(QStringLiteral("整改报告.pdf")));
    EXPECT_EQ(readAll(out.filePath(QStringLiteral("签到表.png"))),
        contents.value(QStringLiteral("签到表.png")));

    QTemporaryDir out2;
    auto [second, secondOutput] = run(
        { QStringLiteral("--db"), server.url(), QStringLiteral("evidence"), QStringLiteral("9.2"),
            QStringLiteral("--json"), QStringLiteral("--save"), out2.path() });
    ASSERT_EQ(second, 0) << secondOutput.toStdString();
    EXPECT_EQ(readAll(out2.filePath(QStringLiteral("会议纪要.docx"))),
        QByteArray("PK\x03\x04\0minutes", 12));
    const QJsonArray list = QJsonDocument::fromJson(secondOutput.toUtf8()).array();
    ASSERT_EQ(list.size(), 1) << secondOutput.toStdString();
    EXPECT_EQ(list.at(0).toObject().value(QStringLiteral("size")).toInt(), 12);
    EXPECT_EQ(
        list.at(0).toObject().value(QStringLiteral("addedBy")).toString(), QStringLiteral("zhao"));
}
