// rectify-cli import as a script would use it (into a ledger file, or in the
// suite's PostgreSQL run into a fresh database on the test server).
#include "tests/support/pgtest.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>

namespace {

struct CliResult
{
    int code = -1;
    QString out;
    QString err;
};

class ImportCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = m_dir.filePath(QStringLiteral("l.sqlite"));
        if (rectify::test::pgBackendRequested()) {
            m_pg = std::make_unique<rectify::test::TempPgDatabase>();
            ASSERT_TRUE(m_pg->ok()) << m_pg->error().toStdString();
            m_db = m_pg->url();
        }
    }
    CliResult run(QStringList args)
    {
        args.prepend(m_db);
        args.prepend(QStringLiteral("--db"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("RECTIFY_LANG"), QStringLiteral("en"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(RECTIFY_CLI_PATH), args);
        EXPECT_TRUE(p.waitForFinished(60000));
        CliResult r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    QString file(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QStringLiteral("in.csv"));
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
        return path;
    }
    int tasks()
    {
        const CliResult info = run({ QStringLiteral("info"), QStringLiteral("--json") });
        return QJsonDocument::fromJson(info.out.toUtf8())
            .object()
            .value(QStringLiteral("tasks"))
            .toInt();
    }
    QTemporaryDir m_dir;
    std::unique_ptr<rectify::test::TempPgDatabase> m_pg;
    QString m_db;
};

const char *good = "序号,反馈问题,整改措施,整改时限,牵头单位\n1,问题甲,措施一,2024-06-30,办公室\n,,"
                   "措施二,立行立改,组织部\n";

} // namespace

TEST_F(ImportCli, DryRunThenImportThenReimport)
{
    QStringEncoder gb("GB18030");
    const QString path = file(gb.encode(QString::fromUtf8(good)));
    const QStringList common { QStringLiteral("import"), path, QStringLiteral("--inspection"),
        QStringLiteral("巡察"), QStringLiteral("--feedback-date"), QStringLiteral("2023-11-01") };

    CliResult dry
        = run(common + QStringList { QStringLiteral("--dry-run"), QStringLiteral("--json") });
    ASSERT_EQ(dry.code, 0) << dry.err.toStdString();
    QJsonObject o = QJsonDocument::fromJson(dry.out.toUtf8()).object();
    EXPECT_EQ(o.value(QStringLiteral("encoding")).toString(), QStringLiteral("gb18030"));
    EXPECT_EQ(
        o.value(QStringLiteral("tasks")).toObject().value(QStringLiteral("added")).toInt(), 2);
    EXPECT_FALSE(o.value(QStringLiteral("committed")).toBool());
    EXPECT_EQ(tasks(), 0);

    CliResult done = run(common);
    ASSERT_EQ(done.code, 0) << done.err.toStdString();
    EXPECT_TRUE(done.out.contains(QStringLiteral("Tasks: 2 added"))) << done.out.toStdString();
    EXPECT_EQ(tasks(), 2);

    CliResult again = run(common + QStringList { QStringLiteral("--json") });
    ASSERT_EQ(again.code, 0) << again.err.toStdString();
    o = QJsonDocument::fromJson(again.out.toUtf8()).object();
    EXPECT_EQ(
        o.value(QStringLiteral("tasks")).toObject().value(QStringLiteral("unchanged")).toInt(), 2);
    EXPECT_EQ(tasks(), 2);
}

TEST_F(ImportCli, ErrorsExitOneAndWriteNothing)
{
    QByteArray bad(good);
    bad.replace("2024-06-30", "2024-06-31");
    const QString path = file(bad);
    CliResult r = run({ QStringLiteral("import"), path, QStringLiteral("--feedback-date"),
        QStringLiteral("2023-11-01") });
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.out.contains(QStringLiteral("Row 2, column D"))) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("nothing was imported"))) << r.err.toStdString();
    EXPECT_EQ(tasks(), 0);

    CliResult skip = run({ QStringLiteral("import"), path, QStringLiteral("--skip-bad-rows"),
        QStringLiteral("--feedback-date"), QStringLiteral("2023-11-01") });
    EXPECT_EQ(skip.code, 0) << skip.err.toStdString();
    EXPECT_TRUE(skip.out.contains(QStringLiteral("Rows skipped: 2"))) << skip.out.toStdString();
    EXPECT_EQ(tasks(), 1);
}

TEST_F(ImportCli, OverridesAndUsageErrors)
{
    const QString path = file(QByteArray(good).replace(',', ';'));
    CliResult wrong = run(
        { QStringLiteral("import"), path, QStringLiteral("--delimiter"), QStringLiteral("tab") });
    EXPECT_EQ(wrong.code, 1);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("header"))) << wrong.err.toStdString();
    CliResult right = run({ QStringLiteral("import"), path, QStringLiteral("--delimiter"),
        QStringLiteral(";"), QStringLiteral("--encoding"), QStringLiteral("utf-8"),
        QStringLiteral("--feedback-date"), QStringLiteral("2023-11-01") });
    EXPECT_EQ(right.code, 0) << right.err.toStdString();
    EXPECT_EQ(run({ QStringLiteral("import"), path, QStringLiteral("--encoding"),
                      QStringLiteral("ebcdic") })
                  .code,
        2);
    EXPECT_EQ(run({ QStringLiteral("import") }).code, 2);
    EXPECT_EQ(
        run({ QStringLiteral("import"), m_dir.filePath(QStringLiteral("missing.csv")) }).code, 1);
}
