#include "ui/tasks/problemlistmodel.h"

#include "stats/statsquery.h"
#include "store/ledger.h"
#include "ui/tasks/taskroles.h"

namespace rectify {

ProblemListModel::ProblemListModel(Ledger &ledger, QObject *parent)
    : QAbstractTableModel(parent)
    , m_ledger(ledger)
{
    reload();
}

void ProblemListModel::setInspection(qint64 inspectionId)
{
    m_inspectionId = inspectionId;
    reload();
}

void ProblemListModel::reload()
{
    beginResetModel();
    m_rows = readBatch(0);
    // Listeners of the reset (views, the model tester) must not fetch more while it is
    // still being announced: allow it once the reset is complete.
    m_complete = true;
    endResetModel();
    m_complete = m_rows.size() < batchSize;
}

QVector<ProblemProgress> ProblemListModel::readBatch(int offset) const
{
    auto page = StatsQuery::problemPage(m_ledger, m_inspectionId, offset, batchSize);
    if (!page) {
        m_error = page.error();
        return {};
    }
    return *page;
}

bool ProblemListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete;
}

void ProblemListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_complete)
        return;
    QVector<ProblemProgress> more = readBatch(int(m_rows.size()));
    const bool complete = more.size() < batchSize;
    m_complete = true;
    if (!more.isEmpty()) {
        beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + more.size() - 1));
        m_rows += more;
        endInsertRows();
    }
    m_complete = complete;
}

int ProblemListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProblemListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 ProblemListModel::problemId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int ProblemListModel::rowOfProblem(qint64 id)
{
    for (;;) {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).id == id)
                return i;
        }
        if (m_complete)
            return -1;
        fetchMore(QModelIndex());
    }
}

QVariant ProblemListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ProblemProgress &r = m_rows.at(index.row());
    switch (role) {
    case IdRole:
    case ProblemIdRole:
        return r.id;
    case Qt::ToolTipRole:
        return index.column() == TitleColumn ? QVariant(r.title) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == ProgressColumn ? QVariant(int(Qt::AlignCenter)) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case CodeColumn:
            return r.code;
        case CategoryColumn:
            return r.category;
        case TitleColumn:
            return r.title;
        case ProgressColumn:
            return QStringLiteral("%1/%2").arg(r.tally.done).arg(r.tally.tasks);
        default:
            return QVariant();
        }
    default:
        return QVariant();
    }
}

QVariant ProblemListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return tr("No.");
    case CategoryColumn:
        return tr("Category");
    case TitleColumn:
        return tr("Problem");
    case ProgressColumn:
        return tr("Done");
    default:
        return QVariant();
    }
}

} // namespace rectify
