// rectify-cli as a script would use it: exit codes, messages, output.
#include "store/schema.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

class Cli : public ::testing::Test
{
protected:
    CliRun run(const QStringList &args, const QString &lang = QStringLiteral("en"))
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("RECTIFY_LANG"), lang);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(RECTIFY_CLI_PATH), args);
        EXPECT_TRUE(p.waitForFinished(60000));
        CliRun r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    QString db(const QString &name = QStringLiteral("x.sqlite")) const
    {
        return m_dir.filePath(name);
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(Cli, InitThenInfo)
{
    CliRun init = run({ QStringLiteral("--db"), db(), QStringLiteral("init") });
    ASSERT_EQ(init.code, 0) << init.err.toStdString();
    EXPECT_TRUE(init.out.contains(QStringLiteral("Created"))) << init.out.toStdString();

    CliRun again = run({ QStringLiteral("--db"), db(), QStringLiteral("init") });
    ASSERT_EQ(again.code, 0);
    EXPECT_TRUE(again.out.contains(QStringLiteral("is ready")));

    CliRun info
        = run({ QStringLiteral("--db"), db(), QStringLiteral("info"), QStringLiteral("--json") });
    ASSERT_EQ(info.code, 0) << info.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(info.out.toUtf8()).object();
    EXPECT_EQ(o.value(QStringLiteral("schemaVersion")).toInt(), rectify::Schema::currentVersion());
    EXPECT_EQ(o.value(QStringLiteral("tasks")).toInt(), 0);
    EXPECT_EQ(o.value(QStringLiteral("users")).toInt(), 1);
}

TEST_F(Cli, InfoTableIsChineseByDefault)
{
    ASSERT_EQ(run({ QStringLiteral("--db"), db(), QStringLiteral("init") }).code, 0);
    CliRun info
        = run({ QStringLiteral("--db"), db(), QStringLiteral("info") }, QStringLiteral("zh_CN"));
    ASSERT_EQ(info.code, 0) << info.err.toStdString();
    EXPECT_TRUE(info.out.contains(QStringLiteral("任务"))) << info.out.toStdString();
    EXPECT_TRUE(info.out.contains(QStringLiteral("格式版本"))) << info.out.toStdString();
}

TEST_F(Cli, DefaultLedgerIsUnderXdgDataHome)
{
    CliRun init = run({ QStringLiteral("init") });
    ASSERT_EQ(init.code, 0) << init.err.toStdString();
    EXPECT_TRUE(QFile::exists(m_dir.filePath(QStringLiteral("data/rectify/ledger.sqlite"))));
}

TEST_F(Cli, UsageErrorsExitTwo)
{
    CliRun unknown = run({ QStringLiteral("--db"), db(), QStringLiteral("frobnicate") });
    EXPECT_EQ(unknown.code, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("frobnicate")));
    EXPECT_EQ(unknown.err.count(QLatin1Char('\n')), 1); // one line

    EXPECT_EQ(run({}).code, 2);
    EXPECT_EQ(run({ QStringLiteral("--bogus"), QStringLiteral("info") }).code, 2);
    EXPECT_EQ(run({ QStringLiteral("--db") }).code, 2);
    EXPECT_EQ(
        run({ QStringLiteral("--db"), db(), QStringLiteral("info"), QStringLiteral("--nope") })
            .code,
        2);
}

TEST_F(Cli, HelpAndVersion)
{
    CliRun help = run({ QStringLiteral("--help") });
    EXPECT_EQ(help.code, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("init")));
    EXPECT_TRUE(help.out.contains(QStringLiteral("info")));
    CliRun version = run({ QStringLiteral("--version") });
    EXPECT_EQ(version.code, 0);
    EXPECT_TRUE(version.out.startsWith(QStringLiteral("rectify-cli ")));
}

TEST_F(Cli, FailuresExitOneWithAMessageNamingTheFile)
{
    CliRun missing = run(
        { QStringLiteral("--db"), db(QStringLiteral("nope.sqlite")), QStringLiteral("info") });
    EXPECT_EQ(missing.code, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("nope.sqlite"))) << missing.err.toStdString();

    const QString text = db(QStringLiteral("notes.txt"));
    {
        QFile f(text);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("hello, this is not a ledger\n");
    }
    CliRun bad = run({ QStringLiteral("--db"), text, QStringLiteral("init") });
    EXPECT_EQ(bad.code, 1);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("notes.txt")));
    QFile f(text);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("hello, this is not a ledger\n"));
}
