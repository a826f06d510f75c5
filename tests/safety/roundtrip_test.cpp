// Round trip: export a ledger as CSV, import it into an empty ledger, and get the
// same three lists and the same statistics back — in both encodings and both shapes.
#include "export/csvexporter.h"
#include "import/importer.h"
#include "stats/alert.h"
#include "stats/statsquery.h"
#include "store/ledger.h"
#include "tests/safety/safetysupport.h"
#include "tests/support/templedger.h"

#include <QDir>
#include <QMap>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace rectify;
using namespace rectify::test;

namespace {

// The day of the import and of the alert statistics: long-term tasks that reported
// within 30 days are not stale in either ledger.
const QDate importDay(2024, 1, 20);

// A ledger with the awkward cases a CSV must carry: several tasks per problem, cells
// with commas, quotes and line breaks, several units and people per cell, long-term
// work, every status, odd Unicode and text that looks like SQL.
bool seedRichLedger(Ledger &ledger)
{
    if (!seedSmallLedger(ledger))
        return false;
    auto inspections = ledger.inspections();
    if (!inspections || inspections->isEmpty())
        return false;
    const qint64 iid = inspections->constFirst().id;
    Problem p;
    p.inspectionId = iid;
    p.code = QStringLiteral("3");
    p.category = QStringLiteral("制度执行");
    p.title = QStringLiteral("\"三重一大\"事项决策程序不规范，\n会议记录不完整");
    p.sortOrder = 3;
    auto pid = ledger.addProblem(p);
    if (!pid)
        return false;
    const QStringList measures = {
        QStringLiteral("修订议事规则, 明确\"三重一大\"事项清单"),
        QStringLiteral("'); DROP TABLE tasks;-- 整改\U0001F600 e\u0301 \u200F\u0627\u200E"),
        QStringLiteral("开展专项检查\n形成检查报告"),
        // Neutralised on export with a leading apostrophe, restored on import.
        QStringLiteral("=HYPERLINK(\"http://example.invalid\")"),
        QStringLiteral("-落实“一岗双责”"),
        QStringLiteral("'保留的撇号"),
    };
    const TaskStatus statuses[]
        = { TaskStatus::Closed, TaskStatus::InProgress, TaskStatus::NotStarted,
              TaskStatus::Completed, TaskStatus::InProgress, TaskStatus::NotStarted };
    for (int n = 0; n < measures.size(); ++n) {
        Task t;
        t.problemId = *pid;
        t.measure = measures.at(n);
        t.target = n == 0 ? QStringLiteral("决策规范") : QString();
        t.deadline = QDate(2024, 1 + n, 15);
        t.longTerm = n == 4;
        if (t.longTerm)
            t.deadline = QDate();
        t.status = statuses[n];
        t.responsibilities.leaders = { QStringLiteral("张伟") };
        t.responsibilities.leadUnits = { QStringLiteral("办公室"), QStringLiteral("纪检组") };
        t.responsibilities.coUnits = { QStringLiteral("财务科") };
        t.responsibilities.persons = { QStringLiteral("刘洋"), QStringLiteral("陈静") };
        t.remarks = n == 2 ? QStringLiteral("备注，含逗号")
            : n == 3       ? QStringLiteral("+86 010 1234")
                           : QString();
        if (!ledger.addTask(t))
            return false;
    }
    return true;
}

struct Snapshot
{
    QStringList problems;
    QStringList tasks;
    QMap<QString, int> byStatus;
    QMap<QString, int> byCategory;
    QMap<QString, int> byAlert;
    QStringList statistics; // StatsQuery's totals and breakdowns, as text
};

QString countsText(const TaskCounts &c)
{
    return QStringLiteral("%1 ns%2 ip%3 c%4 cl%5 lt%6 od%7 ds%8 nt%9 st%10 nd%11")
        .arg(c.total)
        .arg(c.notStarted)
        .arg(c.inProgress)
        .arg(c.completed)
        .arg(c.closed)
        .arg(c.longTerm)
        .arg(c.overdue)
        .arg(c.dueSoon)
        .arg(c.notice)
        .arg(c.stale)
        .arg(c.noDeadline);
}

// The three lists as text, and statistics, of every problem in ledger order.
Snapshot snapshot(const Ledger &ledger)
{
    Snapshot s;
    auto problems = ledger.problems();
    EXPECT_TRUE(problems.ok());
    if (!problems)
        return s;
    const AlertSettings settings = AlertSettings::fromLedger(ledger);
    for (const Problem &p : *problems) {
        s.problems << QStringList { p.code, p.category, p.title }.join(QLatin1Char('|'));
        auto tasks = ledger.tasks(p.id);
        EXPECT_TRUE(tasks.ok());
        if (!tasks)
            continue;
        for (const Task &t : *tasks) {
            const Responsibilities &r = t.responsibilities;
            s.tasks << QStringList { p.code, QString::number(t.number), t.measure, t.target,
                t.deadline.toString(Qt::ISODate), t.longTerm ? QStringLiteral("long") : QString(),
                taskStatusKey(t.status), t.remarks, r.leaders.join(QLatin1Char('/')),
                r.leadUnits.join(QLatin1Char('/')), r.coUnits.join(QLatin1Char('/')),
                r.persons.join(QLatin1Char('/')) }
                           .join(QLatin1Char('|'));
            ++s.byStatus[taskStatusKey(t.status)];
            ++s.byCategory[p.category];
            auto progress = ledger.progress(t.id);
            const QDate last
                = progress && !progress->isEmpty() ? progress->constLast().date : QDate();
            ++s.byAlert[alertLevelKey(evaluateAlert(t, last, importDay, settings).level)];
        }
    }
    // The statistics the dashboard shows (burn-up aside: completion dates are not
    // part of the CSV shape, the import records its own day).
    StatsRequest request;
    request.today = importDay;
    request.alerts = settings;
    request.parts = StatsRequest::Totals | StatsRequest::Units | StatsRequest::Leaders
        | StatsRequest::Categories;
    auto stats = StatsQuery::compute(ledger, request);
    EXPECT_TRUE(stats.ok()) << (stats.ok() ? std::string() : stats.error().toStdString());
    if (stats) {
        const ProblemCounts &pc = stats->problems;
        s.statistics << countsText(stats->tasks)
                     << QStringLiteral("problems %1 %2 %3 %4 %5")
                            .arg(pc.total)
                            .arg(pc.notStarted)
                            .arg(pc.inProgress)
                            .arg(pc.completed)
                            .arg(pc.closed);
        for (const auto *groups : { &stats->units, &stats->leaders, &stats->categories }) {
            for (const GroupStats &g : *groups)
                s.statistics << g.name + QStringLiteral(": ") + countsText(g.counts);
        }
    }
    return s;
}

void expectSame(const Snapshot &a, const Snapshot &b)
{
    EXPECT_EQ(a.problems, b.problems);
    EXPECT_EQ(a.tasks, b.tasks);
    EXPECT_EQ(a.byStatus, b.byStatus);
    EXPECT_EQ(a.byCategory, b.byCategory);
    EXPECT_EQ(a.byAlert, b.byAlert);
    EXPECT_EQ(a.statistics, b.statistics);
}

} // namespace

TEST(RoundTrip, ExportThenImportGivesTheSameListsAndStatistics)
{
    TempLedger source;
    ASSERT_TRUE(seedRichLedger(*source));
    const Snapshot original = snapshot(*source);
    ASSERT_EQ(original.tasks.size(), 9);

    struct Variant
    {
        CsvExporter::Encoding encoding;
        bool everyRow;
        const char *name;
    };
    const Variant variants[] = {
        { CsvExporter::Encoding::Gb18030, true, "gb18030.csv" },
        { CsvExporter::Encoding::Utf8Bom, false, "utf8-merged.csv" },
    };
    for (const Variant &v : variants) {
        SCOPED_TRACE(v.name);
        const QString csv = QDir(source.dir()).filePath(QLatin1String(v.name));
        CsvExporter::Options o;
        o.encoding = v.encoding;
        o.problemOnEveryRow = v.everyRow;
        ASSERT_TRUE(CsvExporter::write(*source, csv, o).ok());

        QTemporaryDir dir;
        Ledger target;
        target.setActor(QStringLiteral("tester"));
        ASSERT_TRUE(target.open(dir.filePath(QStringLiteral("empty.sqlite"))).ok());
        ImportOptions io;
        io.today = importDay;
        Importer importer(target);
        auto report = importer.import(csv, io);
        ASSERT_TRUE(report.ok()) << report.error().toStdString();
        EXPECT_TRUE(report->committed) << report->text().toStdString();
        EXPECT_EQ(report->errorCount, 0) << report->text().toStdString();
        EXPECT_EQ(report->tasks.added, 9);
        expectSame(snapshot(target), original);

        // Importing the same export again changes nothing.
        auto again = importer.import(csv, io);
        ASSERT_TRUE(again.ok());
        EXPECT_EQ(again->tasks.added, 0);
        EXPECT_EQ(again->tasks.updated, 0) << again->text().toStdString();
        expectSame(snapshot(target), original);
    }
}
