// Statistics and the alert list on the hand-made ledger (see smallledger.cpp for
// the figures worked out by hand).
#include "stats/alertlist.h"
#include "stats/statsquery.h"
#include "tests/stats/smallledger.h"
#include "tests/support/templedger.h"

#include <gtest/gtest.h>

using namespace rectify;
using namespace rectify::test;

namespace {

class SmallLedger : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(fillSmallLedger(*m_ledger)); }

    Statistics compute(const StatsFilter &filter = {}, unsigned parts = StatsRequest::AllParts,
        BurnupPeriod period = BurnupPeriod::Month)
    {
        StatsRequest r;
        r.today = smallLedgerToday();
        r.filter = filter;
        r.parts = parts;
        r.period = period;
        auto s = StatsQuery::compute(*m_ledger, r);
        EXPECT_TRUE(s.ok()) << s.error().toStdString();
        return s ? *s : Statistics {};
    }
    qint64 inspectionId(const QString &name)
    {
        auto all = m_ledger->inspections();
        for (const Inspection &i : *all)
            if (i.name == name)
                return i.id;
        return 0;
    }
    const GroupStats *group(const QVector<GroupStats> &groups, const QString &name)
    {
        for (const GroupStats &g : groups)
            if (g.name == name)
                return &g;
        return nullptr;
    }

    TempLedger m_ledger;
};

} // namespace

TEST_F(SmallLedger, TaskTotals)
{
    const TaskCounts c = compute().tasks;
    EXPECT_EQ(c.total, 14);
    EXPECT_EQ(c.notStarted, 6);
    EXPECT_EQ(c.inProgress, 4);
    EXPECT_EQ(c.completed, 4); // T3, T6, T7, T14: completed + closed
    EXPECT_EQ(c.closed, 3);
    EXPECT_EQ(c.awaitingSignOff(), 1);
    EXPECT_EQ(c.longTerm, 4);
    EXPECT_EQ(c.overdue, 1);
    EXPECT_EQ(c.dueSoon, 2);
    EXPECT_EQ(c.notice, 0);
    EXPECT_EQ(c.stale, 2); // T9 never reported, T10 31 days; T8 at 30 days is not
    EXPECT_EQ(c.noDeadline, 1);
    EXPECT_EQ(c.onTrack(), 4);
    EXPECT_DOUBLE_EQ(c.completionRate(), 4.0 / 14.0);
}

TEST_F(SmallLedger, NoticeWindowAndWiderDueSoon)
{
    StatsRequest r;
    r.today = smallLedgerToday();
    r.alerts.dueSoonDays = 7;
    r.alerts.noticeDays = 8; // T5, 8 days left, enters the notice window
    r.parts = StatsRequest::Totals;
    auto s = StatsQuery::compute(*m_ledger, r);
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(s->tasks.dueSoon, 2);
    EXPECT_EQ(s->tasks.notice, 1);
    EXPECT_EQ(s->tasks.onTrack(), 3);

    r.alerts.dueSoonDays = 0; // only T2 (today) stays yellow; T4 (7 days) is a notice
    s = StatsQuery::compute(*m_ledger, r);
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(s->tasks.dueSoon, 1);
    EXPECT_EQ(s->tasks.notice, 2);

    // A later today: T1, T2, T3... T5 are all past due; T10 and T8 are stale.
    r.today = QDate(2024, 3, 24);
    r.alerts = AlertSettings {};
    s = StatsQuery::compute(*m_ledger, r);
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(s->tasks.overdue, 4); // T1, T2, T4, T5
    EXPECT_EQ(s->tasks.stale, 3); // T8 now 39 days silent
}

TEST_F(SmallLedger, ProblemsFromTheirTasks)
{
    // Counted in SQL (no list) and from the list: both must agree with the hand count.
    for (unsigned parts : { unsigned(StatsRequest::Totals),
             unsigned(StatsRequest::Totals | StatsRequest::ProblemList) }) {
        const ProblemCounts p = compute({}, parts).problems;
        EXPECT_EQ(p.total, 8);
        EXPECT_EQ(p.completed, 2); // A-3 completed, B-5 closed
        EXPECT_EQ(p.closed, 1);
        EXPECT_EQ(p.notStarted, 1); // B-3
        EXPECT_EQ(p.inProgress, 4 + 1); // B-1, B-2, B-4
    }
    const Statistics s = compute({}, StatsRequest::ProblemList);
    ASSERT_EQ(s.problemList.size(), 8);
    const ProblemProgress &a1 = s.problemList[0];
    EXPECT_EQ(a1.code, QStringLiteral("1"));
    EXPECT_EQ(a1.tally.tasks, 3);
    EXPECT_EQ(a1.tally.done, 1);
    EXPECT_DOUBLE_EQ(a1.fractionDone(), 1.0 / 3.0);
    EXPECT_EQ(a1.status, ProblemStatus::InProgress);
    EXPECT_EQ(s.problemList[2].status, ProblemStatus::Completed);
    EXPECT_DOUBLE_EQ(s.problemList[2].fractionDone(), 1.0);
    EXPECT_EQ(s.problemList[5].status, ProblemStatus::NotStarted);
    EXPECT_EQ(s.problemList[6].status, ProblemStatus::InProgress); // open long-term
    EXPECT_EQ(s.problemList[7].status, ProblemStatus::Closed);
}

TEST_F(SmallLedger, PerLeadUnitCountsATaskForEachOfItsUnits)
{
    const Statistics s = compute();
    ASSERT_EQ(s.units.size(), 4);
    // Most tasks first; ties by name; tasks without a lead unit last.
    EXPECT_EQ(s.units[0].name, QStringLiteral("住建局"));
    EXPECT_EQ(s.units[3].name, QString());
    const GroupStats *f = group(s.units, QStringLiteral("财政局"));
    const GroupStats *e = group(s.units, QStringLiteral("教育局"));
    const GroupStats *z = group(s.units, QStringLiteral("住建局"));
    ASSERT_TRUE(f && e && z);
    EXPECT_EQ(f->counts.total, 4);
    EXPECT_EQ(f->counts.completed, 2);
    EXPECT_EQ(f->counts.closed, 1);
    EXPECT_EQ(f->counts.overdue, 1);
    EXPECT_EQ(f->counts.dueSoon, 1); // T2, shared with 教育局
    EXPECT_EQ(e->counts.total, 4);
    EXPECT_EQ(e->counts.completed, 1);
    EXPECT_EQ(e->counts.dueSoon, 1); // T2 again
    EXPECT_EQ(e->counts.longTerm, 2);
    EXPECT_EQ(z->counts.total, 6);
    EXPECT_EQ(z->counts.completed, 1);
    EXPECT_EQ(z->counts.dueSoon, 1);
    EXPECT_EQ(s.units[3].counts.total, 1); // T11
    EXPECT_EQ(s.units[3].counts.noDeadline, 1);
    qint64 sum = 0;
    for (const GroupStats &g : s.units)
        sum += g.counts.total;
    EXPECT_EQ(sum, s.tasks.total + 1); // T2 has two lead units
}

TEST_F(SmallLedger, PerLeaderCategoryAndInspection)
{
    const Statistics s = compute();
    ASSERT_EQ(s.leaders.size(), 3);
    EXPECT_EQ(s.leaders[0].name, QStringLiteral("张三")); // 6 tasks each; by name
    EXPECT_EQ(s.leaders[0].counts.total, 6);
    EXPECT_EQ(s.leaders[0].counts.completed, 2);
    EXPECT_EQ(s.leaders[0].counts.overdue, 1);
    EXPECT_EQ(s.leaders[1].name, QStringLiteral("李四"));
    EXPECT_EQ(s.leaders[1].counts.completed, 2);
    EXPECT_EQ(s.leaders[1].counts.closed, 2);
    EXPECT_EQ(s.leaders[2].name, QString());
    EXPECT_EQ(s.leaders[2].counts.total, 2); // T9, T10

    ASSERT_EQ(s.categories.size(), 2);
    const GroupStats *style = group(s.categories, QStringLiteral("作风建设方面"));
    const GroupStats *money = group(s.categories, QStringLiteral("财经纪律方面"));
    ASSERT_TRUE(style && money);
    EXPECT_EQ(style->counts.total, 7);
    EXPECT_EQ(style->counts.completed, 3);
    EXPECT_EQ(money->counts.total, 7);
    EXPECT_EQ(money->counts.completed, 1);
    EXPECT_EQ(money->counts.noDeadline, 1);

    ASSERT_EQ(s.inspections.size(), 2);
    EXPECT_EQ(s.inspections[0].name, QStringLiteral("2023年区委第一轮巡察"));
    EXPECT_EQ(s.inspections[0].counts.total, 7);
    EXPECT_EQ(s.inspections[0].counts.completed, 3);
    EXPECT_EQ(s.inspections[0].counts.overdue, 1);
    EXPECT_EQ(s.inspections[0].counts.dueSoon, 2);
    EXPECT_EQ(s.inspections[1].counts.total, 7);
    EXPECT_EQ(s.inspections[1].counts.longTerm, 4);
}

TEST_F(SmallLedger, Filters)
{
    StatsFilter byUnit;
    byUnit.unit = QStringLiteral("财政局");
    Statistics s = compute(byUnit);
    EXPECT_EQ(s.tasks.total, 4); // T1, T2, T6, T7
    EXPECT_EQ(s.tasks.overdue, 1);
    EXPECT_EQ(s.problems.total, 2); // A-1 (its 财政局 tasks only) and A-3
    EXPECT_EQ(s.problems.completed, 1);
    // The other lead unit of T2 still shows in the breakdown.
    ASSERT_NE(group(s.units, QStringLiteral("教育局")), nullptr);
    EXPECT_EQ(group(s.units, QStringLiteral("教育局"))->counts.total, 1);

    StatsFilter byCategory;
    byCategory.category = QStringLiteral("作风建设方面");
    s = compute(byCategory);
    EXPECT_EQ(s.tasks.total, 7);
    EXPECT_EQ(s.problems.total, 4);
    EXPECT_EQ(s.categories.size(), 1);

    StatsFilter byInspection;
    byInspection.inspectionId = inspectionId(QStringLiteral("2024年经济责任审计"));
    s = compute(byInspection);
    EXPECT_EQ(s.tasks.total, 7);
    EXPECT_EQ(s.tasks.stale, 2);
    EXPECT_EQ(s.problems.total, 5);
    ASSERT_EQ(s.burnup.markers.size(), 1);
    EXPECT_EQ(s.burnup.markers[0].date, QDate(2024, 4, 10));

    StatsFilter nothing;
    nothing.unit = QStringLiteral("没有这个单位");
    s = compute(nothing);
    EXPECT_EQ(s.tasks.total, 0);
    EXPECT_EQ(s.tasks.completionRate(), 0.0);
    EXPECT_TRUE(s.units.isEmpty());
}

TEST_F(SmallLedger, BurnupByMonth)
{
    const BurnupSeries b = compute().burnup;
    EXPECT_EQ(b.dueTotal, 9); // dated, not long-term
    EXPECT_EQ(b.completedTotal, 4);
    EXPECT_EQ(b.undated, 0);
    ASSERT_EQ(b.points.size(), 6); // January to June 2024
    const qint64 due[] = { 2, 3, 8, 8, 8, 9 };
    const qint64 completed[] = { 2, 3, 4 };
    for (int i = 0; i < 6; ++i) {
        EXPECT_EQ(b.points[i].start, QDate(2024, i + 1, 1));
        EXPECT_EQ(b.points[i].due, due[i]) << i;
        EXPECT_EQ(b.points[i].future, i >= 3) << i;
        if (i < 3) {
            EXPECT_EQ(b.points[i].completed, completed[i]) << i;
        }
    }
    ASSERT_EQ(b.markers.size(), 2);
    EXPECT_EQ(b.markers[0].date, QDate(2024, 3, 1));
}

TEST_F(SmallLedger, UpcomingDeadlines)
{
    const Statistics s = compute();
    ASSERT_EQ(s.upcoming.size(), 4); // T2, T4, T5, T12
    EXPECT_EQ(s.upcoming[0].deadline, smallLedgerToday());
    EXPECT_EQ(s.upcoming[0].daysLeft, 0);
    EXPECT_EQ(s.upcoming[0].leadUnits,
        QStringList({ QStringLiteral("财政局"), QStringLiteral("教育局") }));
    EXPECT_EQ(s.upcoming[1].daysLeft, 7);
    EXPECT_EQ(s.upcoming[3].deadline, QDate(2024, 6, 30));

    StatsRequest r;
    r.today = smallLedgerToday();
    r.parts = StatsRequest::Upcoming;
    r.upcomingLimit = 2;
    auto limited = StatsQuery::compute(*m_ledger, r);
    ASSERT_TRUE(limited.ok());
    EXPECT_EQ(limited->upcoming.size(), 2);
    EXPECT_EQ(limited->tasks.total, 0); // not asked for
}

TEST_F(SmallLedger, AlertListInOrderOfUrgency)
{
    auto items = AlertList::compute(*m_ledger, smallLedgerToday(), AlertSettings {});
    ASSERT_TRUE(items.ok()) << items.error().toStdString();
    QStringList got;
    for (const AlertItem &i : *items)
        got << QStringLiteral("%1:%2").arg(alertLevelKey(i.alert.level), i.measure);
    EXPECT_EQ(got,
        QStringList({ QStringLiteral("red:整改措施1"), QStringLiteral("yellow:整改措施2"),
            QStringLiteral("yellow:整改措施4"), QStringLiteral("stale:整改措施9"),
            QStringLiteral("stale:整改措施10"), QStringLiteral("data_problem:整改措施11") }))
        << got.join(QLatin1Char(' ')).toStdString();
    const AlertItem &red = items->at(0);
    EXPECT_EQ(red.alert.days, -1);
    EXPECT_EQ(red.problemCode, QStringLiteral("1"));
    EXPECT_EQ(red.taskNumber, 1);
    EXPECT_EQ(red.inspection, QStringLiteral("2023年区委第一轮巡察"));
    EXPECT_EQ(red.leadUnits, QStringList { QStringLiteral("财政局") });
    EXPECT_EQ(red.persons, QStringList { QStringLiteral("联络员1") });
    EXPECT_EQ(items->at(1).leadUnits.size(), 2);
    // T10: the entry of 04-01 lies after today and does not count.
    EXPECT_EQ(items->at(4).lastProgress, QDate(2024, 2, 13));
    EXPECT_EQ(items->at(4).alert.days, 31);
    EXPECT_FALSE(items->at(3).lastProgress.isValid());

    StatsFilter f;
    f.unit = QStringLiteral("教育局");
    items = AlertList::compute(*m_ledger, smallLedgerToday(), AlertSettings {}, f);
    ASSERT_TRUE(items.ok());
    ASSERT_EQ(items->size(), 2); // T2 yellow, T9 stale
}

TEST_F(SmallLedger, NeedsAToday)
{
    StatsRequest r;
    EXPECT_FALSE(StatsQuery::compute(*m_ledger, r).ok());
    EXPECT_FALSE(AlertList::compute(*m_ledger, QDate(), AlertSettings {}).ok());
}
