// rectify-cli ranking on the hand-computed ledger of ranking_test.cpp: the table,
// JSON, the workbook and the refusals.
#include "export/rankingxlsx.h"
#include "tests/reporting/reportingfixture.h"
#include "tests/stats/rankingledger.h"

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

class RankingCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = m_dir.filePath(QStringLiteral("ledger.sqlite"));
        Ledger l;
        l.setActor(QStringLiteral("tester"));
        ASSERT_TRUE(l.open(m_db).ok());
        fillRankingLedger(l);
    }

    int run(const QStringList &args, QString *out, QString *err = nullptr)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("RECTIFY_LANG"), QStringLiteral("en"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(RECTIFY_CLI_PATH),
            QStringList {
                QStringLiteral("--db"), m_db, QStringLiteral("--user"), QStringLiteral("tester") }
                + args);
        p.closeWriteChannel();
        EXPECT_TRUE(p.waitForFinished(120000));
        *out = QString::fromUtf8(p.readAllStandardOutput());
        if (err)
            *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    QTemporaryDir m_dir;
    QString m_db;
};

TEST_F(RankingCli, JsonInRankOrder)
{
    QString out, err;
    ASSERT_EQ(run({ QStringLiteral("ranking"), QStringLiteral("--today"),
                      QStringLiteral("2024-06-01"), QStringLiteral("--json") },
                  &out, &err),
        0)
        << err.toStdString();
    const QJsonArray list = QJsonDocument::fromJson(out.toUtf8()).array();
    ASSERT_EQ(list.size(), 5);
    QStringList units;
    for (const QJsonValue &v : list)
        units << v.toObject().value(QStringLiteral("unit")).toString();
    EXPECT_EQ(units,
        QStringList({ QStringLiteral("乙局"), QStringLiteral("丁局"), QStringLiteral("戊局"),
            QStringLiteral("甲局"), QStringLiteral("丙局") }));
    const QJsonObject jia = list.at(3).toObject();
    EXPECT_EQ(jia.value(QStringLiteral("rank")).toInt(), 4);
    EXPECT_DOUBLE_EQ(jia.value(QStringLiteral("score")).toDouble(), 48.3);
    EXPECT_EQ(jia.value(QStringLiteral("completedLate")).toInt(), 1);
    EXPECT_EQ(jia.value(QStringLiteral("rounds")).toInt(), 2);
    EXPECT_EQ(list.at(0).toObject().value(QStringLiteral("extended")).toInt(), 1);
    EXPECT_EQ(list.at(2).toObject().value(QStringLiteral("rank")).toInt(), 2);
}

TEST_F(RankingCli, TableAndWorkbook)
{
    QString out, err;
    ASSERT_EQ(
        run({ QStringLiteral("ranking"), QStringLiteral("--today"), QStringLiteral("2024-06-01") },
            &out, &err),
        0)
        << err.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("4\t甲局\t4\t1\t1\t1\t0\t1/2\t48.3")))
        << out.toStdString();

    const QString xlsx = m_dir.filePath(QStringLiteral("考核.xlsx"));
    ASSERT_EQ(run({ QStringLiteral("ranking"), QStringLiteral("--today"),
                      QStringLiteral("2024-06-01"), QStringLiteral("--xlsx"), xlsx },
                  &out, &err),
        0)
        << err.toStdString();
    const auto rows = readSheet(xlsx, QStringLiteral("单位考核"));
    ASSERT_TRUE(rows.contains(2));
    EXPECT_EQ(rows.value(2), RankingXlsx::headers());
    ASSERT_TRUE(rows.contains(7));
    EXPECT_EQ(rows.value(3).value(1), QStringLiteral("乙局"));
    EXPECT_EQ(rows.value(6).value(1), QStringLiteral("甲局"));
    EXPECT_EQ(rows.value(6).value(9).toDouble(), 48.3);
}

TEST_F(RankingCli, Refusals)
{
    QString out, err;
    EXPECT_EQ(
        run({ QStringLiteral("ranking"), QStringLiteral("--inspection"), QStringLiteral("不存在") },
            &out, &err),
        1);
    EXPECT_TRUE(err.contains(QStringLiteral("不存在"))) << err.toStdString();
    EXPECT_EQ(run({ QStringLiteral("ranking"), QStringLiteral("--today"), QStringLiteral("June") },
                  &out, &err),
        2);
    EXPECT_EQ(run({ QStringLiteral("ranking"), QStringLiteral("extra") }, &out, &err), 2);
    EXPECT_EQ(run({ QStringLiteral("ranking"), QStringLiteral("--xlsx"),
                      m_dir.filePath(QStringLiteral("no/such/folder/x.xlsx")) },
                  &out, &err),
        1);
}

} // namespace
} // namespace rectify::test
