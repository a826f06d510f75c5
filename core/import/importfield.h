#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace rectify {

// What a column of an imported ledger means.
enum class ImportField
{
    None, // ignored
    Code, // 序号: the problem's number
    Category, // 问题类别
    Problem, // 反馈问题
    TaskNumber, // 任务序号: the task's number within its problem
    Measure, // 整改措施
    Target, // 整改目标
    Leader, // 责任领导
    LeadUnit, // 牵头单位
    CoUnit, // 配合单位
    Person, // 责任人
    Deadline, // 整改时限
    Progress, // 整改进展
    Completion, // 完成情况 (status)
    Remarks, // 备注
    CompletedOn, // 完成时间: the day the task was completed
    ClosedOn, // 销号时间: the day it was signed off
    ExtraRemark, // an unknown column whose values are kept in the remarks
};

constexpr int importFieldCount = static_cast<int>(ImportField::ExtraRemark) + 1;

// Stable key for JSON and the command line: code, category, problem ...
QString importFieldKey(ImportField field);
std::optional<ImportField> importFieldFromKey(const QString &key);
// Translated label: 序号, 问题类别 ... in Chinese.
QString importFieldLabel(ImportField field);
// The header spellings recognised for a field, the canonical one first.
QStringList importFieldAliases(ImportField field);
// Problem columns are filled only on a problem's first row (merged cells).
inline bool isProblemField(ImportField f)
{
    return f == ImportField::Code || f == ImportField::Category || f == ImportField::Problem;
}

// Matches a header cell against the aliases: trimmed, ignoring spaces, line breaks,
// full-width/half-width forms and brackets (and, failing that, what is inside
// brackets: "整改时限（年月日）" is 整改时限). None when nothing matches.
ImportField matchHeader(const QString &header);
// 完成时间 names the completion date, but a plan without a deadline column
// (整改时限 …) writes its deadlines under it: true for such a header, which then
// maps to the deadline.
bool isDeadlineWithoutOne(const QString &header);

} // namespace rectify
