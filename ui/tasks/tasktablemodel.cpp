#include "ui/tasks/tasktablemodel.h"

#include "store/ledger.h"
#include "ui/tasks/taskroles.h"

#include <QColor>
#include <QLocale>
#include <QThread>
#include <cstdlib>
#include <memory>

namespace rectify {

QColor alertColor(AlertLevel level)
{
    switch (level) {
    case AlertLevel::Red:
        return QColor(0xd3, 0x2f, 0x2f);
    case AlertLevel::Yellow:
        return QColor(0xf9, 0xa8, 0x25);
    case AlertLevel::Notice:
        return QColor(0x8b, 0xc3, 0x4a);
    case AlertLevel::Green:
        return QColor(0x38, 0x8e, 0x3c);
    case AlertLevel::Stale:
        return QColor(0xef, 0x6c, 0x00);
    case AlertLevel::DataProblem:
        return QColor(0x75, 0x75, 0x75);
    case AlertLevel::Done:
        return QColor(0x19, 0x76, 0xd2);
    }
    return QColor();
}

QString alertText(const TaskAlert &alert)
{
    // Singular and plural spelled out: English has no plural translation file.
    const int days = std::abs(alert.days);
    switch (alert.level) {
    case AlertLevel::Red:
        return days == 1 ? TaskTableModel::tr("Overdue 1 day")
                         : TaskTableModel::tr("Overdue %1 days").arg(days);
    case AlertLevel::Yellow:
    case AlertLevel::Notice:
    case AlertLevel::Green:
        if (alert.days == 0 && alert.level != AlertLevel::Green)
            return TaskTableModel::tr("Due today");
        if (alert.days == 0) // long-term work that reports in time
            return alertLevelLabel(alert.level);
        return days == 1 ? TaskTableModel::tr("1 day left")
                         : TaskTableModel::tr("%1 days left").arg(days);
    case AlertLevel::Stale:
        if (alert.days == 0)
            return TaskTableModel::tr("No progress yet");
        return TaskTableModel::tr("No progress for %1 days").arg(days);
    case AlertLevel::DataProblem:
    case AlertLevel::Done:
        return alertLevelLabel(alert.level);
    }
    return QString();
}

QString alertText(const TaskRow &row)
{
    if (row.alert.level == AlertLevel::Done) {
        Task task;
        task.status = row.status;
        task.deadline = row.deadline;
        task.longTerm = row.longTerm;
        task.completedOn = row.completedOn;
        const bool late = isCompletedLate(task);
        if (row.status == TaskStatus::Closed)
            return late ? TaskTableModel::tr("Signed off (completed late)")
                        : TaskTableModel::tr("Signed off");
        if (late)
            return TaskTableModel::tr("Completed late");
    }
    return alertText(row.alert);
}

TaskTableModel::TaskTableModel(Ledger &ledger, QObject *parent)
    : QAbstractTableModel(parent)
    , m_ledger(ledger)
    , m_today(QDate::currentDate())
{
    // Nothing is read until the model is configured: a window sets the day, the alert
    // windows and the filter first, and a 100,000-task ledger is read once, not thrice.
}

void TaskTableModel::configure(const QDate &today, const AlertSettings &settings,
    const TaskFilter &filter, const TaskSort &sort)
{
    m_today = today;
    m_settings = settings;
    m_filter = filter;
    m_sort = sort;
    beginResetModel();
    readIds();
    endResetModel();
}

void TaskTableModel::adopt(const QDate &today, const AlertSettings &settings,
    const TaskFilter &filter, const TaskSort &sort, QVector<qint64> ids)
{
    beginResetModel();
    m_today = today;
    m_settings = settings;
    m_filter = filter;
    m_sort = sort;
    m_pages.clear();
    m_pageAge.clear();
    m_error.clear();
    m_ids = std::move(ids);
    m_complete = true;
    ++m_generation;
    m_loaded = true;
    endResetModel();
    setTotal(m_ids.size());
}

TaskTableModel::~TaskTableModel()
{
    // A count still running reads through its own connection: wait for it (the
    // threads are the model's children, deleted after this).
    for (QThread *thread : std::as_const(m_counting))
        thread->wait();
}

TaskQuery TaskTableModel::query() const
{
    return TaskQuery(m_today, m_settings);
}

void TaskTableModel::readIds(int atLeast, bool sameTasks)
{
    m_pages.clear();
    m_pageAge.clear();
    m_ids.clear();
    m_complete = false;
    if (!sameTasks)
        ++m_generation;
    m_loaded = true;
    m_error.clear();
    if (!fetchIds(std::max(firstWindow, atLeast), false)) {
        m_complete = true;
        setTotal(0);
        return;
    }
    if (m_complete)
        setTotal(m_ids.size());
    else if (!sameTasks || (m_total < 0 && m_counting.isEmpty()))
        countInBackground();
}

bool TaskTableModel::fetchIds(int n, bool announce)
{
    if (m_complete || n <= 0)
        return true;
    // One more than asked for says whether there are more.
    auto page = query().idsPage(
        m_ledger, m_filter, m_sort, m_ids.size(), n + 1, m_ids.isEmpty() ? 0 : m_ids.constLast());
    if (!page) {
        m_error = page.error();
        m_complete = true;
        Q_EMIT errorOccurred(m_error);
        return false;
    }
    const bool more = page->size() > n;
    if (more)
        page->resize(n);
    if (!page->isEmpty()) {
        const int first = int(m_ids.size());
        if (announce)
            beginInsertRows(QModelIndex(), first, first + int(page->size()) - 1);
        m_ids += *page;
        m_complete = !more;
        if (announce)
            endInsertRows();
    } else {
        m_complete = true;
    }
    if (m_complete && m_total != m_ids.size())
        setTotal(m_ids.size());
    return true;
}

bool TaskTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_loaded && !m_complete;
}

void TaskTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        return;
    // Larger windows as the user goes: each one as large as all before it.
    fetchIds(std::clamp(int(m_ids.size()), firstWindow, maxWindow), true);
}

void TaskTableModel::setTotal(qint64 total)
{
    if (total == m_total)
        return;
    m_total = total;
    Q_EMIT totalCountChanged(total);
}

void TaskTableModel::countInBackground()
{
    // A small ledger is counted at once: a second connection (opened for each count)
    // costs more than the count.
    if (auto bound = TaskQuery::taskIdBound(m_ledger); bound && *bound < m_countInBackgroundFrom) {
        if (auto n = query().count(m_ledger, m_filter)) {
            setTotal(*n);
            return;
        }
    }
    setTotal(-1);
    // The count of a million tasks takes about a second: on a read-only connection
    // of its own, on a thread of its own; a count of ids that have since been read
    // again (another filter, an edit) is dropped when it comes.
    const int generation = m_generation;
    const QString path = m_ledger.path();
    const TaskQuery q = query();
    const TaskFilter filter = m_filter;
    auto result = std::make_shared<qint64>(-1);
    QThread *thread = QThread::create([path, q, filter, result] {
        Ledger ledger;
        if (!ledger.open(path, Ledger::OpenMode::ReadOnly))
            return;
        if (auto n = q.count(ledger, filter))
            *result = *n;
    });
    thread->setParent(this);
    m_counting << thread;
    connect(thread, &QThread::finished, this, [this, thread, generation, result] {
        m_counting.removeOne(thread);
        thread->deleteLater();
        if (generation != m_generation)
            return;
        if (*result >= 0) {
            setTotal(*result);
            return;
        }
        // No second connection (the ledger went away, a server refused it): count
        // on the model's own.
        if (auto n = query().count(m_ledger, m_filter))
            setTotal(*n);
    });
    thread->start();
}

void TaskTableModel::waitForCount()
{
    while (!m_counting.isEmpty()) {
        QThread *thread = m_counting.constFirst();
        thread->wait();
        // Delivers its finished() (queued to this thread).
        QCoreApplication::sendPostedEvents(this);
        QCoreApplication::processEvents();
        if (!m_counting.isEmpty() && m_counting.constFirst() == thread)
            m_counting.removeFirst();
    }
}

void TaskTableModel::reload()
{
    beginResetModel();
    // As many rows as the view had: a selection among them is found again at once.
    readIds(m_complete ? int(m_ids.size()) + 1 : int(m_ids.size()));
    endResetModel();
}

void TaskTableModel::setToday(const QDate &today)
{
    if (today == m_today && m_loaded)
        return;
    m_today = today;
    reload();
}

void TaskTableModel::setAlertSettings(const AlertSettings &settings)
{
    m_settings = settings;
    reload();
}

void TaskTableModel::setFilter(const TaskFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    // Other tasks: the first window of them (a selection is found by rowOfTask()).
    beginResetModel();
    readIds();
    endResetModel();
}

void TaskTableModel::sort(int column, Qt::SortOrder order)
{
    TaskSort s;
    switch (column) {
    case AlertColumn:
        s.key = TaskSortKey::Alert;
        break;
    case ProblemColumn:
        s.key = TaskSortKey::Problem;
        break;
    case NumberColumn:
        s.key = TaskSortKey::Number;
        break;
    case MeasureColumn:
        s.key = TaskSortKey::Measure;
        break;
    case LeadUnitColumn:
        s.key = TaskSortKey::LeadUnit;
        break;
    case LeaderColumn:
        s.key = TaskSortKey::Leader;
        break;
    case PersonColumn:
        s.key = TaskSortKey::Person;
        break;
    case DeadlineColumn:
        s.key = TaskSortKey::Deadline;
        break;
    case StatusColumn:
        s.key = TaskSortKey::StatusKey;
        break;
    default:
        s.key = TaskSortKey::Ledger;
        break;
    }
    s.descending = order == Qt::DescendingOrder;
    // Views ask again for the order they already have (when sorting is enabled).
    if (m_loaded && s.key == m_sort.key && s.descending == m_sort.descending)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Rows are identified by task id: persistent indexes follow their task.
    const QModelIndexList persistent = persistentIndexList();
    QVector<qint64> persistentIds;
    persistentIds.reserve(persistent.size());
    for (const QModelIndex &i : persistent)
        persistentIds << taskId(i.row());
    m_sort = s;
    // As many rows as before (a view keeps its row count through a layout change),
    // and far enough for every persistent row (the selection) in its new place.
    // The same tasks in another order: their count stands (or is still coming).
    const int before = int(m_ids.size());
    readIds(m_complete ? before + 1 : before, true);
    QModelIndexList moved;
    moved.reserve(persistent.size());
    for (int i = 0; i < persistent.size(); ++i) {
        int row = fetchedRowOfTask(persistentIds.at(i));
        if (row < 0 && !m_complete && persistentIds.at(i) != 0) {
            auto at = query().position(m_ledger, m_filter, m_sort, persistentIds.at(i));
            if (at && *at >= m_ids.size())
                fetchIds(int(*at - m_ids.size()) + firstWindow, false);
            row = fetchedRowOfTask(persistentIds.at(i));
        }
        moved << (row < 0 ? QModelIndex() : index(row, persistent.at(i).column()));
    }
    changePersistentIndexList(persistent, moved);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int TaskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int TaskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 TaskTableModel::taskId(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int TaskTableModel::fetchedRowOfTask(qint64 id) const
{
    return int(m_ids.indexOf(id));
}

int TaskTableModel::rowOfTask(qint64 id)
{
    const int fetched = fetchedRowOfTask(id);
    if (fetched >= 0 || m_complete || id == 0)
        return fetched;
    // Not fetched yet: where it stands (if it matches), then the rows up to it.
    auto at = query().position(m_ledger, m_filter, m_sort, id);
    if (!at) {
        m_error = at.error();
        Q_EMIT errorOccurred(m_error);
        return -1;
    }
    if (*at < 0)
        return -1;
    if (*at >= m_ids.size())
        fetchIds(int(*at - m_ids.size()) + firstWindow, true);
    return fetchedRowOfTask(id);
}

const TaskRow *TaskTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    const int page = row / pageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        const int first = page * pageSize;
        const int n = std::min(pageSize, int(m_ids.size()) - first);
        auto rows = query().rows(m_ledger, m_ids.mid(first, n));
        if (!rows) {
            m_error = rows.error();
            return nullptr;
        }
        // A task deleted behind our back leaves a hole: pad so rows stay aligned.
        QVector<TaskRow> aligned(n);
        for (const TaskRow &r : *rows) {
            const int at = int(m_ids.indexOf(r.id, first)) - first;
            if (at >= 0 && at < n)
                aligned[at] = r;
        }
        if (m_pages.size() >= maxPages && !m_pageAge.isEmpty())
            m_pages.remove(m_pageAge.takeFirst());
        it = m_pages.insert(page, aligned);
    }
    m_pageAge.removeOne(page);
    m_pageAge << page;
    const TaskRow &r = it->at(row - page * pageSize);
    return r.id == 0 ? nullptr : &r;
}

QVariant TaskTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const TaskRow *r = rowAt(index.row());
    if (!r)
        return QVariant();
    const QString sep = QStringLiteral("、");
    switch (role) {
    case IdRole:
        return r->id;
    case ProblemIdRole:
        return r->problemId;
    case AlertLevelRole:
        return int(r->alert.level);
    case AlertDaysRole:
        return r->alert.days;
    case StatusRole:
        return int(r->status);
    case Qt::DecorationRole:
        if (index.column() == AlertColumn)
            return alertColor(r->alert.level);
        return QVariant();
    case Qt::ToolTipRole:
        if (index.column() == MeasureColumn || index.column() == ProblemColumn)
            return QStringLiteral("%1 %2\n(%3) %4")
                .arg(r->problemCode, r->problemTitle)
                .arg(r->number)
                .arg(r->measure);
        if (index.column() == AlertColumn)
            return alertLevelLabel(r->alert.level);
        if (index.column() == LatestProgressColumn && !r->latestProgress.isEmpty())
            return QStringLiteral("%1\n%2").arg(
                r->lastProgress.toString(Qt::ISODate), r->latestProgress);
        return QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn || index.column() == DeadlineColumn)
            return int(Qt::AlignCenter);
        return QVariant();
    case Qt::ForegroundRole:
        if (index.column() == AlertColumn || index.column() == DeadlineColumn) {
            if (r->alert.level == AlertLevel::Red)
                return alertColor(AlertLevel::Red);
        }
        return QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case AlertColumn:
            return alertText(*r);
        case ProblemColumn:
            return QStringLiteral("%1 %2").arg(r->problemCode, r->problemTitle);
        case NumberColumn:
            return QStringLiteral("(%1)").arg(r->number);
        case MeasureColumn:
            return r->measure;
        case LatestProgressColumn:
            // One line in the table; the whole entry is the tip.
            return r->latestProgress.simplified();
        case LeadUnitColumn:
            return r->leadUnits.join(sep);
        case LeaderColumn:
            return r->leaders.join(sep);
        case PersonColumn:
            return r->persons.join(sep);
        case DeadlineColumn:
            if (r->longTerm)
                return tr("Long-term");
            return r->deadline.isValid() ? r->deadline.toString(Qt::ISODate) : QString();
        case StatusColumn:
            return taskStatusLabel(r->status);
        default:
            return QVariant();
        }
    case SortKeyRole:
        switch (index.column()) {
        case NumberColumn:
            return r->number;
        case DeadlineColumn:
            return r->deadline;
        default:
            return data(index, Qt::DisplayRole);
        }
    default:
        return QVariant();
    }
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AlertColumn:
        return tr("Alert");
    case ProblemColumn:
        return tr("Problem");
    case NumberColumn:
        return tr("No.");
    case MeasureColumn:
        return tr("Measure");
    case LatestProgressColumn:
        return tr("Latest progress");
    case LeadUnitColumn:
        return tr("Lead unit");
    case LeaderColumn:
        return tr("Leader");
    case PersonColumn:
        return tr("Person");
    case DeadlineColumn:
        return tr("Deadline");
    case StatusColumn:
        return tr("Status");
    default:
        return QVariant();
    }
}

} // namespace rectify
