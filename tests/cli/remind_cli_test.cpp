// rectify-cli remind, end to end on a ledger file: notices written and recorded,
// and every refusal (unknown unit, unknown round, no permission, bad options).
#include "tests/reporting/reportingfixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace rectify::test {
namespace {

struct CliResult
{
    int code = -1;
    QString out;
    QString err;
};

class RemindCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = m_dir.filePath(QStringLiteral("ledger.sqlite"));
        m_out = m_dir.filePath(QStringLiteral("notices"));
        Ledger l;
        l.setActor(QStringLiteral("tester"));
        ASSERT_TRUE(l.open(m_db).ok());
        fillLedger(l);
    }

    CliResult run(const QString &user, const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("RECTIFY_LANG"), QStringLiteral("en"));
        env.remove(QStringLiteral("RECTIFY_PASSWORD"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(RECTIFY_CLI_PATH),
            QStringList { QStringLiteral("--db"), m_db, QStringLiteral("--user"), user } + args);
        p.closeWriteChannel();
        EXPECT_TRUE(p.waitForFinished(120000));
        CliResult r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    void openRound()
    {
        const CliResult r = run(QStringLiteral("周主任"),
            { QStringLiteral("round"), QStringLiteral("open"), QStringLiteral("2024年3月进展报送"),
                QStringLiteral("--due"), QStringLiteral("2024-03-20") });
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
    }

    QStringList remindArgs(const QStringList &more = {})
    {
        return QStringList { QStringLiteral("remind"), m_out, QStringLiteral("--today"),
            QStringLiteral("2024-04-25") }
        + more;
    }

    QTemporaryDir m_dir;
    QString m_db;
    QString m_out;
};

TEST_F(RemindCli, EveryLateUnitGetsANoticeRecordedInTheHistory)
{
    openRound();
    const CliResult r = run(QStringLiteral("周主任"), remindArgs({ QStringLiteral("--json") }));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
    ASSERT_EQ(list.size(), 2);
    const QJsonObject org = list.at(1).toObject();
    EXPECT_EQ(org.value(QStringLiteral("unit")).toString(), QStringLiteral("组织人事部"));
    EXPECT_EQ(org.value(QStringLiteral("overdue"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("ref")),
        QStringLiteral("1.2"));
    EXPECT_TRUE(org.value(QStringLiteral("reportMissing")).toBool());
    EXPECT_EQ(org.value(QStringLiteral("roundDue")).toString(), QStringLiteral("2024-03-20"));
    EXPECT_TRUE(org.value(QStringLiteral("text"))
                    .toString()
                    .startsWith(QStringLiteral("【催办通知】组织人事部：")));
    const QString file = org.value(QStringLiteral("file")).toString();
    EXPECT_TRUE(file.endsWith(QStringLiteral("催办通知_组织人事部_2024-04-25.docx")));
    EXPECT_TRUE(QFile::exists(file));
    EXPECT_TRUE(
        QFile::exists(QDir(m_out).filePath(QStringLiteral("催办通知_投资促进局_2024-04-25.docx"))));

    const CliResult history
        = run(QStringLiteral("tester"), { QStringLiteral("history"), QStringLiteral("1.2") });
    ASSERT_EQ(history.code, 0) << history.err.toStdString();
    EXPECT_TRUE(history.out.contains(
        QStringLiteral("Task 1.2: Reminder sent: 催办通知 组织人事部 2024-04-25")))
        << history.out.toStdString();
    EXPECT_TRUE(history.out.contains(QStringLiteral("已超期25天")));
}

TEST_F(RemindCli, OneUnitAsPlainTextAndOdt)
{
    const CliResult txt = run(QStringLiteral("周主任"),
        remindArgs({ QStringLiteral("--unit"), QStringLiteral("组织人事部"),
            QStringLiteral("--format"), QStringLiteral("txt") }));
    ASSERT_EQ(txt.code, 0) << txt.err.toStdString();
    QFile f(QDir(m_out).filePath(QStringLiteral("催办通知_组织人事部_2024-04-25.txt")));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    EXPECT_TRUE(text.startsWith(QStringLiteral("【催办通知】组织人事部：")));
    EXPECT_TRUE(text.contains(QStringLiteral("已超期25天")));
    EXPECT_FALSE(text.contains(QStringLiteral("报送截止"))); // no round is open
    EXPECT_EQ(QDir(m_out).entryList(QDir::Files).size(), 1);

    const CliResult odt = run(QStringLiteral("周主任"),
        remindArgs({ QStringLiteral("--unit"), QStringLiteral("投资促进局"),
            QStringLiteral("--format"), QStringLiteral("odt") }));
    ASSERT_EQ(odt.code, 0) << odt.err.toStdString();
    EXPECT_TRUE(odt.out.contains(QStringLiteral("投资促进局: 0 overdue, 1 due soon")))
        << odt.out.toStdString();
    EXPECT_TRUE(
        QFile::exists(QDir(m_out).filePath(QStringLiteral("催办通知_投资促进局_2024-04-25.odt"))));
}

TEST_F(RemindCli, Refusals)
{
    const auto refused
        = [&](const QString &user, const QStringList &args, int code, const QString &says) {
              const CliResult r = run(user, remindArgs(args));
              EXPECT_EQ(r.code, code) << args.join(QLatin1Char(' ')).toStdString();
              EXPECT_TRUE(r.err.contains(says)) << r.err.toStdString();
              EXPECT_FALSE(QDir(m_out).exists() && !QDir(m_out).isEmpty());
          };
    refused(QStringLiteral("周主任"), { QStringLiteral("--unit"), QStringLiteral("不存在的局") }, 1,
        QStringLiteral("no unit named \"不存在的局\""));
    refused(QStringLiteral("周主任"), { QStringLiteral("--round"), QStringLiteral("2099年报送") },
        1, QStringLiteral("no reporting round named \"2099年报送\""));
    refused(QStringLiteral("周主任"), { QStringLiteral("--unit"), QStringLiteral("财务科") }, 1,
        QStringLiteral("nothing to remind"));
    // An official may not send notices.
    refused(QStringLiteral("孙丽"), {}, 1, QString());
    refused(QStringLiteral("周主任"), { QStringLiteral("--format"), QStringLiteral("pdf") }, 2,
        QStringLiteral("--format"));
    const CliResult badDay = run(QStringLiteral("周主任"),
        { QStringLiteral("remind"), m_out, QStringLiteral("--today"),
            QStringLiteral("25.4.2024") });
    EXPECT_EQ(badDay.code, 2);
    const CliResult noDir = run(QStringLiteral("周主任"), { QStringLiteral("remind") });
    EXPECT_EQ(noDir.code, 2);

    // Nothing was recorded by the refusals.
    const CliResult history
        = run(QStringLiteral("tester"), { QStringLiteral("history"), QStringLiteral("1.2") });
    EXPECT_FALSE(history.out.contains(QStringLiteral("reminder")));
}

TEST_F(RemindCli, NoLateUnitNoNotice)
{
    const CliResult r = run(QStringLiteral("周主任"),
        { QStringLiteral("remind"), m_out, QStringLiteral("--today"),
            QStringLiteral("2024-03-15") });
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("No unit is late")));
    EXPECT_FALSE(QDir(m_out).exists());
}

} // namespace
} // namespace rectify::test
