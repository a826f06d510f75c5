#include "ui/dashboard/rankingsection.h"

#include "export/rankingxlsx.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>

namespace rectify {

RankingSection::RankingSection(Ledger &ledger, QWidget *parent)
    : QGroupBox(tr("Unit Ranking"), parent)
    , m_ledger(ledger)
    , m_note(new QLabel(this))
    , m_table(new QTableWidget(0, 9, this))
    , m_chart(new QChartView(this))
    , m_export(new QPushButton(tr("Export to E&xcel…"), this))
{
    setObjectName(QStringLiteral("rankingSection"));
    m_table->setObjectName(QStringLiteral("rankingTable"));
    m_chart->setObjectName(QStringLiteral("rankingView"));
    m_table->setHorizontalHeaderLabels({ tr("Rank"), tr("Unit"), tr("Tasks"), tr("On time"),
        tr("Late"), tr("Overdue"), tr("Extended"), tr("Reports"), tr("Score") });
    const QStringList tips { QString(), QString(), tr("Tasks the unit leads"),
        tr("Completed on or before the deadline"), tr("Completed after the deadline (超期完成)"),
        tr("Not completed, deadline passed"), tr("Tasks with an approved extension"),
        tr("Rounds reported on time / rounds past their due date that asked the unit"), QString() };
    for (int c = 0; c < tips.size(); ++c)
        m_table->horizontalHeaderItem(c)->setToolTip(tips.at(c));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setMinimumHeight(220);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    m_note->setWordWrap(true);
    m_note->setText(tr("Score = 100 × (0.4 × completed on time ÷ due + 0.3 × (1 − overdue ÷ due) "
                       "+ 0.3 × reports on time ÷ rounds); due = completed + overdue."));
    auto *row = new QHBoxLayout;
    row->addWidget(m_note, 1);
    row->addWidget(m_export);
    auto *body = new QHBoxLayout;
    body->addWidget(m_table, 3);
    body->addWidget(m_chart, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addLayout(body, 1);
    connect(m_export, &QPushButton::clicked, this, &RankingSection::chooseFile);
}

void RankingSection::reload(const QDate &asOf, qint64 inspectionId)
{
    show(asOf, Ranking::compute(m_ledger, asOf, inspectionId));
}

void RankingSection::show(const QDate &asOf, const Result<QVector<UnitScore>> &ranking)
{
    m_asOf = asOf;
    m_table->setRowCount(0);
    if (!ranking) {
        m_ranking.clear();
        rebuildChart();
        Q_EMIT failed(ranking.error());
        return;
    }
    m_ranking = *ranking;
    m_table->setRowCount(int(m_ranking.size()));
    for (int r = 0; r < m_ranking.size(); ++r) {
        const UnitScore &u = m_ranking.at(r);
        const QStringList cells { QString::number(u.rank), u.unit, QString::number(u.tasks),
            QString::number(u.completedOnTime), QString::number(u.completedLate),
            QString::number(u.overdue), QString::number(u.extended),
            QStringLiteral("%1/%2").arg(u.reportsOnTime).arg(u.rounds),
            QString::number(u.score, 'f', 1) };
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c != 1)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
    }
    m_export->setEnabled(!m_ranking.isEmpty());
    rebuildChart();
}

void RankingSection::rebuildChart()
{
    auto *chart = new QChart;
    chart->setTitle(tr("Score by unit"));
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    auto *set = new QBarSet(tr("Score"));
    set->setColor(QColor(0x2f, 0x6f, 0xb3));
    QStringList units;
    // The best at the top: a horizontal bar chart draws its first category lowest.
    for (auto it = m_ranking.crbegin(); it != m_ranking.crend(); ++it) {
        *set << it->score;
        units << it->unit;
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(units);
    axisY->setTruncateLabels(false);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setRange(0, 100);
    axisX->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
    m_chart->setMinimumHeight(std::max(220, 60 + 26 * int(m_ranking.size())));
}

Status RankingSection::exportXlsx(const QString &path)
{
    return RankingXlsx::write(m_ranking, m_asOf, path);
}

void RankingSection::chooseFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the Unit Ranking"),
        tr("unit_ranking_%1.xlsx", "a file name").arg(m_asOf.toString(Qt::ISODate)),
        tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (auto s = exportXlsx(path); !s)
        Q_EMIT failed(s.error());
}

} // namespace rectify
