// Backing up a server ledger into a file: told how far it has got (rows copied, rows
// in all) between tables and every few thousand rows, and stopped there when asked,
// leaving no file that looks like a backup and the server ledger as it was.
#include "store/backup.h"
#include "store/ledger.h"
#include "store/ledgercopy.h"
#include "store/sqlaccess.h"
#include "tests/support/pgtest.h"
#include "tests/support/templedger.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <utility>
#include <vector>

using namespace rectify;
using namespace rectify::test;

namespace {

constexpr int problemCount = 60;
constexpr int tasksPerProblem = 40; // 2,400 tasks: more rows than one progress step

qint64 rowsOf(const Ledger &ledger, const char *table)
{
    auto q = SqlAccess::exec(
        ledger, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    if (!q || !q->next())
        return -1;
    return q->value(0).toLongLong();
}

// A server ledger with a few thousand tasks, written in one transaction.
void seed(Ledger &ledger)
{
    auto inspection = ledger.defaultInspection();
    ASSERT_TRUE(inspection.ok()) << inspection.error().toStdString();
    Ledger::Transaction tx(ledger);
    ASSERT_TRUE(tx.status().ok()) << tx.status().error().toStdString();
    for (int p = 1; p <= problemCount; ++p) {
        Problem problem;
        problem.inspectionId = inspection->id;
        problem.code = QString::number(p);
        problem.title = QStringLiteral("问题 %1：制度执行不到位").arg(p);
        auto pid = ledger.addProblem(problem);
        ASSERT_TRUE(pid.ok()) << pid.error().toStdString();
        for (int t = 1; t <= tasksPerProblem; ++t) {
            Task task;
            task.problemId = *pid;
            task.measure = QStringLiteral("整改措施 %1.%2").arg(p).arg(t);
            task.deadline = QDate(2024, 6, 30);
            ASSERT_TRUE(ledger.addTask(task).ok());
        }
    }
    ASSERT_TRUE(tx.commit().ok());
}

// The files and folders in `folder`, hidden ones too.
QStringList entriesOf(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

class PgBackup : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_db.ok()) << m_db.error().toStdString();
        m_ledger.setActor(QStringLiteral("管理员"));
        m_ledger.setClock(fixedNow);
        const Status opened = m_ledger.open(m_db.url());
        ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
        seed(m_ledger);
        ASSERT_TRUE(m_folder.isValid());
    }

    TempPgDatabase m_db;
    Ledger m_ledger;
    QTemporaryDir m_folder;
};

} // namespace

TEST_F(PgBackup, CancelledHalfWayLeavesNoFileAndTheLedgerUntouched)
{
    const qint64 tasks = rowsOf(m_ledger, "tasks");
    const qint64 audit = rowsOf(m_ledger, "audit_log");
    ASSERT_EQ(tasks, problemCount * tasksPerProblem);
    const QString out = QDir(m_folder.path()).filePath(QStringLiteral("server-backup.sqlite"));

    std::vector<std::pair<qint64, qint64>> calls;
    const Status copied = Backup::copyTo(m_ledger, out, [&](qint64 done, qint64 total) {
        calls.emplace_back(done, total);
        return total == 0 || done < total / 2; // stop half-way
    });
    ASSERT_FALSE(copied.ok());
    EXPECT_EQ(copied.error(), Backup::cancelledMessage());
    // It was told how far it had got while copying, not only at its start.
    ASSERT_GE(calls.size(), 3u);
    EXPECT_EQ(calls.front(), std::make_pair(qint64(0), qint64(0)));
    const auto [stoppedAt, total] = calls.back();
    EXPECT_GT(total, tasks + audit);
    EXPECT_GE(stoppedAt, total / 2);
    EXPECT_LT(stoppedAt, total);
    for (std::size_t i = 1; i + 1 < calls.size(); ++i)
        EXPECT_LE(calls[i].first, calls[i + 1].first);

    // No backup, no half-written copy, no staging folder.
    EXPECT_FALSE(QFileInfo::exists(out));
    EXPECT_EQ(entriesOf(m_folder.path()), QStringList());
    // The ledger is as it was, and still takes writes.
    EXPECT_EQ(rowsOf(m_ledger, "tasks"), tasks);
    EXPECT_EQ(rowsOf(m_ledger, "audit_log"), audit);
    Inspection more;
    more.name = QStringLiteral("巡视反馈");
    EXPECT_TRUE(m_ledger.addInspection(more).ok());
}

TEST_F(PgBackup, StoppedInsideATableBetweenProgressSteps)
{
    const QString out = QDir(m_folder.path()).filePath(QStringLiteral("server-backup.sqlite"));
    qint64 stoppedAt = -1;
    const Status copied = Backup::copyTo(m_ledger, out, [&](qint64 done, qint64) {
        if (done >= LedgerCopy::progressRows) {
            stoppedAt = done;
            return false;
        }
        return true;
    });
    ASSERT_FALSE(copied.ok());
    EXPECT_EQ(copied.error(), Backup::cancelledMessage());
    // The tasks table alone has more rows than a step: the check came inside it.
    EXPECT_EQ(stoppedAt, LedgerCopy::progressRows);
    EXPECT_FALSE(QFileInfo::exists(out));
    EXPECT_EQ(entriesOf(m_folder.path()), QStringList());
}

TEST_F(PgBackup, UncancelledBackupVerifiesAndHoldsEveryTask)
{
    const QString out = QDir(m_folder.path()).filePath(QStringLiteral("server-backup.sqlite"));
    qint64 lastDone = -1;
    qint64 lastTotal = -1;
    int calls = 0;
    const Status copied = Backup::copyTo(m_ledger, out, [&](qint64 done, qint64 total) {
        ++calls;
        lastDone = done;
        lastTotal = total;
        return true;
    });
    ASSERT_TRUE(copied.ok()) << copied.error().toStdString();
    EXPECT_GT(calls, 3);
    EXPECT_EQ(lastDone, lastTotal); // told it is complete
    auto info = Backup::verify(out);
    ASSERT_TRUE(info.ok()) << info.error().toStdString();
    EXPECT_EQ(info->tasks, problemCount * tasksPerProblem);
    EXPECT_EQ(info->problems, problemCount);
    EXPECT_EQ(entriesOf(m_folder.path()), QStringList { QStringLiteral("server-backup.sqlite") });
}
