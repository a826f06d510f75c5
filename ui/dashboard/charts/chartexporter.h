#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QSizeF>
#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
class QPainter;
QT_END_NAMESPACE

namespace rectify {

// Writes a chart to PNG (at a chosen dpi), SVG or PDF without showing it. Text
// stays text in SVG and PDF. Needs a QApplication (any platform, offscreen too).
class ChartExporter final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::ChartExporter)

public:
    enum class Format
    {
        Png,
        Svg,
        Pdf,
    };
    static QString extension(Format format);

    // `size` is the chart's size in pixels at 96 dpi; a PNG at 300 dpi is 3.125x as large.
    static Status write(
        QChart &chart, const QSizeF &size, const QString &path, Format format, int dpi = 96);
    // Lays the chart out at `size` and paints it into `target` on `painter`.
    static void paint(QChart &chart, const QSizeF &size, QPainter &painter, const QRectF &target);
};

} // namespace rectify
