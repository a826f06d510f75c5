// The SQL statistics against the per-task rules, task by task, on a generated ledger:
// every figure computed with GROUP BY must equal what evaluateAlert() and
// problemStatus() give when each task is loaded through the store.
#include "stats/alertlist.h"
#include "stats/statsquery.h"
#include "store/ledger.h"

#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace rectify;

namespace {

struct Expected
{
    TaskCounts tasks;
    ProblemCounts problems;
    QHash<QString, TaskCounts> units;
    QHash<QString, TaskCounts> leaders;
    QHash<QString, TaskCounts> categories;
    QHash<int, qint64> levels; // by AlertLevel
};

void tally(TaskCounts &c, const Task &t, const TaskAlert &a)
{
    ++c.total;
    c.notStarted += t.status == TaskStatus::NotStarted;
    c.inProgress += t.status == TaskStatus::InProgress;
    c.completed += isDone(t.status);
    c.closed += t.status == TaskStatus::Closed;
    c.longTerm += t.longTerm;
    c.overdue += a.level == AlertLevel::Red;
    c.dueSoon += a.level == AlertLevel::Yellow;
    c.notice += a.level == AlertLevel::Notice;
    c.noDeadline += a.level == AlertLevel::DataProblem;
    c.stale += a.level == AlertLevel::Stale;
}

Expected byHand(Ledger &ledger, const QDate &today, const AlertSettings &settings)
{
    Expected e;
    auto problems = ledger.problems();
    EXPECT_TRUE(problems.ok());
    for (const Problem &p : *problems) {
        auto tasks = ledger.tasks(p.id);
        EXPECT_TRUE(tasks.ok());
        ++e.problems.total;
        switch (problemStatus(*tasks)) {
        case ProblemStatus::NotStarted:
            ++e.problems.notStarted;
            break;
        case ProblemStatus::InProgress:
            ++e.problems.inProgress;
            break;
        case ProblemStatus::Closed:
            ++e.problems.closed;
            ++e.problems.completed;
            break;
        case ProblemStatus::Completed:
            ++e.problems.completed;
            break;
        }
        for (const Task &t : *tasks) {
            auto progress = ledger.progress(t.id);
            EXPECT_TRUE(progress.ok());
            QDate last;
            for (const ProgressEntry &pe : *progress) {
                if (pe.date <= today && (!last.isValid() || pe.date > last))
                    last = pe.date;
            }
            const TaskAlert a = evaluateAlert(t, last, today, settings);
            tally(e.tasks, t, a);
            ++e.levels[static_cast<int>(a.level)];
            for (const QString &u : t.responsibilities.leadUnits)
                tally(e.units[u], t, a);
            if (t.responsibilities.leadUnits.isEmpty())
                tally(e.units[QString()], t, a);
            for (const QString &l : t.responsibilities.leaders)
                tally(e.leaders[l], t, a);
            if (t.responsibilities.leaders.isEmpty())
                tally(e.leaders[QString()], t, a);
            tally(e.categories[p.category], t, a);
        }
    }
    return e;
}

void expectSame(const TaskCounts &got, const TaskCounts &want, bool withStale, const QString &what)
{
    const std::string w = what.toStdString();
    EXPECT_EQ(got.total, want.total) << w;
    EXPECT_EQ(got.notStarted, want.notStarted) << w;
    EXPECT_EQ(got.inProgress, want.inProgress) << w;
    EXPECT_EQ(got.completed, want.completed) << w;
    EXPECT_EQ(got.closed, want.closed) << w;
    EXPECT_EQ(got.longTerm, want.longTerm) << w;
    EXPECT_EQ(got.overdue, want.overdue) << w;
    EXPECT_EQ(got.dueSoon, want.dueSoon) << w;
    EXPECT_EQ(got.notice, want.notice) << w;
    EXPECT_EQ(got.noDeadline, want.noDeadline) << w;
    if (withStale) {
        EXPECT_EQ(got.stale, want.stale) << w;
    }
}

void expectGroups(
    const QVector<GroupStats> &got, const QHash<QString, TaskCounts> &want, const QString &what)
{
    EXPECT_EQ(got.size(), want.size()) << what.toStdString();
    for (const GroupStats &g : got) {
        ASSERT_TRUE(want.contains(g.name)) << g.name.toStdString();
        expectSame(g.counts, want.value(g.name), false, what + QLatin1Char(' ') + g.name);
    }
}

} // namespace

TEST(CrossCheck, SqlFiguresEqualThePerTaskRules)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("generated.sqlite"));
    QProcess gen;
    gen.start(QStringLiteral(RECTIFY_GENLEDGER_PATH),
        { path, QStringLiteral("--tasks"), QStringLiteral("700"), QStringLiteral("--seed"),
            QStringLiteral("7") });
    ASSERT_TRUE(gen.waitForFinished(60000));
    ASSERT_EQ(gen.exitCode(), 0) << gen.readAllStandardError().toStdString();

    Ledger ledger;
    ASSERT_TRUE(ledger.open(path, Ledger::OpenMode::ReadOnly).ok());

    struct Case
    {
        QDate today;
        AlertSettings settings;
    };
    AlertSettings offices;
    offices.dueSoonDays = 10;
    offices.noticeDays = 20;
    offices.staleDays = 45;
    const Case cases[] = {
        { QDate(2024, 6, 30), AlertSettings {} }, // the generator's own "today"
        { QDate(2024, 1, 25), offices }, // earlier: more open work, notice window on
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.today.toString(Qt::ISODate).toStdString());
        const Expected e = byHand(ledger, c.today, c.settings);
        ASSERT_EQ(e.tasks.total, 700);
        ASSERT_GT(e.tasks.overdue, 0); // the data exercises every rule
        ASSERT_GT(e.tasks.stale, 0);
        ASSERT_GT(e.tasks.dueSoon, 0);

        StatsRequest r;
        r.today = c.today;
        r.alerts = c.settings;
        auto s = StatsQuery::compute(ledger, r);
        ASSERT_TRUE(s.ok()) << s.error().toStdString();
        expectSame(s->tasks, e.tasks, true, QStringLiteral("totals"));
        EXPECT_EQ(s->problems.total, e.problems.total);
        EXPECT_EQ(s->problems.notStarted, e.problems.notStarted);
        EXPECT_EQ(s->problems.inProgress, e.problems.inProgress);
        EXPECT_EQ(s->problems.completed, e.problems.completed);
        EXPECT_EQ(s->problems.closed, e.problems.closed);
        expectGroups(s->units, e.units, QStringLiteral("unit"));
        expectGroups(s->leaders, e.leaders, QStringLiteral("leader"));
        expectGroups(s->categories, e.categories, QStringLiteral("category"));

        // The SQL problem counts (no list) agree with the list.
        r.parts = StatsRequest::Totals;
        auto sqlOnly = StatsQuery::compute(ledger, r);
        ASSERT_TRUE(sqlOnly.ok());
        EXPECT_EQ(sqlOnly->problems.inProgress, e.problems.inProgress);
        EXPECT_EQ(sqlOnly->problems.notStarted, e.problems.notStarted);

        auto alerts = AlertList::compute(ledger, c.today, c.settings);
        ASSERT_TRUE(alerts.ok()) << alerts.error().toStdString();
        QHash<int, qint64> levels;
        for (const AlertItem &i : *alerts)
            ++levels[static_cast<int>(i.alert.level)];
        for (AlertLevel l : { AlertLevel::Red, AlertLevel::Yellow, AlertLevel::Notice,
                 AlertLevel::Stale, AlertLevel::DataProblem })
            EXPECT_EQ(levels.value(static_cast<int>(l)), e.levels.value(static_cast<int>(l)))
                << alertLevelKey(l).toStdString();
        EXPECT_EQ(levels.value(static_cast<int>(AlertLevel::Green)), 0);
    }
}
