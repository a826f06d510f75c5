#include "domain/records.h"

#include <QCoreApplication>

namespace rectify {

QVector<RecordKind> allRecordKinds()
{
    return { RecordKind::Meeting, RecordKind::SupervisionRound, RecordKind::Rule,
        RecordKind::Accountability, RecordKind::Result };
}

QString recordKindKey(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Meeting:
        return QStringLiteral("meeting");
    case RecordKind::SupervisionRound:
        return QStringLiteral("round");
    case RecordKind::Rule:
        return QStringLiteral("rule");
    case RecordKind::Accountability:
        return QStringLiteral("accountability");
    case RecordKind::Result:
        return QStringLiteral("result");
    }
    return QString();
}

std::optional<RecordKind> recordKindFromKey(const QString &key)
{
    const QString wanted = key.trimmed().toLower();
    for (RecordKind k : allRecordKinds()) {
        if (recordKindKey(k) == wanted || recordKindLabel(k) == key.trimmed())
            return k;
    }
    return std::nullopt;
}

QString recordKindFileWord(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Meeting:
        return QStringLiteral("会议");
    case RecordKind::SupervisionRound:
        return QStringLiteral("督查");
    case RecordKind::Rule:
        return QStringLiteral("建章立制");
    case RecordKind::Accountability:
        return QStringLiteral("问责");
    case RecordKind::Result:
        return QStringLiteral("量化成效");
    }
    return QString();
}

QString recordKindLabel(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Meeting:
        return QCoreApplication::translate("rectify::RecordKind", "Meeting");
    case RecordKind::SupervisionRound:
        return QCoreApplication::translate("rectify::RecordKind", "Supervision round");
    case RecordKind::Rule:
        return QCoreApplication::translate("rectify::RecordKind", "Rule established");
    case RecordKind::Accountability:
        return QCoreApplication::translate("rectify::RecordKind", "Accountability");
    case RecordKind::Result:
        return QCoreApplication::translate("rectify::RecordKind", "Quantified result");
    }
    return QString();
}

} // namespace rectify
