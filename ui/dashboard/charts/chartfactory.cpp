#include "ui/dashboard/charts/chartfactory.h"

#include "report/documentfont.h"
#include "stats/chartdata.h"
#include "ui/dashboard/charts/chartexporter.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QDateTimeAxis>
#include <QFont>
#include <QHorizontalPercentBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>
#include <algorithm>

namespace rectify {

namespace {

const QColor completedColor(0x2e, 0x7d, 0x32);
const QColor awaitingColor(0x81, 0xc7, 0x84);
const QColor openColor(0x19, 0x76, 0xd2);
const QColor notStartedColor(0x9e, 0x9e, 0x9e);
const QColor overdueColor(0xc6, 0x28, 0x28);
const QColor markerColor(0x6a, 0x1b, 0x9a);

QString percent(double rate)
{
    return QStringLiteral("%1%").arg(rate * 100.0, 0, 'f', 1);
}

// Cuts a label to `n` characters so that long names do not squeeze the bars.
QString shortLabel(const QString &s, int n)
{
    return s.size() <= n ? s : s.left(n - 1) + QChar(0x2026);
}

void style(QChart &chart, const QString &title, const ChartFactory::Options &o)
{
    chart.setTitle(title);
    chart.setTitleFont(ChartFactory::font(13, true));
    chart.legend()->setFont(ChartFactory::font(9));
    chart.legend()->setAlignment(Qt::AlignBottom);
    chart.setAnimationOptions(o.animated ? QChart::SeriesAnimations : QChart::NoAnimation);
    chart.setBackgroundRoundness(0);
    chart.setMargins(QMargins(8, 8, 8, 8));
}

void styleAxis(QAbstractAxis *axis)
{
    axis->setLabelsFont(ChartFactory::font(9));
    axis->setTitleFont(ChartFactory::font(9));
    // Labels are cut short by ChartData already; the axis would otherwise elide
    // them to "..." when the chart is laid out off screen.
    axis->setTruncateLabels(false);
}

std::unique_ptr<QChart> statusChart(const Statistics &s, const ChartFactory::Options &o)
{
    auto chart = std::make_unique<QChart>();
    style(*chart,
        ChartFactory::tr("Tasks by status (completion rate %1)")
            .arg(percent(s.tasks.completionRate())),
        o);
    auto *series = new QPieSeries;
    series->setHoleSize(0.45);
    series->setPieSize(0.75);
    const QColor colors[] = { notStartedColor, openColor, awaitingColor, completedColor };
    int i = 0;
    for (const ChartSlice &c : ChartData::statusSlices(s.tasks)) {
        auto *slice = series->append(
            QStringLiteral("%1 %2").arg(c.label).arg(c.value), static_cast<qreal>(c.value));
        slice->setColor(colors[i++]);
        slice->setLabelFont(ChartFactory::font(9));
        slice->setProperty("key", c.key);
        // Labels of thin slices would overlap: the legend names them all.
        const bool visible = s.tasks.total > 0 && c.value * 25 >= s.tasks.total;
        slice->setLabelVisible(visible);
        slice->setLabelPosition(QPieSlice::LabelOutside);
    }
    chart->addSeries(series);
    return chart;
}

std::unique_ptr<QChart> barChart(
    const QString &title, const QVector<GroupStats> &groups, const ChartFactory::Options &o)
{
    auto chart = std::make_unique<QChart>();
    style(*chart, title, o);
    const QVector<ChartBar> bars = ChartData::bars(groups, o.topBars);
    auto *done = new QBarSet(ChartFactory::tr("Completed"));
    auto *open = new QBarSet(ChartFactory::tr("Open, not overdue"));
    auto *late = new QBarSet(ChartFactory::tr("Overdue"));
    done->setColor(completedColor);
    open->setColor(openColor);
    late->setColor(overdueColor);
    QStringList categories;
    QStringList names;
    // Horizontal bars run from the bottom up: append the largest last to show it on top.
    for (auto it = bars.crbegin(); it != bars.crend(); ++it) {
        *done << static_cast<qreal>(it->completed);
        *open << static_cast<qreal>(it->open);
        *late << static_cast<qreal>(it->overdue);
        categories << shortLabel(it->name, 14);
        names << (it->other ? QString() : it->name);
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append(done);
    series->append(open);
    series->append(late);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    styleAxis(y);
    auto *x = new QValueAxis;
    x->setLabelFormat(QStringLiteral("%d"));
    x->setTitleText(ChartFactory::tr("Tasks"));
    styleAxis(x);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    qreal most = 0;
    for (const ChartBar &b : bars)
        most = std::max(most, static_cast<qreal>(b.total()));
    x->setRange(0, most > 0 ? most * 1.05 : 1);
    x->applyNiceNumbers();
    // What a click on bar i means (empty for "others"), for the dashboard.
    chart->setProperty("categoryNames", names);
    return chart;
}

std::unique_ptr<QChart> problemChart(const Statistics &s, const ChartFactory::Options &o)
{
    auto chart = std::make_unique<QChart>();
    const QVector<ChartProblem> rows = ChartData::problems(s.problemList, o.problems);
    style(*chart,
        ChartFactory::tr("Problems with the most open tasks (%1 of %2 not completed)")
            .arg(rows.size())
            .arg(s.problems.total - s.problems.completed),
        o);
    auto *done = new QBarSet(ChartFactory::tr("Tasks completed"));
    auto *open = new QBarSet(ChartFactory::tr("Tasks not completed"));
    done->setColor(completedColor);
    open->setColor(QColor(0xcf, 0xd8, 0xdc));
    QStringList categories;
    QVariantList ids;
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        *done << static_cast<qreal>(it->done);
        *open << static_cast<qreal>(it->tasks - it->done);
        categories << QStringLiteral("%1 (%2/%3)")
                          .arg(shortLabel(it->label, 18))
                          .arg(it->done)
                          .arg(it->tasks);
        ids << it->problemId;
    }
    auto *series = new QHorizontalPercentBarSeries;
    series->append(done);
    series->append(open);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    styleAxis(y);
    auto *x = new QValueAxis;
    x->setRange(0, 100);
    x->setLabelFormat(QStringLiteral("%d%"));
    styleAxis(x);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    chart->setProperty("problemIds", ids);
    return chart;
}

std::unique_ptr<QChart> burnupChart(const Statistics &s, const ChartFactory::Options &o)
{
    auto chart = std::make_unique<QChart>();
    const BurnupSeries &b = s.burnup;
    style(*chart,
        b.period == BurnupPeriod::Week ? ChartFactory::tr("Tasks due and completed, by week")
                                       : ChartFactory::tr("Tasks due and completed, by month"),
        o);
    auto *due = new QLineSeries;
    due->setName(ChartFactory::tr("Due (cumulative)"));
    due->setPen(QPen(overdueColor, 2));
    auto *done = new QLineSeries;
    done->setName(ChartFactory::tr("Completed (cumulative)"));
    done->setPen(QPen(completedColor, 2.5));
    qint64 most = 1;
    const auto at = [](const QDate &d) {
        return static_cast<qreal>(d.startOfDay(Qt::UTC).toMSecsSinceEpoch());
    };
    // Tasks done at a date nobody knows (imported as 已完成 without one) are not
    // put on any day: they are the baseline the completed line starts from, drawn
    // as a series of their own (statistics.md), never a jump on the import day.
    const qint64 before = b.undated;
    for (const BurnupPoint &p : b.points) {
        due->append(at(p.end), static_cast<qreal>(p.due));
        if (!p.future)
            done->append(at(std::min(p.end, s.today)), static_cast<qreal>(p.completed + before));
        most = std::max({ most, p.due, p.completed + before });
    }
    chart->addSeries(due);
    chart->addSeries(done);
    QLineSeries *baseline = nullptr;
    if (before > 0 && !b.points.isEmpty()) {
        baseline = new QLineSeries;
        baseline->setName(
            ChartFactory::tr("Completed before import (%1, date unknown)").arg(before));
        baseline->setPen(QPen(QColor(completedColor).lighter(135), 1.5, Qt::DotLine));
        baseline->append(at(b.points.first().start), static_cast<qreal>(before));
        baseline->append(at(b.points.last().end), static_cast<qreal>(before));
        chart->addSeries(baseline);
    }
    auto *x = new QDateTimeAxis;
    // Ticks fall at even intervals, not on month starts: show days unless the
    // series is long enough for months to read well.
    x->setFormat(b.period == BurnupPeriod::Week || b.points.size() < 12
            ? QStringLiteral("yyyy-MM-dd")
            : QStringLiteral("yyyy-MM"));
    x->setTickCount(std::clamp(static_cast<int>(b.points.size()) + 1, 2, 9));
    styleAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, static_cast<qreal>(most) * 1.05);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(ChartFactory::tr("Tasks"));
    styleAxis(y);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *series : { due, done, baseline }) {
        if (!series)
            continue;
        series->attachAxis(x);
        series->attachAxis(y);
    }
    if (!b.points.isEmpty()) {
        x->setRange(
            b.points.first().start.startOfDay(Qt::UTC), b.points.last().end.startOfDay(Qt::UTC));
        // The end of each concentrated rectification period in view, as a dashed line.
        bool first = true;
        for (const BurnupMarker &m : b.markers) {
            if (m.date < b.points.first().start || m.date > b.points.last().end)
                continue;
            auto *line = new QLineSeries;
            line->setName(ChartFactory::tr("End of the concentrated rectification period"));
            QPen pen(markerColor, 1.5, Qt::DashLine);
            line->setPen(pen);
            line->append(at(m.date), 0);
            line->append(at(m.date), y->max());
            chart->addSeries(line);
            line->attachAxis(x);
            line->attachAxis(y);
            if (!first) {
                const auto markers = chart->legend()->markers(line);
                for (QLegendMarker *lm : markers)
                    lm->setVisible(false);
            }
            first = false;
        }
    }
    return chart;
}

} // namespace

QStringList ChartFactory::names()
{
    return { QStringLiteral("status"), QStringLiteral("units"), QStringLiteral("leaders"),
        QStringLiteral("problems"), QStringLiteral("burnup") };
}

QString ChartFactory::title(const QString &name)
{
    if (name == QLatin1String("status"))
        return tr("Tasks by status");
    if (name == QLatin1String("units"))
        return tr("Progress by lead unit");
    if (name == QLatin1String("leaders"))
        return tr("Progress by responsible leader");
    if (name == QLatin1String("problems"))
        return tr("Progress by problem");
    if (name == QLatin1String("burnup"))
        return tr("Tasks due and completed over time");
    return QString();
}

QFont ChartFactory::font(qreal pointSize, bool bold)
{
    return DocumentFont::sans(pointSize, bold);
}

ReportWriter::Charts ChartFactory::reportCharts()
{
    ReportWriter::Charts charts;
    charts.size = [](const QString &name, const Statistics &stats) {
        if (!names().contains(name))
            return QSizeF();
        return preferredSize(name, stats, Options {});
    };
    charts.paint = [](const QString &name, const Statistics &stats, QPainter &painter,
                       const QRectF &target) {
        std::unique_ptr<QChart> chart = create(name, stats);
        if (chart)
            ChartExporter::paint(*chart, preferredSize(name, stats, Options {}), painter, target);
    };
    return charts;
}

std::unique_ptr<QChart> ChartFactory::create(
    const QString &name, const Statistics &stats, const Options &options)
{
    std::unique_ptr<QChart> chart;
    if (name == QLatin1String("status"))
        chart = statusChart(stats, options);
    else if (name == QLatin1String("units"))
        chart = barChart(tr("Progress by lead unit"), stats.units, options);
    else if (name == QLatin1String("leaders"))
        chart = barChart(tr("Progress by responsible leader"), stats.leaders, options);
    else if (name == QLatin1String("problems"))
        chart = problemChart(stats, options);
    else if (name == QLatin1String("burnup"))
        chart = burnupChart(stats, options);
    if (chart)
        chart->setObjectName(name);
    return chart;
}

QSizeF ChartFactory::preferredSize(
    const QString &name, const Statistics &stats, const Options &options)
{
    const auto bars
        = [&](qsizetype n) { return QSizeF(860, 170 + 28 * std::max<qsizetype>(n, 3)); };
    if (name == QLatin1String("units"))
        return bars(ChartData::bars(stats.units, options.topBars).size());
    if (name == QLatin1String("leaders"))
        return bars(ChartData::bars(stats.leaders, options.topBars).size());
    if (name == QLatin1String("problems"))
        return bars(ChartData::problems(stats.problemList, options.problems).size());
    if (name == QLatin1String("status"))
        return QSizeF(640, 440);
    return QSizeF(860, 460);
}

} // namespace rectify
