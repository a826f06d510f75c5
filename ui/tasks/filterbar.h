#pragma once

#include "search/taskfilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimer;

namespace rectify {

class Ledger;

// Search field and filters above the task table. Typing is debounced; the
// other filters apply at once.
class FilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBar)

public:
    explicit FilterBar(QWidget *parent = nullptr);

    // Fills the unit, people and category choices from the ledger.
    void setChoices(const Ledger &ledger);
    // The filter the widgets describe (without the problem and inspection, which
    // the navigation adds).
    TaskFilter filter() const;
    void setAlerts(const QVector<AlertLevel> &alerts);
    void setUnit(const QString &unit);
    void setPerson(const QString &person);
    void setLeader(const QString &leader);
    // Shows `filter` in the widgets (the problem and inspection are ignored) and
    // emits it once. Statuses and alert levels must be among the choices offered.
    void setFilter(const TaskFilter &filter);

    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *statusBox() const { return m_status; }
    QComboBox *alertBox() const { return m_alert; }
    QComboBox *unitBox() const { return m_unit; }
    QCheckBox *leadUnitOnlyBox() const { return m_leadOnly; }
    QComboBox *leaderBox() const { return m_leader; }
    QComboBox *personBox() const { return m_person; }
    QComboBox *categoryBox() const { return m_category; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }

public Q_SLOTS:
    void clear();
    // Emits the filter now, without waiting for the typing pause.
    void applyNow();

Q_SIGNALS:
    void filterChanged(const rectify::TaskFilter &filter);

private:
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_alert;
    QComboBox *m_unit;
    QCheckBox *m_leadOnly;
    QComboBox *m_leader;
    QComboBox *m_person;
    QComboBox *m_category;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTimer *m_typing;
    bool m_quiet = false;
};

} // namespace rectify
