#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QPageLayout>
#include <QString>
#include <QStringList>
#include <QVector>
#include <functional>

QT_BEGIN_NAMESPACE
class QPagedPaintDevice;
QT_END_NAMESPACE

namespace rectify {

// A list to print, such as the 整改任务清单 or the 责任清单: a title, lines under
// it (the date, the filters that chose the rows) and one table whose header row
// repeats on every page, on A4 landscape with page numbers "第 n 页 共 m 页".
// Written as DOCX (a WordprocessingML table whose first row is a tblHeader row, in
// a landscape section), ODT (table:table-header-rows) or PDF, and drawn on any
// paged device for printing (render()). Chinese, like the official documents;
// the fonts are those of OfficialLayout (title 方正小标宋简体, header 黑体, cells
// 仿宋_GB2312), sized for a table.
class TableDocument final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::TableDocument)

public:
    struct Column
    {
        QString header;
        // The column's share of the table's width, against the others' weights.
        double weight = 1;
    };

    QString title;
    QStringList subtitle; // lines under the title, centred
    QVector<Column> columns;
    QVector<QStringList> rows; // one cell per column

    // Title, subtitle lines, then header and rows with cells separated by tabs.
    QString plainText() const;

    // The page: A4 landscape, margins in millimetres.
    static constexpr double pageWidthMm = 297;
    static constexpr double pageHeightMm = 210;
    static constexpr double marginMm = 18; // left and right
    static constexpr double topMm = 20;
    static constexpr double bottomMm = 20;
    static constexpr double titlePt = 18; // 小二
    static constexpr double subtitlePt = 12; // 小四
    static constexpr double cellPt = 10.5; // 五号
    static constexpr double pageNumberPt = 10.5;
    // A4 landscape without margins: render() draws the margins itself.
    static QPageLayout pageLayout();

    // The column widths in twentieths of a point, adding up to the type width.
    QVector<int> columnTwips() const;

    // Writes the format the file name asks for (.docx, .odt or .pdf). An existing
    // file is replaced only when the whole document was written.
    Status write(const QString &path) const;
    Status writeDocx(const QString &path) const;
    Status writeOdt(const QString &path) const;
    // Told how far the drawing has got (steps done, steps in all: the rows measured,
    // then the rows drawn); returns false to stop: the drawing then fails with
    // cancelledMessage() (and writePdf() leaves no file).
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    static QString cancelledMessage();
    Result<int> writePdf(const QString &path, const Progress &progress = {}) const;
    // Draws the pages on a device set to pageLayout() (a QPdfWriter, a QPrinter with
    // full-page painting), laid out page by page; returns the number of pages.
    Result<int> render(QPagedPaintDevice &device, const Progress &progress = {}) const;

    // The parts, for tests.
    QByteArray docxDocumentXml() const;
    QByteArray odtContentXml() const;
};

} // namespace rectify
