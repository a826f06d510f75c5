// rectify-cli users / task / history / audit-verify, end to end.
#include "store/auditchain.h"
#include "store/ledger.h"
#include "store/sqlaccess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace rectify;

namespace {

struct CliResult
{
    int code = -1;
    QString out;
    QString err;
};

class SignoffCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = m_dir.filePath(QStringLiteral("ledger.sqlite"));
        // The ledger's creator is its admin (passwords are left optional here).
        ASSERT_EQ(run({ QStringLiteral("--user"), QStringLiteral("boss"), QStringLiteral("init"),
                          QStringLiteral("--passwords-optional") })
                      .code,
            0);
        Ledger l;
        l.setActor(QStringLiteral("boss"));
        ASSERT_TRUE(l.open(m_db, Ledger::OpenMode::ExistingOnly).ok());
        auto inspection = l.defaultInspection();
        ASSERT_TRUE(inspection.ok());
        Problem p;
        p.inspectionId = inspection->id;
        p.code = QStringLiteral("4");
        p.title = QStringLiteral("问题四");
        auto pid = l.addProblem(p);
        ASSERT_TRUE(pid.ok());
        for (const char *unit : { "人事科", "财务科" }) {
            Task t;
            t.problemId = *pid;
            t.measure = QStringLiteral("措施");
            t.status = TaskStatus::InProgress;
            t.responsibilities.leadUnits = { QString::fromUtf8(unit) };
            ASSERT_TRUE(l.addTask(t).ok());
        }
    }

    CliResult run(const QStringList &args, const QByteArray &stdinText = QByteArray(),
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
        p.start(
            QStringLiteral(RECTIFY_CLI_PATH), QStringList { QStringLiteral("--db"), m_db } + args);
        p.write(stdinText);
        p.closeWriteChannel();
        EXPECT_TRUE(p.waitForFinished(120000));
        CliResult r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    CliResult as(const QString &user, const QStringList &args,
        const QByteArray &stdinText = QByteArray(), const QString &password = QString())
    {
        return run(QStringList { QStringLiteral("--user"), user } + args, stdinText, password);
    }
    void addUsers()
    {
        ASSERT_EQ(as(QStringLiteral("boss"),
                      { QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("wang"),
                          QStringLiteral("--role"), QStringLiteral("official"),
                          QStringLiteral("--unit"), QStringLiteral("人事科") })
                      .code,
            0);
        const CliResult zhao = as(QStringLiteral("boss"),
            { QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("zhao"),
                QStringLiteral("--role"), QStringLiteral("supervisor"), QStringLiteral("--unit"),
                QStringLiteral("督查室"), QStringLiteral("--password-stdin") },
            "s3cret 密码\n");
        ASSERT_EQ(zhao.code, 0) << zhao.err.toStdString();
    }

    QTemporaryDir m_dir;
    QString m_db;
};

QStringList task(const QString &verb, const QString &ref, const QString &reason = QString())
{
    QStringList a { QStringLiteral("task"), verb, ref };
    if (!reason.isNull())
        a << QStringLiteral("--reason") << reason;
    return a;
}

} // namespace

TEST_F(SignoffCli, UsersListAndAdd)
{
    CliResult list = run({ QStringLiteral("users"), QStringLiteral("--json") });
    ASSERT_EQ(list.code, 0) << list.err.toStdString();
    QJsonArray users = QJsonDocument::fromJson(list.out.toUtf8()).array();
    ASSERT_EQ(users.size(), 1);
    EXPECT_EQ(users.at(0).toObject(),
        (QJsonObject { { QStringLiteral("name"), QStringLiteral("boss") },
            { QStringLiteral("role"), QStringLiteral("admin") },
            { QStringLiteral("unit"), QString() }, { QStringLiteral("active"), true },
            // A server login (server.md): none on a ledger that is not set up.
            { QStringLiteral("login"), QJsonValue(QJsonValue::Null) } }));

    addUsers();
    list = run({ QStringLiteral("users"), QStringLiteral("--json") });
    users = QJsonDocument::fromJson(list.out.toUtf8()).array();
    ASSERT_EQ(users.size(), 3);
    EXPECT_EQ(
        users.at(1).toObject().value(QStringLiteral("unit")).toString(), QStringLiteral("人事科"));
    EXPECT_EQ(users.at(2).toObject().value(QStringLiteral("role")).toString(),
        QStringLiteral("supervisor"));
    // The password is stored as a salted hash, never as text.
    Ledger l;
    ASSERT_TRUE(l.open(m_db, Ledger::OpenMode::ReadOnly).ok());
    auto zhao = l.findUser(QStringLiteral("zhao"));
    ASSERT_TRUE(zhao.ok() && zhao->has_value());
    EXPECT_TRUE((*zhao)->passwordHash.startsWith(QStringLiteral("pbkdf2-sha256$")));
    l.close();
    for (const QString &file : { m_db, m_db + QStringLiteral("-wal") }) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly)) {
            EXPECT_FALSE(f.readAll().contains("s3cret")) << file.toStdString();
        }
    }

    // Only an admin adds users; refusals exit 1; usage errors exit 2.
    const CliResult refused = as(QStringLiteral("wang"),
        { QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("x"),
            QStringLiteral("--role"), QStringLiteral("admin") });
    EXPECT_EQ(refused.code, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("administrator"))) << refused.err.toStdString();
    EXPECT_EQ(refused.err.count(QLatin1Char('\n')), 1);
    EXPECT_EQ(as(QStringLiteral("boss"),
                  { QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("x"),
                      QStringLiteral("--role"), QStringLiteral("king") })
                  .code,
        2);
    EXPECT_EQ(as(QStringLiteral("boss"),
                  { QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("wang"),
                      QStringLiteral("--role"), QStringLiteral("admin") })
                  .code,
        1);
    EXPECT_EQ(as(QStringLiteral("nobody"),
                  { QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("x"),
                      QStringLiteral("--role"), QStringLiteral("admin") })
                  .code,
        1);
}

TEST_F(SignoffCli, CompleteCloseRejectReopenWithPasswords)
{
    addUsers();
    QTemporaryDir files;
    const QString evidence = files.filePath(QStringLiteral("纪要.txt"));
    {
        QFile f(evidence);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("minutes");
    }
    CliResult r = as(QStringLiteral("wang"),
        task(QStringLiteral("complete"), QStringLiteral("4.1"), QStringLiteral("制度已印发"))
            << QStringLiteral("--evidence") << evidence);
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(QFile::exists(m_db + QStringLiteral(".evidence")));
    // Listed and saved back from the folder beside the ledger file.
    QTemporaryDir saved;
    r = run({ QStringLiteral("evidence"), QStringLiteral("4.1"), QStringLiteral("--save"),
        saved.path() });
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("纪要.txt\t7\t"))) << r.out.toStdString();
    QFile back(saved.filePath(QStringLiteral("纪要.txt")));
    ASSERT_TRUE(back.open(QIODevice::ReadOnly));
    EXPECT_EQ(back.readAll(), QByteArray("minutes"));
    r = run({ QStringLiteral("evidence"), QStringLiteral("4.2") });
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("4.2"))) << r.out.toStdString();
    EXPECT_EQ(run({ QStringLiteral("evidence") }).code, 2) << "a task reference is needed";

    // An official may not sign off.
    r = as(QStringLiteral("wang"), task(QStringLiteral("close"), QStringLiteral("4.1")));
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("rectify-cli: Task 4.1:"))) << r.err.toStdString();
    // Another unit's official may not complete.
    r = as(QStringLiteral("wang"),
        task(QStringLiteral("complete"), QStringLiteral("4.2"), QStringLiteral("x")));
    EXPECT_EQ(r.code, 1);

    // zhao has a password: none, a wrong one, then the right one from the environment.
    r = as(QStringLiteral("zhao"), task(QStringLiteral("close"), QStringLiteral("4.1")));
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("RECTIFY_PASSWORD"))) << r.err.toStdString();
    r = as(QStringLiteral("zhao"), task(QStringLiteral("close"), QStringLiteral("4.1")), {},
        QStringLiteral("wrong"));
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("Wrong password"))) << r.err.toStdString();
    r = as(QStringLiteral("zhao"), task(QStringLiteral("close"), QStringLiteral("4.1")), {},
        QStringLiteral("s3cret 密码"));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();

    // Reopen with the password on stdin; a wrong one on stdin is refused.
    r = as(QStringLiteral("zhao"),
        QStringList { QStringLiteral("--password-stdin") }
            + task(QStringLiteral("reopen"), QStringLiteral("4.1"), QStringLiteral("复查")),
        "nope\n");
    EXPECT_EQ(r.code, 1);
    r = as(QStringLiteral("zhao"),
        QStringList { QStringLiteral("--password-stdin") }
            + task(QStringLiteral("reopen"), QStringLiteral("4.1"), QStringLiteral("复查")),
        "s3cret 密码\n");
    ASSERT_EQ(r.code, 0) << r.err.toStdString();

    // Complete again, then reject.
    ASSERT_EQ(as(QStringLiteral("wang"),
                  task(QStringLiteral("complete"), QStringLiteral("4.1"), QStringLiteral("补正")))
                  .code,
        0);
    r = as(QStringLiteral("zhao"),
        task(QStringLiteral("reject"), QStringLiteral("4.1"), QStringLiteral("材料不足")), {},
        QStringLiteral("s3cret 密码"));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    // Illegal transition: reject an in-progress task.
    r = as(QStringLiteral("zhao"),
        task(QStringLiteral("reject"), QStringLiteral("4.1"), QStringLiteral("x")), {},
        QStringLiteral("s3cret 密码"));
    EXPECT_EQ(r.code, 1);

    // The history of 4.1 tells the whole story, as JSON.
    r = run({ QStringLiteral("history"), QStringLiteral("4.1"), QStringLiteral("--json") });
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonArray entries = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QStringList story;
    for (const QJsonValue &v : entries) {
        const QJsonObject o = v.toObject();
        for (const char *key :
            { "id", "at", "user", "entity", "entityId", "field", "old", "new", "reason" })
            EXPECT_TRUE(o.contains(QLatin1String(key))) << key;
        EXPECT_EQ(o.value(QStringLiteral("entity")).toString(), QStringLiteral("task"));
        if (o.value(QStringLiteral("field")).toString() == QLatin1String("status"))
            story << o.value(QStringLiteral("user")).toString() + QLatin1Char(':')
                    + o.value(QStringLiteral("new")).toString();
    }
    EXPECT_EQ(story,
        QStringList({ QStringLiteral("wang:completed"), QStringLiteral("zhao:closed"),
            QStringLiteral("zhao:in_progress"), QStringLiteral("wang:completed"),
            QStringLiteral("zhao:in_progress") }));
    r = run({ QStringLiteral("history") });
    ASSERT_EQ(r.code, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("材料不足")));
}

TEST_F(SignoffCli, UsageErrorsExitTwo)
{
    EXPECT_EQ(run(task(QStringLiteral("frobnicate"), QStringLiteral("4.1"))).code, 2);
    EXPECT_EQ(run(task(QStringLiteral("reject"), QStringLiteral("4.1"))).code, 2);
    EXPECT_EQ(run(task(QStringLiteral("complete"), QStringLiteral("4.1"))).code, 2);
    EXPECT_EQ(run({ QStringLiteral("task"), QStringLiteral("close") }).code, 2);
    EXPECT_EQ(run({ QStringLiteral("audit-verify"), QStringLiteral("x") }).code, 2);
    EXPECT_EQ(run({ QStringLiteral("history"), QStringLiteral("--bogus") }).code, 2);
    // A reference that names no task is a failure, not a usage error.
    EXPECT_EQ(
        as(QStringLiteral("boss"), task(QStringLiteral("close"), QStringLiteral("9.9"))).code, 1);
}

TEST_F(SignoffCli, AuditVerifyFindsTampering)
{
    addUsers();
    CliResult r = run({ QStringLiteral("audit-verify") });
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("intact")));
    qint64 target = 0;
    {
        Ledger l;
        ASSERT_TRUE(l.open(m_db, Ledger::OpenMode::ExistingOnly).ok());
        auto q = SqlAccess::exec(l,
            QStringLiteral("SELECT id FROM audit_log WHERE entity = 'user' "
                           "ORDER BY id LIMIT 1"));
        ASSERT_TRUE(q.ok() && q->next());
        target = q->value(0).toLongLong();
        q->finish();
        ASSERT_TRUE(SqlAccess::exec(l, QStringLiteral("DROP TRIGGER audit_log_no_update")).ok());
        ASSERT_TRUE(SqlAccess::exec(l,
            QStringLiteral("UPDATE audit_log SET new_value = 'wang (admin)' "
                           "WHERE id = ?"),
            { target })
                        .ok());
    }
    r = run({ QStringLiteral("audit-verify") });
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("#%1 ").arg(target))) << r.err.toStdString();
    EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1);
}

// An anchor written down earlier (a report, a mail) catches what the chain alone
// cannot: an edit followed by recomputing every later hash.
TEST_F(SignoffCli, AuditVerifyChecksAnAnchorWrittenDownEarlier)
{
    addUsers();
    CliResult r = run({ QStringLiteral("audit-verify"), QStringLiteral("--json") });
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject first = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QString anchor = first.value(QStringLiteral("anchor")).toString();
    const qint64 entries = first.value(QStringLiteral("entries")).toInteger();
    ASSERT_EQ(anchor,
        QStringLiteral("%1:%2").arg(entries).arg(
            first.value(QStringLiteral("headHash")).toString().left(12)));

    // More history after the anchor: the chain still passes through it.
    ASSERT_EQ(as(QStringLiteral("boss"),
                  { QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("li"),
                      QStringLiteral("--role"), QStringLiteral("official"),
                      QStringLiteral("--unit"), QStringLiteral("财务科") })
                  .code,
        0);
    r = run({ QStringLiteral("audit-verify"), QStringLiteral("--expect"), anchor });
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(anchor)) << r.out.toStdString();
    // The hash alone, as far as it was copied, will do too.
    r = run({ QStringLiteral("audit-verify"), QStringLiteral("--expect"),
        anchor.section(QLatin1Char(':'), 1) });
    EXPECT_EQ(r.code, 0) << r.err.toStdString();

    // An entry before the anchor is changed and the whole chain recomputed: the
    // chain verifies on its own, but no longer passes through the anchor.
    {
        Ledger l;
        ASSERT_TRUE(l.open(m_db, Ledger::OpenMode::ExistingOnly).ok());
        ASSERT_TRUE(SqlAccess::exec(l, QStringLiteral("DROP TRIGGER audit_log_no_update")).ok());
        ASSERT_TRUE(SqlAccess::exec(l,
            QStringLiteral("UPDATE audit_log SET new_value = 'wang (admin)' WHERE id = "
                           "(SELECT min(id) FROM audit_log WHERE entity = 'user')"))
                        .ok());
        ASSERT_TRUE(AuditChain::chainExisting(l).ok());
    }
    r = run({ QStringLiteral("audit-verify") });
    EXPECT_EQ(r.code, 0) << "the rewritten chain verifies on its own: " << r.err.toStdString();
    r = run({ QStringLiteral("audit-verify"), QStringLiteral("--expect"), anchor });
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(anchor)) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("rewritten"))) << r.err.toStdString();
    r = run({ QStringLiteral("audit-verify"), QStringLiteral("--expect"),
        QStringLiteral("%1:%2").arg(entries + 100).arg(anchor.section(QLatin1Char(':'), 1)) });
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("removed"))) << r.err.toStdString();
    // Not an anchor at all: a usage error.
    EXPECT_EQ(
        run({ QStringLiteral("audit-verify"), QStringLiteral("--expect"), QStringLiteral("xyz") })
            .code,
        2);
}

namespace {

qint64 taskCount(const QString &db)
{
    Ledger l;
    if (!l.open(db, Ledger::OpenMode::ReadOnly).ok())
        return -1;
    auto q = SqlAccess::exec(l, QStringLiteral("SELECT COUNT(*) FROM tasks"));
    if (!q.ok() || !q->next())
        return -1;
    return q->value(0).toLongLong();
}

} // namespace

// Import, backup and restore are an administrator's duties: the acting user's
// role is checked as for task close, refusals exit 1 with one line and change nothing.
TEST_F(SignoffCli, AdminOnlyCommandsCheckTheActingUsersRole)
{
    addUsers();
    const QString csv = m_dir.filePath(QStringLiteral("in.csv"));
    {
        QFile f(csv);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("序号,反馈问题,整改措施,整改时限,牵头单位\n7,问题七,措施甲,2024-06-30,办公室\n");
    }
    const QString copy = m_dir.filePath(QStringLiteral("copy.sqlite"));
    ASSERT_EQ(taskCount(m_db), 2);

    // An official: refused import (a dry run too), backup and restore.
    for (const QStringList &args : { QStringList { QStringLiteral("import"), csv },
             QStringList { QStringLiteral("import"), csv, QStringLiteral("--dry-run") },
             QStringList { QStringLiteral("backup"), copy },
             QStringList { QStringLiteral("backup"), QStringLiteral("--auto"),
                 QStringLiteral("--keep"), QStringLiteral("3") } }) {
        const CliResult r = as(QStringLiteral("wang"), args);
        EXPECT_EQ(r.code, 1) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(r.err.trimmed().count(QLatin1Char('\n')), 0) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("Only an administrator may do this (wang is "
                                                  "an official).")))
            << r.err.toStdString();
    }
    EXPECT_FALSE(QFile::exists(copy));
    EXPECT_EQ(taskCount(m_db), 2);

    // A supervisor (with a password) may not either.
    const CliResult supervisor = as(QStringLiteral("zhao"), { QStringLiteral("import"), csv }, {},
        QStringLiteral("s3cret 密码"));
    EXPECT_EQ(supervisor.code, 1);
    EXPECT_TRUE(supervisor.err.contains(QStringLiteral("zhao is a supervisor")))
        << supervisor.err.toStdString();
    // Without --user the system user acts; it is no user of this ledger (boss made it).
    const CliResult nobody = run({ QStringLiteral("import"), csv });
    EXPECT_EQ(nobody.code, 1);
    EXPECT_TRUE(nobody.err.contains(QStringLiteral("has no user named")))
        << nobody.err.toStdString();
    EXPECT_EQ(taskCount(m_db), 2);

    // The admin may: back up, import, then the official may not restore the backup.
    const CliResult backup = as(QStringLiteral("boss"), { QStringLiteral("backup"), copy });
    ASSERT_EQ(backup.code, 0) << backup.err.toStdString();
    ASSERT_TRUE(QFile::exists(copy));
    const CliResult imported = as(QStringLiteral("boss"), { QStringLiteral("import"), csv });
    ASSERT_EQ(imported.code, 0) << imported.err.toStdString();
    EXPECT_EQ(taskCount(m_db), 3);

    const CliResult refused = as(QStringLiteral("wang"), { QStringLiteral("restore"), copy });
    EXPECT_EQ(refused.code, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("wang is an official")))
        << refused.err.toStdString();
    EXPECT_EQ(taskCount(m_db), 3);

    const CliResult restored = as(QStringLiteral("boss"), { QStringLiteral("restore"), copy });
    ASSERT_EQ(restored.code, 0) << restored.err.toStdString();
    EXPECT_EQ(taskCount(m_db), 2);
}

// A stored file name is the ledger's data, not a path: whatever it says, a saved
// file lands inside the folder asked for.
TEST_F(SignoffCli, EvidenceSaveKeepsEveryNameInsideTheFolder)
{
    addUsers();
    QTemporaryDir files;
    const QString evidence = files.filePath(QStringLiteral("纪要.txt"));
    {
        QFile f(evidence);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("minutes");
    }
    CliResult r = as(QStringLiteral("wang"),
        task(QStringLiteral("complete"), QStringLiteral("4.1"), QStringLiteral("制度已印发"))
            << QStringLiteral("--evidence") << evidence);
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QString names[] = { QStringLiteral("../../x"), QStringLiteral("..\\..\\y"),
        QStringLiteral("/tmp/abs"), QStringLiteral("C:\\x"), QStringLiteral("CON"), QString(),
        QStringLiteral(".."), QStringLiteral("a\nb\x01.txt") };
    for (const QString &name : names) {
        {
            Ledger l;
            ASSERT_TRUE(l.open(m_db, Ledger::OpenMode::ExistingOnly).ok());
            ASSERT_TRUE(
                SqlAccess::exec(l, QStringLiteral("UPDATE evidence SET file_name = ?"), { name })
                    .ok());
        }
        QTemporaryDir root;
        const QString dir = root.filePath(QStringLiteral("a/b"));
        r = run(
            { QStringLiteral("evidence"), QStringLiteral("4.1"), QStringLiteral("--save"), dir });
        ASSERT_EQ(r.code, 0) << name.toStdString() << ": " << r.err.toStdString();
        const QStringList inside = QDir(dir).entryList(QDir::Files | QDir::Hidden);
        ASSERT_EQ(inside.size(), 1)
            << name.toStdString() << ": " << inside.join(u' ').toStdString();
        QFile saved(QDir(dir).filePath(inside.first()));
        ASSERT_TRUE(saved.open(QIODevice::ReadOnly));
        EXPECT_EQ(saved.readAll(), QByteArray("minutes"));
        // Nothing beside or above the folder: the root holds only a/b.
        EXPECT_EQ(
            QDir(root.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
            QStringList { QStringLiteral("a") })
            << name.toStdString();
        EXPECT_EQ(QDir(root.filePath(QStringLiteral("a")))
                      .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
            QStringList { QStringLiteral("b") })
            << name.toStdString();
        EXPECT_FALSE(QFile::exists(QStringLiteral("/tmp/abs")));
        EXPECT_FALSE(inside.first().startsWith(u'.')) << inside.first().toStdString();
        EXPECT_NE(inside.first().compare(QStringLiteral("CON"), Qt::CaseInsensitive), 0);
        EXPECT_FALSE(inside.first().contains(u':'));
        EXPECT_FALSE(inside.first().contains(u'\\'));
        EXPECT_FALSE(inside.first().contains(u'\n'));
    }
}
