#pragma once

#include "stats/statistics.h"

#include <QAbstractTableModel>
#include <QVector>

namespace rectify {

class Ledger;

// The problem list of one inspection (or of all), in ledger order, with the
// number of tasks and of finished tasks (StatsQuery::problemPage). Rows arrive in batches as the
// view scrolls (canFetchMore / fetchMore), so a ledger of any size opens at once.
class ProblemListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemListModel)

public:
    enum Column
    {
        CodeColumn,
        CategoryColumn,
        TitleColumn,
        ProgressColumn,
        ColumnCount
    };
    static constexpr int batchSize = 200;

    explicit ProblemListModel(Ledger &ledger, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // 0 lists the problems of every inspection.
    void setInspection(qint64 inspectionId);
    qint64 inspection() const { return m_inspectionId; }
    void reload();
    qint64 problemId(int row) const;
    // The row of a problem, fetching further batches until it is found; -1 if absent.
    int rowOfProblem(qint64 id);
    QString lastError() const { return m_error; }

private:
    QVector<ProblemProgress> readBatch(int offset) const;

    Ledger &m_ledger;
    qint64 m_inspectionId = 0;
    QVector<ProblemProgress> m_rows;
    bool m_complete = false;
    mutable QString m_error;
};

} // namespace rectify
