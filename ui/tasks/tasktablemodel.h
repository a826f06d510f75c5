#pragma once

#include "search/taskfilter.h"
#include "search/taskquery.h"
#include "search/taskrow.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>
#include <QVector>

class QThread;

namespace rectify {

class Ledger;

// The task table over the store, for ledgers of any size. The model reads the
// ordered ids of the matching tasks in windows: the first `firstWindow` when the
// filter or the order changes, more (in growing windows) through fetchMore() as the
// view scrolls to the end of what it has. How many tasks match in all is counted
// in the background, on a read-only connection of its own (totalCount()). The rows
// themselves are read a page at a time when a view asks for them, keeping a bounded
// number of pages in memory.
class TaskTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskTableModel)

public:
    enum Column
    {
        AlertColumn,
        ProblemColumn,
        NumberColumn,
        MeasureColumn,
        LatestProgressColumn, // the text of the latest progress entry
        LeadUnitColumn,
        LeaderColumn,
        PersonColumn,
        DeadlineColumn,
        StatusColumn,
        ColumnCount
    };
    static constexpr int pageSize = 100;
    static constexpr int maxPages = 40;
    // The ids read when the filter or the order changes, and the largest window
    // fetchMore() reads at once (each window is as large as what was read before).
    static constexpr int firstWindow = 200;
    static constexpr int maxWindow = 50000;

    // Empty until configure(), setToday(), setFilter() or reload() reads the ledger.
    explicit TaskTableModel(Ledger &ledger, QObject *parent = nullptr);
    ~TaskTableModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // The day alerts are computed for, and the alert windows.
    void setToday(const QDate &today);
    void setAlertSettings(const AlertSettings &settings);
    const TaskFilter &filter() const { return m_filter; }
    void setFilter(const TaskFilter &filter);
    const TaskSort &sort() const { return m_sort; }
    // Sets everything the rows depend on and reads them once.
    void configure(const QDate &today, const AlertSettings &settings, const TaskFilter &filter,
        const TaskSort &sort = {});
    // Reads the ids again (after an edit), keeping filter and sort and as many rows
    // as were fetched (so that the selection is found again at once).
    void reload();
    // As configure(), with the ids already read (on another connection, in the
    // background) for exactly these settings: the model does not read them again.
    void adopt(const QDate &today, const AlertSettings &settings, const TaskFilter &filter,
        const TaskSort &sort, QVector<qint64> ids);

    qint64 taskId(int row) const;
    // The row of a task, fetching the rows up to it when it matches but has not been
    // fetched yet (its place is counted by the store, not found by reading every id);
    // -1 when it does not match the filter.
    int rowOfTask(qint64 taskId);
    // The same among the rows fetched so far, reading nothing.
    int fetchedRowOfTask(qint64 taskId) const;
    // Whether every matching id has been fetched (rowCount() is then the total).
    bool isComplete() const { return m_complete; }
    // How many tasks match in all; -1 until counted (in the background).
    qint64 totalCount() const { return m_total; }
    // Waits for the count read in the background (for tests and benches).
    void waitForCount();
    // Ledgers of fewer tasks (by their largest id) are counted at once, a few
    // milliseconds, rather than on a connection of their own (tests lower it).
    void setCountInBackgroundFrom(qint64 tasks) { m_countInBackgroundFrom = tasks; }
    // The row's data, reading its page when needed; nullptr out of range.
    const TaskRow *rowAt(int row) const;
    QString lastError() const { return m_error; }

Q_SIGNALS:
    void errorOccurred(const QString &message);
    // totalCount() is known, or unknown again (-1) after the filter changed.
    void totalCountChanged(qint64 total);

private:
    // Reads the first window again, at least `atLeast` ids; `sameTasks` (a new
    // order) keeps the count.
    void readIds(int atLeast = 0, bool sameTasks = false);
    // Reads up to `n` more ids after those fetched; announces the new rows when
    // `announce` (not within a reset or a layout change).
    bool fetchIds(int n, bool announce);
    void setTotal(qint64 total);
    void countInBackground();
    TaskQuery query() const;

    Ledger &m_ledger;
    QDate m_today;
    AlertSettings m_settings;
    TaskFilter m_filter;
    TaskSort m_sort;
    QVector<qint64> m_ids; // fetched so far, in table order
    bool m_complete = false;
    qint64 m_total = -1;
    int m_generation = 0; // of the ids: a count read for older ones is dropped
    QList<QThread *> m_counting;
    qint64 m_countInBackgroundFrom = 20000;
    bool m_loaded = false;
    mutable QHash<int, QVector<TaskRow>> m_pages;
    mutable QVector<int> m_pageAge; // most recently used last
    mutable QString m_error;
};

// Colour of a traffic light, shared by the delegates and the dock.
QColor alertColor(AlertLevel level);
// "Overdue 3 days", "5 days left", "Due today" ...
QString alertText(const TaskAlert &alert);
// The same for a row, and for work that is done: "Signed off", "Completed late".
QString alertText(const TaskRow &row);

} // namespace rectify
