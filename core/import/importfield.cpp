#include "import/importfield.h"

#include <QCoreApplication>
#include <QHash>

namespace rectify {

namespace {

struct FieldInfo
{
    ImportField field;
    const char *key;
    const char *label; // English source, translated through "rectify::ImportField"
    const char *aliases; // UTF-8, separated by '/'
};

const FieldInfo fieldInfo[] = {
    { ImportField::None, "none", QT_TRANSLATE_NOOP("rectify::ImportField", "(ignore)"), "" },
    { ImportField::Code, "code", QT_TRANSLATE_NOOP("rectify::ImportField", "Number (序号)"),
        "序号/编号/问题序号/问题编号" },
    { ImportField::Category, "category",
        QT_TRANSLATE_NOOP("rectify::ImportField", "Category (问题类别)"),
        "问题类别/类别/问题类型/问题分类" },
    { ImportField::Problem, "problem",
        QT_TRANSLATE_NOOP("rectify::ImportField", "Problem (反馈问题)"),
        "反馈问题/存在问题/问题/问题表现/问题清单/具体问题/问题描述" },
    { ImportField::TaskNumber, "task_number",
        QT_TRANSLATE_NOOP("rectify::ImportField", "Task number (任务序号)"),
        "任务序号/任务编号/措施序号/措施编号" },
    { ImportField::Measure, "measure",
        QT_TRANSLATE_NOOP("rectify::ImportField", "Measure (整改措施)"),
        "整改措施/整改任务/具体措施/任务清单/整改举措" },
    { ImportField::Target, "target", QT_TRANSLATE_NOOP("rectify::ImportField", "Target (整改目标)"),
        "整改目标/目标" },
    { ImportField::Leader, "leader",
        QT_TRANSLATE_NOOP("rectify::ImportField", "Responsible leader (责任领导)"),
        "责任领导/牵头领导/分管领导" },
    { ImportField::LeadUnit, "lead_unit",
        QT_TRANSLATE_NOOP("rectify::ImportField", "Lead unit (牵头单位)"),
        "牵头单位/责任单位/整改责任单位/责任部门/牵头部门" },
    { ImportField::CoUnit, "co_unit",
        QT_TRANSLATE_NOOP("rectify::ImportField", "Co-operating units (配合单位)"),
        "配合单位/协办单位/配合部门" },
    { ImportField::Person, "person",
        QT_TRANSLATE_NOOP("rectify::ImportField", "Responsible person (责任人)"),
        "责任人/具体责任人" },
    { ImportField::Deadline, "deadline",
        QT_TRANSLATE_NOOP("rectify::ImportField", "Deadline (整改时限)"),
        "整改时限/完成时限/时限/整改期限" },
    { ImportField::Progress, "progress",
        QT_TRANSLATE_NOOP("rectify::ImportField", "Progress (整改进展)"),
        "整改进展/进展情况/整改情况/工作进展" },
    { ImportField::Completion, "status",
        QT_TRANSLATE_NOOP("rectify::ImportField", "Status (完成情况)"),
        "完成情况/整改状态/状态/是否完成/完成状态" },
    { ImportField::Remarks, "remarks", QT_TRANSLATE_NOOP("rectify::ImportField", "Remarks (备注)"),
        "备注" },
    { ImportField::CompletedOn, "completed_on",
        QT_TRANSLATE_NOOP("rectify::ImportField", "Completion date (完成时间)"),
        "完成时间/完成日期/整改完成时间/整改完成日期/实际完成时间" },
    { ImportField::ClosedOn, "closed_on",
        QT_TRANSLATE_NOOP("rectify::ImportField", "Sign-off date (销号时间)"),
        "销号时间/销号日期" },
    { ImportField::ExtraRemark, "extra_remark",
        QT_TRANSLATE_NOOP("rectify::ImportField", "Keep in remarks"), "" },
};

const FieldInfo &info(ImportField f)
{
    return fieldInfo[static_cast<int>(f)];
}

// Removes spaces and line breaks, folds full-width ASCII to half-width and
// drops bracket characters; with `dropBracketed`, also what the brackets hold.
QString normalizeHeader(const QString &header, bool dropBracketed)
{
    QString out;
    out.reserve(header.size());
    int depth = 0;
    for (QChar c : header) {
        char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            u = static_cast<char16_t>(u - 0xFEE0);
        if (QChar(u).isSpace() || u == 0x3000 || u == 0xFEFF)
            continue;
        const bool open = u == '(' || u == '[' || u == 0x3010 || u == 0x3014 || u == 0x300A;
        const bool close = u == ')' || u == ']' || u == 0x3011 || u == 0x3015 || u == 0x300B;
        if (open) {
            ++depth;
            continue;
        }
        if (close) {
            depth = std::max(0, depth - 1);
            continue;
        }
        if (u == '*' || u == ':' || u == 0xFF1A)
            continue;
        if (dropBracketed && depth > 0)
            continue;
        out.append(QChar(u));
    }
    return out;
}

const QHash<QString, ImportField> &aliasTable()
{
    static const QHash<QString, ImportField> table = [] {
        QHash<QString, ImportField> t;
        for (const FieldInfo &fi : fieldInfo) {
            const QStringList aliases
                = QString::fromUtf8(fi.aliases).split(QLatin1Char('/'), Qt::SkipEmptyParts);
            for (const QString &a : aliases)
                t.insert(a, fi.field);
        }
        return t;
    }();
    return table;
}

} // namespace

QString importFieldKey(ImportField field)
{
    return QString::fromLatin1(info(field).key);
}

std::optional<ImportField> importFieldFromKey(const QString &key)
{
    for (const FieldInfo &fi : fieldInfo) {
        if (key == QLatin1String(fi.key))
            return fi.field;
    }
    return std::nullopt;
}

QString importFieldLabel(ImportField field)
{
    return QCoreApplication::translate("rectify::ImportField", info(field).label);
}

QStringList importFieldAliases(ImportField field)
{
    return QString::fromUtf8(info(field).aliases).split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

ImportField matchHeader(const QString &header)
{
    const auto &table = aliasTable();
    const QString plain = normalizeHeader(header, false);
    if (plain.isEmpty())
        return ImportField::None;
    if (auto it = table.constFind(plain); it != table.constEnd())
        return *it;
    const QString core = normalizeHeader(header, true);
    if (auto it = table.constFind(core); it != table.constEnd())
        return *it;
    return ImportField::None;
}

bool isDeadlineWithoutOne(const QString &header)
{
    return normalizeHeader(header, false) == QStringLiteral("完成时间");
}

} // namespace rectify
