// Every workflow transition, the illegal ones, and what each writes to the ledger.
#include "store/auditchain.h"
#include "store/evidencecontent.h"
#include "store/sqlaccess.h"
#include "tests/signoff/signofffixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryDir>

using namespace rectify;
using namespace rectify::test;

namespace {

const QDate today(2024, 3, 15); // the fixed clock's date

// Every byte value, NUL included, then `tag`: binary contents that a text path
// would mangle.
QByteArray binary(const QByteArray &tag)
{
    QByteArray bytes;
    for (int round = 0; round < 40; ++round)
        for (int b = 0; b < 256; ++b)
            bytes.append(char(b));
    return bytes + tag;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    EXPECT_EQ(f.write(bytes), bytes.size());
    return path;
}

} // namespace

TEST_F(SignoffTest, OfficialCompletesSupervisorCloses)
{
    Workflow wang = as(QStringLiteral("wang"));
    const qint64 auditBefore = count(QStringLiteral("SELECT count(*) FROM audit_log"));
    const Status done = wang.complete(m_task1, QStringLiteral("制度已印发"));
    ASSERT_TRUE(done.ok()) << done.error().toStdString();
    Task t = task(m_task1);
    EXPECT_EQ(t.status, TaskStatus::Completed);
    EXPECT_EQ(t.completedOn, today);
    auto progress = m_ledger->progress(m_task1);
    ASSERT_TRUE(progress.ok());
    ASSERT_EQ(progress->size(), 1);
    EXPECT_EQ(progress->first().text, QStringLiteral("制度已印发"));
    EXPECT_EQ(progress->first().author, QStringLiteral("wang"));
    // Progress, status and completed_on: three entries, all by wang, status with the text.
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore + 3);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE user_name = 'wang' "
                                   "AND entity = 'task' AND field = 'status' AND "
                                   "old_value = 'in_progress' AND new_value = 'completed' AND "
                                   "reason = '制度已印发'")),
        1);

    const Status closed = as(QStringLiteral("zhao")).close(m_task1, QStringLiteral("评估合格"));
    ASSERT_TRUE(closed.ok()) << closed.error().toStdString();
    t = task(m_task1);
    EXPECT_EQ(t.status, TaskStatus::Closed);
    EXPECT_EQ(t.closedOn, today);
    EXPECT_EQ(t.completedOn, today);
    EXPECT_EQ(
        count(QStringLiteral("SELECT count(*) FROM audit_log WHERE user_name = 'zhao' AND "
                             "field = 'status' AND new_value = 'closed' AND reason = '评估合格'")),
        1);
}

TEST_F(SignoffTest, RejectAndReopenNeedAReasonAndGoBackToInProgress)
{
    ASSERT_TRUE(as(QStringLiteral("zhao")).complete(m_task2, QStringLiteral("已清理")).ok());
    Workflow zhao = as(QStringLiteral("zhao"));
    const Status noReason = zhao.reject(m_task2, QStringLiteral("  "));
    EXPECT_FALSE(noReason.ok());
    EXPECT_EQ(task(m_task2).status, TaskStatus::Completed);
    ASSERT_TRUE(zhao.reject(m_task2, QStringLiteral("佐证材料不全")).ok());
    Task t = task(m_task2);
    EXPECT_EQ(t.status, TaskStatus::InProgress);
    EXPECT_FALSE(t.completedOn.isValid());
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE field = 'status' AND "
                                   "old_value = 'completed' AND new_value = 'in_progress' AND "
                                   "reason = '佐证材料不全'")),
        1);

    ASSERT_TRUE(as(QStringLiteral("li")).complete(m_task2, QStringLiteral("补充了材料")).ok());
    ASSERT_TRUE(zhao.close(m_task2).ok());
    EXPECT_FALSE(zhao.reopen(m_task2, QString()).ok());
    EXPECT_EQ(task(m_task2).status, TaskStatus::Closed);
    ASSERT_TRUE(zhao.reopen(m_task2, QStringLiteral("复查发现反弹")).ok());
    t = task(m_task2);
    EXPECT_EQ(t.status, TaskStatus::InProgress);
    EXPECT_FALSE(t.closedOn.isValid());
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE field = 'status' AND "
                                   "old_value = 'closed' AND new_value = 'in_progress' AND "
                                   "reason = '复查发现反弹'")),
        1);
}

TEST_F(SignoffTest, IllegalTransitionsAreRefusedAndWriteNothing)
{
    Workflow zhao = as(QStringLiteral("zhao"));
    const auto unchanged = [&](qint64 id, TaskStatus status, qint64 audit) {
        EXPECT_EQ(task(id).status, status);
        EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit_log")), audit);
    };
    qint64 audit = count(QStringLiteral("SELECT count(*) FROM audit_log"));
    // Not started / in progress: no close, reject or reopen.
    for (qint64 id : { m_task1, m_task2 }) {
        const TaskStatus s = task(id).status;
        EXPECT_FALSE(zhao.close(id).ok());
        EXPECT_FALSE(zhao.reject(id, QStringLiteral("x")).ok());
        EXPECT_FALSE(zhao.reopen(id, QStringLiteral("x")).ok());
        unchanged(id, s, audit);
    }
    // Completing needs a text; a completed task is not completed again nor reopened.
    EXPECT_FALSE(zhao.complete(m_task1, QStringLiteral(" ")).ok());
    unchanged(m_task1, TaskStatus::InProgress, audit);
    ASSERT_TRUE(zhao.complete(m_task1, QStringLiteral("完成")).ok());
    audit = count(QStringLiteral("SELECT count(*) FROM audit_log"));
    const Status again = zhao.complete(m_task1, QStringLiteral("再次完成"));
    EXPECT_FALSE(again.ok());
    EXPECT_TRUE(again.error().contains(QStringLiteral("already completed")));
    EXPECT_FALSE(zhao.reopen(m_task1, QStringLiteral("x")).ok());
    unchanged(m_task1, TaskStatus::Completed, audit);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM progress_entries")), 1);
    // Closed: not completed, closed or rejected again.
    ASSERT_TRUE(zhao.close(m_task1).ok());
    audit = count(QStringLiteral("SELECT count(*) FROM audit_log"));
    EXPECT_FALSE(zhao.complete(m_task1, QStringLiteral("x")).ok());
    EXPECT_FALSE(zhao.close(m_task1).ok());
    EXPECT_FALSE(zhao.reject(m_task1, QStringLiteral("x")).ok());
    unchanged(m_task1, TaskStatus::Closed, audit);
}

TEST_F(SignoffTest, RolesAreEnforcedByTheWorkflow)
{
    ASSERT_TRUE(as(QStringLiteral("wang")).complete(m_task1, QStringLiteral("完成")).ok());
    const qint64 audit = count(QStringLiteral("SELECT count(*) FROM audit_log"));
    // An official may not sign off, even on their own unit's task.
    const Status refused = as(QStringLiteral("wang")).close(m_task1);
    EXPECT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("supervisor")))
        << refused.error().toStdString();
    // li (财务科) may not complete 4.1 (办公室 / 人事科).
    EXPECT_FALSE(as(QStringLiteral("li")).complete(m_task1, QStringLiteral("x")).ok());
    // The admin keeps the ledger but does no task work.
    EXPECT_FALSE(as(QStringLiteral("tester")).close(m_task1).ok());
    EXPECT_FALSE(as(QStringLiteral("tester")).complete(m_task2, QStringLiteral("x")).ok());
    EXPECT_EQ(task(m_task1).status, TaskStatus::Completed);
    EXPECT_EQ(task(m_task2).status, TaskStatus::NotStarted);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit_log")), audit);
    // li may complete her own unit's task.
    EXPECT_TRUE(as(QStringLiteral("li")).complete(m_task2, QStringLiteral("清理完毕")).ok());
}

TEST_F(SignoffTest, ClosedTaskIsReadOnlyUntilReopened)
{
    Workflow zhao = as(QStringLiteral("zhao"));
    ASSERT_TRUE(zhao.complete(m_task1, QStringLiteral("完成")).ok());
    ASSERT_TRUE(zhao.close(m_task1).ok());
    Task t = task(m_task1);
    t.target = QStringLiteral("改过的目标");
    const Status edit = m_ledger->updateTask(t);
    EXPECT_FALSE(edit.ok());
    EXPECT_TRUE(edit.error().contains(QStringLiteral("4.1"))) << edit.error().toStdString();
    EXPECT_TRUE(edit.error().contains(QStringLiteral("closed")));
    ProgressEntry e;
    e.taskId = m_task1;
    e.date = today;
    e.text = QStringLiteral("补记");
    EXPECT_FALSE(m_ledger->addProgress(e).ok());
    auto progress = m_ledger->progress(m_task1);
    ASSERT_TRUE(progress.ok() && !progress->isEmpty());
    EXPECT_FALSE(m_ledger->removeProgress(progress->first().id).ok());
    EXPECT_FALSE(m_ledger->removeTask(m_task1).ok());
    EXPECT_EQ(task(m_task1).target, QString());

    ASSERT_TRUE(zhao.reopen(m_task1, QStringLiteral("需要补充")).ok());
    t = task(m_task1);
    t.target = QStringLiteral("改过的目标");
    EXPECT_TRUE(m_ledger->updateTask(t).ok());
    EXPECT_TRUE(m_ledger->addProgress(e).ok());
}

TEST_F(SignoffTest, EvidenceIsCopiedByHashAndRecorded)
{
    RECTIFY_SQLITE_ONLY("evidence files are kept beside a ledger file");
    QTemporaryDir outside;
    const QString file = outside.filePath(QStringLiteral("会议纪要.PDF"));
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4 evidence");
    }
    ASSERT_TRUE(as(QStringLiteral("wang"))
                    .complete(m_task1, QStringLiteral("已召开会议"), { file, file })
                    .ok());
    auto evidence = m_ledger->evidence(m_task1);
    ASSERT_TRUE(evidence.ok());
    ASSERT_EQ(evidence->size(), 2);
    const Evidence &e = evidence->first();
    EXPECT_EQ(e.fileName, QStringLiteral("会议纪要.PDF"));
    EXPECT_EQ(e.size, 17);
    EXPECT_EQ(e.addedBy, QStringLiteral("wang"));
    const QByteArray expected
        = QCryptographicHash::hash("%PDF-1.4 evidence", QCryptographicHash::Sha256).toHex();
    EXPECT_EQ(e.sha256.toLatin1(), expected);
    EXPECT_EQ(e.storedPath,
        QStringLiteral("ledger.sqlite.evidence/") + QString::fromLatin1(expected)
            + QStringLiteral(".pdf"));
    const QString copy = QFileInfo(m_ledger.path()).absoluteDir().filePath(e.storedPath);
    EXPECT_EQ(readAll(copy), QByteArray("%PDF-1.4 evidence"));
    // Same content, one copy.
    EXPECT_EQ(QDir(Workflow::evidenceFolder(m_ledger.path())).entryList(QDir::Files).size(), 1);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE field = 'evidence'")), 2);
}

TEST_F(SignoffTest, EvidenceComesBackByteIdenticalAndEachContentIsStoredOnce)
{
    QTemporaryDir outside;
    const QByteArray scan = binary("scan");
    const QByteArray photo = binary("photo");
    const QString a = writeFile(outside, QStringLiteral("整改报告.pdf"), scan);
    const QString b = writeFile(outside, QStringLiteral("现场照片.JPG"), photo);
    const QString again = writeFile(outside, QStringLiteral("整改报告（副本）.pdf"), scan);
    const Status done
        = as(QStringLiteral("wang")).complete(m_task1, QStringLiteral("已整改"), { a, b, again });
    ASSERT_TRUE(done.ok()) << done.error().toStdString();
    // A second task attaches the same scan: still one stored content.
    const Status other
        = as(QStringLiteral("li")).complete(m_task2, QStringLiteral("已清理"), { a });
    ASSERT_TRUE(other.ok()) << other.error().toStdString();

    auto evidence = m_ledger->evidence(m_task1);
    ASSERT_TRUE(evidence.ok()) << evidence.error().toStdString();
    ASSERT_EQ(evidence->size(), 3);
    const QList<QByteArray> expected { scan, photo, scan };
    for (int i = 0; i < 3; ++i) {
        const Evidence &e = evidence->at(i);
        EXPECT_EQ(e.size, expected.at(i).size());
        EXPECT_EQ(e.sha256.toLatin1(),
            QCryptographicHash::hash(expected.at(i), QCryptographicHash::Sha256).toHex());
        auto bytes = EvidenceContent::read(*m_ledger, e);
        ASSERT_TRUE(bytes.ok()) << bytes.error().toStdString();
        EXPECT_EQ(*bytes, expected.at(i)) << e.fileName.toStdString();
    }
    EXPECT_EQ(evidence->at(2).fileName, QStringLiteral("整改报告（副本）.pdf"));
    EXPECT_EQ(evidence->at(0).sha256, evidence->at(2).sha256);
    EXPECT_EQ(evidence->at(1).storedPath.section(QLatin1Char('/'), -1),
        evidence->at(1).sha256 + QStringLiteral(".jpg"));

    // Saved elsewhere: the same bytes.
    QTemporaryDir saved;
    const QString target = saved.filePath(QStringLiteral("另存.jpg"));
    ASSERT_TRUE(EvidenceContent::save(*m_ledger, evidence->at(1), target).ok());
    EXPECT_EQ(readAll(target), photo);

    if (m_ledger.isPostgres()) {
        // On a server: the bytes in the database, once per hash; no folder.
        EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM evidence_content")), 2);
        EXPECT_EQ(count(QStringLiteral("SELECT sum(size) FROM evidence_content")),
            scan.size() + photo.size());
        EXPECT_EQ(evidence->at(0).storedPath, evidence->at(0).sha256 + QStringLiteral(".pdf"));
    } else {
        // Beside a file, as always: the folder holds each content once; no table rows.
        EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM evidence_content")), 0);
        EXPECT_EQ(QDir(Workflow::evidenceFolder(m_ledger.path())).entryList(QDir::Files).size(), 2);
    }
    auto chain = AuditChain::verify(*m_ledger);
    ASSERT_TRUE(chain.ok());
    EXPECT_TRUE(chain->intact) << chain->problem.toStdString();
}

TEST_F(SignoffTest, AChangedStoredCopyIsReportedWhenRead)
{
    QTemporaryDir outside;
    const QString a = writeFile(outside, QStringLiteral("纪要.txt"), QByteArray("会议纪要"));
    ASSERT_TRUE(as(QStringLiteral("wang")).complete(m_task1, QStringLiteral("已开会"), { a }).ok());
    auto evidence = m_ledger->evidence(m_task1);
    ASSERT_TRUE(evidence.ok() && evidence->size() == 1);
    if (m_ledger.isPostgres()) {
        ASSERT_TRUE(SqlAccess::exec(*m_ledger,
            QStringLiteral("UPDATE evidence_content SET content = ?"), { QByteArray("forged") })
                        .ok());
    } else {
        QFile stored(
            QFileInfo(m_ledger.path()).absoluteDir().filePath(evidence->first().storedPath));
        ASSERT_TRUE(stored.open(QIODevice::WriteOnly));
        stored.write("forged");
    }
    auto bytes = EvidenceContent::read(*m_ledger, evidence->first());
    ASSERT_FALSE(bytes.ok());
    EXPECT_TRUE(bytes.error().contains(QStringLiteral("纪要.txt"))) << bytes.error().toStdString();
    EXPECT_TRUE(bytes.error().contains(QStringLiteral("hash"))) << bytes.error().toStdString();
}

TEST_F(SignoffTest, EvidenceOverTheServerLimitIsRefusedNamingTheFile)
{
    QTemporaryDir outside;
    const QString big = outside.filePath(QStringLiteral("全部扫描件.pdf"));
    {
        QFile f(big);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        ASSERT_TRUE(f.resize(EvidenceContent::serverLimit + 1)); // sparse: no real bytes
    }
    const QString small = writeFile(outside, QStringLiteral("目录.txt"), QByteArray("目录"));
    const qint64 audit = count(QStringLiteral("SELECT count(*) FROM audit_log"));
    const Status s
        = as(QStringLiteral("wang")).complete(m_task1, QStringLiteral("已完成"), { small, big });
    if (!m_ledger.isPostgres()) {
        // A ledger file keeps its folder and has no limit, as before.
        EXPECT_TRUE(s.ok()) << s.error().toStdString();
        return;
    }
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().contains(QStringLiteral("全部扫描件.pdf"))) << s.error().toStdString();
    EXPECT_TRUE(s.error().contains(QLocale().formattedDataSize(EvidenceContent::serverLimit)))
        << s.error().toStdString();
    // The whole step is undone, the small file's content with it.
    EXPECT_EQ(task(m_task1).status, TaskStatus::InProgress);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM progress_entries")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM evidence")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM evidence_content")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit_log")), audit);
}

TEST_F(SignoffTest, AStaleCompletionLeavesNoEvidenceBehind)
{
    QTemporaryDir outside;
    const QString a = writeFile(outside, QStringLiteral("纪要.txt"), QByteArray("会议纪要"));
    Task t = task(m_task1);
    t.remarks = QStringLiteral("someone else wrote first");
    ASSERT_TRUE(m_ledger->updateTask(t).ok());
    // wang was shown the task before that change: refused as a conflict.
    const Status s
        = as(QStringLiteral("wang")).complete(m_task1, QStringLiteral("已完成"), { a }, t.version);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.isConflict()) << s.error().toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM evidence")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM evidence_content")), 0);
}

TEST_F(SignoffTest, MissingEvidenceFileRollsTheWholeCompletionBack)
{
    // A file that attached fine before the missing one: its content goes too.
    QTemporaryDir outside;
    const QString good = writeFile(outside, QStringLiteral("纪要.txt"), QByteArray("会议纪要"));
    const qint64 audit = count(QStringLiteral("SELECT count(*) FROM audit_log"));
    const Status s = as(QStringLiteral("wang"))
                         .complete(m_task1, QStringLiteral("已完成"),
                             { good, QStringLiteral("/nonexistent/佐证.pdf") });
    EXPECT_FALSE(s.ok());
    EXPECT_TRUE(s.error().contains(QStringLiteral("佐证.pdf"))) << s.error().toStdString();
    EXPECT_EQ(task(m_task1).status, TaskStatus::InProgress);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM progress_entries")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit_log")), audit);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM evidence")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM evidence_content")), 0);
}

TEST_F(SignoffTest, AFailingChangeLeavesNoAuditEntry)
{
    // A stale version: the update is refused and nothing is logged.
    Task t = task(m_task1);
    t.remarks = QStringLiteral("first");
    ASSERT_TRUE(m_ledger->updateTask(t).ok());
    const qint64 audit = count(QStringLiteral("SELECT count(*) FROM audit_log"));
    t.remarks = QStringLiteral("stale");
    EXPECT_FALSE(m_ledger->updateTask(t).ok());
    EXPECT_FALSE(m_ledger
                     ->setTaskStatus(m_task1, t.version, TaskStatus::Completed, today, QDate(),
                         QStringLiteral("x"))
                     .ok());
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit_log")), audit);
    // A change that fails inside a larger transaction takes its audit entries with it.
    {
        Ledger::Transaction tx(*m_ledger);
        Task fresh = task(m_task1);
        fresh.remarks = QStringLiteral("inside");
        ASSERT_TRUE(m_ledger->updateTask(fresh).ok());
        EXPECT_FALSE(m_ledger->addProgress(ProgressEntry {}).ok());
        // Destroyed without commit: rolled back.
    }
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit_log")), audit);
    EXPECT_EQ(task(m_task1).remarks, QStringLiteral("first"));
    auto report = AuditChain::verify(*m_ledger);
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->intact) << report->problem.toStdString();
}

TEST_F(SignoffTest, EachKindOfChangeIsAudited)
{
    const auto entries = [&](const QString &where) {
        return count(QStringLiteral("SELECT count(*) FROM audit_log WHERE ") + where);
    };
    // Users, settings, tasks, progress, workflow: each leaves its entries.
    EXPECT_EQ(entries(QStringLiteral("entity = 'user'")), 3);
    ASSERT_TRUE(m_ledger->setSetting(QStringLiteral("due_soon_days"), QStringLiteral("10")).ok());
    EXPECT_EQ(entries(QStringLiteral("entity = 'setting' AND field = 'due_soon_days' AND "
                                     "new_value = '10'")),
        1);
    Task t = task(m_task2);
    t.deadline = QDate(2024, 9, 30);
    ASSERT_TRUE(m_ledger->updateTask(t, QStringLiteral("延期申请已批准")).ok());
    EXPECT_EQ(entries(QStringLiteral("entity = 'task' AND field = 'deadline' AND old_value = "
                                     "'2024-06-30' AND new_value = '2024-09-30' AND reason = "
                                     "'延期申请已批准'")),
        1);
    ASSERT_TRUE(as(QStringLiteral("li")).complete(m_task2, QStringLiteral("完成清理")).ok());
    EXPECT_EQ(entries(QStringLiteral("entity = 'task' AND field = 'progress'")), 1);
    EXPECT_EQ(entries(QStringLiteral("entity = 'task' AND field = 'completed_on' AND new_value = "
                                     "'2024-03-15'")),
        1);
    // Every entry has who and when, and the chain holds.
    EXPECT_EQ(entries(QStringLiteral("user_name = '' OR at = '' OR hash IS NULL")), 0);
    auto report = AuditChain::verify(*m_ledger);
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->intact) << report->problem.toStdString();
}

TEST_F(SignoffTest, TaskReferences)
{
    auto found = Workflow::findTask(*m_ledger, QStringLiteral("4.2"));
    ASSERT_TRUE(found.ok()) << found.error().toStdString();
    EXPECT_EQ(*found, m_task2);
    EXPECT_FALSE(Workflow::findTask(*m_ledger, QStringLiteral("4.9")).ok());
    EXPECT_FALSE(Workflow::findTask(*m_ledger, QStringLiteral("4")).ok());
    EXPECT_FALSE(Workflow::findTask(*m_ledger, QStringLiteral("x.y")).ok());
    // The same code in a second inspection: ambiguous until one is named.
    Inspection other;
    other.name = QStringLiteral("2024年巡察");
    auto oid = m_ledger->addInspection(other);
    ASSERT_TRUE(oid.ok());
    Problem p;
    p.inspectionId = *oid;
    p.code = QStringLiteral("4");
    p.title = QStringLiteral("另一个问题");
    auto pid = m_ledger->addProblem(p);
    ASSERT_TRUE(pid.ok());
    Task t;
    t.problemId = *pid;
    t.measure = QStringLiteral("m");
    t.number = 2;
    auto tid = m_ledger->addTask(t);
    ASSERT_TRUE(tid.ok());
    const auto ambiguous = Workflow::findTask(*m_ledger, QStringLiteral("4.2"));
    EXPECT_FALSE(ambiguous.ok());
    EXPECT_TRUE(ambiguous.error().contains(QStringLiteral("--inspection")));
    auto named = Workflow::findTask(*m_ledger, QStringLiteral("4.2"), QStringLiteral("2024年巡察"));
    ASSERT_TRUE(named.ok());
    EXPECT_EQ(*named, *tid);
}

// What a stored name may become on disk: a base name, never a path or a device.
TEST(SafeFileName, LeavesOnlyABaseName)
{
    using rectify::EvidenceContent;
    const auto safe = [](const char *s) {
        return EvidenceContent::safeFileName(QString::fromUtf8(s)).toStdString();
    };
    EXPECT_EQ(safe("纪要.pdf"), "纪要.pdf");
    EXPECT_EQ(safe("../../x"), "x");
    EXPECT_EQ(safe("..\\..\\x.doc"), "x.doc");
    EXPECT_EQ(safe("/etc/passwd"), "passwd");
    EXPECT_EQ(safe("C:\\Windows\\x.ini"), "x.ini");
    EXPECT_EQ(safe("C:x.ini"), "x.ini");
    EXPECT_EQ(safe("a.txt:stream"), "a.txt_stream");
    EXPECT_EQ(safe(".."), "evidence");
    EXPECT_EQ(safe("..."), "evidence");
    EXPECT_EQ(safe(".hidden"), "hidden");
    EXPECT_EQ(safe(""), "evidence");
    EXPECT_EQ(safe("   "), "evidence");
    EXPECT_EQ(safe("dir/"), "evidence");
    EXPECT_EQ(safe("CON"), "_CON");
    EXPECT_EQ(safe("nul.txt"), "_nul.txt");
    EXPECT_EQ(safe("COM1"), "_COM1");
    EXPECT_EQ(safe("lpt9.pdf"), "_lpt9.pdf");
    EXPECT_EQ(safe("CONSOLE.txt"), "CONSOLE.txt");
    EXPECT_EQ(safe("a\nb\x01\x7f.txt"), "ab.txt");
    EXPECT_EQ(safe("report. "), "report");
    EXPECT_EQ(safe("a<b>c|d?e*f\"g"), "a_b_c_d_e_f_g");
}
