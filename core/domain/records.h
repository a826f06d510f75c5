#pragma once

#include <QDate>
#include <QString>
#include <QVector>
#include <optional>

namespace rectify {

// The results of the rectification work beyond the three lists (整改成效): what a
// 通报 cites besides the tasks. Each record belongs to one inspection and may name
// the problem or the task it concerns.
enum class RecordKind
{
    Meeting, // 会议: 领导小组会议, 专题会议, 民主生活会 ...
    SupervisionRound, // 督查: one round of checks on the tasks, with findings per task
    Rule, // 建章立制: a rule or system established, with its issuing unit and 文号
    Accountability, // 问责: people or units held accountable
    Result, // 量化成效: a figure with its unit (挽回经济损失 1200 万元)
};

// Every kind, in the order above (for menus, tables and tests).
QVector<RecordKind> allRecordKinds();
// A stable English key: meeting, round, rule, accountability, result.
QString recordKindKey(RecordKind kind);
std::optional<RecordKind> recordKindFromKey(const QString &key);
// The kind's fixed word in files (the records CSV, the xlsx sheet), whatever the
// language of the user: 会议, 督查, 建章立制, 问责, 量化成效.
QString recordKindFileWord(RecordKind kind);
// The kind in words for the user (translated: 会议, 督查, 建章立制, 问责, 量化成效).
QString recordKindLabel(RecordKind kind);

// What one supervision round found at one task. A finding may be turned into a
// progress entry of its task (progressId then names it).
struct SupervisionFinding
{
    qint64 id = 0;
    qint64 recordId = 0; // the round
    qint64 taskId = 0;
    QString text;
    qint64 progressId = 0; // the progress entry made from it, 0 when none
};

// One 整改成效 record. Which fields a kind uses:
//
//   field      Meeting         SupervisionRound   Rule            Accountability   Result
//   date       held on         first day          issued on       decided on (opt) as of (opt)
//   endDate    -               last day           -               -                -
//   number     -               round (第N轮)      -               -                -
//   title      title           title (opt)        title           what for (opt)   name
//   category   kind (专题会议)  -                  -               kind (诫勉谈话)   -
//   party      -               led by             issuing unit    who: person/unit -
//   docNumber  -               -                  文号 (opt)       -                -
//   count      -               tasks checked      -               how many         -
//   value,unit -               -                  -               -                value, unit
//   (万元)
//
// ownerUnit is the unit of the official who recorded it (empty when a supervisor
// or an administrator did): an official may change only the records of their unit.
struct Record
{
    qint64 id = 0;
    qint64 inspectionId = 0;
    RecordKind kind = RecordKind::Meeting;
    qint64 problemId = 0; // optional link, 0 for none
    qint64 taskId = 0; // optional link, 0 for none
    QDate date;
    QDate endDate;
    int number = 0;
    QString title;
    QString category;
    QString party;
    QString docNumber;
    qint64 count = 0;
    double value = 0;
    QString unit;
    QString notes;
    QString ownerUnit;
    // A supervision round's findings, in the order they were recorded (read with
    // the round; addRecord writes those given, later ones go through addFinding).
    QVector<SupervisionFinding> findings;
};

// One kind of meeting or of accountability with its number.
struct KindCount
{
    QString kind; // as recorded (领导小组会议, 通报批评 ...), "" when none was given
    qint64 count = 0;
};

// The counts a 通报 cites in its first part (一、 the organisation of the work),
// for one inspection: Ledger::recordSummary(). Lists are ordered by kind text.
struct RecordSummary
{
    qint64 meetings = 0;
    QVector<KindCount> meetingsByKind; // number of meetings of each kind
    qint64 supervisionRounds = 0;
    qint64 tasksChecked = 0; // the rounds' "tasks checked" added up
    qint64 findings = 0; // findings of every round
    qint64 rulesEstablished = 0;
    qint64 accountabilityRecords = 0; // records, not people
    qint64 heldAccountable = 0; // people and units held accountable: the counts added up
    QVector<KindCount> accountabilityByKind; // the counts added up per kind
    QVector<Record> results; // the quantified results, in ledger order (date, then id)
};

} // namespace rectify
