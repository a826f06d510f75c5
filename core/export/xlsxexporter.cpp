#include "export/xlsxexporter.h"

#include "export/exportrows.h"
#include "export/recordsexport.h"
#include "stats/alert.h"
#include "store/auditchain.h"
#include "store/ledger.h"
#include "util/partfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>
#include <xlsxwriter.h>

namespace rectify {

namespace {

constexpr int excelMaxRows = 1048576;
constexpr int excelMaxCellChars = 32767;

struct ColumnLook
{
    double width;
    bool wrap;
};

// Widths in characters, in LedgerExport::Column order: the measure widest, then
// the problem and the progress, so that A4 landscape at the fitted scale still
// reads them; the short columns as narrow as their header.
constexpr ColumnLook columnLooks[LedgerExport::ColumnCount] = {
    { 5, false }, // 序号
    { 9, true }, // 问题类别
    { 30, true }, // 反馈问题
    { 44, true }, // 整改措施
    { 20, true }, // 整改目标
    { 8, true }, // 责任领导
    { 12, true }, // 牵头单位
    { 12, true }, // 配合单位
    { 8, true }, // 责任人
    { 11, false }, // 整改时限
    { 32, true }, // 整改进展
    { 8, false }, // 完成情况
    { 11, false }, // 完成日期
    { 11, false }, // 销号日期
    { 14, true }, // 备注
};

constexpr lxw_row_t titleRow = 0;
constexpr lxw_row_t headerRow = 1;

// Frees a workbook that was abandoned: workbook_close() would write the file.
struct WorkbookGuard
{
    lxw_workbook *book;
    ~WorkbookGuard()
    {
        if (book)
            lxw_workbook_free(book);
    }
};

// The lines a text takes in a column `width` characters wide, for the row
// heights: a Chinese character takes two widths, a line break starts a line.
// Neither Excel nor LibreOffice grows a row to its wrapped text on opening a
// written file, so the export sets the heights itself.
int linesIn(const QString &text, double width)
{
    if (text.isEmpty())
        return 1;
    const double room = std::max(1.0, width - 1.0);
    int lines = 0;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        double units = 0;
        for (QChar ch : line)
            units += ch.unicode() >= 0x2E80 ? 2.0 : 1.0;
        lines += std::max(1, static_cast<int>(std::ceil(units / room)));
    }
    return lines;
}

QString excelColumn(int column)
{
    return QString(QChar(u'A' + column));
}

} // namespace

quint32 XlsxExporter::statusColour(const QString &alertKey)
{
    if (alertKey == QLatin1String("done"))
        return 0xC6EFCE;
    if (alertKey == QLatin1String("red"))
        return 0xFFC7CE;
    if (alertKey == QLatin1String("yellow"))
        return 0xFFEB9C;
    if (alertKey == QLatin1String("notice"))
        return 0xDDEBF7;
    if (alertKey == QLatin1String("stale"))
        return 0xF8CBAD;
    if (alertKey == QLatin1String("data_problem"))
        return 0xE4DFEC;
    return 0xFFFFFF; // green: on track, no colour needed
}

Result<qint64> XlsxExporter::write(
    const Ledger &ledger, const QString &path, const Options &options)
{
    auto rows = LedgerExport::rows(ledger, options.inspectionId);
    if (!rows)
        return Error { rows.error() };
    if (rows->size() >= excelMaxRows)
        return Error { tr("The ledger has %1 rows; an Excel sheet holds at most %2. Export as "
                          "CSV instead.")
                           .arg(rows->size())
                           .arg(excelMaxRows - 1) };
    const AlertSettings alerts = AlertSettings::fromLedger(ledger);
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();

    // Written beside the target and renamed over it when complete.
    PartFile part(path);
    if (QString why; !part.create(&why))
        return Error { tr("Cannot write %1: %2").arg(part.shown(), why) };
    const auto fail = [&](const QString &why) {
        part.discard();
        return Error { tr("Cannot write %1: %2").arg(part.shown(), why) };
    };

    const QByteArray tempName = part.encodedPath();
    lxw_workbook_options bookOptions {};
    bookOptions.constant_memory = LXW_FALSE;
    WorkbookGuard guard { workbook_new_opt(tempName.constData(), &bookOptions) };
    if (!guard.book)
        return fail(tr("the workbook could not be created"));
    lxw_workbook *book = guard.book;
    // The audit anchor goes into the document's properties (File → Info in Excel,
    // Properties in WPS): whoever receives the workbook can later check with
    // `rectify-cli audit-verify --expect` that the ledger's history still extends it.
    auto anchor = AuditChain::head(ledger);
    if (!anchor)
        return fail(anchor.error());
    QByteArray comments = tr("Audit anchor %1 (rectify-cli audit-verify --expect %1)")
                              .arg(AuditChain::anchorText(anchor->entries, anchor->hash))
                              .toUtf8();
    QByteArray bookTitle = QStringLiteral("整改台账").toUtf8();
    lxw_doc_properties properties {};
    properties.title = bookTitle.data(); // libxlsxwriter copies what it keeps
    properties.comments = comments.data();
    workbook_set_properties(book, &properties);
    lxw_worksheet *sheet = workbook_add_worksheet(book, "整改台账");
    if (!sheet)
        return fail(tr("the worksheet could not be created"));
    // As offices print it: A4 landscape, one page wide, the header on every page,
    // page numbers at the foot.
    worksheet_set_landscape(sheet);
    worksheet_set_paper(sheet, 9); // A4
    worksheet_set_margins(sheet, 0.4, 0.4, 0.6, 0.6);
    worksheet_fit_to_pages(sheet, 1, 0);
    worksheet_repeat_rows(sheet, headerRow, headerRow);
    worksheet_set_footer(sheet, "&C第 &P 页，共 &N 页");
    worksheet_center_horizontally(sheet);

    lxw_format *headerFormat = workbook_add_format(book);
    format_set_bold(headerFormat);
    format_set_bg_color(headerFormat, 0xD9E1F2);
    format_set_border(headerFormat, LXW_BORDER_THIN);
    format_set_align(headerFormat, LXW_ALIGN_CENTER);
    format_set_align(headerFormat, LXW_ALIGN_VERTICAL_CENTER);
    format_set_text_wrap(headerFormat);

    lxw_format *titleFormat = workbook_add_format(book);
    format_set_bold(titleFormat);
    format_set_font_size(titleFormat, 16);
    format_set_align(titleFormat, LXW_ALIGN_CENTER);
    format_set_align(titleFormat, LXW_ALIGN_VERTICAL_CENTER);

    lxw_format *wrapFormat = workbook_add_format(book);
    format_set_text_wrap(wrapFormat);
    format_set_align(wrapFormat, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *plainFormat = workbook_add_format(book);
    format_set_align(plainFormat, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *dateFormat = workbook_add_format(book);
    format_set_num_format(dateFormat, "yyyy-mm-dd");
    format_set_align(dateFormat, LXW_ALIGN_CENTER);
    format_set_align(dateFormat, LXW_ALIGN_VERTICAL_TOP);
    // "—" in a date column: centred like the dates around it.
    lxw_format *unknownDateFormat = workbook_add_format(book);
    format_set_align(unknownDateFormat, LXW_ALIGN_CENTER);
    format_set_align(unknownDateFormat, LXW_ALIGN_VERTICAL_TOP);

    const QStringList levelKeys = { QStringLiteral("done"), QStringLiteral("green"),
        QStringLiteral("notice"), QStringLiteral("yellow"), QStringLiteral("red"),
        QStringLiteral("stale"), QStringLiteral("data_problem") };
    QHash<QString, lxw_format *> statusFormats;
    for (const QString &key : levelKeys) {
        lxw_format *f = workbook_add_format(book);
        format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
        const quint32 colour = statusColour(key);
        if (colour != 0xFFFFFF) {
            format_set_pattern(f, LXW_PATTERN_SOLID);
            format_set_bg_color(f, colour);
        }
        statusFormats.insert(key, f);
    }

    // The title above the header: the inspection's name and 整改台账, merged across
    // the columns (the importer skips it, as it skips any title row).
    const auto lastColumn = static_cast<lxw_col_t>(LedgerExport::ColumnCount - 1);
    {
        QString title = QStringLiteral("整改台账");
        if (options.inspectionId != 0 && !rows->isEmpty())
            title = rows->constFirst().inspection + title;
        else if (!rows->isEmpty()) {
            QStringList names;
            for (const ExportRow &row : std::as_const(*rows)) {
                if (!names.contains(row.inspection))
                    names << row.inspection;
            }
            if (names.size() == 1)
                title = names.constFirst() + title;
        }
        const QByteArray text = title.toUtf8();
        worksheet_set_row(sheet, titleRow, 32, nullptr);
        worksheet_merge_range(
            sheet, titleRow, 0, titleRow, lastColumn, text.constData(), titleFormat);
    }
    const QStringList headers = LedgerExport::headers();
    for (int c = 0; c < LedgerExport::ColumnCount; ++c) {
        worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
            columnLooks[c].width, nullptr);
        const QByteArray text = headers.at(c).toUtf8();
        worksheet_write_string(
            sheet, headerRow, static_cast<lxw_col_t>(c), text.constData(), headerFormat);
    }
    worksheet_freeze_panes(sheet, headerRow + 1, 0);

    // Rows of one problem follow each other (ledger order): with the problem on
    // every row, its cells are merged down over its task rows, as offices lay the
    // ledger out; a merged value belongs to each row it covers when imported.
    const auto problemEnd = [&rows](qsizetype i) {
        qsizetype j = i + 1;
        while (j < rows->size() && !rows->at(j).firstOfProblem)
            ++j;
        return j; // one past the problem's last row
    };
    const auto writeDate = [&](lxw_row_t r, lxw_col_t col, const QDate &d) {
        lxw_datetime when { d.year(), d.month(), d.day(), 0, 0, 0 };
        worksheet_write_datetime(sheet, r, col, &when, dateFormat);
    };

    // Row heights: each row as high as its tallest wrapped cell; a merged problem
    // whose text needs more lines than its rows give grows its last row.
    const auto mergedFrom = [&](qsizetype i) {
        return options.problemOnEveryRow && rows->at(i).firstOfProblem ? problemEnd(i) - 1 : i;
    };
    std::vector<int> lines(static_cast<std::size_t>(rows->size()), 1);
    for (qsizetype i = 0; i < rows->size(); ++i) {
        const ExportRow &row = rows->at(i);
        const qsizetype last = mergedFrom(i);
        int problemLines = 1;
        for (int c = 0; c < LedgerExport::ColumnCount; ++c) {
            if (!columnLooks[c].wrap)
                continue;
            const auto column = static_cast<LedgerExport::Column>(c);
            const int n = linesIn(LedgerExport::cellText(row, column), columnLooks[c].width);
            const bool problemColumn
                = column == LedgerExport::Category || column == LedgerExport::Title;
            if (problemColumn && (!row.firstOfProblem || last > i)) {
                if (row.firstOfProblem)
                    problemLines = std::max(problemLines, n);
                continue;
            }
            int &mine = lines[static_cast<std::size_t>(i)];
            mine = std::max(mine, n);
        }
        if (last > i) {
            // The lines the problem's rows give, each measured as the loop will.
            int have = 0;
            for (qsizetype k = i; k <= last; ++k) {
                const ExportRow &below = rows->at(k);
                int n = k == i ? lines[static_cast<std::size_t>(i)] : 1;
                for (int c = 0; c < LedgerExport::ColumnCount && k != i; ++c) {
                    const auto column = static_cast<LedgerExport::Column>(c);
                    if (columnLooks[c].wrap && column != LedgerExport::Category
                        && column != LedgerExport::Title)
                        n = std::max(n,
                            linesIn(LedgerExport::cellText(below, column), columnLooks[c].width));
                }
                have += n;
            }
            if (problemLines > have)
                lines[static_cast<std::size_t>(last)] += problemLines - have;
        }
    }

    lxw_row_t r = headerRow;
    for (qsizetype i = 0; i < rows->size(); ++i) {
        const ExportRow &row = rows->at(i);
        ++r;
        const qsizetype mergeTo = mergedFrom(i);
        const int rowLines = lines[static_cast<std::size_t>(i)];
        if (rowLines > 1)
            worksheet_set_row(sheet, r, std::min(409.0, 14.5 * rowLines), nullptr);
        for (int c = 0; c < LedgerExport::ColumnCount; ++c) {
            const auto column = static_cast<LedgerExport::Column>(c);
            const auto col = static_cast<lxw_col_t>(c);
            const bool problemColumn = column == LedgerExport::Code
                || column == LedgerExport::Category || column == LedgerExport::Title;
            if (problemColumn && !row.firstOfProblem)
                continue; // merged from the problem's first row, or left empty
            if (problemColumn && mergeTo > i
                && LedgerExport::cellText(row, column).size() <= excelMaxCellChars) {
                const QByteArray utf8 = LedgerExport::cellText(row, column).toUtf8();
                const lxw_error e
                    = worksheet_merge_range(sheet, r, col, r + static_cast<lxw_row_t>(mergeTo - i),
                        col, utf8.constData(), columnLooks[c].wrap ? wrapFormat : plainFormat);
                if (e != LXW_NO_ERROR)
                    return fail(QString::fromUtf8(lxw_strerror(e)));
                continue;
            }
            if (column == LedgerExport::Deadline && row.hasTask && !row.task.longTerm
                && row.task.deadline.isValid()) {
                writeDate(r, col, row.task.deadline);
                continue;
            }
            if ((column == LedgerExport::CompletedOn || column == LedgerExport::ClosedOn)
                && !LedgerExport::cellText(row, column).isEmpty()) {
                const QDate d = column == LedgerExport::CompletedOn ? row.task.completedOn
                                                                    : row.task.closedOn;
                if (d.isValid()) { // else the text "—"
                    writeDate(r, col, d);
                    continue;
                }
            }
            const QString text = LedgerExport::cellText(row, column);
            lxw_format *format = columnLooks[c].wrap ? wrapFormat : plainFormat;
            if ((column == LedgerExport::CompletedOn || column == LedgerExport::ClosedOn)
                && !text.isEmpty())
                format = unknownDateFormat;
            if (column == LedgerExport::Status && row.hasTask) {
                const TaskAlert alert
                    = evaluateAlert(row.task, row.latestProgressDate, today, alerts);
                format = statusFormats.value(alertLevelKey(alert.level), plainFormat);
            }
            if (text.isEmpty()) {
                if (format != wrapFormat && format != plainFormat)
                    worksheet_write_blank(sheet, r, col, format);
                continue;
            }
            if (text.size() > excelMaxCellChars) {
                return fail(tr("row %1, column %2 (%3) holds %4 characters; an Excel cell "
                               "holds at most %5. Export as CSV instead.")
                                .arg(r + 1)
                                .arg(excelColumn(c), headers.at(c))
                                .arg(text.size())
                                .arg(excelMaxCellChars));
            }
            const QByteArray utf8 = text.toUtf8();
            const lxw_error e = worksheet_write_string(sheet, r, col, utf8.constData(), format);
            if (e != LXW_NO_ERROR) {
                return fail(
                    tr("row %1, column %2 (%3): %4")
                        .arg(r + 1)
                        .arg(excelColumn(c), headers.at(c), QString::fromUtf8(lxw_strerror(e))));
            }
        }
    }
    worksheet_autofilter(sheet, headerRow, 0, r, lastColumn);

    // The 整改成效 records on a second sheet, in the columns of the records CSV;
    // a ledger without records gets none.
    auto records = RecordsExport::rows(ledger, options.inspectionId);
    if (!records)
        return fail(records.error());
    if (!records->isEmpty()) {
        lxw_worksheet *second = workbook_add_worksheet(book, "整改成效");
        if (!second)
            return fail(tr("the worksheet could not be created"));
        const QStringList recordHeaders = RecordsExport::headers();
        for (int c = 0; c < RecordsExport::ColumnCount; ++c) {
            const bool wide = c == RecordsExport::Title || c == RecordsExport::Notes;
            worksheet_set_column(second, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                wide ? 40 : 14, nullptr);
            const QByteArray text = recordHeaders.at(c).toUtf8();
            worksheet_write_string(
                second, 0, static_cast<lxw_col_t>(c), text.constData(), headerFormat);
        }
        worksheet_freeze_panes(second, 1, 0);
        lxw_row_t rr = 0;
        for (const QStringList &row : std::as_const(*records)) {
            ++rr;
            for (int c = 0; c < RecordsExport::ColumnCount; ++c) {
                if (row.at(c).isEmpty())
                    continue;
                const QByteArray utf8 = row.at(c).left(excelMaxCellChars).toUtf8();
                const bool wide = c == RecordsExport::Title || c == RecordsExport::Notes;
                const lxw_error e = worksheet_write_string(second, rr, static_cast<lxw_col_t>(c),
                    utf8.constData(), wide ? wrapFormat : plainFormat);
                if (e != LXW_NO_ERROR)
                    return fail(QString::fromUtf8(lxw_strerror(e)));
            }
        }
        worksheet_autofilter(second, 0, 0, rr, RecordsExport::ColumnCount - 1);
    }

    guard.book = nullptr;
    const lxw_error closed = workbook_close(book);
    if (closed != LXW_NO_ERROR)
        return fail(QString::fromUtf8(lxw_strerror(closed)));
    if (!part.commit())
        return fail(tr("the finished file could not be renamed"));
    return static_cast<qint64>(rows->size());
}

} // namespace rectify
