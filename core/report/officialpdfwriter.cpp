#include "report/officialpdfwriter.h"

#include "report/documentfont.h"
#include "report/officiallayout.h"
#include "report/pdffile.h"

#include <QAbstractTextDocumentLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace rectify {

namespace {

using Style = OfficialDocument::Style;
using namespace OfficialLayout;

DocumentFont::Official role(Style style)
{
    switch (style) {
    case Style::Title:
        return DocumentFont::Official::Title;
    case Style::Heading1:
        return DocumentFont::Official::Heading1;
    case Style::Heading2:
        return DocumentFont::Official::Heading2;
    case Style::Body:
        break;
    }
    return DocumentFont::Official::Body;
}

} // namespace

QStringList OfficialPdfWriter::substitutions()
{
    QStringList out;
    const std::pair<DocumentFont::Official, QString> roles[] = {
        { DocumentFont::Official::Title, fontName(Style::Title) },
        { DocumentFont::Official::Heading1, fontName(Style::Heading1) },
        { DocumentFont::Official::Heading2, fontName(Style::Heading2) },
        { DocumentFont::Official::Body, fontName(Style::Body) },
    };
    for (const auto &[r, name] : roles) {
        const QString used = DocumentFont::resolvedFamily(r);
        if (used != name)
            out << QStringLiteral("%1 → %2").arg(name, used);
    }
    return out;
}

Result<int> OfficialPdfWriter::render(const OfficialDocument &document, QPagedPaintDevice &device)
{
    const double dpi = device.logicalDpiY();
    const auto px = [dpi](double mm) { return mm / 25.4 * dpi; };
    const auto ptPx = [dpi](double pt) { return pt / 72 * dpi; };
    // QTextDocument's layout takes most lengths of formats (line height, margins,
    // letter spacing) in pixels at 96 dpi and scales them to its paint device.
    const auto formatPx = [](double pt) { return pt / 72 * 96; };
    const double typeWidth = px(typeWidthMm);
    const double typeHeight = px(typeHeightMm);

    // Laid out a slice of paragraphs at a time: QTextDocument's coordinates are
    // fixed-point numbers that overflow past some thousands of pages at print
    // resolution. Each slice goes on where the one before ended, its first
    // paragraph lowered by what the current page already holds.
    constexpr qsizetype paragraphsPerSlice = 1500;
    const QVector<OfficialDocument::Paragraph> &paragraphs = document.paragraphs();
    QPainter painter;
    if (!painter.begin(&device))
        return Error { tr("Cannot draw the document.") };
    const QFont numberFont
        = DocumentFont::official(DocumentFont::Official::PageNumber, pageNumberPt);
    int devicePage = 0; // pages started so far
    double used = 0; // of the current page, by the slices before
    const auto startPage = [&]() -> Status {
        if (devicePage > 0 && !device.newPage())
            return Error { tr("Cannot start page %1 of the document.").arg(devicePage + 1) };
        ++devicePage;
        // "— n —" 7 mm below the type area, one character in from the outside edge:
        // right on odd pages, left on even ones.
        painter.setFont(numberFont);
        const QString number = QStringLiteral("— %1 —").arg(devicePage);
        const bool odd = devicePage % 2 == 1;
        const double inset = ptPx(pageNumberPt);
        const QRectF area(px(leftMm) + inset, px(topMm + typeHeightMm + pageNumberGapMm),
            typeWidth - 2 * inset, ptPx(pageNumberPt * 1.5));
        painter.drawText(area, (odd ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop, number);
        return {};
    };

    qsizetype from = 0;
    do {
        const qsizetype to = std::min<qsizetype>(from + paragraphsPerSlice, paragraphs.size());
        // A slice that would start in the last line of a page starts on the next.
        bool continues = devicePage > 0;
        if (continues && used + ptPx(linePitchPt) > typeHeight) {
            continues = false;
            used = 0;
        }
        QTextDocument text;
        text.setUndoRedoEnabled(false);
        text.documentLayout()->setPaintDevice(&device);
        text.setDocumentMargin(0);
        text.setPageSize(QSizeF(typeWidth, typeHeight));
        QTextCursor cursor(&text);
        for (qsizetype i = from; i < to; ++i) {
            const OfficialDocument::Paragraph &p = paragraphs.at(i);
            QTextBlockFormat block;
            block.setLineHeight(formatPx(linePitchPt), QTextBlockFormat::FixedHeight);
            if (p.style == Style::Title) {
                block.setAlignment(Qt::AlignHCenter);
                block.setBottomMargin(formatPx(linePitchPt));
            } else {
                block.setAlignment(Qt::AlignJustify);
                // Two characters of the squeezed pitch; the indent, unlike the other
                // lengths, is taken in the device's pixels.
                block.setTextIndent(ptPx(2 * charPitchPt));
            }
            if (i == from && continues)
                block.setTopMargin(used / dpi * 96);
            if (p.style == Style::Heading1 || p.style == Style::Heading2)
                block.setHeadingLevel(p.style == Style::Heading1 ? 1 : 2);
            QTextCharFormat chars;
            QFont font = DocumentFont::official(role(p.style), pointSize(p.style));
            if (p.style != Style::Title)
                font.setLetterSpacing(QFont::AbsoluteSpacing, formatPx(letterSpacingPt));
            chars.setFont(font);
            if (i == from)
                cursor.setBlockFormat(block);
            else
                cursor.insertBlock(block);
            cursor.setBlockCharFormat(chars);
            const QStringList runs = OfficialDocument::splitPlaceholders(p.text);
            for (qsizetype r = 0; r < runs.size(); ++r) {
                QTextCharFormat run = chars;
                if (r % 2 == 1)
                    run.setBackground(QColor(255, 255, 0));
                QString t = runs.at(r);
                t.replace(QLatin1Char('\n'), QChar::LineSeparator);
                cursor.insertText(t, run);
            }
        }

        const int pages = std::max(1, text.pageCount());
        for (int page = 0; page < pages; ++page) {
            if (page > 0 || !continues) {
                if (Status s = startPage(); !s)
                    return Error { s.error() };
            }
            PdfFile::drawPage(painter, text, page, px(leftMm), px(topMm), typeWidth, typeHeight);
        }
        const QRectF last = text.documentLayout()->blockBoundingRect(text.lastBlock());
        used = std::max(0.0, last.bottom() - (pages - 1) * typeHeight);
        from = to;
    } while (from < paragraphs.size());
    if (!painter.end())
        return Error { tr("Cannot finish drawing the document.") };
    return devicePage;
}

Result<int> OfficialPdfWriter::write(const OfficialDocument &document, const QString &path)
{
    const QPageLayout a4(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
        QPageLayout::Millimeter);
    return PdfFile::write(path, a4, document.title(),
        [&](QPagedPaintDevice &device) { return render(document, device); });
}

} // namespace rectify
