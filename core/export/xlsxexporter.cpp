#include "export/xlsxexporter.h"

#include "export/exportrows.h"
#include "export/recordsexport.h"
#include "stats/alert.h"
#include "store/ledger.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <cstdio>
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

// Widths in characters, in LedgerExport::Column order.
constexpr ColumnLook columnLooks[LedgerExport::ColumnCount] = {
    { 6, false }, // 序号
    { 12, true }, // 问题类别
    { 40, true }, // 反馈问题
    { 50, true }, // 整改措施
    { 24, true }, // 整改目标
    { 10, true }, // 责任领导
    { 16, true }, // 牵头单位
    { 20, true }, // 配合单位
    { 10, true }, // 责任人
    { 12, false }, // 整改时限
    { 40, true }, // 整改进展
    { 10, false }, // 完成情况
    { 20, true }, // 备注
};

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
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(absolute);
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
    const QString folder = QFileInfo(absolute).absolutePath();
    QString temp;
    {
        QTemporaryFile file(QDir(folder).filePath(
            QStringLiteral(".%1.XXXXXX.part").arg(QFileInfo(absolute).fileName())));
        file.setAutoRemove(false);
        if (!file.open())
            return Error { tr("Cannot write %1: %2").arg(shown, file.errorString()) };
        temp = file.fileName();
    }
    const auto fail = [&](const QString &why) {
        QFile::remove(temp);
        return Error { tr("Cannot write %1: %2").arg(shown, why) };
    };

    const QByteArray tempName = QFile::encodeName(temp);
    lxw_workbook_options bookOptions {};
    bookOptions.constant_memory = LXW_FALSE;
    WorkbookGuard guard { workbook_new_opt(tempName.constData(), &bookOptions) };
    if (!guard.book)
        return fail(tr("the workbook could not be created"));
    lxw_workbook *book = guard.book;
    lxw_worksheet *sheet = workbook_add_worksheet(book, "整改台账");
    if (!sheet)
        return fail(tr("the worksheet could not be created"));

    lxw_format *headerFormat = workbook_add_format(book);
    format_set_bold(headerFormat);
    format_set_bg_color(headerFormat, 0xD9E1F2);
    format_set_border(headerFormat, LXW_BORDER_THIN);
    format_set_align(headerFormat, LXW_ALIGN_CENTER);
    format_set_align(headerFormat, LXW_ALIGN_VERTICAL_CENTER);
    format_set_text_wrap(headerFormat);

    lxw_format *wrapFormat = workbook_add_format(book);
    format_set_text_wrap(wrapFormat);
    format_set_align(wrapFormat, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *plainFormat = workbook_add_format(book);
    format_set_align(plainFormat, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *dateFormat = workbook_add_format(book);
    format_set_num_format(dateFormat, "yyyy-mm-dd");
    format_set_align(dateFormat, LXW_ALIGN_VERTICAL_TOP);

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

    const QStringList headers = LedgerExport::headers();
    for (int c = 0; c < LedgerExport::ColumnCount; ++c) {
        worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
            columnLooks[c].width, nullptr);
        const QByteArray text = headers.at(c).toUtf8();
        worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), text.constData(), headerFormat);
    }
    worksheet_freeze_panes(sheet, 1, 0);

    lxw_row_t r = 0;
    for (const ExportRow &row : std::as_const(*rows)) {
        ++r;
        for (int c = 0; c < LedgerExport::ColumnCount; ++c) {
            const auto column = static_cast<LedgerExport::Column>(c);
            const auto col = static_cast<lxw_col_t>(c);
            const bool problemColumn = column == LedgerExport::Code
                || column == LedgerExport::Category || column == LedgerExport::Title;
            if (problemColumn && !row.firstOfProblem && !options.problemOnEveryRow)
                continue;
            if (column == LedgerExport::Deadline && row.hasTask && !row.task.longTerm
                && row.task.deadline.isValid()) {
                const QDate d = row.task.deadline;
                lxw_datetime when { d.year(), d.month(), d.day(), 0, 0, 0 };
                worksheet_write_datetime(sheet, r, col, &when, dateFormat);
                continue;
            }
            const QString text = LedgerExport::cellText(row, column);
            lxw_format *format = columnLooks[c].wrap ? wrapFormat : plainFormat;
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
    worksheet_autofilter(sheet, 0, 0, r, LedgerExport::ColumnCount - 1);

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
    if (std::rename(tempName.constData(), QFile::encodeName(absolute).constData()) != 0)
        return fail(tr("the finished file could not be renamed"));
    return static_cast<qint64>(rows->size());
}

} // namespace rectify
