#pragma once

#include "stats/alertlist.h"
#include "stats/reportdata.h"
#include "stats/statistics.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QSizeF>
#include <functional>

QT_BEGIN_NAMESPACE
class QPagedPaintDevice;
class QPainter;
class QRectF;
QT_END_NAMESPACE

namespace rectify {

class Ledger;

// The progress report (整改进展情况报告): title, as-of date, summary figures, the
// charts, the overdue tasks, and a table per problem with its tasks, status,
// responsible units and latest progress. A4 portrait, page numbers, Chinese text
// in a CJK font; text stays text. Drawn with QPainter on any paged device: a
// QPdfWriter for the PDF, a QPrinter for File → Print.
class ReportWriter final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::ReportWriter)

public:
    // The charts of section 2, drawn by whoever draws charts (ui/dashboard/charts
    // gives ChartFactory::reportCharts()): the report itself knows no chart
    // library. `size` is a named chart's own size at 96 dpi, empty when there is no
    // such chart; `paint` draws it scaled into `target`. Left empty, the report has
    // no charts.
    struct Charts
    {
        std::function<QSizeF(const QString &name, const Statistics &stats)> size;
        std::function<void(
            const QString &name, const Statistics &stats, QPainter &painter, const QRectF &target)>
            paint;
    };
    struct Input
    {
        Statistics stats; // with ProblemList and Burnup
        QVector<AlertItem> alerts; // the red ones are listed
        QVector<ReportProblem> problems;
        QString scope; // what the filter selects, or empty for the whole ledger
        // The audit anchor of the ledger when the report was made ("ENTRIES:HASH",
        // store/auditchain.h), stated under the date so that a reader can check later
        // that the ledger's history still extends it; empty: not stated.
        QString auditAnchor;
        Charts charts;
        // Asked after each problem's table: true stops the report with an error.
        std::function<bool()> cancelled;
    };
    // Called after each problem's table with (problems done, problems in all).
    using Progress = std::function<void(qint64, qint64)>;

    // The report's scope line for a dashboard filter: the inspection's name, the
    // category and the lead unit, in that order, or empty for the whole ledger.
    // One wording for the window's report and `rectify-cli report`.
    static QString scopeText(const Ledger &ledger, const StatsFilter &filter);

    // Returns the number of pages.
    static Result<int> writePdf(
        const Input &input, const QString &path, const Progress &progress = {});
    static Result<int> render(
        const Input &input, QPagedPaintDevice &device, const Progress &progress = {});
};

} // namespace rectify
