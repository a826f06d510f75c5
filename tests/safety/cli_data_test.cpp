// rectify-cli backup, restore and export as an admin's script would use them.
#include "store/backup.h"
#include "store/ledger.h"
#include "tests/safety/clirun.h"
#include "tests/safety/safetysupport.h"
#include "tests/support/templedger.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <gtest/gtest.h>

using namespace rectify;
using namespace rectify::test;

TEST(CliData, BackupThenRestore)
{
    CliDir d;
    const QString db = d.path(QStringLiteral("ledger.sqlite"));
    {
        Ledger l;
        ASSERT_TRUE(l.open(db).ok());
        ASSERT_TRUE(seedSmallLedger(l));
    }
    const QString copy = d.path(QStringLiteral("saved/copy.sqlite"));
    CliRun backup = runCli({ QStringLiteral("--db"), db, QStringLiteral("backup"), copy });
    ASSERT_EQ(backup.code, 0) << backup.err.toStdString();
    EXPECT_TRUE(backup.out.contains(QStringLiteral("copy.sqlite"))) << backup.out.toStdString();
    auto info = Backup::verify(copy);
    ASSERT_TRUE(info.ok()) << info.error().toStdString();
    EXPECT_EQ(info->tasks, 3);

    {
        Ledger l;
        ASSERT_TRUE(l.open(db).ok());
        auto problems = l.problems();
        ASSERT_TRUE(problems.ok());
        ASSERT_TRUE(l.removeProblem(problems->constFirst().id).ok());
    }
    CliRun restore = runCli({ QStringLiteral("--db"), db, QStringLiteral("restore"), copy });
    ASSERT_EQ(restore.code, 0) << restore.err.toStdString();
    Ledger l;
    ASSERT_TRUE(l.open(db, Ledger::OpenMode::ReadOnly).ok());
    EXPECT_EQ(scalar(l, QStringLiteral("SELECT count(*) FROM tasks")), QStringLiteral("3"));
    EXPECT_EQ(Backup::automaticBackups(db).size(), 0);
    EXPECT_EQ(QDir(Backup::folderFor(db)).entryList(QDir::Files).size(), 1);
}

TEST(CliData, RestoreRefusesANonLedgerAndChangesNothing)
{
    CliDir d;
    const QString db = d.path(QStringLiteral("ledger.sqlite"));
    {
        Ledger l;
        ASSERT_TRUE(l.open(db).ok());
        ASSERT_TRUE(seedSmallLedger(l));
    }
    const QString csv = d.path(QStringLiteral("ledger.csv"));
    ASSERT_TRUE(writeBytes(csv, QByteArrayLiteral("序号,反馈问题\r\n1,问题\r\n")));
    const QByteArray before = readAll(csv);
    CliRun refused = runCli({ QStringLiteral("--db"), db, QStringLiteral("restore"), csv });
    EXPECT_EQ(refused.code, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("ledger.csv"))) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("Nothing was changed")));
    EXPECT_EQ(refused.err.count(QLatin1Char('\n')), 1);
    EXPECT_EQ(readAll(csv), before);
    EXPECT_FALSE(QFileInfo::exists(Backup::folderFor(db)));

    // A restore into a ledger that does not exist yet does not create it when refused.
    const QString fresh = d.path(QStringLiteral("fresh.sqlite"));
    EXPECT_EQ(runCli({ QStringLiteral("--db"), fresh, QStringLiteral("restore"), csv }).code, 1);
    EXPECT_FALSE(QFile::exists(fresh));
    EXPECT_EQ(runCli({ QStringLiteral("--db"), db, QStringLiteral("restore") }).code, 2);
}

TEST(CliData, AutomaticBackupKeepsTheConfiguredNumber)
{
    CliDir d;
    const QString db = d.path(QStringLiteral("ledger.sqlite"));
    ASSERT_EQ(runCli({ QStringLiteral("--db"), db, QStringLiteral("init"),
                         QStringLiteral("--passwords-optional") })
                  .code,
        0);
    CliRun first = runCli({ QStringLiteral("--db"), db, QStringLiteral("backup"),
        QStringLiteral("--auto"), QStringLiteral("--keep"), QStringLiteral("2") });
    ASSERT_EQ(first.code, 0) << first.err.toStdString();
    Ledger l;
    ASSERT_TRUE(l.open(db, Ledger::OpenMode::ReadOnly).ok());
    EXPECT_EQ(scalar(l, QStringLiteral("SELECT value FROM settings WHERE key = 'backup_keep'")),
        QStringLiteral("2"));
    EXPECT_EQ(Backup::automaticBackups(db).size(), 1);
    EXPECT_EQ(runCli({ QStringLiteral("--db"), db, QStringLiteral("backup"),
                         QStringLiteral("--auto"), QStringLiteral("--keep"), QStringLiteral("x") })
                  .code,
        2);
    EXPECT_EQ(runCli({ QStringLiteral("--db"), db, QStringLiteral("backup") }).code, 2);
}

TEST(CliData, ExportCsvAndXlsx)
{
    CliDir d;
    const QString db = d.path(QStringLiteral("ledger.sqlite"));
    {
        Ledger l;
        ASSERT_TRUE(l.open(db).ok());
        ASSERT_TRUE(seedSmallLedger(l));
    }
    const QString csv = d.path(QStringLiteral("out.csv"));
    CliRun r = runCli({ QStringLiteral("--db"), db, QStringLiteral("export-csv"), csv,
        QStringLiteral("--encoding"), QStringLiteral("utf-8-bom"),
        QStringLiteral("--first-row-only") });
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("3 rows"))) << r.out.toStdString();
    const QByteArray bytes = readAll(csv);
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF序号,"));
    EXPECT_TRUE(QString::fromUtf8(bytes).contains(QStringLiteral("\r\n,,,常态化开展专题学习,")));

    // GB18030 is the default: 序号 is D0F2 BAC5.
    const QString gb = d.path(QStringLiteral("gb.csv"));
    ASSERT_EQ(runCli({ QStringLiteral("--db"), db, QStringLiteral("export-csv"), gb }).code, 0);
    EXPECT_TRUE(readAll(gb).startsWith("\xD0\xF2\xBA\xC5,"));

    const QString xlsx = d.path(QStringLiteral("out.xlsx"));
    r = runCli({ QStringLiteral("--db"), db, QStringLiteral("export-xlsx"), xlsx,
        QStringLiteral("--inspection"), QStringLiteral("市委第二巡察组反馈") });
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(readAll(xlsx).startsWith("PK"));

    EXPECT_EQ(runCli({ QStringLiteral("--db"), db, QStringLiteral("export-xlsx"), xlsx,
                         QStringLiteral("--inspection"), QStringLiteral("不存在") })
                  .code,
        1);
    EXPECT_EQ(runCli({ QStringLiteral("--db"), db, QStringLiteral("export-csv"), csv,
                         QStringLiteral("--encoding"), QStringLiteral("latin1") })
                  .code,
        2);
    EXPECT_EQ(runCli({ QStringLiteral("--db"), db, QStringLiteral("export-csv") }).code, 2);
    // Exporting reads only: the ledger is not written to.
    Ledger l;
    ASSERT_TRUE(l.open(db, Ledger::OpenMode::ReadOnly).ok());
    EXPECT_EQ(scalar(l, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'setting'")),
        QStringLiteral("0"));
}
