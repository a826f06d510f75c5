// 整改成效 records: the store on both backends, who may record what, the audit,
// the summary a 通报 cites, LedgerCopy, and the records CSV round trip.
#include "export/recordsexport.h"
#include "import/recordsimport.h"
#include "store/ledger.h"
#include "store/ledgercopy.h"
#include "store/schema.h"
#include "tests/support/templedger.h"
#include "workflow/recordbook.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace rectify;
using namespace rectify::test;

namespace {

struct Seeded
{
    qint64 inspection = 0;
    qint64 problem = 0;
    qint64 task = 0;
};

Seeded seed(Ledger &ledger)
{
    Seeded s;
    Inspection i;
    i.name = QStringLiteral("市委第二巡察组反馈");
    i.feedbackDate = QDate(2024, 1, 10);
    i.stationedFrom = QDate(2023, 10, 9);
    i.stationedTo = QDate(2023, 11, 30);
    s.inspection = ledger.addInspection(i).value();
    Problem p;
    p.inspectionId = s.inspection;
    p.code = QStringLiteral("3");
    p.title = QStringLiteral("项目资金拨付不及时");
    s.problem = ledger.addProblem(p).value();
    Task t;
    t.problemId = s.problem;
    t.measure = QStringLiteral("清理专项资金台账");
    t.responsibilities.leadUnits = { QStringLiteral("财政局") };
    s.task = ledger.addTask(t).value();
    return s;
}

Record meeting(qint64 inspection, const QString &kind, const QDate &date)
{
    Record r;
    r.kind = RecordKind::Meeting;
    r.inspectionId = inspection;
    r.date = date;
    r.category = kind;
    r.title = QStringLiteral("研究整改推进事项");
    return r;
}

User user(UserRole role, const QString &unit = QString())
{
    User u;
    u.name = QStringLiteral("王芳");
    u.role = role;
    u.unit = unit;
    return u;
}

// Every kind once, a round with a finding; returns the round's id.
qint64 fill(Ledger &ledger, const Seeded &s)
{
    EXPECT_TRUE(
        ledger.addRecord(meeting(s.inspection, QStringLiteral("专题会议"), QDate(2024, 1, 12)))
            .ok());
    EXPECT_TRUE(
        ledger.addRecord(meeting(s.inspection, QStringLiteral("专题会议"), QDate(2024, 2, 2)))
            .ok());
    EXPECT_TRUE(
        ledger.addRecord(meeting(s.inspection, QStringLiteral("领导小组会议"), QDate(2024, 1, 20)))
            .ok());
    Record round;
    round.kind = RecordKind::SupervisionRound;
    round.inspectionId = s.inspection;
    round.date = QDate(2024, 3, 1);
    round.endDate = QDate(2024, 3, 8);
    round.party = QStringLiteral("纪工委");
    round.count = 15;
    SupervisionFinding f;
    f.taskId = s.task;
    f.text = QStringLiteral("资金台账尚未逐笔核对");
    round.findings = { f };
    const qint64 roundId = ledger.addRecord(round).value();
    Record rule;
    rule.kind = RecordKind::Rule;
    rule.inspectionId = s.inspection;
    rule.title = QStringLiteral("专项资金管理办法");
    rule.party = QStringLiteral("财政局");
    rule.docNumber = QStringLiteral("财发〔2024〕3号");
    rule.date = QDate(2024, 2, 20);
    rule.taskId = s.task;
    EXPECT_TRUE(ledger.addRecord(rule).ok());
    Record acc;
    acc.kind = RecordKind::Accountability;
    acc.inspectionId = s.inspection;
    acc.party = QStringLiteral("某局相关责任人");
    acc.category = QStringLiteral("诫勉谈话");
    acc.count = 3;
    EXPECT_TRUE(ledger.addRecord(acc).ok());
    acc.category = QStringLiteral("通报批评");
    acc.count = 2;
    EXPECT_TRUE(ledger.addRecord(acc).ok());
    Record result;
    result.kind = RecordKind::Result;
    result.inspectionId = s.inspection;
    result.title = QStringLiteral("收回资金");
    result.value = 356.25;
    result.unit = QStringLiteral("万元");
    EXPECT_TRUE(ledger.addRecord(result).ok());
    return roundId;
}

} // namespace

TEST(Records, StoredReadBackAndSummarised)
{
    TempLedger l;
    const Seeded s = seed(*l);
    const qint64 roundId = fill(*l, s);

    auto i = l->inspection(s.inspection);
    ASSERT_TRUE(i.ok());
    EXPECT_EQ(i->stationedFrom, QDate(2023, 10, 9));
    EXPECT_EQ(i->stationedTo, QDate(2023, 11, 30));

    auto round = l->record(roundId);
    ASSERT_TRUE(round.ok()) << round.error().toStdString();
    EXPECT_EQ(round->number, 1); // numbered by the store
    ASSERT_EQ(round->findings.size(), 1);
    EXPECT_EQ(round->findings[0].taskId, s.task);

    auto all = l->records(s.inspection);
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 8);
    EXPECT_EQ(all->front().kind, RecordKind::Meeting);
    EXPECT_EQ(all->back().kind, RecordKind::Result);
    EXPECT_DOUBLE_EQ(all->back().value, 356.25);
    // The rule names its task, and so its problem.
    for (const Record &r : *all) {
        if (r.kind == RecordKind::Rule) {
            EXPECT_EQ(r.problemId, s.problem);
            EXPECT_EQ(r.docNumber, QStringLiteral("财发〔2024〕3号"));
        }
    }

    auto sum = l->recordSummary(s.inspection);
    ASSERT_TRUE(sum.ok()) << sum.error().toStdString();
    EXPECT_EQ(sum->meetings, 3);
    ASSERT_EQ(sum->meetingsByKind.size(), 2);
    EXPECT_EQ(sum->supervisionRounds, 1);
    EXPECT_EQ(sum->tasksChecked, 15);
    EXPECT_EQ(sum->findings, 1);
    EXPECT_EQ(sum->rulesEstablished, 1);
    EXPECT_EQ(sum->accountabilityRecords, 2);
    EXPECT_EQ(sum->heldAccountable, 5);
    ASSERT_EQ(sum->accountabilityByKind.size(), 2);
    qint64 perKind = 0;
    for (const KindCount &k : sum->accountabilityByKind)
        perKind += k.count;
    EXPECT_EQ(perKind, 5);
    ASSERT_EQ(sum->results.size(), 1);
    EXPECT_EQ(sum->results[0].unit, QStringLiteral("万元"));

    // Another inspection counts nothing.
    Inspection other;
    other.name = QStringLiteral("审计反馈");
    auto otherId = l->addInspection(other);
    ASSERT_TRUE(otherId.ok());
    auto none = l->recordSummary(*otherId);
    ASSERT_TRUE(none.ok());
    EXPECT_EQ(none->meetings, 0);
    EXPECT_TRUE(none->results.isEmpty());
}

TEST(Records, RefusesWhatARecordMustHoldAndForeignLinks)
{
    TempLedger l;
    const Seeded s = seed(*l);
    Record r = meeting(s.inspection, QStringLiteral("专题会议"), QDate());
    EXPECT_FALSE(l->addRecord(r).ok()); // no date
    Record round;
    round.kind = RecordKind::SupervisionRound;
    round.inspectionId = s.inspection;
    round.date = QDate(2024, 3, 8);
    round.endDate = QDate(2024, 3, 1);
    EXPECT_FALSE(l->addRecord(round).ok()); // ends before it starts
    Record acc;
    acc.kind = RecordKind::Accountability;
    acc.inspectionId = s.inspection;
    acc.party = QStringLiteral("某人");
    acc.category = QStringLiteral("诫勉谈话");
    EXPECT_FALSE(l->addRecord(acc).ok()); // count 0
    Inspection other;
    other.name = QStringLiteral("审计反馈");
    Record linked
        = meeting(l->addInspection(other).value(), QStringLiteral("专题会议"), QDate(2024, 1, 1));
    linked.taskId = s.task;
    EXPECT_FALSE(l->addRecord(linked).ok()); // a task of another inspection
    Inspection bad = l->inspection(s.inspection).value();
    bad.stationedTo = QDate(2023, 1, 1);
    EXPECT_FALSE(l->updateInspection(bad).ok());
    auto rows = l->records();
    ASSERT_TRUE(rows.ok());
    EXPECT_TRUE(rows->isEmpty());
}

TEST(Records, EveryWriteIsAudited)
{
    TempLedger l;
    const Seeded s = seed(*l);
    auto id = l->addRecord(meeting(s.inspection, QStringLiteral("专题会议"), QDate(2024, 1, 12)));
    ASSERT_TRUE(id.ok());
    Record changed = l->record(*id).value();
    changed.title = QStringLiteral("部署第二阶段整改");
    ASSERT_TRUE(l->updateRecord(changed).ok());
    ASSERT_TRUE(l->removeRecord(*id).ok());
    auto log = l->auditLog(QStringLiteral("record"), *id);
    ASSERT_TRUE(log.ok());
    ASSERT_EQ(log->size(), 3);
    EXPECT_TRUE(log->at(0).newValue.contains(QStringLiteral("研究整改推进事项")));
    EXPECT_EQ(log->at(1).field, QStringLiteral("title"));
    EXPECT_EQ(log->at(1).newValue, QStringLiteral("部署第二阶段整改"));
    EXPECT_TRUE(log->at(2).newValue.isEmpty());
    auto inspectionLog = l->auditLog(QStringLiteral("inspection"), s.inspection);
    ASSERT_TRUE(inspectionLog.ok());
    Inspection i = l->inspection(s.inspection).value();
    i.stationedTo = QDate(2023, 12, 1);
    ASSERT_TRUE(l->updateInspection(i).ok());
    auto after = l->auditLog(QStringLiteral("inspection"), s.inspection);
    ASSERT_TRUE(after.ok());
    ASSERT_EQ(after->size(), inspectionLog->size() + 1);
    EXPECT_EQ(after->back().field, QStringLiteral("stationed_to"));
}

TEST(Records, WhoMayRecordWhat)
{
    TempLedger l;
    const Seeded s = seed(*l);
    const Record m = meeting(s.inspection, QStringLiteral("专题会议"), QDate(2024, 1, 12));
    Record round;
    round.kind = RecordKind::SupervisionRound;
    round.inspectionId = s.inspection;
    round.date = QDate(2024, 3, 1);
    round.endDate = QDate(2024, 3, 2);

    RecordBook official(*l, user(UserRole::Official, QStringLiteral("财政局")));
    auto own = official.add(m);
    ASSERT_TRUE(own.ok()) << own.error().toStdString();
    EXPECT_EQ(l->record(*own)->ownerUnit, QStringLiteral("财政局"));
    EXPECT_FALSE(official.add(round).ok());
    RecordBook noUnit(*l, user(UserRole::Official));
    EXPECT_FALSE(noUnit.add(m).ok());

    RecordBook supervisor(*l, user(UserRole::Supervisor));
    auto theirs = supervisor.add(m);
    ASSERT_TRUE(theirs.ok());
    auto roundId = supervisor.add(round);
    ASSERT_TRUE(roundId.ok()) << roundId.error().toStdString();
    // An official changes only their unit's records.
    EXPECT_FALSE(official.remove(*theirs).ok());
    RecordBook otherUnit(*l, user(UserRole::Official, QStringLiteral("审计局")));
    EXPECT_FALSE(otherUnit.remove(*own).ok());
    EXPECT_TRUE(official.remove(*own).ok());

    RecordBook admin(*l, user(UserRole::Admin));
    EXPECT_TRUE(admin.add(round).ok());
    EXPECT_TRUE(admin.setStationed(s.inspection, QDate(2023, 10, 1), QDate(2023, 11, 1)).ok());
    EXPECT_FALSE(official.setStationed(s.inspection, QDate(), QDate()).ok());

    // A finding becomes a progress entry: a supervisor may, an administrator may not.
    SupervisionFinding f;
    f.recordId = *roundId;
    f.taskId = s.task;
    f.text = QStringLiteral("台账缺少拨付凭证");
    auto fid = supervisor.addFinding(f);
    ASSERT_TRUE(fid.ok()) << fid.error().toStdString();
    EXPECT_FALSE(admin.findingToProgress(*fid, QDate(2024, 3, 3)).ok());
    auto pid = supervisor.findingToProgress(*fid, QDate(2024, 3, 3));
    ASSERT_TRUE(pid.ok()) << pid.error().toStdString();
    auto progress = l->progress(s.task);
    ASSERT_TRUE(progress.ok());
    ASSERT_EQ(progress->size(), 1);
    EXPECT_TRUE(progress->front().text.contains(QStringLiteral("台账缺少拨付凭证")));
    EXPECT_EQ(l->finding(*fid)->progressId, *pid);
    EXPECT_FALSE(supervisor.findingToProgress(*fid, QDate(2024, 3, 3)).ok()); // once
}

TEST(Records, CopiedWithTheLedger)
{
    TempLedger l;
    const Seeded s = seed(*l);
    fill(*l, s);
    TempLedger copy;
    auto copied = LedgerCopy::copy(*l, *copy);
    ASSERT_TRUE(copied.ok()) << copied.error().toStdString();
    auto a = RecordsExport::rows(*l);
    auto b = RecordsExport::rows(*copy);
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_EQ(*a, *b);
    EXPECT_EQ(copy->recordSummary(s.inspection)->heldAccountable, 5);
    // New rows after the copy get new ids (a server's sequences moved on).
    EXPECT_TRUE(
        copy->addRecord(meeting(s.inspection, QStringLiteral("专题会议"), QDate(2024, 5, 1))).ok());
}

TEST(Records, CsvRoundTripIsAllOrNothingAndIdempotent)
{
    TempLedger l;
    const Seeded s = seed(*l);
    fill(*l, s);
    const QString file = l.dir() + QStringLiteral("/records.csv");
    auto written = RecordsExport::writeCsv(*l, file);
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    EXPECT_EQ(*written, 10); // 进驻, 8 records, 1 finding

    // Into a ledger with the same lists but no records.
    TempLedger other;
    Seeded o = seed(*other);
    Inspection cleared = other->inspection(o.inspection).value();
    cleared.stationedFrom = cleared.stationedTo = QDate();
    ASSERT_TRUE(other->updateInspection(cleared).ok());
    auto report = RecordsImport::run(*other, file);
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    EXPECT_EQ(report->added, 8);
    EXPECT_EQ(report->findingsAdded, 1);
    EXPECT_EQ(report->stationedSet, 1);
    EXPECT_EQ(*RecordsExport::rows(*other), *RecordsExport::rows(*l));
    // Again: nothing new.
    auto again = RecordsImport::run(*other, file);
    ASSERT_TRUE(again.ok()) << again.error().toStdString();
    EXPECT_EQ(again->added, 0);
    EXPECT_EQ(again->unchanged, 10);
    EXPECT_EQ(other->records()->size(), 8);

    // A bad row: nothing at all is written, and the error names row and column.
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::Append));
    f.write("市委第二巡察组反馈,会议,2024-13-01,,,新会议,专题会议,,,,,,,,,\r\n");
    f.close();
    TempLedger third;
    seed(*third);
    auto bad = RecordsImport::run(*third, file);
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().contains(QStringLiteral("row 12"))) << bad.error().toStdString();
    EXPECT_TRUE(bad.error().contains(QStringLiteral("日期"))) << bad.error().toStdString();
    EXPECT_TRUE(third->records()->isEmpty());
}

// A ledger of the version before the records opens upgraded: its inspections keep
// their data, gain empty 进驻 dates, and take records.
TEST(Records, AnOlderLedgerGainsThem)
{
    RECTIFY_SQLITE_ONLY("builds a SQLite file of the version before");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    int before = 0;
    for (int v = 1; v <= Schema::currentVersion(); ++v) {
        if (Schema::migrationTo(v).join(QLatin1Char(' ')).contains(QStringLiteral("TABLE records")))
            before = v - 1;
    }
    ASSERT_GT(before, 0);
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        QStringList statements;
        for (int v = 1; v <= before; ++v)
            statements += Schema::migrationTo(v) + Schema::finishMigrationTo(v);
        statements << QStringLiteral(
            "INSERT INTO inspections (id, name, feedback_date) VALUES (1, 'x', '2024-01-02')")
                   << QStringLiteral("PRAGMA application_id = %1").arg(Schema::applicationId)
                   << QStringLiteral("PRAGMA user_version = %1").arg(before);
        for (const QString &s : statements)
            ASSERT_TRUE(q.exec(s)) << s.toStdString();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    Ledger ledger;
    ledger.setActor(QStringLiteral("tester"));
    ASSERT_TRUE(ledger.open(path).ok());
    EXPECT_EQ(ledger.schemaVersion(), Schema::currentVersion());
    auto i = ledger.inspection(1);
    ASSERT_TRUE(i.ok());
    EXPECT_EQ(i->feedbackDate, QDate(2024, 1, 2));
    EXPECT_FALSE(i->stationedFrom.isValid());
    EXPECT_TRUE(ledger.addRecord(meeting(1, QStringLiteral("专题会议"), QDate(2024, 1, 3))).ok());
}
