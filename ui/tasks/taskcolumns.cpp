#include "ui/tasks/taskcolumns.h"

#include "domain/taskstatus.h"
#include "stats/alert.h"
#include "ui/tasks/tasktablemodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>
#include <algorithm>

namespace rectify {

namespace {

// The widest of these texts, with the cell's margins (and the alert's colour box).
int widest(const QTableView *view, const QStringList &texts, int extra)
{
    const QFontMetrics fm = view->fontMetrics();
    int width = 0;
    for (const QString &t : texts)
        width = std::max(width, fm.horizontalAdvance(t));
    const int margin
        = 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
    return width + margin + extra + 8;
}

} // namespace

TaskColumns::TaskColumns(QTableView *view)
    : QObject(view)
    , m_view(view)
    , m_widths(TaskTableModel::ColumnCount, 100)
{
    const QFontMetrics fm = view->fontMetrics();
    const auto alert = [](AlertLevel level, int days) {
        TaskAlert a;
        a.level = level;
        a.days = days;
        return alertText(a);
    };
    QStringList alerts { alert(AlertLevel::Red, 99), alert(AlertLevel::Yellow, 99),
        alert(AlertLevel::Yellow, 0), alert(AlertLevel::Stale, 0), alert(AlertLevel::Stale, 99),
        alert(AlertLevel::Green, 0), alert(AlertLevel::DataProblem, 0),
        alert(AlertLevel::Done, 0) };
    for (TaskStatus s : { TaskStatus::Completed, TaskStatus::Closed }) {
        TaskRow late;
        late.status = s;
        late.deadline = QDate(2024, 1, 1);
        late.completedOn = QDate(2024, 2, 1);
        late.alert.level = AlertLevel::Done;
        alerts << alertText(late);
        late.completedOn = QDate(2023, 12, 1);
        alerts << alertText(late);
    }
    QStringList statuses;
    for (TaskStatus s : { TaskStatus::NotStarted, TaskStatus::InProgress, TaskStatus::Completed,
             TaskStatus::Closed })
        statuses << taskStatusLabel(s);
    const auto header = [view](int column) {
        return view->model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    };
    const int box = fm.height(); // the alert's colour square
    m_widths[TaskTableModel::AlertColumn]
        = widest(view, alerts << header(TaskTableModel::AlertColumn), box);
    m_widths[TaskTableModel::StatusColumn]
        = widest(view, statuses << header(TaskTableModel::StatusColumn), 0);
    m_widths[TaskTableModel::DeadlineColumn] = widest(view,
        { QStringLiteral("2024-12-31"), TaskTableModel::tr("Long-term"),
            header(TaskTableModel::DeadlineColumn) },
        0);
    m_widths[TaskTableModel::NumberColumn]
        = widest(view, { QStringLiteral("(99)"), header(TaskTableModel::NumberColumn) }, 0);
    const int chars = fm.horizontalAdvance(QStringLiteral("中"));
    m_widths[TaskTableModel::ProblemColumn] = chars * 7;
    m_widths[TaskTableModel::LatestProgressColumn] = chars * 9;
    m_widths[TaskTableModel::LeadUnitColumn] = chars * 7;
    m_widths[TaskTableModel::LeaderColumn] = chars * 4;
    m_widths[TaskTableModel::PersonColumn] = chars * 4;
    view->horizontalHeader()->setSectionResizeMode(
        TaskTableModel::MeasureColumn, QHeaderView::Stretch);
    for (int c = 0; c < TaskTableModel::ColumnCount; ++c) {
        if (c != TaskTableModel::MeasureColumn)
            view->setColumnWidth(c, m_widths.at(c));
    }
    view->viewport()->installEventFilter(this);
}

TaskColumns *TaskColumns::install(QTableView *view)
{
    auto *columns = new TaskColumns(view);
    columns->fit();
    return columns;
}

int TaskColumns::minimumMeasureWidth() const
{
    return std::max(m_widths.at(TaskTableModel::AlertColumn) + 20,
        m_view->fontMetrics().horizontalAdvance(QStringLiteral("中")) * 10);
}

void TaskColumns::fit()
{
    const int available = m_view->viewport()->width();
    int used = 0;
    for (int c = 0; c < TaskTableModel::ColumnCount; ++c) {
        if (c != TaskTableModel::MeasureColumn)
            used += m_widths.at(c);
    }
    // Left out first to last.
    const int optional[] = { TaskTableModel::PersonColumn, TaskTableModel::LeaderColumn,
        TaskTableModel::ProblemColumn, TaskTableModel::NumberColumn };
    for (int c : optional) {
        const bool hide = used + minimumMeasureWidth() > available;
        if (hide)
            used -= m_widths.at(c);
        if (m_view->isColumnHidden(c) != hide) {
            m_view->setColumnHidden(c, hide);
            if (!hide)
                m_view->setColumnWidth(c, m_widths.at(c));
        }
    }
}

bool TaskColumns::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}

} // namespace rectify
