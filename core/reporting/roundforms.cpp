#include "reporting/roundforms.h"

#include "import/sha256.h"
#include "store/ledger.h"
#include "store/sqlaccess.h"

#include <QHash>
#include <QMap>

namespace rectify {

QString RoundForms::header(int column)
{
    switch (column) {
    case Ref:
        return QStringLiteral("任务编号");
    case Problem:
        return QStringLiteral("反馈问题");
    case Measure:
        return QStringLiteral("整改措施");
    case Deadline:
        return QStringLiteral("整改时限");
    case Progress:
        return QStringLiteral("本期进展");
    case Completion:
        return QStringLiteral("完成情况");
    case ExtendTo:
        return QStringLiteral("申请延期至");
    case ExtendReason:
        return QStringLiteral("延期理由");
    case Evidence:
        return QStringLiteral("佐证材料");
    case Reporter:
        return QStringLiteral("填报人");
    case Phone:
        return QStringLiteral("联系电话");
    default:
        return QString();
    }
}

QString RoundForms::columnLetter(int column)
{
    return QString(QChar(u'A' + column));
}

QStringList RoundForms::completionWords()
{
    return { QStringLiteral("推进中"), QStringLiteral("已完成"), QStringLiteral("长期坚持") };
}

Result<QVector<UnitForm>> RoundForms::unitForms(const Ledger &ledger, const Round &round)
{
    QString sql = QStringLiteral(
        "SELECT t.id, p.code, t.number, p.title, t.measure, t.deadline, t.long_term, t.status, "
        "u.name, r.role FROM tasks t "
        "JOIN problems p ON p.id = t.problem_id "
        "JOIN responsibilities r ON r.task_id = t.id AND r.role IN ('lead_unit', 'co_unit') "
        "JOIN units u ON u.id = r.unit_id "
        "WHERE t.status IN ('not_started', 'in_progress')");
    QVariantList values;
    if (round.inspectionId > 0) {
        sql += QStringLiteral(" AND p.inspection_id = ?");
        values << round.inspectionId;
    }
    sql += QStringLiteral(" ORDER BY p.inspection_id, p.sort_order, p.id, t.number, t.id, "
                          "r.role DESC, r.position");
    auto q = SqlAccess::exec(ledger, sql, values, tr("read the tasks of the round's units"));
    if (!q)
        return Error { q.error() };
    QVector<FormTask> tasks;
    QHash<qint64, int> taskIndex;
    QVector<QVector<QPair<QString, bool>>> units; // per task: (unit, lead)
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        auto it = taskIndex.constFind(id);
        int index = 0;
        if (it == taskIndex.constEnd()) {
            FormTask t;
            t.id = id;
            t.ref = QStringLiteral("%1.%2").arg(q->value(1).toString()).arg(q->value(2).toInt());
            t.problem = q->value(3).toString();
            t.measure = q->value(4).toString();
            t.deadline = QDate::fromString(q->value(5).toString(), Qt::ISODate);
            t.longTerm = q->value(6).toInt() != 0;
            t.status = taskStatusFromKey(q->value(7).toString()).value_or(TaskStatus::NotStarted);
            index = static_cast<int>(tasks.size());
            taskIndex.insert(id, index);
            tasks << t;
            units << QVector<QPair<QString, bool>>();
        } else {
            index = *it;
        }
        const QString unit = q->value(8).toString().simplified();
        const bool lead = q->value(9).toString() == QLatin1String("lead_unit");
        if (lead)
            tasks[index].leadUnits << unit;
        units[index] << qMakePair(unit, lead);
    }
    QMap<QString, UnitForm> byUnit; // by name: forms come out in a stable order
    for (int i = 0; i < tasks.size(); ++i) {
        for (const auto &[unit, lead] : std::as_const(units[i])) {
            if (unit.isEmpty())
                continue;
            UnitForm &form = byUnit[unit];
            form.unit = unit;
            QVector<FormTask> &list = lead ? form.lead : form.coOperating;
            if (list.isEmpty() || list.constLast().id != tasks[i].id)
                list << tasks[i];
        }
    }
    QVector<UnitForm> out;
    for (const UnitForm &f : std::as_const(byUnit)) {
        // A unit that is lead and co-operating on one task fills it in as the lead.
        UnitForm form = f;
        QSet<qint64> led;
        for (const FormTask &t : std::as_const(form.lead))
            led.insert(t.id);
        form.coOperating.erase(std::remove_if(form.coOperating.begin(), form.coOperating.end(),
                                   [&](const FormTask &t) { return led.contains(t.id); }),
            form.coOperating.end());
        out << form;
    }
    return out;
}

QString RoundForms::checksum(const Round &round, const QString &unit,
    const QVector<qint64> &taskIds, const QStringList &refs)
{
    Sha256 hash;
    QString text = marker() + QLatin1Char('\n') + round.secret + QLatin1Char('\n') + round.token
        + QLatin1Char('\n') + unit.simplified() + QLatin1Char('\n');
    for (int i = 0; i < taskIds.size(); ++i)
        text += QStringLiteral("%1\t%2\n")
                    .arg(taskIds.at(i))
                    .arg(i < refs.size() ? refs.at(i) : QString());
    hash.addData(text.toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

QString RoundForms::fileName(const QString &round, const QString &unit, const QString &suffix)
{
    QString name = round.simplified() + QLatin1Char('_') + unit.simplified();
    for (QChar &c : name) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || QStringView(u"<>:\"/\\|?*").contains(c))
            c = QLatin1Char('_');
    }
    while (name.startsWith(QLatin1Char('.')) || name.startsWith(QLatin1Char(' ')))
        name.remove(0, 1);
    while (name.endsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char(' ')))
        name.chop(1);
    if (name.isEmpty())
        name = QStringLiteral("form");
    // File systems take 255 bytes; Chinese is three bytes a character in UTF-8.
    while (name.toUtf8().size() > 200)
        name.chop(1);
    return name + QLatin1Char('.') + suffix;
}

} // namespace rectify
