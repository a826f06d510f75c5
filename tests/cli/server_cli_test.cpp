// rectify-cli server setup and the "login" of users --json on a ledger file: a
// file has no server logins and cannot be set up (the server side is
// tests/pg/pgroles_test.cpp).
#include <QJsonArray>
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

CliRun run(const QTemporaryDir &dir, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("RECTIFY_LANG"), QStringLiteral("en"));
    env.remove(QStringLiteral("RECTIFY_PASSWORD"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(RECTIFY_CLI_PATH),
        QStringList { QStringLiteral("--db"), dir.filePath(QStringLiteral("ledger.sqlite")),
            QStringLiteral("--user"), QStringLiteral("boss") }
            + args);
    p.closeWriteChannel();
    EXPECT_TRUE(p.waitForFinished(120000));
    CliRun r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

TEST(ServerCli, UsersJsonNamesNoLoginOnALedgerFile)
{
    QTemporaryDir dir;
    ASSERT_EQ(run(dir, { QStringLiteral("init"), QStringLiteral("--passwords-optional") }).code, 0);
    const CliRun r = run(dir, { QStringLiteral("users"), QStringLiteral("--json") });
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonArray users = QJsonDocument::fromJson(r.out.toUtf8()).array();
    ASSERT_EQ(users.size(), 1) << r.out.toStdString();
    const QJsonObject boss = users.first().toObject();
    ASSERT_TRUE(boss.contains(QStringLiteral("login")));
    EXPECT_TRUE(boss.value(QStringLiteral("login")).isNull());
}

TEST(ServerCli, ServerSetupRefusesALedgerFileAndChangesNothing)
{
    QTemporaryDir dir;
    ASSERT_EQ(run(dir, { QStringLiteral("init"), QStringLiteral("--passwords-optional") }).code, 0);
    const CliRun before = run(dir, { QStringLiteral("history"), QStringLiteral("--json") });
    const CliRun r = run(dir, { QStringLiteral("server"), QStringLiteral("setup") });
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("is a ledger file"))) << r.err.toStdString();
    EXPECT_EQ(run(dir, { QStringLiteral("history"), QStringLiteral("--json") }).out, before.out);
    // A word other than setup is a usage error.
    EXPECT_EQ(run(dir, { QStringLiteral("server"), QStringLiteral("teardown") }).code, 2);
}
