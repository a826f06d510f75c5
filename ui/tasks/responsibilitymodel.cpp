#include "ui/tasks/responsibilitymodel.h"

#include "search/taskquery.h"
#include "store/ledger.h"
#include "store/sqlaccess.h"

#include <QColor>

namespace rectify {

ResponsibilityModel::ResponsibilityModel(Ledger &ledger, QObject *parent)
    : QAbstractTableModel(parent)
    , m_ledger(ledger)
    , m_today(QDate::currentDate())
{
    // Read by setToday(), which the window calls with its day and alert windows.
}

void ResponsibilityModel::setToday(const QDate &today, const AlertSettings &settings)
{
    m_today = today;
    m_settings = settings;
    reload();
}

void ResponsibilityModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    const TaskQuery query(m_today, m_settings);
    struct Part
    {
        Kind kind;
        const char *roles;
        const char *table;
        const char *column;
    };
    const Part parts[] = {
        { Kind::Unit, "'lead_unit', 'co_unit'", "units", "unit_id" },
        { Kind::Leader, "'leader'", "people", "person_id" },
        { Kind::Person, "'person'", "people", "person_id" },
    };
    for (const Part &part : parts) {
        // Values bind in the order their placeholders appear in the text.
        QVariantList values { TaskQuery::alertRank(AlertLevel::Done),
            TaskQuery::alertRank(AlertLevel::Red), TaskQuery::alertRank(AlertLevel::Yellow) };
        const QString rank = query.alertRankExpression(&values);
        // One row per (name, task): a unit that both leads and co-operates counts once.
        auto q = SqlAccess::exec(m_ledger,
            QStringLiteral("SELECT name, COUNT(*), SUM(rank = ?), SUM(rank = ?), SUM(rank = ?) "
                           "FROM (SELECT DISTINCT n.name AS name, t.id, %1 AS rank "
                           "FROM responsibilities r JOIN %2 n ON n.id = r.%3 "
                           "JOIN tasks t ON t.id = r.task_id WHERE r.role IN (%4)) "
                           "GROUP BY name ORDER BY name")
                .arg(rank, QLatin1String(part.table), QLatin1String(part.column),
                    QLatin1String(part.roles)),
            values, tr("count the responsibilities"));
        if (!q) {
            m_error = q.error();
            break;
        }
        while (q->next()) {
            Row r;
            r.name = q->value(0).toString();
            r.kind = part.kind;
            r.tasks = q->value(1).toInt();
            r.done = q->value(2).toInt();
            r.overdue = q->value(3).toInt();
            r.dueSoon = q->value(4).toInt();
            m_rows << r;
        }
    }
    endResetModel();
}

int ResponsibilityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResponsibilityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResponsibilityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &r = m_rows.at(index.row());
    if (role == KindRole)
        return int(r.kind);
    if (role == Qt::TextAlignmentRole && index.column() >= TasksColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == OverdueColumn && r.overdue > 0)
        return QColor(0xd3, 0x2f, 0x2f);
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case NameColumn:
        return r.name;
    case KindColumn:
        switch (r.kind) {
        case Kind::Unit:
            return tr("Unit");
        case Kind::Leader:
            return tr("Leader");
        case Kind::Person:
            return tr("Person");
        }
        return QVariant();
    case TasksColumn:
        return r.tasks;
    case DoneColumn:
        return r.done;
    case OverdueColumn:
        return r.overdue;
    case DueSoonColumn:
        return r.dueSoon;
    default:
        return QVariant();
    }
}

QVariant ResponsibilityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Answers as");
    case TasksColumn:
        return tr("Tasks");
    case DoneColumn:
        return tr("Done");
    case OverdueColumn:
        return tr("Overdue");
    case DueSoonColumn:
        return tr("Due soon");
    default:
        return QVariant();
    }
}

} // namespace rectify
