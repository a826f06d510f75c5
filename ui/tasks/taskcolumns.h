#pragma once

#include <QObject>
#include <QVector>

class QTableView;

namespace rectify {

// The widths of the task table's columns, from the font and the words they show
// (the alert and the status fit whole in either language), and which columns a
// narrow table leaves out: the measure takes the rest of the width and stays
// wider than the alert, so on a small screen the person, the leader, the problem
// and the number go first (the detail pane shows them). Columns come back when
// the table is wide enough again.
class TaskColumns final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskColumns)

public:
    // Sets the widths and keeps fitting the columns to the view's width.
    static TaskColumns *install(QTableView *view);

    // The narrowest the measure may be in this view.
    int minimumMeasureWidth() const;
    // Lays the columns out for the view's current width.
    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit TaskColumns(QTableView *view);

    QTableView *m_view;
    QVector<int> m_widths; // the width of each column when shown
};

} // namespace rectify
