// rectify-cli history and audit in words, and audit --csv / --xlsx as a script
// uses them: the readable columns, the hashes, the anchor, the filters.
#include "store/ledger.h"
#include "workflow/workflow.h"

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

class AuditCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = m_dir.filePath(QStringLiteral("ledger.sqlite"));
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
        for (const char *measure : { "建立制度", "清理款项" }) {
            Task t;
            t.problemId = *pid;
            t.measure = QString::fromUtf8(measure);
            t.status = TaskStatus::InProgress;
            t.responsibilities.leadUnits = { QStringLiteral("办公室") };
            auto id = l.addTask(t);
            ASSERT_TRUE(id.ok());
            m_tasks << *id;
        }
        User zhao;
        zhao.name = QStringLiteral("zhao");
        zhao.role = UserRole::Supervisor;
        ASSERT_TRUE(l.addUser(zhao).ok());
        auto found = l.findUser(QStringLiteral("zhao"));
        ASSERT_TRUE(found.ok() && found->has_value());
        const User supervisor = **found;
        ASSERT_TRUE(Workflow(l, supervisor).complete(m_tasks[1], QStringLiteral("已清理")).ok());
        ASSERT_TRUE(Workflow(l, supervisor).close(m_tasks[1], QStringLiteral("核查无误")).ok());
    }

    CliResult run(const QStringList &args, const QString &lang = QStringLiteral("en"))
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("RECTIFY_LANG"), lang);
        p.setProcessEnvironment(env);
        p.start(
            QStringLiteral(RECTIFY_CLI_PATH), QStringList { QStringLiteral("--db"), m_db } + args);
        EXPECT_TRUE(p.waitForFinished(60000));
        CliResult r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QTemporaryDir m_dir;
    QString m_db;
    QVector<qint64> m_tasks;
};

} // namespace

TEST_F(AuditCli, HistoryNamesTasksByReferenceInBothLanguages)
{
    CliResult r = run({ QStringLiteral("history"), QStringLiteral("4.2") });
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(
        r.out.contains(QStringLiteral("zhao Task 4.2: Status Completed → Signed off (核查无误)")))
        << r.out.toStdString();
    EXPECT_FALSE(r.out.contains(QStringLiteral("task#"))) << r.out.toStdString();
    EXPECT_FALSE(r.out.contains(QStringLiteral("closed_on"))) << r.out.toStdString();

    r = run({ QStringLiteral("history"), QStringLiteral("4.2") }, QStringLiteral("zh_CN"));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("zhao 任务 4.2：状态 已完成 → 已销号（核查无误）")))
        << r.out.toStdString();

    // --json is what it was: the stored keys and ids.
    r = run({ QStringLiteral("history"), QStringLiteral("4.2"), QStringLiteral("--json") });
    ASSERT_EQ(r.code, 0);
    const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
    ASSERT_FALSE(list.isEmpty());
    EXPECT_EQ(
        list.first().toObject().value(QStringLiteral("entity")).toString(), QStringLiteral("task"));
}

TEST_F(AuditCli, AuditPrintsFiltersAndExports)
{
    CliResult r = run({ QStringLiteral("audit") });
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Task 4.1: Added 建立制度"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("User zhao: Added zhao (Supervisor)")))
        << r.out.toStdString();

    r = run({ QStringLiteral("audit"), QStringLiteral("--task"), QStringLiteral("4.1") });
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Task 4.1")));
    EXPECT_FALSE(r.out.contains(QStringLiteral("Task 4.2"))) << r.out.toStdString();

    // The fixed clock is not used here: entries are dated today; a later --since
    // leaves none.
    r = run({ QStringLiteral("audit"), QStringLiteral("--since"), QStringLiteral("2999-01-01") });
    ASSERT_EQ(r.code, 0);
    EXPECT_TRUE(r.out.trimmed().isEmpty()) << r.out.toStdString();
    r = run({ QStringLiteral("audit"), QStringLiteral("--since"), QStringLiteral("soon") });
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("YYYY-MM-DD"))) << r.err.toStdString();
    r = run({ QStringLiteral("audit"), QStringLiteral("--csv"), QStringLiteral("a.csv"),
        QStringLiteral("--xlsx"), QStringLiteral("a.xlsx") });
    EXPECT_EQ(r.code, 2);

    const QString csv = m_dir.filePath(QStringLiteral("audit.csv"));
    r = run({ QStringLiteral("audit"), QStringLiteral("--csv"), csv, QStringLiteral("--task"),
        QStringLiteral("4.2") });
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF")) << "UTF-8 with a byte-order mark";
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
    ASSERT_GE(lines.size(), 3);
    EXPECT_TRUE(lines.at(0).startsWith(QStringLiteral("Audit anchor ")))
        << lines.at(0).toStdString();
    EXPECT_EQ(lines.at(1),
        QStringLiteral("When,Who,What,Change,Before,After,Reason or comment,Entry,Entity,Entity "
                       "id,Field,Hash"));
    bool signedOff = false;
    for (const QString &line : lines) {
        if (line.contains(QStringLiteral(",zhao,Task 4.2,Status,Completed,Signed off,核查无误,"))) {
            signedOff = true;
            // The raw columns: entity, its id, the field and a SHA-256 hash.
            EXPECT_TRUE(line.contains(QStringLiteral(",task,%1,status,").arg(m_tasks[1])))
                << line.toStdString();
            EXPECT_EQ(line.section(QLatin1Char(','), -1).size(), 64) << line.toStdString();
        }
        EXPECT_FALSE(line.contains(QStringLiteral("Task 4.1"))) << line.toStdString();
    }
    EXPECT_TRUE(signedOff) << lines.join(QLatin1Char('\n')).toStdString();

    const QString xlsx = m_dir.filePath(QStringLiteral("audit.xlsx"));
    r = run({ QStringLiteral("audit"), QStringLiteral("--xlsx"), xlsx });
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("audit entries written to"))) << r.out.toStdString();
    QFile x(xlsx);
    ASSERT_TRUE(x.open(QIODevice::ReadOnly));
    EXPECT_TRUE(x.read(2) == "PK");

    // A file that cannot be written: exit 1, naming it; nothing left behind.
    r = run({ QStringLiteral("audit"), QStringLiteral("--csv"),
        m_dir.filePath(QStringLiteral("missing/audit.csv")) });
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("audit.csv"))) << r.err.toStdString();
}
