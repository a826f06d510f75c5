#pragma once

#include "domain/task.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

namespace rectify {

class Ledger;

// One row of an exported ledger: a task with its problem, in the shape admins
// import (one row per task). A problem without tasks gives one row with an empty task.
struct ExportRow
{
    QString inspection; // the inspection's name
    qint64 problemId = 0;
    QString problemCode; // 序号
    QString category; // 问题类别
    QString title; // 反馈问题
    bool firstOfProblem = true; // the problem's first row
    bool hasTask = false;
    Task task; // with its responsibilities
    QString latestProgress; // 整改进展: the newest progress entry's text
    QDate latestProgressDate; // its date (invalid when there is none)
};

// The column shape shared by the CSV and the Excel export, and accepted by the importer.
class LedgerExport final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::LedgerExport)

public:
    enum Column
    {
        Code, // 序号
        Category, // 问题类别
        Title, // 反馈问题
        Measure, // 整改措施
        Target, // 整改目标
        Leaders, // 责任领导
        LeadUnits, // 牵头单位
        CoUnits, // 配合单位
        Persons, // 责任人
        Deadline, // 整改时限
        Progress, // 整改进展
        Status, // 完成情况
        CompletedOn, // 完成日期: empty when not done, "—" when not known
        ClosedOn, // 销号日期
        Remarks, // 备注
        ColumnCount
    };

    // The header row: fixed Chinese words (a file format, not interface text).
    static QStringList headers();
    // The status word the importer reads back: 未启动, 推进中, 已完成, 已销号.
    static QString statusWord(TaskStatus status);
    // 整改时限 as text: ISO date, 长期坚持 for long-term tasks, empty when none.
    static QString deadlineText(const Task &task);
    // Several names in one cell, separated by 、
    static QString joinNames(const QStringList &names);
    // The text of one cell of a row (the problem columns are on every row here).
    // 整改进展 opens with the entry's date ("2024-01-05 已召开…"), or "—" when it is
    // not known, which the importer reads back as the entry's date.
    static QString cellText(const ExportRow &row, Column column);

    // Every task of the ledger (or of one inspection, when inspectionId is not 0) in
    // ledger order: inspection, problem order, task number.
    static Result<QVector<ExportRow>> rows(const Ledger &ledger, qint64 inspectionId = 0);
};

} // namespace rectify
