#pragma once

#include "stats/alert.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QVector>

namespace rectify {

class Ledger;

// The responsibility view: per unit and per person in each role, how many tasks
// they answer for and how those stand. Counted by StatsQuery::countByHolder, the
// function behind the charts per lead unit and per leader.
class ResponsibilityModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponsibilityModel)

public:
    enum Column
    {
        NameColumn,
        KindColumn,
        TasksColumn,
        DoneColumn,
        OverdueColumn,
        DueSoonColumn,
        ColumnCount
    };
    enum class Kind
    {
        LeadUnit,
        CoUnit,
        Leader,
        Person,
    };
    static constexpr int KindRole = Qt::UserRole + 20;

    explicit ResponsibilityModel(Ledger &ledger, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setToday(const QDate &today, const AlertSettings &settings);
    void reload();
    QString lastError() const { return m_error; }

private:
    struct Row
    {
        QString name;
        Kind kind = Kind::LeadUnit;
        int tasks = 0;
        int done = 0;
        int overdue = 0;
        int dueSoon = 0;
    };

    Ledger &m_ledger;
    QDate m_today;
    AlertSettings m_settings;
    QVector<Row> m_rows;
    QString m_error;
};

} // namespace rectify
