#include "report/pdffile.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace rectify {

Result<int> PdfFile::write(
    const QString &path, const QPageLayout &layout, const QString &title, const Render &render)
{
    // Drawn beside the target and renamed at the end: a failed run leaves no half file.
    const QString partial = path + QStringLiteral(".part");
    {
        // QPdfWriter says nothing when it cannot open its file: ask first.
        QFile probe(partial);
        if (!probe.open(QIODevice::WriteOnly))
            return Error {
                tr("Cannot write %1 (%2).").arg(QDir::toNativeSeparators(path), probe.errorString())
            };
    }
    Result<int> pages = Error { QString() };
    {
        QPdfWriter pdf(partial);
        pdf.setPageLayout(layout);
        pdf.setResolution(600);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("Rectify"));
        pages = render(pdf);
    }
    if (!pages) {
        QFile::remove(partial);
        return pages;
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return Error { tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)) };
    }
    return pages;
}

void PdfFile::drawPage(QPainter &painter, QTextDocument &text, int page, double left, double top,
    double typeWidth, double typeHeight)
{
    painter.save();
    painter.translate(left, top - page * typeHeight);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = QRectF(0, page * typeHeight, typeWidth, typeHeight);
    painter.setClipRect(context.clip);
    text.documentLayout()->draw(&painter, context);
    painter.restore();
}

} // namespace rectify
