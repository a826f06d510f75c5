#include "ui/tasks/responsibilitymodel.h"

#include "stats/statsquery.h"
#include "store/ledger.h"

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
    StatsRequest request;
    request.today = m_today;
    request.alerts = m_settings;
    // Counted by the statistics' own function, so that a lead unit's or a leader's
    // row shows the numbers of its bar in the charts.
    const struct
    {
        Kind kind;
        ResponsibilityRole role;
    } parts[] = {
        { Kind::LeadUnit, ResponsibilityRole::LeadUnit },
        { Kind::CoUnit, ResponsibilityRole::CoUnit },
        { Kind::Leader, ResponsibilityRole::Leader },
        { Kind::Person, ResponsibilityRole::Person },
    };
    for (const auto &part : parts) {
        auto holders = StatsQuery::countByHolder(m_ledger, request, part.role);
        if (!holders) {
            m_error = holders.error();
            break;
        }
        for (const GroupStats &g : *holders) {
            Row r;
            r.name = g.name;
            r.kind = part.kind;
            r.tasks = int(g.counts.total);
            r.done = int(g.counts.completed);
            r.overdue = int(g.counts.overdue);
            r.dueSoon = int(g.counts.dueSoon);
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
        case Kind::LeadUnit:
            return tr("Lead unit");
        case Kind::CoUnit:
            return tr("Co-operating unit");
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
