// rectify-cli round and extension, end to end on a ledger file.
#include "reporting/roundforms.h"
#include "tests/reporting/reportingfixture.h"
#include "workflow/workflow.h"

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

class RoundsCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = m_dir.filePath(QStringLiteral("ledger.sqlite"));
        Ledger l;
        l.setActor(QStringLiteral("tester"));
        ASSERT_TRUE(l.open(m_db).ok());
        fillLedger(l);
        // The command line works on today's date: deadlines ahead of it.
        const QDate today = QDate::currentDate();
        for (const char *ref : { "1.1", "1.2", "2.1" }) {
            auto id = Workflow::findTask(l, QString::fromLatin1(ref));
            ASSERT_TRUE(id.ok());
            auto t = l.task(*id);
            ASSERT_TRUE(t.ok());
            t->deadline = today.addDays(60);
            ASSERT_TRUE(l.updateTask(*t).ok());
        }
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

    // The CSV form with the row of `ref` filled in after its four key cells.
    QString fillCsv(
        const QString &form, const QString &ref, const QString &cells, const QString &name)
    {
        QFile in(form);
        EXPECT_TRUE(in.open(QIODevice::ReadOnly));
        QStringList lines = QString::fromUtf8(in.readAll()).split(QStringLiteral("\r\n"));
        for (QString &line : lines) {
            if (line.startsWith(ref + QLatin1Char(','))) {
                const QStringList parts = line.split(QLatin1Char(','));
                line = QStringList(parts.mid(0, 4)).join(QLatin1Char(',')) + QLatin1Char(',')
                    + cells;
            }
        }
        const QString path = m_dir.filePath(name);
        QFile out(path);
        EXPECT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(lines.join(QStringLiteral("\r\n")).toUtf8());
        return path;
    }

    QTemporaryDir m_dir;
    QString m_db;
};

const QString zhou = QStringLiteral("周主任");
const QString sun = QStringLiteral("孙丽");

TEST_F(RoundsCli, RoundEndToEnd)
{
    const QString name = QStringLiteral("本月进展报送");
    const QString due = QDate::currentDate().addDays(10).toString(Qt::ISODate);
    const CliResult refused = run(sun,
        { QStringLiteral("round"), QStringLiteral("open"), name, QStringLiteral("--due"), due });
    EXPECT_EQ(refused.code, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("Only a supervisor")))
        << refused.err.toStdString();
    EXPECT_EQ(run(zhou,
                  { QStringLiteral("round"), QStringLiteral("open"), name, QStringLiteral("--due"),
                      QStringLiteral("25.1.2024") })
                  .code,
        2);
    const CliResult opened = run(zhou,
        { QStringLiteral("round"), QStringLiteral("open"), name, QStringLiteral("--due"), due });
    ASSERT_EQ(opened.code, 0) << opened.err.toStdString();
    const CliResult list
        = run(zhou, { QStringLiteral("round"), QStringLiteral("list"), QStringLiteral("--json") });
    ASSERT_EQ(list.code, 0);
    const QJsonArray rounds = QJsonDocument::fromJson(list.out.toUtf8()).array();
    ASSERT_EQ(rounds.size(), 1);
    EXPECT_EQ(rounds.at(0)[QStringLiteral("state")].toString(), QStringLiteral("open"));
    EXPECT_EQ(rounds.at(0)[QStringLiteral("due")].toString(), due);

    const QString out = m_dir.filePath(QStringLiteral("forms"));
    const CliResult forms = run(zhou, { QStringLiteral("round"), QStringLiteral("forms"), out });
    ASSERT_EQ(forms.code, 0) << forms.err.toStdString();
    EXPECT_TRUE(QFile::exists(QDir(out).filePath(name + QStringLiteral("_组织人事部.xlsx"))));
    EXPECT_TRUE(QFile::exists(QDir(out).filePath(name + QStringLiteral("_投资促进局.xlsx"))));
    ASSERT_EQ(
        run(zhou,
            { QStringLiteral("round"), QStringLiteral("forms"), out, QStringLiteral("--csv") })
            .code,
        0);
    const QString csv = QDir(out).filePath(name + QStringLiteral("_组织人事部.csv"));
    ASSERT_TRUE(QFile::exists(csv));

    const QString back = fillCsv(csv, QStringLiteral("1.1"),
        QStringLiteral("清单已起草,推进中,,,,孙丽,138"), QStringLiteral("back.csv"));
    const CliResult dry = run(zhou,
        { QStringLiteral("round"), QStringLiteral("collect"), back, QStringLiteral("--dry-run"),
            QStringLiteral("--json") });
    ASSERT_EQ(dry.code, 0) << dry.err.toStdString();
    const QJsonObject preview = QJsonDocument::fromJson(dry.out.toUtf8()).array().at(0).toObject();
    EXPECT_TRUE(preview[QStringLiteral("accepted")].toBool());
    EXPECT_FALSE(preview[QStringLiteral("written")].toBool());
    EXPECT_EQ(preview[QStringLiteral("changes")].toArray().size(), 1);
    const CliResult collected
        = run(zhou, { QStringLiteral("round"), QStringLiteral("collect"), back });
    ASSERT_EQ(collected.code, 0) << collected.err.toStdString();
    EXPECT_TRUE(collected.out.contains(QStringLiteral("progress: 清单已起草")))
        << collected.out.toStdString();
    const CliResult again = run(zhou, { QStringLiteral("round"), QStringLiteral("collect"), back });
    EXPECT_EQ(again.code, 0);
    EXPECT_TRUE(again.out.contains(QStringLiteral("already collected"))) << again.out.toStdString();

    // A bad form: exit 1, the row and column named, nothing written.
    const QString bad = fillCsv(csv, QStringLiteral("1.2"), QStringLiteral("进展,好了,,,,孙丽,"),
        QStringLiteral("bad.csv"));
    const CliResult refusedForm
        = run(zhou, { QStringLiteral("round"), QStringLiteral("collect"), bad });
    EXPECT_EQ(refusedForm.code, 1);
    EXPECT_TRUE(refusedForm.err.contains(QStringLiteral("row 4, column F (完成情况)")))
        << refusedForm.err.toStdString();

    const CliResult status = run(
        zhou, { QStringLiteral("round"), QStringLiteral("status"), QStringLiteral("--json") });
    ASSERT_EQ(status.code, 0) << status.err.toStdString();
    const QJsonObject s = QJsonDocument::fromJson(status.out.toUtf8()).object();
    EXPECT_EQ(s[QStringLiteral("onTime")].toInt(), 1);
    EXPECT_EQ(s[QStringLiteral("missing")].toInt(), 1);
    EXPECT_DOUBLE_EQ(s[QStringLiteral("rate")].toDouble(), 0.5);

    ASSERT_EQ(run(zhou, { QStringLiteral("round"), QStringLiteral("close"), name }).code, 0);
    const CliResult closed = run(zhou,
        { QStringLiteral("round"), QStringLiteral("collect"),
            fillCsv(csv, QStringLiteral("1.2"), QStringLiteral("进展,推进中,,,,孙丽,"),
                QStringLiteral("late.csv")) });
    EXPECT_EQ(closed.code, 1);
    EXPECT_TRUE(closed.err.contains(QStringLiteral("is closed"))) << closed.err.toStdString();
}

TEST_F(RoundsCli, ExtensionRequestAndDecision)
{
    const QString to = QDate::currentDate().addDays(120).toString(Qt::ISODate);
    EXPECT_EQ(run(sun,
                  { QStringLiteral("extension"), QStringLiteral("request"), QStringLiteral("1.2"),
                      QStringLiteral("--to"), to })
                  .code,
        2);
    const CliResult asked = run(sun,
        { QStringLiteral("extension"), QStringLiteral("request"), QStringLiteral("1.2"),
            QStringLiteral("--to"), to, QStringLiteral("--reason"), QStringLiteral("场地未落实") });
    ASSERT_EQ(asked.code, 0) << asked.err.toStdString();
    const CliResult byOfficial = run(
        sun, { QStringLiteral("extension"), QStringLiteral("approve"), QStringLiteral("1.2") });
    EXPECT_EQ(byOfficial.code, 1);
    const CliResult approved = run(zhou,
        { QStringLiteral("extension"), QStringLiteral("approve"), QStringLiteral("1.2"),
            QStringLiteral("--reason"), QStringLiteral("同意") });
    ASSERT_EQ(approved.code, 0) << approved.err.toStdString();
    const CliResult list = run(
        zhou, { QStringLiteral("extension"), QStringLiteral("list"), QStringLiteral("--json") });
    ASSERT_EQ(list.code, 0);
    const QJsonObject e = QJsonDocument::fromJson(list.out.toUtf8()).array().at(0).toObject();
    EXPECT_EQ(e[QStringLiteral("task")].toString(), QStringLiteral("1.2"));
    EXPECT_EQ(e[QStringLiteral("state")].toString(), QStringLiteral("approved"));
    EXPECT_EQ(e[QStringLiteral("deadline")].toString(), to);
    EXPECT_EQ(e[QStringLiteral("originalDeadline")].toString(),
        QDate::currentDate().addDays(60).toString(Qt::ISODate));
    const CliResult rejectNoReason = run(
        zhou, { QStringLiteral("extension"), QStringLiteral("reject"), QStringLiteral("1.1") });
    EXPECT_EQ(rejectNoReason.code, 2);
}

} // namespace
} // namespace rectify::test
