#pragma once

#include "report/officialdocument.h"
#include "stats/reportdata.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <optional>

namespace rectify {

class Ledger;

// What a 通报 says beyond the three lists: who inspected, when, and the results
// of the organisation of the work. Every field may be unknown; the draft then
// shows 【待填写】 where it would go, never a made-up value. Filled from a ledger
// by bulletinFactsFor() (report/bulletinfacts.h).
struct BulletinFacts
{
    QString inspectionName; // 省委第三巡视组巡视反馈: the title is 关于<name>整改进展情况的通报
    QString inspectionKind; // 巡视 / 巡察 / 审计; empty reads as 巡视
    QString inspectingBody; // 省委第三巡视组
    QString inspectedBody; // the organisation inspected
    QDate stationedFrom; // 进驻: the inspectors' stay, first and last day
    QDate stationedTo;
    QDate feedbackDate; // 反馈
    QDate rectificationEnd; // end of the concentrated period (集中整改期)
    // Section 一: counts within the concentrated period.
    std::optional<qint64> meetings; // 领导小组会议、专题会议 ...
    std::optional<qint64> supervisionRounds; // 督查 rounds
    std::optional<qint64> rulesEstablished; // 建章立制
    std::optional<qint64> accountability; // 问责, people or units (人次)
};

// The 整改进展情况通报 draft of one inspection (see docs/documents.md):
//
//   title        关于<inspection>整改进展情况的通报
//   opening      who inspected, 进驻 dates, feedback date
//   一、整改工作组织情况      the counts of BulletinFacts
//   二、整改任务推进情况      the ledger's figures, then
//     （一）集中整改期内已完成整改的问题: problems all of whose tasks were
//          completed on or before the end of the concentrated period
//     （二）正在推进和需长期坚持整改的问题: every other problem
//     each as "1.关于“<problem>”问题的整改。" and a paragraph "（1）…（2）…" of
//     its tasks' latest progress, verbatim (a problem of one task has no "（1）"),
//     in （二） with what remains: status, deadline, 长期坚持
//   三、下一步工作            a placeholder for the office to write
//
// Every problem of the inspection appears exactly once. The document's words are
// Chinese whatever the interface language: it is an official document of a
// Chinese office.
class Bulletin final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::Bulletin)

public:
    // `problems`: the inspection's problems in ledger order with their tasks and
    // latest progress up to `today` (loadProblems()), problems without tasks too.
    static OfficialDocument compose(
        const BulletinFacts &facts, const QVector<ReportProblem> &problems, const QDate &today);

    // True when every task of the problem was completed (or signed off) on or
    // before `periodEnd`; with no period end known, when every task is done. A
    // problem without tasks is not completed.
    static bool completedWithinPeriod(const ReportProblem &problem, const QDate &periodEnd);

    // The problems of one inspection for compose(), in four statements whatever
    // the size of the ledger (ReportData), with the problems that have no task.
    static Result<QVector<ReportProblem>> loadProblems(
        const Ledger &ledger, qint64 inspectionId, const QDate &today);

    // The inspection a 通报 is about when none is named: the only one, else the
    // ledger's default inspection; an error naming them otherwise.
    static Result<qint64> defaultInspection(const Ledger &ledger);

    // facts + problems + compose, for the command line and the window.
    static Result<OfficialDocument> build(
        const Ledger &ledger, qint64 inspectionId, const QDate &today);

    // 2023年4月17日
    static QString chineseDate(const QDate &date);
};

} // namespace rectify
