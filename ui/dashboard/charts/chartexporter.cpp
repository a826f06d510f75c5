#include "ui/dashboard/charts/chartexporter.h"

#include <QChart>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QImageWriter>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace rectify {

QString ChartExporter::extension(Format format)
{
    switch (format) {
    case Format::Png:
        return QStringLiteral("png");
    case Format::Svg:
        return QStringLiteral("svg");
    case Format::Pdf:
        return QStringLiteral("pdf");
    }
    return QString();
}

void ChartExporter::paint(
    QChart &chart, const QSizeF &size, QPainter &painter, const QRectF &target)
{
    // A chart is laid out by its scene; borrow one for the time of the paint.
    QGraphicsScene scene;
    QGraphicsScene *previous = chart.scene();
    if (previous)
        previous->removeItem(&chart);
    scene.addItem(&chart);
    chart.setPos(0, 0);
    chart.resize(size);
    scene.setSceneRect(QRectF(QPointF(0, 0), size));
    // Qt Charts lays out on the next event loop turns (the axes measure their
    // labels once the plot area is known); let it settle.
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        if (chart.layout())
            chart.layout()->activate();
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, target, QRectF(QPointF(0, 0), size));
    scene.removeItem(&chart);
    if (previous)
        previous->addItem(&chart);
}

Status ChartExporter::write(
    QChart &chart, const QSizeF &size, const QString &path, Format format, int dpi)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (dpi < 24 || dpi > 1200)
        return Error { tr("The resolution must be between 24 and 1200 dpi, not %1.").arg(dpi) };
    switch (format) {
    case Format::Png: {
        const qreal scale = dpi / 96.0;
        QImage image((size * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.setDotsPerMeterX(qRound(dpi / 0.0254));
        image.setDotsPerMeterY(qRound(dpi / 0.0254));
        image.fill(Qt::white);
        {
            QPainter p(&image);
            paint(chart, size, p, QRectF(QPointF(0, 0), QSizeF(image.size())));
        }
        QImageWriter writer(path, "png");
        if (!writer.write(image))
            return Error { tr("Cannot write %1: %2").arg(shown, writer.errorString()) };
        return {};
    }
    case Format::Svg: {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size.toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), size));
        svg.setResolution(96);
        svg.setTitle(chart.title());
        QPainter p;
        if (!p.begin(&svg))
            return Error { tr("Cannot write %1.").arg(shown) };
        paint(chart, size, p, QRectF(QPointF(0, 0), size));
        p.end();
        if (!QFileInfo(path).isFile())
            return Error { tr("Cannot write %1.").arg(shown) };
        return {};
    }
    case Format::Pdf: {
        QPdfWriter pdf(path);
        pdf.setTitle(chart.title());
        pdf.setCreator(QStringLiteral("Rectify"));
        // One page the size of the chart (1 px at 96 dpi = 0.75 pt).
        pdf.setPageSize(QPageSize(size * 0.75, QPageSize::Point, QString(), QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(96);
        QPainter p;
        if (!p.begin(&pdf))
            return Error { tr("Cannot write %1.").arg(shown) };
        paint(chart, size, p, QRectF(0, 0, pdf.width(), pdf.height()));
        p.end();
        return {};
    }
    }
    return Error { tr("Unknown format.") };
}

} // namespace rectify
