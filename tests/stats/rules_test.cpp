// The per-task alert rule and the problem status rule, at their edges.
#include "stats/alert.h"
#include "stats/problemstatus.h"
#include "stats/statsquery.h"

#include <gtest/gtest.h>

using namespace rectify;

namespace {

const QDate today(2024, 3, 15);

struct AlertCase
{
    const char *name;
    TaskStatus status;
    bool longTerm;
    QDate deadline;
    QDate lastProgress;
    AlertSettings settings;
    AlertLevel expected;
    int days;
};

AlertSettings windows(int dueSoon, int notice, int stale)
{
    AlertSettings s;
    s.dueSoonDays = dueSoon;
    s.noticeDays = notice;
    s.staleDays = stale;
    return s;
}

} // namespace

TEST(AlertRule, Table)
{
    using S = TaskStatus;
    using L = AlertLevel;
    const AlertSettings def = windows(7, 0, 30);
    const AlertSettings offices = windows(10, 20, 30);
    const AlertCase cases[] = {
        { "deadline yesterday", S::InProgress, false, today.addDays(-1), {}, def, L::Red, -1 },
        { "deadline today is due soon", S::NotStarted, false, today, {}, def, L::Yellow, 0 },
        { "deadline today + N is due soon", S::InProgress, false, today.addDays(7), {}, def,
            L::Yellow, 7 },
        { "deadline today + N + 1 is green", S::InProgress, false, today.addDays(8), {}, def,
            L::Green, 8 },
        { "notice window edge", S::InProgress, false, today.addDays(20), {}, offices, L::Notice,
            20 },
        { "inside the due-soon window of 10", S::InProgress, false, today.addDays(10), {}, offices,
            L::Yellow, 10 },
        { "past the notice window", S::InProgress, false, today.addDays(21), {}, offices, L::Green,
            21 },
        { "completed after its deadline", S::Completed, false, today.addDays(-30), {}, def, L::Done,
            0 },
        { "closed long ago", S::Closed, false, today.addDays(-300), {}, def, L::Done, 0 },
        { "completed without a deadline", S::Completed, false, {}, {}, def, L::Done, 0 },
        { "no deadline, not long-term", S::InProgress, false, {}, {}, def, L::DataProblem, 0 },
        { "long-term, progress 30 days ago", S::InProgress, true, {}, today.addDays(-30), def,
            L::Green, 0 },
        { "long-term, progress 31 days ago", S::InProgress, true, {}, today.addDays(-31), def,
            L::Stale, 31 },
        { "long-term, never reported", S::NotStarted, true, {}, {}, def, L::Stale, 0 },
        { "long-term, reported today", S::InProgress, true, {}, today, def, L::Green, 0 },
        { "long-term with a past deadline is never red", S::InProgress, true, today.addDays(-10),
            today.addDays(-1), def, L::Green, 0 },
        { "long-term and completed", S::Completed, true, {}, {}, def, L::Done, 0 },
        { "zero-day window: today is still yellow", S::InProgress, false, today, {},
            windows(0, 0, 30), L::Yellow, 0 },
        { "zero-day window: tomorrow is green", S::InProgress, false, today.addDays(1), {},
            windows(0, 0, 30), L::Green, 1 },
    };
    for (const AlertCase &c : cases) {
        Task t;
        t.status = c.status;
        t.longTerm = c.longTerm;
        t.deadline = c.deadline;
        const TaskAlert a = evaluateAlert(t, c.lastProgress, today, c.settings);
        EXPECT_EQ(alertLevelKey(a.level), alertLevelKey(c.expected)) << c.name;
        EXPECT_EQ(a.days, c.days) << c.name;
    }
}

TEST(ProblemStatusRule, Table)
{
    using S = TaskStatus;
    const auto task = [](S status, bool longTerm = false) {
        Task t;
        t.status = status;
        t.longTerm = longTerm;
        return t;
    };
    const struct
    {
        const char *name;
        QVector<Task> tasks;
        ProblemStatus expected;
    } cases[] = {
        { "no tasks", {}, ProblemStatus::NotStarted },
        { "nothing started", { task(S::NotStarted), task(S::NotStarted) },
            ProblemStatus::NotStarted },
        { "one started", { task(S::NotStarted), task(S::InProgress) }, ProblemStatus::InProgress },
        { "one done, one not started", { task(S::Completed), task(S::NotStarted) },
            ProblemStatus::InProgress },
        { "all completed or closed", { task(S::Completed), task(S::Closed) },
            ProblemStatus::Completed },
        { "all closed", { task(S::Closed), task(S::Closed) }, ProblemStatus::Closed },
        { "open long-term keeps it in progress", { task(S::Closed), task(S::InProgress, true) },
            ProblemStatus::InProgress },
        { "open long-term not started is in progress", { task(S::NotStarted, true) },
            ProblemStatus::InProgress },
        { "completed long-term counts as done", { task(S::Closed), task(S::Completed, true) },
            ProblemStatus::Completed },
    };
    for (const auto &c : cases)
        EXPECT_EQ(problemStatusKey(problemStatus(c.tasks)), problemStatusKey(c.expected)) << c.name;
}

TEST(Burnup, WeeksStartOnMondayAndAccumulate)
{
    EXPECT_EQ(StatsQuery::periodStart(today, BurnupPeriod::Week), QDate(2024, 3, 11));
    EXPECT_EQ(StatsQuery::periodEnd(today, BurnupPeriod::Week), QDate(2024, 3, 17));
    EXPECT_EQ(StatsQuery::periodEnd(QDate(2024, 2, 3), BurnupPeriod::Month), QDate(2024, 2, 29));

    QMap<QDate, qint64> due { { QDate(2024, 3, 4), 2 }, { QDate(2024, 3, 17), 1 },
        { QDate(2024, 3, 18), 3 }, { QDate(2024, 3, 30), 1 } };
    QMap<QDate, qint64> done { { QDate(2024, 3, 1), 1 }, { QDate(2024, 3, 12), 2 } };
    const BurnupSeries s = StatsQuery::buildBurnup(due, done, today, BurnupPeriod::Week);
    ASSERT_EQ(s.points.size(), 5); // weeks from 02-26 to 03-25
    EXPECT_EQ(s.points[0].start, QDate(2024, 2, 26));
    EXPECT_EQ(s.points[0].due, 0);
    EXPECT_EQ(s.points[0].completed, 1);
    EXPECT_EQ(s.points[1].due, 2); // week of 03-04
    EXPECT_EQ(s.points[2].end, QDate(2024, 3, 17));
    EXPECT_EQ(s.points[2].due, 3); // the deadline on Sunday is in its week
    EXPECT_EQ(s.points[2].completed, 3);
    EXPECT_FALSE(s.points[2].future);
    EXPECT_EQ(s.points[3].due, 6);
    EXPECT_TRUE(s.points[3].future);
    EXPECT_EQ(s.points[4].due, 7);
    EXPECT_EQ(s.dueTotal, 7);
    EXPECT_EQ(s.completedTotal, 3);
}

TEST(Burnup, RunsToTodayAndClampsTypos)
{
    // Nothing due after today: the series still reaches today's period.
    QMap<QDate, qint64> due { { QDate(2024, 1, 10), 1 } };
    BurnupSeries s = StatsQuery::buildBurnup(due, {}, today, BurnupPeriod::Month);
    ASSERT_EQ(s.points.size(), 3);
    EXPECT_EQ(s.points.last().end, QDate(2024, 3, 31));

    // A deadline typed as year 2204 does not make 2,000 monthly points.
    due.insert(QDate(2204, 1, 1), 1);
    s = StatsQuery::buildBurnup(due, {}, today, BurnupPeriod::Month);
    EXPECT_LE(s.points.size(), 12 * 10 + 4);
    EXPECT_EQ(s.points.last().due, 2);

    EXPECT_TRUE(StatsQuery::buildBurnup({}, {}, today, BurnupPeriod::Week).points.isEmpty());
}
