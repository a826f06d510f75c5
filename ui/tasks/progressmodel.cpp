#include "ui/tasks/progressmodel.h"

#include "store/ledger.h"
#include "ui/tasks/taskroles.h"

namespace rectify {

ProgressModel::ProgressModel(Ledger &ledger, QObject *parent)
    : QAbstractTableModel(parent)
    , m_ledger(ledger)
{ }

void ProgressModel::setTask(qint64 taskId)
{
    m_taskId = taskId;
    reload();
}

void ProgressModel::reload()
{
    beginResetModel();
    m_entries.clear();
    m_error.clear();
    if (m_taskId != 0) {
        auto entries = m_ledger.progress(m_taskId);
        if (entries)
            m_entries = *entries;
        else
            m_error = entries.error();
    }
    endResetModel();
}

qint64 ProgressModel::entryId(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).id : 0;
}

int ProgressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ProgressModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProgressModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ProgressEntry &e = m_entries.at(index.row());
    if (role == IdRole)
        return e.id;
    if (role == Qt::ToolTipRole && index.column() == TextColumn)
        return e.text;
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case DateColumn:
        return knownDateText(e.date); // "—": imported without a date, never today
    case TextColumn:
        return e.text;
    case AuthorColumn:
        return progressAuthorLabel(e.author);
    default:
        return QVariant();
    }
}

QVariant ProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TextColumn:
        return tr("Progress");
    case AuthorColumn:
        return tr("Reported by");
    default:
        return QVariant();
    }
}

} // namespace rectify
