#pragma once

#include "domain/progressentry.h"

#include <QAbstractTableModel>
#include <QVector>

namespace rectify {

class Ledger;

// The progress history of one task, oldest first.
class ProgressModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressModel)

public:
    enum Column
    {
        DateColumn,
        TextColumn,
        AuthorColumn,
        ColumnCount
    };

    explicit ProgressModel(Ledger &ledger, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setTask(qint64 taskId);
    qint64 task() const { return m_taskId; }
    void reload();
    qint64 entryId(int row) const;
    QString lastError() const { return m_error; }

private:
    Ledger &m_ledger;
    qint64 m_taskId = 0;
    QVector<ProgressEntry> m_entries;
    QString m_error;
};

} // namespace rectify
