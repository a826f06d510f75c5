// The unit ranking (单位考核) on a small ledger whose figures and scores are
// worked out by hand (docs/statistics.md), on a ledger file and on a server.
#include "stats/ranking.h"
#include "tests/stats/rankingledger.h"
#include "tests/support/templedger.h"

#include <QHash>
#include <gtest/gtest.h>

namespace rectify::test {

void fillRankingLedger(Ledger &ledger)
{
    auto inspection = ledger.defaultInspection();
    ASSERT_TRUE(inspection.ok()) << inspection.error().toStdString();
    int problems = 0;
    QHash<QString, qint64> problemOf;
    const auto task = [&](const char *unit, QDate deadline, TaskStatus status, QDate completedOn) {
        const QString name = QString::fromUtf8(unit);
        if (!problemOf.contains(name)) {
            Problem p;
            p.inspectionId = inspection->id;
            p.code = QString::number(++problems);
            p.title = name + QStringLiteral("的问题");
            auto id = ledger.addProblem(p);
            ASSERT_TRUE(id.ok()) << id.error().toStdString();
            problemOf.insert(name, *id);
        }
        Task t;
        t.problemId = problemOf.value(name);
        t.measure = QStringLiteral("措施");
        t.deadline = deadline;
        t.longTerm = !deadline.isValid();
        t.status = status;
        t.completedOn = completedOn;
        if (status == TaskStatus::Closed)
            t.closedOn = completedOn.addDays(5);
        t.responsibilities.leadUnits = { name };
        auto id = ledger.addTask(t);
        ASSERT_TRUE(id.ok()) << id.error().toStdString();
    };
    using S = TaskStatus;
    // 甲局 (problem 1): on time, late, overdue, long-term.
    task("甲局", QDate(2024, 3, 31), S::Completed, QDate(2024, 3, 1));
    task("甲局", QDate(2024, 4, 30), S::Completed, QDate(2024, 5, 10));
    task("甲局", QDate(2024, 5, 1), S::InProgress, QDate());
    task("甲局", QDate(), S::InProgress, QDate());
    // 乙局 (problem 2): closed on time; one not yet due, extended.
    task("乙局", QDate(2024, 4, 30), S::Closed, QDate(2024, 4, 1));
    task("乙局", QDate(2024, 12, 31), S::InProgress, QDate());
    // 丙局 (problem 3): two overdue.
    task("丙局", QDate(2024, 5, 15), S::InProgress, QDate());
    task("丙局", QDate(2024, 5, 20), S::NotStarted, QDate());
    // 丁局 and 戊局 (problems 4, 5): one task each, done on time.
    task("丁局", QDate(2024, 3, 31), S::Closed, QDate(2024, 3, 1));
    task("戊局", QDate(2024, 3, 31), S::Completed, QDate(2024, 3, 1));

    // 乙局's 2.2 was extended.
    auto p2 = ledger.findProblem(inspection->id, QStringLiteral("2"));
    ASSERT_TRUE(p2.ok() && p2->has_value());
    auto tasks = ledger.tasks((*p2)->id);
    ASSERT_TRUE(tasks.ok() && tasks->size() == 2);
    ExtensionRequest e;
    e.taskId = tasks->at(1).id;
    e.requestedTo = QDate(2024, 12, 31);
    e.reason = QStringLiteral("工程量大");
    e.requestedBy = QStringLiteral("tester");
    e.requestedOn = QDate(2024, 5, 1);
    auto eid = ledger.addExtension(e);
    ASSERT_TRUE(eid.ok()) << eid.error().toStdString();
    e.id = *eid;
    e.state = ExtensionRequest::State::Approved;
    e.originalDeadline = QDate(2024, 6, 30);
    e.decidedBy = QStringLiteral("tester");
    e.decidedOn = QDate(2024, 5, 2);
    e.decisionReason = QStringLiteral("同意");
    ASSERT_TRUE(ledger.decideExtension(e).ok());

    // Rounds and the forms that came back.
    const auto round = [&](const char *name, QDate due) {
        Round r;
        r.name = QString::fromUtf8(name);
        r.dueDate = due;
        r.openedBy = QStringLiteral("tester");
        auto id = ledger.addRound(r);
        EXPECT_TRUE(id.ok()) << id.error().toStdString();
        return id.ok() ? *id : 0;
    };
    const qint64 april = round("4月报送", QDate(2024, 4, 25));
    const qint64 may = round("5月报送", QDate(2024, 5, 25));
    const qint64 june = round("6月报送", QDate(2024, 6, 20));
    int forms = 0;
    const auto report = [&](qint64 roundId, const char *unit, QDate on) {
        RoundReport r;
        r.roundId = roundId;
        r.unit = QString::fromUtf8(unit);
        r.fileName = QStringLiteral("form%1.xlsx").arg(++forms);
        r.fileSha256 = QString::number(forms).repeated(64).left(64);
        r.reportedOn = on;
        r.reporter = QStringLiteral("填报人");
        r.collectedBy = QStringLiteral("tester");
        auto id = ledger.addRoundReport(r);
        ASSERT_TRUE(id.ok()) << id.error().toStdString();
    };
    report(april, "甲局", QDate(2024, 4, 20));
    report(may, "甲局", QDate(2024, 5, 28));
    report(april, "乙局", QDate(2024, 4, 25));
    report(april, "丁局", QDate(2024, 4, 24));
    report(april, "戊局", QDate(2024, 4, 24));
    // A second, later form of 戊局 does not make its first late.
    report(april, "戊局", QDate(2024, 4, 30));
    // The June round is not yet due on 2024-06-01: it counts for nobody.
    report(june, "丙局", QDate(2024, 5, 30));
}

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
