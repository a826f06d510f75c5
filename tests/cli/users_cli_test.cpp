// rectify-cli passwd, init's passwords and the administrator's users commands:
// reset-password, set-role, set-unit, deactivate, activate, require-passwords.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

class UsersCli : public ::testing::Test
{
protected:
    // Runs as `user` on the test ledger; `password` goes to RECTIFY_PASSWORD.
    CliRun as(const QString &user, const QStringList &args, const QByteArray &stdinText = {},
        const QString &password = QString())
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("RECTIFY_LANG"), QStringLiteral("en"));
        env.remove(QStringLiteral("RECTIFY_PASSWORD"));
        if (!password.isNull())
            env.insert(QStringLiteral("RECTIFY_PASSWORD"), password);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(RECTIFY_CLI_PATH),
            QStringList { QStringLiteral("--db"), m_db, QStringLiteral("--user"), user } + args);
        p.write(stdinText);
        p.closeWriteChannel();
        EXPECT_TRUE(p.waitForFinished(120000));
        CliRun r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    CliRun boss(const QStringList &args, const QByteArray &stdinText = {})
    {
        return as(QStringLiteral("boss"), args, stdinText);
    }
    // A ledger whose creator boss has no password and passwords are optional,
    // with wang (official of 人事科) and zhao (supervisor).
    void makeLedger()
    {
        ASSERT_EQ(boss({ QStringLiteral("init"), QStringLiteral("--passwords-optional") }).code, 0);
        CliRun r = boss({ QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("wang"),
            QStringLiteral("--role"), QStringLiteral("official"), QStringLiteral("--unit"),
            QStringLiteral("人事科") });
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
        r = boss({ QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("zhao"),
            QStringLiteral("--role"), QStringLiteral("supervisor") });
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
    }
    QJsonObject userJson(const QString &name)
    {
        const CliRun r = boss({ QStringLiteral("users"), QStringLiteral("--json") });
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        for (const auto v : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
            if (v.toObject().value(QStringLiteral("name")).toString() == name)
                return v.toObject();
        }
        return {};
    }

    QTemporaryDir m_dir;
    QString m_db = m_dir.filePath(QStringLiteral("ledger.sqlite"));
};

} // namespace

// A new ledger requires passwords: its creator sets one before anything else.
TEST_F(UsersCli, NewLedgerRequiresPasswordsAndTheCreatorSetsOne)
{
    CliRun init = boss({ QStringLiteral("init") });
    ASSERT_EQ(init.code, 0) << init.err.toStdString();
    EXPECT_TRUE(init.out.contains(QStringLiteral("passwd"))) << init.out.toStdString();

    const QStringList addWang { QStringLiteral("users"), QStringLiteral("add"),
        QStringLiteral("wang"), QStringLiteral("--role"), QStringLiteral("official"),
        QStringLiteral("--unit"), QStringLiteral("人事科") };
    CliRun refused = boss(addWang);
    EXPECT_EQ(refused.code, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("requires a password")))
        << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("passwd")));

    // Too short, or on the command line: refused.
    CliRun shortOne = boss({ QStringLiteral("passwd") }, "1234567\n");
    EXPECT_EQ(shortOne.code, 1);
    EXPECT_TRUE(shortOne.err.contains(QStringLiteral("at least 8"))) << shortOne.err.toStdString();
    EXPECT_EQ(boss({ QStringLiteral("passwd"), QStringLiteral("boss-password") }).code, 2);

    CliRun set
        = boss({ QStringLiteral("passwd"), QStringLiteral("--password-stdin") }, "boss-password\n");
    ASSERT_EQ(set.code, 0) << set.err.toStdString();
    EXPECT_FALSE(set.out.contains(QStringLiteral("boss-password")));
    EXPECT_EQ(boss(addWang).code, 1); // now the password is asked for
    CliRun added = as(QStringLiteral("boss"), addWang, {}, QStringLiteral("boss-password"));
    EXPECT_EQ(added.code, 0) << added.err.toStdString();
}

TEST_F(UsersCli, InitTakesTheCreatorsPasswordFromStdin)
{
    EXPECT_EQ(
        boss({ QStringLiteral("init"), QStringLiteral("--password-stdin") }, "short\n").code, 1);
    CliRun init
        = boss({ QStringLiteral("init"), QStringLiteral("--password-stdin") }, "boss-password\n");
    ASSERT_EQ(init.code, 0) << init.err.toStdString();
    CliRun list = boss({ QStringLiteral("users") });
    EXPECT_TRUE(list.out.contains(QStringLiteral("(password set)"))) << list.out.toStdString();
    CliRun on = as(QStringLiteral("boss"),
        { QStringLiteral("users"), QStringLiteral("require-passwords"), QStringLiteral("on") }, {},
        QStringLiteral("boss-password"));
    EXPECT_EQ(on.code, 0) << on.err.toStdString();
}

// Changing one's own password: the current one as for every command, the new
// one from stdin.
TEST_F(UsersCli, PasswdChangesOnesOwnPassword)
{
    makeLedger();
    ASSERT_EQ(as(QStringLiteral("wang"), { QStringLiteral("passwd") }, "first-secret\n").code, 0);
    CliRun wrong = as(QStringLiteral("wang"), { QStringLiteral("passwd") }, "second-secret\n",
        QStringLiteral("not-it"));
    EXPECT_EQ(wrong.code, 1);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("Wrong password"))) << wrong.err.toStdString();
    // Current on the first line (global --password-stdin), new on the second.
    CliRun changed = as(QStringLiteral("wang"),
        { QStringLiteral("--password-stdin"), QStringLiteral("passwd") },
        "first-secret\nsecond-secret\n");
    ASSERT_EQ(changed.code, 0) << changed.err.toStdString();
    EXPECT_TRUE(changed.out.contains(QStringLiteral("changed")));
    CliRun history = boss({ QStringLiteral("history"), QStringLiteral("--json") });
    EXPECT_FALSE(history.out.contains(QStringLiteral("second-secret")));
    EXPECT_TRUE(history.out.contains(QStringLiteral("password changed")));
}

// An administrator's reset: the temporary password works once, for choosing a new one.
TEST_F(UsersCli, ResetPasswordForcesANewOneAtTheNextSignIn)
{
    makeLedger();
    // Only an administrator resets.
    CliRun refused = as(QStringLiteral("zhao"),
        { QStringLiteral("users"), QStringLiteral("reset-password"), QStringLiteral("wang") });
    EXPECT_EQ(refused.code, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("administrator"))) << refused.err.toStdString();

    CliRun reset = boss(
        { QStringLiteral("users"), QStringLiteral("reset-password"), QStringLiteral("zhao") });
    ASSERT_EQ(reset.code, 0) << reset.err.toStdString();
    const auto match = QRegularExpression(QStringLiteral("reset to (\\S+);")).match(reset.out);
    ASSERT_TRUE(match.hasMatch()) << reset.out.toStdString();
    const QString temporary = match.captured(1);
    EXPECT_EQ(temporary.size(), 12);
    EXPECT_TRUE(boss({ QStringLiteral("users") }).out.contains(QStringLiteral("must choose")));

    // zhao signs in with it, and is sent to passwd.
    const QStringList work { QStringLiteral("task"), QStringLiteral("close"),
        QStringLiteral("9.9") };
    CliRun due = as(QStringLiteral("zhao"), work, {}, temporary);
    EXPECT_EQ(due.code, 1);
    EXPECT_TRUE(due.err.contains(QStringLiteral("reset"))) << due.err.toStdString();
    EXPECT_TRUE(due.err.contains(QStringLiteral("passwd")));
    // Not the temporary one again.
    CliRun same = as(
        QStringLiteral("zhao"), { QStringLiteral("passwd") }, temporary.toUtf8() + "\n", temporary);
    EXPECT_EQ(same.code, 1);
    CliRun own
        = as(QStringLiteral("zhao"), { QStringLiteral("passwd") }, "zhao-own-pass\n", temporary);
    ASSERT_EQ(own.code, 0) << own.err.toStdString();
    // Past the sign-in now: the task reference is what fails.
    CliRun after = as(QStringLiteral("zhao"), work, {}, QStringLiteral("zhao-own-pass"));
    EXPECT_EQ(after.code, 1);
    EXPECT_FALSE(after.err.contains(QStringLiteral("passwd"))) << after.err.toStdString();
    EXPECT_FALSE(boss({ QStringLiteral("users") }).out.contains(QStringLiteral("must choose")));

    // A temporary password from stdin is not echoed.
    CliRun given = boss({ QStringLiteral("users"), QStringLiteral("reset-password"),
                            QStringLiteral("wang"), QStringLiteral("--password-stdin") },
        "temporary-1\n");
    ASSERT_EQ(given.code, 0) << given.err.toStdString();
    EXPECT_FALSE(given.out.contains(QStringLiteral("temporary-1")));
}

TEST_F(UsersCli, RoleUnitAndDeactivationAreAnAdministratorsAndAudited)
{
    makeLedger();
    const auto users = [](const QString &verb, const QString &name, const QString &value) {
        QStringList a { QStringLiteral("users"), verb, name };
        if (!value.isNull())
            a << value;
        return a;
    };
    EXPECT_EQ(
        boss(users(QStringLiteral("set-role"), QStringLiteral("wang"), QStringLiteral("king")))
            .code,
        2);
    EXPECT_EQ(boss(users(QStringLiteral("deactivate"), QString(), QString())).code, 2);
    CliRun notAdmin = as(QStringLiteral("zhao"),
        users(QStringLiteral("set-role"), QStringLiteral("zhao"), QStringLiteral("admin")));
    EXPECT_EQ(notAdmin.code, 1);
    EXPECT_EQ(userJson(QStringLiteral("zhao")).value(QStringLiteral("role")).toString(),
        QStringLiteral("supervisor"));

    ASSERT_EQ(
        boss(users(QStringLiteral("set-unit"), QStringLiteral("wang"), QStringLiteral("财务科")))
            .code,
        0);
    ASSERT_EQ(boss(users(QStringLiteral("set-role"), QStringLiteral("wang"),
                       QStringLiteral("supervisor")))
                  .code,
        0);
    QJsonObject wang = userJson(QStringLiteral("wang"));
    EXPECT_EQ(wang.value(QStringLiteral("unit")).toString(), QStringLiteral("财务科"));
    EXPECT_EQ(wang.value(QStringLiteral("role")).toString(), QStringLiteral("supervisor"));
    EXPECT_TRUE(wang.value(QStringLiteral("active")).toBool());

    CliRun off = boss(users(QStringLiteral("deactivate"), QStringLiteral("wang"), QString()));
    ASSERT_EQ(off.code, 0) << off.err.toStdString();
    EXPECT_FALSE(userJson(QStringLiteral("wang")).value(QStringLiteral("active")).toBool());
    EXPECT_TRUE(boss({ QStringLiteral("users") }).out.contains(QStringLiteral("(deactivated)")));
    CliRun gone = as(QStringLiteral("wang"),
        { QStringLiteral("task"), QStringLiteral("close"), QStringLiteral("9.9") });
    EXPECT_EQ(gone.code, 1);
    EXPECT_TRUE(gone.err.contains(QStringLiteral("deactivated"))) << gone.err.toStdString();
    ASSERT_EQ(boss(users(QStringLiteral("activate"), QStringLiteral("wang"), QString())).code, 0);
    EXPECT_TRUE(userJson(QStringLiteral("wang")).value(QStringLiteral("active")).toBool());

    // The last active administrator stays.
    CliRun last = boss(users(QStringLiteral("deactivate"), QStringLiteral("boss"), QString()));
    EXPECT_EQ(last.code, 1);
    EXPECT_TRUE(last.err.contains(QStringLiteral("last active administrator")))
        << last.err.toStdString();
    EXPECT_EQ(
        boss(users(QStringLiteral("set-role"), QStringLiteral("boss"), QStringLiteral("official")))
            .code,
        1);

    // Every change is in the history, under boss.
    CliRun history = boss({ QStringLiteral("history"), QStringLiteral("--json") });
    const QJsonArray entries = QJsonDocument::fromJson(history.out.toUtf8()).array();
    QStringList fields;
    for (const auto v : entries) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("entity")).toString() == QLatin1String("user")
            && !e.value(QStringLiteral("field")).toString().isEmpty()) {
            fields << e.value(QStringLiteral("field")).toString();
            EXPECT_EQ(e.value(QStringLiteral("user")).toString(), QStringLiteral("boss"));
        }
    }
    EXPECT_EQ(fields,
        (QStringList { QStringLiteral("unit"), QStringLiteral("role"), QStringLiteral("active"),
            QStringLiteral("active") }));
}

// Turning the requirement on sends a user without a password to passwd.
TEST_F(UsersCli, RequirePasswordsOnAnExistingLedger)
{
    makeLedger();
    EXPECT_EQ(boss({ QStringLiteral("users"), QStringLiteral("require-passwords"),
                       QStringLiteral("maybe") })
                  .code,
        2);
    ASSERT_EQ(
        boss({ QStringLiteral("users"), QStringLiteral("require-passwords"), QStringLiteral("on") })
            .code,
        0);
    CliRun due = as(QStringLiteral("zhao"),
        { QStringLiteral("task"), QStringLiteral("close"), QStringLiteral("9.9") });
    EXPECT_EQ(due.code, 1);
    EXPECT_TRUE(due.err.contains(QStringLiteral("requires a password"))) << due.err.toStdString();
}
