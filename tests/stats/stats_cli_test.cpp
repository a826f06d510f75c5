// rectify-cli stats and alerts on the hand-made ledger.
#include "store/auditchain.h"
#include "tests/stats/smallledger.h"
#include "tests/support/templedger.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace rectify;
using namespace rectify::test;

namespace {

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

class StatsCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(fillSmallLedger(*m_ledger));
        m_ledger->close();
    }
    CliRun run(QStringList args, const QString &lang = QStringLiteral("en"))
    {
        args.prepend(m_ledger.path());
        args.prepend(QStringLiteral("--db"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
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
    QJsonObject json(const QStringList &args)
    {
        const CliRun r = run(args);
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << r.out.toStdString();
        return doc.object();
    }

    TempLedger m_ledger;
};

const QString today = QStringLiteral("2024-03-15");

} // namespace

TEST_F(StatsCli, StatsJsonHoldsTheDocumentedFields)
{
    const QJsonObject o = json(
        { QStringLiteral("stats"), QStringLiteral("--today"), today, QStringLiteral("--json") });
    EXPECT_EQ(o.value(QStringLiteral("today")).toString(), today);
    const QJsonObject p = o.value(QStringLiteral("problems")).toObject();
    EXPECT_EQ(p.value(QStringLiteral("total")).toInt(), 8);
    EXPECT_EQ(p.value(QStringLiteral("completed")).toInt(), 2);
    EXPECT_EQ(p.value(QStringLiteral("closed")).toInt(), 1);
    const QJsonObject t = o.value(QStringLiteral("tasks")).toObject();
    EXPECT_EQ(t.value(QStringLiteral("total")).toInt(), 14);
    EXPECT_EQ(t.value(QStringLiteral("notStarted")).toInt(), 6);
    EXPECT_EQ(t.value(QStringLiteral("inProgress")).toInt(), 4);
    EXPECT_EQ(t.value(QStringLiteral("completed")).toInt(), 4);
    EXPECT_EQ(t.value(QStringLiteral("closed")).toInt(), 3);
    EXPECT_EQ(t.value(QStringLiteral("longTerm")).toInt(), 4);
    EXPECT_EQ(t.value(QStringLiteral("overdue")).toInt(), 1);
    EXPECT_EQ(t.value(QStringLiteral("dueSoon")).toInt(), 2);
    EXPECT_EQ(t.value(QStringLiteral("stale")).toInt(), 2);
    EXPECT_DOUBLE_EQ(t.value(QStringLiteral("completionRate")).toDouble(), 0.2857);

    const QJsonArray units = o.value(QStringLiteral("units")).toArray();
    ASSERT_EQ(units.size(), 4);
    const QJsonObject first = units.at(0).toObject();
    EXPECT_EQ(first.value(QStringLiteral("name")).toString(), QStringLiteral("住建局"));
    EXPECT_EQ(first.value(QStringLiteral("tasks")).toInt(), 6);
    EXPECT_EQ(first.value(QStringLiteral("completed")).toInt(), 1);
    EXPECT_EQ(first.value(QStringLiteral("closed")).toInt(), 1);
    EXPECT_EQ(first.value(QStringLiteral("overdue")).toInt(), 0);
    EXPECT_EQ(o.value(QStringLiteral("leaders")).toArray().size(), 3);
    EXPECT_EQ(o.value(QStringLiteral("categories")).toArray().size(), 2);
    EXPECT_EQ(o.value(QStringLiteral("burnup"))
                  .toObject()
                  .value(QStringLiteral("points"))
                  .toArray()
                  .size(),
        6);

    // A filter narrows everything.
    const QJsonObject f = json({ QStringLiteral("stats"), QStringLiteral("--today"), today,
        QStringLiteral("--json"), QStringLiteral("--unit"), QStringLiteral("财政局") });
    EXPECT_EQ(
        f.value(QStringLiteral("tasks")).toObject().value(QStringLiteral("total")).toInt(), 4);
}

TEST_F(StatsCli, StatsTableIsChinese)
{
    const CliRun r = run(
        { QStringLiteral("stats"), QStringLiteral("--today"), today }, QStringLiteral("zh_CN"));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    for (const char *word : { "按牵头单位", "按责任领导", "完成率", "住建局", "作风建设方面" })
        EXPECT_TRUE(r.out.contains(QString::fromUtf8(word))) << word << "\n" << r.out.toStdString();
}

TEST_F(StatsCli, AlertsJsonListsEveryAlertingTask)
{
    const QJsonObject o = json(
        { QStringLiteral("alerts"), QStringLiteral("--today"), today, QStringLiteral("--json") });
    EXPECT_EQ(o.value(QStringLiteral("count")).toInt(), 6);
    const QJsonArray a = o.value(QStringLiteral("alerts")).toArray();
    ASSERT_EQ(a.size(), 6);
    const QJsonObject red = a.at(0).toObject();
    EXPECT_EQ(red.value(QStringLiteral("level")).toString(), QStringLiteral("red"));
    EXPECT_EQ(red.value(QStringLiteral("problemCode")).toString(), QStringLiteral("1"));
    EXPECT_EQ(red.value(QStringLiteral("taskNumber")).toInt(), 1);
    EXPECT_EQ(red.value(QStringLiteral("deadline")).toString(), QStringLiteral("2024-03-14"));
    EXPECT_EQ(red.value(QStringLiteral("daysOverdue")).toInt(), 1);
    EXPECT_EQ(red.value(QStringLiteral("leadUnits")).toArray().at(0).toString(),
        QStringLiteral("财政局"));
    EXPECT_EQ(red.value(QStringLiteral("responsiblePersons")).toArray().at(0).toString(),
        QStringLiteral("联络员1"));
    EXPECT_EQ(a.at(2).toObject().value(QStringLiteral("daysLeft")).toInt(), 7);
    EXPECT_EQ(a.at(5).toObject().value(QStringLiteral("level")).toString(),
        QStringLiteral("data_problem"));

    // Wider windows from the command line.
    const QJsonObject wide = json({ QStringLiteral("alerts"), QStringLiteral("--today"), today,
        QStringLiteral("--json"), QStringLiteral("--notice-days"), QStringLiteral("20") });
    EXPECT_EQ(wide.value(QStringLiteral("count")).toInt(), 7); // + T5 (8 days left)
}

TEST_F(StatsCli, AlertsTableIsChinese)
{
    const CliRun r = run(
        { QStringLiteral("alerts"), QStringLiteral("--today"), today }, QStringLiteral("zh_CN"));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    for (const char *word : { "逾期", "财政局", "联络员1", "整改措施1" })
        EXPECT_TRUE(r.out.contains(QString::fromUtf8(word))) << word << "\n" << r.out.toStdString();
}

TEST_F(StatsCli, BadArgumentsAreUsageErrors)
{
    CliRun r = run({ QStringLiteral("stats"), QStringLiteral("--today"), QStringLiteral("15/3") });
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("YYYY-MM-DD"))) << r.err.toStdString();
    r = run({ QStringLiteral("stats"), QStringLiteral("--period"), QStringLiteral("year") });
    EXPECT_EQ(r.code, 2);
    r = run(
        { QStringLiteral("alerts"), QStringLiteral("--inspection"), QStringLiteral("无此轮次") });
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("无此轮次"))) << r.err.toStdString();
}

TEST_F(StatsCli, ExportChartsWritesEveryChartWithStableNames)
{
    QTemporaryDir out;
    const CliRun r = run({ QStringLiteral("export-charts"), out.path(), QStringLiteral("--today"),
                             today, QStringLiteral("--dpi"), QStringLiteral("150") },
        QStringLiteral("zh_CN"));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    for (const char *name : { "status", "units", "leaders", "problems", "burnup" }) {
        for (const char *ext : { "png", "svg", "pdf" }) {
            const QString file
                = QStringLiteral("%1/%2.%3")
                      .arg(out.path(), QString::fromLatin1(name), QString::fromLatin1(ext));
            EXPECT_GT(QFileInfo(file).size(), 1000) << file.toStdString();
        }
    }
    // The titles are translated and stay text.
    const QString svg = QString::fromUtf8(readAll(out.filePath(QStringLiteral("units.svg"))));
    EXPECT_TRUE(svg.contains(QStringLiteral("各牵头单位整改进展")));
    EXPECT_TRUE(svg.contains(QStringLiteral(">住建局<")));

    const CliRun onlySvg = run({ QStringLiteral("export-charts"), out.filePath(QStringLiteral("b")),
        QStringLiteral("--format"), QStringLiteral("svg"), QStringLiteral("--today"), today });
    ASSERT_EQ(onlySvg.code, 0) << onlySvg.err.toStdString();
    EXPECT_TRUE(QFileInfo::exists(out.filePath(QStringLiteral("b/burnup.svg"))));
    EXPECT_FALSE(QFileInfo::exists(out.filePath(QStringLiteral("b/burnup.png"))));

    EXPECT_EQ(run({ QStringLiteral("export-charts"), out.path(), QStringLiteral("--format"),
                      QStringLiteral("gif") })
                  .code,
        2);
    EXPECT_EQ(run({ QStringLiteral("export-charts") }).code, 2);
}

TEST_F(StatsCli, ReportIsAChinesePdf)
{
    QTemporaryDir out;
    const QString pdf = out.filePath(QStringLiteral("report.pdf"));
    const CliRun r = run({ QStringLiteral("report"), pdf, QStringLiteral("--today"), today },
        QStringLiteral("zh_CN"));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(readAll(pdf).startsWith("%PDF"));
    EXPECT_FALSE(QFileInfo::exists(pdf + QStringLiteral(".part")));
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_SKIP() << "pdftotext is not installed";
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    ASSERT_TRUE(p.waitForFinished(60000));
    // Spaces between Chinese and digits do not always survive the extraction.
    const QString text = QString::fromUtf8(p.readAllStandardOutput()).remove(QLatin1Char(' '));
    for (const char *word : { "整改进展情况报告", "截至2024年3月15日", "逾期任务清单", "第1页",
             "整改措施14", "住建局" })
        EXPECT_TRUE(text.contains(QString::fromUtf8(word))) << word;
    // The report states the audit anchor of the ledger it was made from.
    const CliRun verify = run({ QStringLiteral("audit-verify"), QStringLiteral("--json") });
    ASSERT_EQ(verify.code, 0) << verify.err.toStdString();
    const QString anchor = QJsonDocument::fromJson(verify.out.toUtf8())
                               .object()
                               .value(QStringLiteral("anchor"))
                               .toString();
    ASSERT_FALSE(anchor.isEmpty());
    // A font may draw "ff" as one ligature, which the text extraction keeps; the
    // anchor reads back the same after NFKC, as audit-verify --expect reads it.
    EXPECT_TRUE(text.normalized(QString::NormalizationForm_KC).contains(anchor))
        << anchor.toStdString();
    const QString pasted = text.mid(text.indexOf(QStringLiteral("--expect")) + 8)
                               .section(QStringLiteral("）"), 0, 0)
                               .section(QLatin1Char(')'), 0, 0);
    auto parsed = AuditChain::parseAnchor(pasted);
    ASSERT_TRUE(parsed.ok()) << pasted.toStdString();
    EXPECT_EQ(AuditChain::anchorText(parsed->entries, parsed->hash), anchor);
}
