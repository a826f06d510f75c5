#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>
#include <functional>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace rectify {

// What the PDF writers of the documents share (the official documents, the
// table documents): the file drawn beside its target at 600 dpi and renamed
// when complete, so that a failed run leaves no half file and an existing file
// is replaced only by a whole one; and one page of a laid-out text drawn at
// its place on the sheet.
class PdfFile final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::PdfFile)

public:
    // Draws the pages on the device; returns how many.
    using Render = std::function<Result<int>(QPagedPaintDevice &device)>;

    // The pages `render` draws, on sheets of `layout`, as the PDF file `path`.
    static Result<int> write(
        const QString &path, const QPageLayout &layout, const QString &title, const Render &render);

    // Page `page` of `text` (laid out in pages of the type area's height), drawn
    // with the type area's top left corner at `left`, `top` (device pixels) and
    // clipped to it.
    static void drawPage(QPainter &painter, QTextDocument &text, int page, double left, double top,
        double typeWidth, double typeHeight);
};

} // namespace rectify
