#pragma once

#include "stats/ranking.h"
#include "util/result.h"

#include <QDate>
#include <QGroupBox>
#include <QVector>

QT_BEGIN_NAMESPACE
class QChartView;
class QLabel;
class QPushButton;
class QTableWidget;
QT_END_NAMESPACE

namespace rectify {

class Ledger;

// 单位考核 on the dashboard: the ranking of the lead units (Ranking, the formula
// in docs/statistics.md) as a table and a bar chart of the scores, and a button
// that saves it as an Excel workbook.
class RankingSection final : public QGroupBox
{
    Q_OBJECT

public:
    explicit RankingSection(Ledger &ledger, QWidget *parent = nullptr);

    // Ranks again on `asOf`, on one inspection's tasks (0: every inspection's), on
    // the window's thread (seconds on 100,000 tasks: the dashboard ranks a large
    // ledger on its background read and hands the result to show()).
    void reload(const QDate &asOf, qint64 inspectionId);
    // Shows a ranking computed elsewhere (Ranking::compute), on `asOf`.
    void show(const QDate &asOf, const Result<QVector<UnitScore>> &ranking);
    // For the button and the tests.
    Status exportXlsx(const QString &path);

    const QVector<UnitScore> &ranking() const { return m_ranking; }
    QTableWidget *table() const { return m_table; }
    QChartView *chartView() const { return m_chart; }
    QPushButton *exportButton() const { return m_export; }

Q_SIGNALS:
    void failed(const QString &message);

private:
    void rebuildChart();
    void chooseFile();

    Ledger &m_ledger;
    QDate m_asOf;
    QVector<UnitScore> m_ranking;
    QLabel *m_note;
    QTableWidget *m_table;
    QChartView *m_chart;
    QPushButton *m_export;
};

} // namespace rectify
