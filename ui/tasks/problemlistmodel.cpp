#include "ui/tasks/problemlistmodel.h"

#include "store/ledger.h"
#include "store/sqlaccess.h"
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

QVector<ProblemListModel::Row> ProblemListModel::readBatch(int offset) const
{
    QVector<Row> out;
    auto q = SqlAccess::exec(m_ledger,
        QStringLiteral("SELECT p.id, p.code, p.category, p.title, "
                       "(SELECT COUNT(*) FROM tasks t WHERE t.problem_id = p.id), "
                       "(SELECT COUNT(*) FROM tasks t WHERE t.problem_id = p.id "
                       "AND t.status IN ('completed', 'closed')) "
                       "FROM problems p WHERE (? = 0 OR p.inspection_id = ?) "
                       "ORDER BY p.inspection_id, p.sort_order, p.id LIMIT ? OFFSET ?"),
        { m_inspectionId, m_inspectionId, batchSize, offset }, tr("read the problems"));
    if (!q) {
        m_error = q.error();
        return out;
    }
    while (q->next()) {
        Row r;
        r.id = q->value(0).toLongLong();
        r.code = q->value(1).toString();
        r.category = q->value(2).toString();
        r.title = q->value(3).toString();
        r.tasks = q->value(4).toInt();
        r.done = q->value(5).toInt();
        out << r;
    }
    return out;
}

bool ProblemListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete;
}

void ProblemListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_complete)
        return;
    QVector<Row> more = readBatch(int(m_rows.size()));
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
    const Row &r = m_rows.at(index.row());
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
            return QStringLiteral("%1/%2").arg(r.done).arg(r.tasks);
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
