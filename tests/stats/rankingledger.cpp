// The ledger of the ranking tests (see rankingledger.h).
#include "tests/stats/rankingledger.h"

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

} // namespace rectify::test
