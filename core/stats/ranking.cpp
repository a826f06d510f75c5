#include "stats/ranking.h"

#include "stats/alert.h"
#include "store/ledger.h"
#include "store/sqlaccess.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace rectify {

double Ranking::score(const UnitScore &u)
{
    const int due = u.completedOnTime + u.completedLate + u.overdue;
    const double a = due == 0 ? 1.0 : double(u.completedOnTime) / due;
    const double b = due == 0 ? 1.0 : 1.0 - double(u.overdue) / due;
    const double r = u.rounds == 0 ? 1.0 : double(u.reportsOnTime) / u.rounds;
    return std::round(1000.0 * (0.4 * a + 0.3 * b + 0.3 * r)) / 10.0;
}

Result<QVector<UnitScore>> Ranking::compute(
    const Ledger &ledger, const QDate &today, qint64 inspectionId)
{
    if (!today.isValid())
        return Error { tr("Give the day of the ranking.") };
    QString sql = QStringLiteral(
        "SELECT t.id, p.inspection_id, t.deadline, t.long_term, t.status, t.completed_on, u.name "
        "FROM tasks t JOIN problems p ON p.id = t.problem_id "
        "JOIN responsibilities r ON r.task_id = t.id AND r.role = 'lead_unit' "
        "JOIN units u ON u.id = r.unit_id");
    QVariantList values;
    if (inspectionId > 0) {
        sql += QStringLiteral(" WHERE p.inspection_id = ?");
        values << inspectionId;
    }
    auto q = SqlAccess::exec(ledger, sql, values, tr("read the tasks of the units"));
    if (!q)
        return Error { q.error() };

    auto extensions = ledger.extensions();
    if (!extensions)
        return Error { extensions.error() };
    QSet<qint64> extended;
    for (const ExtensionRequest &e : std::as_const(*extensions)) {
        if (e.state == ExtensionRequest::State::Approved)
            extended.insert(e.taskId);
    }

    QMap<QString, UnitScore> units;
    QHash<QString, QSet<qint64>> inspectionsOf; // the inspections a unit leads tasks of
    QHash<QString, QSet<qint64>> counted; // a unit named twice on one task counts it once
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        const QString name = q->value(6).toString().simplified();
        if (name.isEmpty() || counted[name].contains(id))
            continue;
        counted[name].insert(id);
        Task t;
        t.deadline = QDate::fromString(q->value(2).toString(), Qt::ISODate);
        t.longTerm = q->value(3).toInt() != 0;
        t.status = taskStatusFromKey(q->value(4).toString()).value_or(TaskStatus::NotStarted);
        t.completedOn = QDate::fromString(q->value(5).toString(), Qt::ISODate);
        UnitScore &u = units[name];
        u.unit = name;
        ++u.tasks;
        inspectionsOf[name].insert(q->value(1).toLongLong());
        if (isDone(t.status)) {
            ++(isCompletedLate(t) ? u.completedLate : u.completedOnTime);
        } else if (!t.longTerm && t.deadline.isValid() && t.deadline < today) {
            ++u.overdue;
        }
        if (extended.contains(id))
            ++u.extended;
    }

    // Rounds past their due date: each asked the units leading tasks in its scope.
    auto rounds = ledger.rounds();
    if (!rounds)
        return Error { rounds.error() };
    for (const Round &round : std::as_const(*rounds)) {
        if (!round.dueDate.isValid() || round.dueDate >= today)
            continue;
        if (inspectionId > 0 && round.inspectionId > 0 && round.inspectionId != inspectionId)
            continue;
        auto reports = ledger.roundReports(round.id);
        if (!reports)
            return Error { reports.error() };
        QHash<QString, QDate> first;
        for (const RoundReport &r : std::as_const(*reports)) {
            const QString name = r.unit.simplified();
            if (!first.contains(name) || r.reportedOn < first.value(name))
                first.insert(name, r.reportedOn);
        }
        for (UnitScore &u : units) {
            if (round.inspectionId > 0 && !inspectionsOf.value(u.unit).contains(round.inspectionId))
                continue;
            ++u.rounds;
            const QDate on = first.value(u.unit);
            if (on.isValid() && on <= round.dueDate)
                ++u.reportsOnTime;
        }
    }

    QVector<UnitScore> out;
    out.reserve(units.size());
    for (UnitScore u : std::as_const(units)) {
        u.score = score(u);
        out << u;
    }
    const auto key = [](const UnitScore &u) {
        return std::make_tuple(-u.score, u.overdue, -u.completedOnTime, -u.tasks);
    };
    std::stable_sort(out.begin(), out.end(), [&](const UnitScore &a, const UnitScore &b) {
        const auto ka = key(a), kb = key(b);
        return ka != kb ? ka < kb : a.unit < b.unit;
    });
    for (int i = 0; i < out.size(); ++i)
        out[i].rank = i > 0 && key(out[i]) == key(out[i - 1]) ? out[i - 1].rank : i + 1;
    return out;
}

} // namespace rectify
