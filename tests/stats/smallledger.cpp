#include "tests/stats/smallledger.h"

#include <gtest/gtest.h>

namespace rectify::test {

QDate smallLedgerToday()
{
    return QDate(2024, 3, 15); // a Friday
}

namespace {

struct TaskSpec
{
    int problem; // index into the problems below
    QDate deadline;
    bool longTerm;
    TaskStatus status;
    QDate completedOn;
    QDate closedOn;
    QStringList leadUnits;
    QStringList leaders;
    QDate progress; // one progress entry on this day, if valid
};

} // namespace

// Figures as of 2024-03-15 with the default windows (7 days due soon, 30 days stale):
//
// T1  A-1 2024-03-14 in progress  财政局         张三  red (1 day late)
// T2  A-1 2024-03-15 not started  财政局, 教育局  张三  yellow (0 days left)
// T3  A-1 2024-03-01 closed       教育局         李四  done
// T4  A-2 2024-03-22 in progress  住建局         李四  yellow (7 days left)
// T5  A-2 2024-03-23 not started  住建局         李四  green (8 days left)
// T6  A-3 2024-02-29 completed (on 03-10, after its deadline) 财政局 张三  done
// T7  A-3 2024-01-31 closed       财政局         张三  done
// T8  B-1 long-term  in progress  教育局         李四  progress 02-14: 30 days, green
// T9  B-1 long-term  not started  教育局         -     no progress: stale
// T10 B-2 long-term  in progress  住建局         -     progress 02-13: 31 days, stale
// T11 B-2 no deadline not started -              张三  data problem
// T12 B-3 2024-06-30 not started  住建局         张三  green
// T13 B-4 long-term  not started  住建局         李四  progress 03-10: green
// T14 B-5 2024-01-31 closed       住建局         李四  done
//
// Problems: A-1 in progress, A-2 in progress, A-3 completed, B-1 in progress,
// B-2 in progress, B-3 not started, B-4 in progress (open long-term task),
// B-5 closed.
bool fillSmallLedger(Ledger &ledger)
{
    Inspection a;
    a.name = QStringLiteral("2023年区委第一轮巡察");
    a.kind = QStringLiteral("巡察");
    a.feedbackDate = QDate(2023, 12, 1);
    a.rectificationEnd = QDate(2024, 3, 1);
    Inspection b;
    b.name = QStringLiteral("2024年经济责任审计");
    b.kind = QStringLiteral("审计");
    b.feedbackDate = QDate(2024, 1, 10);
    b.rectificationEnd = QDate(2024, 4, 10);
    auto aid = ledger.addInspection(a);
    auto bid = ledger.addInspection(b);
    EXPECT_TRUE(aid.ok() && bid.ok());
    if (!aid || !bid)
        return false;

    const QString style = QStringLiteral("作风建设方面");
    const QString money = QStringLiteral("财经纪律方面");
    const struct
    {
        qint64 inspection;
        const char *code;
        QString category;
    } problems[] = {
        { *aid, "1", style }, // 0 A-1
        { *aid, "2", money }, // 1 A-2
        { *aid, "3", style }, // 2 A-3
        { *bid, "1", money }, // 3 B-1
        { *bid, "2", money }, // 4 B-2
        { *bid, "3", style }, // 5 B-3
        { *bid, "4", style }, // 6 B-4
        { *bid, "5", money }, // 7 B-5
    };
    QVector<qint64> problemIds;
    int order = 0;
    for (const auto &p : problems) {
        Problem pr;
        pr.inspectionId = p.inspection;
        pr.code = QString::fromLatin1(p.code);
        pr.category = p.category;
        pr.title = QStringLiteral("问题%1").arg(pr.code);
        pr.sortOrder = ++order;
        auto id = ledger.addProblem(pr);
        EXPECT_TRUE(id.ok()) << id.error().toStdString();
        if (!id)
            return false;
        problemIds << *id;
    }

    const QString F = QStringLiteral("财政局");
    const QString E = QStringLiteral("教育局");
    const QString Z = QStringLiteral("住建局");
    const QString z3 = QStringLiteral("张三");
    const QString l4 = QStringLiteral("李四");
    using S = TaskStatus;
    const TaskSpec tasks[] = {
        { 0, QDate(2024, 3, 14), false, S::InProgress, {}, {}, { F }, { z3 }, {} },
        { 0, QDate(2024, 3, 15), false, S::NotStarted, {}, {}, { F, E }, { z3 }, {} },
        { 0, QDate(2024, 3, 1), false, S::Closed, QDate(2024, 2, 20), QDate(2024, 3, 5), { E },
            { l4 }, {} },
        { 1, QDate(2024, 3, 22), false, S::InProgress, {}, {}, { Z }, { l4 }, {} },
        { 1, QDate(2024, 3, 23), false, S::NotStarted, {}, {}, { Z }, { l4 }, {} },
        { 2, QDate(2024, 2, 29), false, S::Completed, QDate(2024, 3, 10), {}, { F }, { z3 }, {} },
        { 2, QDate(2024, 1, 31), false, S::Closed, QDate(2024, 1, 20), QDate(2024, 2, 1), { F },
            { z3 }, {} },
        { 3, {}, true, S::InProgress, {}, {}, { E }, { l4 }, QDate(2024, 2, 14) },
        { 3, {}, true, S::NotStarted, {}, {}, { E }, {}, {} },
        { 4, {}, true, S::InProgress, {}, {}, { Z }, {}, QDate(2024, 2, 13) },
        { 4, {}, false, S::NotStarted, {}, {}, {}, { z3 }, {} },
        { 5, QDate(2024, 6, 30), false, S::NotStarted, {}, {}, { Z }, { z3 }, {} },
        { 6, {}, true, S::NotStarted, {}, {}, { Z }, { l4 }, QDate(2024, 3, 10) },
        { 7, QDate(2024, 1, 31), false, S::Closed, QDate(2024, 1, 25), QDate(2024, 2, 10), { Z },
            { l4 }, {} },
    };
    int n = 0;
    for (const TaskSpec &s : tasks) {
        Task t;
        t.problemId = problemIds[s.problem];
        t.measure = QStringLiteral("整改措施%1").arg(++n);
        t.deadline = s.deadline;
        t.longTerm = s.longTerm;
        t.status = s.status;
        t.completedOn = s.completedOn;
        t.closedOn = s.closedOn;
        t.responsibilities.leadUnits = s.leadUnits;
        t.responsibilities.leaders = s.leaders;
        t.responsibilities.persons = { QStringLiteral("联络员%1").arg(n) };
        auto id = ledger.addTask(t);
        EXPECT_TRUE(id.ok()) << id.error().toStdString();
        if (!id)
            return false;
        if (s.progress.isValid()) {
            ProgressEntry e;
            e.taskId = *id;
            e.date = s.progress;
            e.text = QStringLiteral("按计划推进");
            // An entry after "today" must not count as recent progress.
            ProgressEntry later = e;
            later.date = QDate(2024, 4, 1);
            auto p1 = ledger.addProgress(e);
            auto p2 = ledger.addProgress(later);
            EXPECT_TRUE(p1.ok() && p2.ok());
            if (!p1 || !p2)
                return false;
        }
    }
    return true;
}

} // namespace rectify::test
