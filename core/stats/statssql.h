#pragma once

// Pieces of the statistics SQL shared by StatsQuery and AlertList; core/search
// uses the task states (openTask, doneTask) so that "done" is spelled once.
#include "stats/statistics.h"

#include <QString>
#include <QVariantList>

namespace rectify::statssql {

// A piece of SQL and the values of its placeholders, in order. Statements are
// assembled from pieces so that every value stays a bound parameter and the
// placeholders stay plain "?" (portable to other drivers).
struct Sql
{
    QString text;
    QVariantList values;

    Sql &operator<<(const QString &s)
    {
        text += s;
        return *this;
    }
    Sql &operator<<(const Sql &s)
    {
        text += s.text;
        values += s.values;
        return *this;
    }
};

inline Sql sql(const QString &text, const QVariantList &values = {})
{
    return Sql { text, values };
}

inline const QString openTask = QStringLiteral("t.status IN ('not_started', 'in_progress')");
inline const QString doneTask = QStringLiteral("t.status IN ('completed', 'closed')");

// " AND ..." conditions of the filter on tasks t (and problems p when joined).
struct FilterSql
{
    bool needsProblems = false;
    Sql where;
};

inline FilterSql filterSql(const StatsFilter &f)
{
    FilterSql out;
    if (f.inspectionId != 0) {
        out.needsProblems = true;
        out.where << sql(QStringLiteral(" AND p.inspection_id = ?"), { f.inspectionId });
    }
    if (!f.category.isEmpty()) {
        out.needsProblems = true;
        out.where << sql(QStringLiteral(" AND p.category = ?"), { f.category });
    }
    if (!f.unit.isEmpty()) {
        out.where << sql(QStringLiteral(" AND t.id IN (SELECT fr.task_id FROM responsibilities fr "
                                        "JOIN units fu ON fu.id = fr.unit_id "
                                        "WHERE fr.role = 'lead_unit' AND fu.name = ?)"),
            { f.unit });
    }
    return out;
}

// "FROM tasks t [JOIN problems p] WHERE 1 = 1 <filter>"
inline Sql fromTasks(const FilterSql &f, bool withProblems = false)
{
    Sql s = sql(QStringLiteral(" FROM tasks t"));
    if (f.needsProblems || withProblems)
        s << QStringLiteral(" JOIN problems p ON p.id = t.problem_id");
    s << QStringLiteral(" WHERE 1 = 1") << f.where;
    return s;
}

} // namespace rectify::statssql
