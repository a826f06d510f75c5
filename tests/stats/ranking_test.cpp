// The unit ranking (单位考核) on a small ledger whose figures and scores are
// worked out by hand (docs/statistics.md), on a ledger file and on a server.
#include "stats/ranking.h"
#include "tests/stats/rankingledger.h"
#include "tests/support/templedger.h"

#include <QHash>
#include <gtest/gtest.h>

namespace rectify::test {

namespace {

class RankingTest : public ::testing::Test
{
protected:
    void SetUp() override { fillRankingLedger(*m_ledger); }
    TempLedger m_ledger;
};

const UnitScore *find(const QVector<UnitScore> &list, const char *unit)
{
    for (const UnitScore &u : list) {
        if (u.unit == QString::fromUtf8(unit))
            return &u;
    }
    return nullptr;
}

TEST_F(RankingTest, FiguresOfEachUnitAsWorkedOutByHand)
{
    auto r = Ranking::compute(*m_ledger, QDate(2024, 6, 1));
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    ASSERT_EQ(r->size(), 5);

    const UnitScore *jia = find(*r, "甲局");
    ASSERT_NE(jia, nullptr);
    EXPECT_EQ(jia->tasks, 4);
    EXPECT_EQ(jia->completedOnTime, 1);
    EXPECT_EQ(jia->completedLate, 1);
    EXPECT_EQ(jia->overdue, 1);
    EXPECT_EQ(jia->extended, 0);
    EXPECT_EQ(jia->rounds, 2);
    EXPECT_EQ(jia->reportsOnTime, 1);
    // 100 × (0.4 × 1/3 + 0.3 × 2/3 + 0.3 × 1/2) = 48.33…
    EXPECT_DOUBLE_EQ(jia->score, 48.3);

    const UnitScore *yi = find(*r, "乙局");
    ASSERT_NE(yi, nullptr);
    EXPECT_EQ(yi->tasks, 2);
    EXPECT_EQ(yi->completedOnTime, 1);
    EXPECT_EQ(yi->completedLate, 0);
    EXPECT_EQ(yi->overdue, 0);
    EXPECT_EQ(yi->extended, 1);
    EXPECT_EQ(yi->rounds, 2);
    EXPECT_EQ(yi->reportsOnTime, 1); // on the due day itself
    // 100 × (0.4 + 0.3 + 0.3 × 1/2) = 85
    EXPECT_DOUBLE_EQ(yi->score, 85.0);

    const UnitScore *bing = find(*r, "丙局");
    ASSERT_NE(bing, nullptr);
    EXPECT_EQ(bing->overdue, 2);
    EXPECT_EQ(bing->rounds, 2);
    EXPECT_EQ(bing->reportsOnTime, 0);
    EXPECT_DOUBLE_EQ(bing->score, 0.0);

    for (const char *unit : { "丁局", "戊局" }) {
        const UnitScore *u = find(*r, unit);
        ASSERT_NE(u, nullptr) << unit;
        EXPECT_EQ(u->tasks, 1);
        EXPECT_EQ(u->completedOnTime, 1);
        EXPECT_EQ(u->reportsOnTime, 1) << unit;
        EXPECT_EQ(u->rounds, 2);
        EXPECT_DOUBLE_EQ(u->score, 85.0) << unit;
    }
}

TEST_F(RankingTest, OrderAndTieBreaks)
{
    auto r = Ranking::compute(*m_ledger, QDate(2024, 6, 1));
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    QStringList order;
    QList<int> ranks;
    for (const UnitScore &u : *r) {
        order << u.unit;
        ranks << u.rank;
    }
    // 乙局, 丁局 and 戊局 score 85: 乙局 leads more tasks; 丁局 and 戊局 are equal
    // in every figure and share a rank, by name.
    EXPECT_EQ(order,
        QStringList({ QStringLiteral("乙局"), QStringLiteral("丁局"), QStringLiteral("戊局"),
            QStringLiteral("甲局"), QStringLiteral("丙局") }));
    EXPECT_EQ(ranks, QList<int>({ 1, 2, 2, 4, 5 }));
}

TEST_F(RankingTest, ARoundNotYetDueAndTasksNotYetDueCountForNobody)
{
    // On 2024-04-20 no round is past its due date, and only 甲局's first task and
    // 乙局's, 丁局's and 戊局's are done: nothing is overdue.
    auto r = Ranking::compute(*m_ledger, QDate(2024, 4, 20));
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    for (const UnitScore &u : *r) {
        EXPECT_EQ(u.rounds, 0) << u.unit.toStdString();
        EXPECT_EQ(u.overdue, 0) << u.unit.toStdString();
    }
    const UnitScore *bing = find(*r, "丙局");
    ASSERT_NE(bing, nullptr);
    EXPECT_DOUBLE_EQ(bing->score, 100.0); // nothing due yet
}

TEST_F(RankingTest, ScoreFormula)
{
    UnitScore u;
    EXPECT_DOUBLE_EQ(Ranking::score(u), 100.0);
    u.completedOnTime = 3;
    u.completedLate = 1;
    u.rounds = 4;
    u.reportsOnTime = 3;
    // 100 × (0.4 × 3/4 + 0.3 × 1 + 0.3 × 3/4) = 82.5
    EXPECT_DOUBLE_EQ(Ranking::score(u), 82.5);
}

TEST_F(RankingTest, RefusesAnInvalidDay)
{
    EXPECT_FALSE(Ranking::compute(*m_ledger, QDate()).ok());
}

} // namespace
} // namespace rectify::test
