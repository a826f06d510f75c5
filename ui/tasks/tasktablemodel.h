#pragma once

#include "search/taskfilter.h"
#include "search/taskquery.h"
#include "search/taskrow.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QVector>

namespace rectify {

class Ledger;

// The task table over the store, for ledgers of any size. The model holds the
// ordered ids of the matching tasks (one integer per row) and reads the rows
// themselves a page at a time when a view asks for them, keeping a bounded
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

    // Empty until configure(), setToday(), setFilter() or reload() reads the ledger.
    explicit TaskTableModel(Ledger &ledger, QObject *parent = nullptr);
    ~TaskTableModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The day alerts are computed for, and the alert windows.
    void setToday(const QDate &today);
    void setAlertSettings(const AlertSettings &settings);
    const TaskFilter &filter() const { return m_filter; }
    void setFilter(const TaskFilter &filter);
    const TaskSort &sort() const { return m_sort; }
    // Sets everything the rows depend on and reads them once.
    void configure(const QDate &today, const AlertSettings &settings, const TaskFilter &filter,
        const TaskSort &sort = {});
    // Reads the ids again (after an edit), keeping filter and sort.
    void reload();
    // As configure(), with the ids already read (on another connection, in the
    // background) for exactly these settings: the model does not read them again.
    void adopt(const QDate &today, const AlertSettings &settings, const TaskFilter &filter,
        const TaskSort &sort, QVector<qint64> ids);

    qint64 taskId(int row) const;
    int rowOfTask(qint64 taskId) const;
    // The row's data, reading its page when needed; nullptr out of range.
    const TaskRow *rowAt(int row) const;
    QString lastError() const { return m_error; }

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    void readIds();
    TaskQuery query() const;

    Ledger &m_ledger;
    QDate m_today;
    AlertSettings m_settings;
    TaskFilter m_filter;
    TaskSort m_sort;
    QVector<qint64> m_ids;
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
