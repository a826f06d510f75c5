#pragma once

#include "report/reportwriter.h"
#include "stats/statistics.h"

#include <QCoreApplication>
#include <QSizeF>
#include <QStringList>
#include <memory>

QT_BEGIN_NAMESPACE
class QChart;
class QFont;
QT_END_NAMESPACE

namespace rectify {

// Builds the Qt Charts of the dashboard and the exports from Statistics (through
// the ChartData mapping). Every chart has a stable name: status, units, leaders,
// problems, burnup. The QChart must live in a QApplication.
class ChartFactory final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::ChartFactory)

public:
    struct Options
    {
        int topBars = 40; // units and leaders: the N with most tasks, then "others"
        int problems = 20; // the N least advanced problems
        bool animated = false;
    };

    static QStringList names();
    // Translated title of a chart, for menus and the report.
    static QString title(const QString &name);
    // A new chart, or nullptr for an unknown name. The statistics need the parts
    // the chart shows (ProblemList for "problems", Burnup for "burnup").
    static std::unique_ptr<QChart> create(
        const QString &name, const Statistics &stats, const Options &options);
    static std::unique_ptr<QChart> create(const QString &name, const Statistics &stats)
    {
        return create(name, stats, Options {});
    }
    // A good size in pixels at 96 dpi: bar charts grow with their number of bars.
    static QSizeF preferredSize(
        const QString &name, const Statistics &stats, const Options &options);
    // The CJK font every chart uses, so that no export shows boxes.
    static QFont font(qreal pointSize, bool bold = false);
    // The charts for the progress report's pages (report/reportwriter.h).
    static ReportWriter::Charts reportCharts();
};

} // namespace rectify
