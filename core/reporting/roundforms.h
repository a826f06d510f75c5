#pragma once

#include "domain/round.h"
#include "domain/taskstatus.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QVector>

namespace rectify {

class Ledger;

// One task as a round's form shows it.
struct FormTask
{
    qint64 id = 0;
    QString ref; // 4.2: problem code and task number
    QString problem; // 反馈问题
    QString measure; // 整改措施
    QDate deadline; // 整改时限, invalid for none
    bool longTerm = false;
    TaskStatus status = TaskStatus::NotStarted;
    QStringList leadUnits;
};

// What one responsible unit is asked about in a round: the open tasks it leads
// (its to fill in) and those it co-operates on (shown, read-only).
struct UnitForm
{
    QString unit;
    QVector<FormTask> lead;
    QVector<FormTask> coOperating;
};

// The shape of a round's forms, shared by the writer and the reader
// (docs/reporting.md): the columns, the key and its checksum, the file names.
class RoundForms final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::RoundForms)

public:
    enum Column
    {
        Ref, // 任务编号 (locked)
        Problem, // 反馈问题 (locked)
        Measure, // 整改措施 (locked)
        Deadline, // 整改时限 (locked)
        Progress, // 本期进展
        Completion, // 完成情况: 推进中 / 已完成 / 长期坚持
        ExtendTo, // 申请延期至
        ExtendReason, // 延期理由
        Evidence, // 佐证材料 (file names)
        Reporter, // 填报人
        Phone, // 联系电话
        ColumnCount,
    };
    // The header of a column, as the form shows it (Chinese, the officials' words).
    static QString header(int column);
    // "A", "B" ... for messages naming a column.
    static QString columnLetter(int column);
    static bool editable(int column) { return column >= Progress; }

    // The words of the 完成情况 dropdown.
    static QStringList completionWords();
    // The name of the main sheet and of the hidden sheet holding the keys.
    static QString mainSheet() { return QStringLiteral("进展报送"); }
    static QString keySheet() { return QStringLiteral("_keys"); }
    // The marker of a form and its format version (first cell of the key sheet,
    // first field of a CSV form's key line).
    static QString marker() { return QStringLiteral("rectify-form"); }
    static int formatVersion() { return 1; }

    // The units asked in `round` and their tasks: every unit that leads or
    // co-operates on a task not yet completed, of the round's inspection (or of
    // every inspection), in ledger order. One query.
    static Result<QVector<UnitForm>> unitForms(const Ledger &ledger, const Round &round);

    // The checksum of a form's keys: SHA-256 over the round's secret, its token,
    // the unit and each task's id and reference, in order (hex). Without the
    // secret, which stays in the ledger, no other unit, round or ledger's keys
    // can be made to match.
    static QString checksum(const Round &round, const QString &unit, const QVector<qint64> &taskIds,
        const QStringList &refs);

    // "<round>_<unit>.<suffix>", with characters that no file system takes
    // replaced by "_".
    static QString fileName(const QString &round, const QString &unit, const QString &suffix);
};

} // namespace rectify
