// A server ledger that enforces the role matrix itself (store/serverroles.h):
// signed in with plain SQL as an official's or a supervisor's own login, as psql
// would be, the server refuses what the role matrix refuses, audits what it allows
// in the chain the app verifies, and `server setup` run twice changes nothing.
#include "store/auditchain.h"
#include "store/backup.h"
#include "store/ledger.h"
#include "store/serverroles.h"
#include "store/sqlaccess.h"
#include "tests/support/pgtest.h"
#include "tests/support/templedger.h"
#include "workflow/accounts.h"
#include "workflow/workflow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace rectify;
using namespace rectify::test;

namespace {

const QString adminName = QStringLiteral("管理员");

// The address of the same database, signed in as `login`.
QString asLogin(const QString &url, const QString &login)
{
    auto location = LedgerLocation::parse(url);
    EXPECT_TRUE(location.ok());
    QString out = url;
    return out.replace(
        QStringLiteral("//%1@").arg(location->user), QStringLiteral("//%1@").arg(login));
}

// A plain connection, as psql's: what the server allows a login, no Rectify code.
class Raw final
{
public:
    Raw(const QString &url, const QString &login)
        : m_name(QStringLiteral("pgroles-raw-%1").arg(++s_count))
    {
        auto location = LedgerLocation::parse(url);
        EXPECT_TRUE(location.ok());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(location->host);
        db.setPort(location->port);
        db.setUserName(login);
        db.setPassword(QStringLiteral("geheim-2024"));
        db.setDatabaseName(location->database);
        if (!db.open())
            m_openError = db.lastError().text();
    }
    ~Raw() { QSqlDatabase::removeDatabase(m_name); }
    Raw(const Raw &) = delete;
    Raw &operator=(const Raw &) = delete;

    bool connected() const { return m_openError.isEmpty(); }
    QString openError() const { return m_openError; }
    // The error of `sql`, empty when it ran; `rows` gets the rows it changed.
    QString run(const QString &sql, int *rows = nullptr)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        if (!q.exec(sql))
            return q.lastError().text().isEmpty() ? QStringLiteral("error") : q.lastError().text();
        if (rows)
            *rows = q.numRowsAffected();
        return QString();
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        if (!q.exec(sql) || !q.next())
            return QVariant();
        return q.value(0);
    }

private:
    static inline int s_count = 0;
    QString m_name;
    QString m_openError;
};

// A ledger on the server with two units' tasks, set up, and a login for an
// official of 一科, a supervisor and an administrator.
struct RolesLedger
{
    TempPgDatabase db;
    Ledger ledger;
    qint64 ownTask = 0; // lead unit 一科
    qint64 otherTask = 0; // lead unit 二科
    QString official; // logins
    QString supervisor;
    QString admin;

    void make()
    {
        ASSERT_TRUE(db.ok()) << db.error().toStdString();
        ledger.setActor(adminName);
        ASSERT_TRUE(ledger.open(db.url()).ok());
        auto inspection = ledger.defaultInspection();
        ASSERT_TRUE(inspection.ok());
        Problem p;
        p.inspectionId = inspection->id;
        p.code = QStringLiteral("1");
        p.title = QStringLiteral("会议制度落实不到位");
        auto pid = ledger.addProblem(p);
        ASSERT_TRUE(pid.ok()) << pid.error().toStdString();
        Task t;
        t.problemId = *pid;
        t.measure = QStringLiteral("修订议事规则并公开");
        t.deadline = QDate(2024, 6, 30);
        t.responsibilities.leadUnits = { QStringLiteral("一科") };
        auto a = ledger.addTask(t);
        ASSERT_TRUE(a.ok()) << a.error().toStdString();
        ownTask = *a;
        t.measure = QStringLiteral("建立台账定期通报");
        t.number = 0;
        t.responsibilities.leadUnits = { QStringLiteral("二科") };
        auto b = ledger.addTask(t);
        ASSERT_TRUE(b.ok()) << b.error().toStdString();
        otherTask = *b;

        bool created = false;
        const Status set = ServerRoles::setup(ledger, &created);
        ASSERT_TRUE(set.ok()) << set.error().toStdString();
        EXPECT_TRUE(created);

        official = db.name() + QStringLiteral("_zhang");
        supervisor = db.name() + QStringLiteral("_li");
        admin = db.name() + QStringLiteral("_wang");
        Accounts accounts(ledger, adminName);
        accounts.setIterations(1000);
        const QString password = QStringLiteral("geheim-2024");
        User u;
        u.name = QStringLiteral("张三");
        u.role = UserRole::Official;
        u.unit = QStringLiteral("一科");
        auto added = accounts.addUser(u, password, official);
        ASSERT_TRUE(added.ok()) << added.error().toStdString();
        u = User();
        u.name = QStringLiteral("李四");
        u.role = UserRole::Supervisor;
        added = accounts.addUser(u, password, supervisor);
        ASSERT_TRUE(added.ok()) << added.error().toStdString();
        u = User();
        u.name = QStringLiteral("王五");
        u.role = UserRole::Admin;
        added = accounts.addUser(u, password, admin);
        ASSERT_TRUE(added.ok()) << added.error().toStdString();
    }

    QString column(qint64 task, const QString &name)
    {
        auto q = SqlAccess::exec(
            ledger, QStringLiteral("SELECT %1 FROM tasks WHERE id = ?").arg(name), { task });
        EXPECT_TRUE(q.ok());
        return q.ok() && q->next() ? q->value(0).toString() : QStringLiteral("<none>");
    }

    // Everything setup makes, and the audit log's length: what a second run must
    // leave alone.
    QString snapshot()
    {
        auto q = SqlAccess::exec(ledger,
            QStringLiteral(
                "SELECT string_agg(x, ' | ' ORDER BY x) FROM ("
                "SELECT 'policy ' || tablename || ' ' || policyname || ' ' || "
                "COALESCE(qual, '') || ' ' || COALESCE(with_check, '') AS x FROM pg_policies "
                "WHERE schemaname = current_schema() "
                "UNION ALL SELECT 'class ' || relname || ' ' || COALESCE(relacl::text, '') || ' ' "
                "|| relowner::regrole::text || ' ' || relrowsecurity FROM pg_class WHERE "
                "relnamespace = current_schema()::regnamespace "
                "UNION ALL SELECT 'proc ' || oid::regprocedure::text || ' ' || md5(prosrc) || ' "
                "' || COALESCE(proacl::text, '') || ' ' || proowner::regrole::text FROM pg_proc "
                "WHERE pronamespace = current_schema()::regnamespace "
                "UNION ALL SELECT 'trigger ' || tgrelid::regclass::text || ' ' || tgname FROM "
                "pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal AND "
                "c.relnamespace = current_schema()::regnamespace "
                "UNION ALL SELECT 'role ' || rolname || ' ' || rolcanlogin FROM pg_roles WHERE "
                "rolname LIKE current_database() || '%' "
                "UNION ALL SELECT 'audit ' || count(*) FROM audit_log) s"));
        EXPECT_TRUE(q.ok()) << (q.ok() ? "" : q.error().toStdString());
        return q.ok() && q->next() ? q->value(0).toString() : QString();
    }
};

void expectChainIntact(const Ledger &ledger)
{
    auto report = AuditChain::verify(ledger);
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    EXPECT_TRUE(report->intact) << "entry " << report->firstBadId << ": "
                                << report->problem.toStdString();
}

std::pair<int, QString> cli(const QStringList &args, const QByteArray &input = QByteArray())
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("RECTIFY_LANG"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(RECTIFY_CLI_PATH), args);
    EXPECT_TRUE(p.waitForStarted(30000));
    p.write(input);
    p.closeWriteChannel();
    EXPECT_TRUE(p.waitForFinished(120000));
    return std::make_pair(
        p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()));
}

} // namespace

TEST(PgRoles, AnOfficialsLoginCannotSignOffNorTouchAnotherUnitsTask)
{
    RolesLedger s;
    ASSERT_NO_FATAL_FAILURE(s.make());
    Raw sql(s.db.url(), s.official);
    ASSERT_TRUE(sql.connected()) << sql.openError().toStdString();
    const QString own = QString::number(s.ownTask);
    const QString other = QString::number(s.otherTask);

    // Sign-off: neither directly nor through the server's function.
    EXPECT_FALSE(sql.run(QStringLiteral("UPDATE tasks SET status = 'closed', closed_on = "
                                        "'2024-07-01' WHERE id = %1")
                             .arg(own))
                     .isEmpty());
    EXPECT_FALSE(
        sql.run(QStringLiteral("SELECT rectify_set_task_status(%1, (SELECT version FROM tasks "
                               "WHERE id = %1), 'closed', NULL, '2024-07-01')")
                    .arg(own))
            .isEmpty());
    EXPECT_EQ(s.column(s.ownTask, QStringLiteral("status")), QStringLiteral("not_started"));
    // Nor a later deadline for their own task.
    EXPECT_FALSE(
        sql.run(QStringLiteral("UPDATE tasks SET deadline = '2030-01-01' WHERE id = %1").arg(own))
            .isEmpty());

    // Another unit's task: the row is not theirs to write (no row changes), and
    // progress or evidence on it is refused.
    int rows = -1;
    EXPECT_TRUE(
        sql.run(QStringLiteral("UPDATE tasks SET remarks = '改了' WHERE id = %1").arg(other), &rows)
            .isEmpty());
    EXPECT_EQ(rows, 0);
    EXPECT_EQ(s.column(s.otherTask, QStringLiteral("remarks")), QString());
    EXPECT_FALSE(sql.run(QStringLiteral("INSERT INTO progress_entries (task_id, entry_date, text, "
                                        "author, created_at) VALUES (%1, '2024-05-01', '假的', "
                                        "'张三', '2024-05-01T00:00:00.000Z')")
                             .arg(other))
                     .isEmpty());
    EXPECT_TRUE(
        sql.run(QStringLiteral("DELETE FROM responsibilities WHERE task_id = %1").arg(other), &rows)
            .isEmpty());
    EXPECT_EQ(rows, 0);

    // Users and the audit log are not theirs either.
    EXPECT_FALSE(
        sql.run(QStringLiteral("UPDATE users SET role = 'admin' WHERE name = '张三'")).isEmpty());
    EXPECT_FALSE(sql.run(QStringLiteral("INSERT INTO users (name, role, created_at) VALUES "
                                        "('赵六', 'admin', '2024-01-01')"))
                     .isEmpty());
    EXPECT_FALSE(sql.run(QStringLiteral("DELETE FROM users WHERE name = '李四'")).isEmpty());
    EXPECT_FALSE(sql.run(QStringLiteral("UPDATE audit_log SET reason = 'x'")).isEmpty());
    EXPECT_FALSE(sql.run(QStringLiteral("DELETE FROM audit_log")).isEmpty());
    EXPECT_FALSE(sql.run(QStringLiteral("UPDATE audit_head SET hash = 'x'")).isEmpty());
    EXPECT_FALSE(sql.run(QStringLiteral("SELECT rectify_login_create('张三', 'evil_login', 'pw')"))
                     .isEmpty());
    expectChainIntact(s.ledger);
}

TEST(PgRoles, AnOfficialsOwnEditWithPlainSqlIsAuditedByTheServerInTheChain)
{
    RolesLedger s;
    ASSERT_NO_FATAL_FAILURE(s.make());
    Raw sql(s.db.url(), s.official);
    ASSERT_TRUE(sql.connected()) << sql.openError().toStdString();
    int rows = -1;
    EXPECT_TRUE(sql.run(QStringLiteral("UPDATE tasks SET remarks = '已召开专题会' WHERE id = %1")
                            .arg(s.ownTask),
                       &rows)
                    .isEmpty());
    EXPECT_EQ(rows, 1);
    EXPECT_TRUE(
        sql.run(QStringLiteral("INSERT INTO progress_entries (task_id, entry_date, text, "
                               "author, created_at) VALUES (%1, '2024-05-01', '已完成初稿', "
                               "'张三', '2024-05-01T00:00:00.000Z')")
                    .arg(s.ownTask))
            .isEmpty());
    EXPECT_EQ(s.column(s.ownTask, QStringLiteral("remarks")), QStringLiteral("已召开专题会"));

    auto log = s.ledger.auditLog(QStringLiteral("task"), s.ownTask);
    ASSERT_TRUE(log.ok()) << log.error().toStdString();
    bool remarks = false;
    bool progress = false;
    for (const AuditEntry &e : *log) {
        if (e.field == QLatin1String("remarks") && e.newValue == QStringLiteral("已召开专题会")) {
            remarks = true;
            EXPECT_EQ(e.user, QStringLiteral("张三"));
            EXPECT_TRUE(e.reason.contains(s.official)) << e.reason.toStdString();
        }
        if (e.field == QLatin1String("progress")
            && e.newValue.contains(QStringLiteral("已完成初稿")))
            progress = true;
    }
    EXPECT_TRUE(remarks);
    EXPECT_TRUE(progress);
    expectChainIntact(s.ledger);

    // An entry written by hand is chained and named by the server, whatever it claims.
    EXPECT_TRUE(sql.run(QStringLiteral("INSERT INTO audit_log (id, at, user_name, entity, field, "
                                       "reason) VALUES (999, '2000-01-01', '李四', 'ledger', "
                                       "'note', '')"))
                    .isEmpty());
    auto all = s.ledger.auditLog();
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->last().user, QStringLiteral("张三"));
    EXPECT_NE(all->last().id, 999);
    expectChainIntact(s.ledger);
}

TEST(PgRoles, ASupervisorSignsOffThroughTheAppButCannotEditTheAuditLog)
{
    RolesLedger s;
    ASSERT_NO_FATAL_FAILURE(s.make());
    {
        Raw sql(s.db.url(), s.supervisor);
        ASSERT_TRUE(sql.connected()) << sql.openError().toStdString();
        EXPECT_FALSE(
            sql.run(QStringLiteral("UPDATE audit_log SET reason = 'x' WHERE id = 1")).isEmpty());
        EXPECT_FALSE(sql.run(QStringLiteral("DELETE FROM audit_log WHERE id = 1")).isEmpty());
        EXPECT_FALSE(sql.run(QStringLiteral("TRUNCATE audit_log")).isEmpty());
        EXPECT_FALSE(sql.run(QStringLiteral("UPDATE audit_head SET hash = 'x'")).isEmpty());
        // Signing off by hand, around the function, is refused too.
        EXPECT_FALSE(sql.run(QStringLiteral("UPDATE tasks SET status = 'closed' WHERE id = %1")
                                 .arg(s.ownTask))
                         .isEmpty());
    }

    // The official completes their task in the app, signed in with their login.
    {
        Ledger mine;
        ASSERT_TRUE(mine.open(asLogin(s.db.url(), s.official)).ok());
        EXPECT_EQ(mine.serverUser(), QStringLiteral("张三"));
        auto in = Accounts::signIn(mine, QStringLiteral("张三"), QString());
        ASSERT_TRUE(in.ok()) << in.error().toStdString();
        EXPECT_FALSE(Accounts::signIn(mine, QStringLiteral("李四"), QString()).ok());
        Workflow work(mine, in->user);
        const Status done = work.complete(s.ownTask, QStringLiteral("规则已修订并公开"));
        ASSERT_TRUE(done.ok()) << done.error().toStdString();
        EXPECT_FALSE(work.close(s.ownTask).ok());
    }
    EXPECT_EQ(s.column(s.ownTask, QStringLiteral("status")), QStringLiteral("completed"));

    // The supervisor signs it off in the app: through the server's function.
    {
        Ledger theirs;
        ASSERT_TRUE(theirs.open(asLogin(s.db.url(), s.supervisor)).ok());
        EXPECT_EQ(theirs.serverUser(), QStringLiteral("李四"));
        auto in = Accounts::signIn(theirs, QStringLiteral("李四"), QString());
        ASSERT_TRUE(in.ok()) << in.error().toStdString();
        Workflow work(theirs, in->user);
        const Status closed = work.close(s.ownTask, QStringLiteral("材料齐全"));
        ASSERT_TRUE(closed.ok()) << closed.error().toStdString();
    }
    EXPECT_EQ(s.column(s.ownTask, QStringLiteral("status")), QStringLiteral("closed"));
    auto log = s.ledger.auditLog(QStringLiteral("task"), s.ownTask);
    ASSERT_TRUE(log.ok());
    bool signedOff = false;
    for (const AuditEntry &e : *log) {
        if (e.field == QLatin1String("status") && e.user == QStringLiteral("李四"))
            signedOff = true;
        // The app wrote these entries itself: the server adds none of its own.
        EXPECT_FALSE(e.reason.startsWith(QLatin1String("changed outside Rectify")))
            << e.field.toStdString();
    }
    EXPECT_TRUE(signedOff);
    expectChainIntact(s.ledger);

    // A closed task is read-only even for the official's unit.
    Raw sql(s.db.url(), s.official);
    EXPECT_FALSE(
        sql.run(QStringLiteral("UPDATE tasks SET remarks = 'x' WHERE id = %1").arg(s.ownTask))
            .isEmpty());
}

TEST(PgRoles, SetupTwiceChangesNothingAndDeactivationTakesTheLoginAway)
{
    RolesLedger s;
    ASSERT_NO_FATAL_FAILURE(s.make());
    const QString before = s.snapshot();
    ASSERT_FALSE(before.isEmpty());
    bool created = true;
    const Status again = ServerRoles::setup(s.ledger, &created);
    ASSERT_TRUE(again.ok()) << again.error().toStdString();
    EXPECT_FALSE(created);
    EXPECT_EQ(s.snapshot(), before);

    auto logins = ServerRoles::logins(s.ledger);
    ASSERT_TRUE(logins.ok());
    EXPECT_EQ(logins->value(QStringLiteral("张三")), s.official);
    EXPECT_FALSE(logins->contains(adminName));

    Accounts accounts(s.ledger, adminName);
    ASSERT_TRUE(accounts.setActive(QStringLiteral("张三"), false).ok());
    {
        Raw sql(s.db.url(), s.official);
        EXPECT_FALSE(sql.connected());
    }
    ASSERT_TRUE(accounts.setActive(QStringLiteral("张三"), true).ok());
    ASSERT_TRUE(accounts.setRole(QStringLiteral("张三"), UserRole::Supervisor).ok());
    Raw sql(s.db.url(), s.official);
    ASSERT_TRUE(sql.connected()) << sql.openError().toStdString();
    // Now a supervisor: another unit's task is theirs to edit.
    int rows = -1;
    EXPECT_TRUE(
        sql.run(QStringLiteral("UPDATE tasks SET remarks = '督办' WHERE id = %1").arg(s.otherTask),
               &rows)
            .isEmpty());
    EXPECT_EQ(rows, 1);
    expectChainIntact(s.ledger);
}

TEST(PgRoles, ALedgerNotSetUpHasNoLoginsAndAFileCannotBeSetUp)
{
    TempPgDatabase db;
    ASSERT_TRUE(db.ok()) << db.error().toStdString();
    Ledger ledger;
    ledger.setActor(adminName);
    ASSERT_TRUE(ledger.open(db.url()).ok());
    auto set = ServerRoles::isSetUp(ledger);
    ASSERT_TRUE(set.ok());
    EXPECT_FALSE(*set);
    EXPECT_TRUE(ledger.serverUser().isEmpty());
    auto logins = ServerRoles::logins(ledger);
    ASSERT_TRUE(logins.ok());
    EXPECT_TRUE(logins->isEmpty());
    // users add works as before, without a login.
    User u;
    u.name = QStringLiteral("张三");
    u.unit = QStringLiteral("一科");
    EXPECT_TRUE(Accounts(ledger, adminName).addUser(u).ok());

    QTemporaryDir dir;
    Ledger file;
    file.setActor(adminName);
    ASSERT_TRUE(file.open(dir.filePath(QStringLiteral("ledger.sqlite"))).ok());
    EXPECT_FALSE(ServerRoles::setup(file).ok());
}

TEST(PgRolesCli, ServerSetupAndUsersAddMakeALoginThatConnects)
{
    TempPgDatabase db;
    ASSERT_TRUE(db.ok()) << db.error().toStdString();
    {
        Ledger ledger;
        ledger.setActor(adminName);
        ASSERT_TRUE(ledger.open(db.url()).ok());
    }
    const QStringList base
        = { QStringLiteral("--db"), db.url(), QStringLiteral("--user"), adminName };
    auto [code, text]
        = cli(base + QStringList { QStringLiteral("server"), QStringLiteral("setup") });
    EXPECT_EQ(code, 0) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("now enforces roles"))) << text.toStdString();
    std::tie(code, text)
        = cli(base + QStringList { QStringLiteral("server"), QStringLiteral("setup") });
    EXPECT_EQ(code, 0) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("already set up"))) << text.toStdString();

    const QString login = db.name() + QStringLiteral("_zhao");
    // Without a password there is no login to make.
    std::tie(code, text) = cli(base
        + QStringList { QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("赵六"),
            QStringLiteral("--role"), QStringLiteral("official"), QStringLiteral("--unit"),
            QStringLiteral("一科"), QStringLiteral("--login"), login });
    EXPECT_NE(code, 0) << text.toStdString();
    std::tie(code, text) = cli(base
            + QStringList { QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("赵六"),
                QStringLiteral("--role"), QStringLiteral("official"), QStringLiteral("--unit"),
                QStringLiteral("一科"), QStringLiteral("--login"), login,
                QStringLiteral("--password-stdin") },
        "geheim-2024\n");
    ASSERT_EQ(code, 0) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("geheim")));
    {
        Raw sql(db.url(), login);
        EXPECT_TRUE(sql.connected()) << sql.openError().toStdString();
        EXPECT_EQ(sql.value(QStringLiteral("SELECT rectify_caller_name()")).toString(),
            QStringLiteral("赵六"));
    }

    std::tie(code, text)
        = cli(base + QStringList { QStringLiteral("users"), QStringLiteral("--json") });
    ASSERT_EQ(code, 0) << text.toStdString();
    const QJsonArray users = QJsonDocument::fromJson(text.toUtf8()).array();
    ASSERT_EQ(users.size(), 2) << text.toStdString();
    for (const QJsonValue &v : users) {
        const QJsonObject u = v.toObject();
        ASSERT_TRUE(u.contains(QStringLiteral("login")));
        if (u.value(QStringLiteral("name")).toString() == QStringLiteral("赵六"))
            EXPECT_EQ(u.value(QStringLiteral("login")).toString(), login);
        else
            EXPECT_TRUE(u.value(QStringLiteral("login")).isNull());
    }

    // The official's own connection acts as them, whatever --user says.
    std::tie(code, text) = cli({ QStringLiteral("--db"), asLogin(db.url(), login),
        QStringLiteral("--user"), adminName, QStringLiteral("users"), QStringLiteral("add"),
        QStringLiteral("钱七"), QStringLiteral("--role"), QStringLiteral("admin") });
    EXPECT_NE(code, 0) << text.toStdString();

    std::tie(code, text) = cli(base
        + QStringList {
            QStringLiteral("users"), QStringLiteral("deactivate"), QStringLiteral("赵六") });
    ASSERT_EQ(code, 0) << text.toStdString();
    Raw gone(db.url(), login);
    EXPECT_FALSE(gone.connected());
}

TEST(PgRolesCli, ServerSetupRefusesALedgerFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ledger.sqlite"));
    {
        Ledger file;
        file.setActor(adminName);
        ASSERT_TRUE(file.open(path).ok());
    }
    auto [code, text] = cli({ QStringLiteral("--db"), path, QStringLiteral("--user"), adminName,
        QStringLiteral("server"), QStringLiteral("setup") });
    EXPECT_NE(code, 0);
    EXPECT_TRUE(text.contains(QStringLiteral("ledger file"))) << text.toStdString();
}

TEST(PgRolesCli, UsersJsonShowsANullLoginOnALedgerNotSetUp)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ledger.sqlite"));
    {
        Ledger file;
        file.setActor(adminName);
        ASSERT_TRUE(file.open(path).ok());
    }
    auto [code, text] = cli({ QStringLiteral("--db"), path, QStringLiteral("--user"), adminName,
        QStringLiteral("users"), QStringLiteral("--json") });
    ASSERT_EQ(code, 0) << text.toStdString();
    const QJsonArray users = QJsonDocument::fromJson(text.toUtf8()).array();
    ASSERT_FALSE(users.isEmpty()) << text.toStdString();
    EXPECT_TRUE(users.first().toObject().value(QStringLiteral("login")).isNull());
}

TEST(PgRoles, TheOwnerBacksUpAndRestoresASetUpLedgerAndItStaysEnforced)
{
    RolesLedger s;
    ASSERT_NO_FATAL_FAILURE(s.make());
    {
        Raw sql(s.db.url(), s.official);
        ASSERT_TRUE(sql.connected()) << sql.openError().toStdString();
        ASSERT_TRUE(sql.run(QStringLiteral("UPDATE tasks SET remarks = '备份前' WHERE id = %1")
                                .arg(s.ownTask))
                        .isEmpty());
    }
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("backup.sqlite"));
    const Status saved = Backup::copyTo(s.ledger, file);
    ASSERT_TRUE(saved.ok()) << saved.error().toStdString();
    {
        Raw sql(s.db.url(), s.official);
        ASSERT_TRUE(sql.run(QStringLiteral("UPDATE tasks SET remarks = '备份后' WHERE id = %1")
                                .arg(s.ownTask))
                        .isEmpty());
    }
    auto restored = Backup::restore(s.ledger, file);
    ASSERT_TRUE(restored.ok()) << restored.error().toStdString();
    EXPECT_EQ(s.column(s.ownTask, QStringLiteral("remarks")), QStringLiteral("备份前"));
    expectChainIntact(s.ledger);

    // The roles, policies and logins are the server's: still in force after it.
    Raw sql(s.db.url(), s.official);
    ASSERT_TRUE(sql.connected()) << sql.openError().toStdString();
    EXPECT_FALSE(
        sql.run(QStringLiteral("UPDATE tasks SET status = 'closed' WHERE id = %1").arg(s.ownTask))
            .isEmpty());
    int rows = -1;
    EXPECT_TRUE(
        sql.run(QStringLiteral("UPDATE tasks SET remarks = '恢复后' WHERE id = %1").arg(s.ownTask),
               &rows)
            .isEmpty());
    EXPECT_EQ(rows, 1);
    EXPECT_TRUE(
        sql.run(QStringLiteral("UPDATE tasks SET remarks = 'x' WHERE id = %1").arg(s.otherTask),
               &rows)
            .isEmpty());
    EXPECT_EQ(rows, 0);
    expectChainIntact(s.ledger);
}
