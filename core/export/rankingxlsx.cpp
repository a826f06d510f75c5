#include "export/rankingxlsx.h"

#include "util/partfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cstdio>
#include <xlsxwriter.h>

namespace rectify {

namespace {

struct WorkbookGuard
{
    lxw_workbook *book;
    ~WorkbookGuard()
    {
        if (book)
            lxw_workbook_free(book);
    }
};

} // namespace

QStringList RankingXlsx::headers()
{
    return { QStringLiteral("排名"), QStringLiteral("单位"), QStringLiteral("牵头任务"),
        QStringLiteral("按时完成"), QStringLiteral("超期完成"), QStringLiteral("逾期未完成"),
        QStringLiteral("延期"), QStringLiteral("应报送轮次"), QStringLiteral("按时报送"),
        QStringLiteral("得分") };
}

Status RankingXlsx::write(
    const QVector<UnitScore> &ranking, const QDate &today, const QString &path)
{
    PartFile part(path);
    if (QString why; !part.create(&why))
        return Error { tr("Cannot write %1: %2").arg(part.shown(), why) };
    const auto fail = [&](const QString &why) {
        part.discard();
        return Error { tr("Cannot write %1: %2").arg(part.shown(), why) };
    };
    const QByteArray tempName = part.encodedPath();
    WorkbookGuard guard { workbook_new(tempName.constData()) };
    if (!guard.book)
        return fail(tr("the workbook could not be created"));
    lxw_workbook *book = guard.book;
    const QByteArray sheetName = QStringLiteral("单位考核").toUtf8();
    lxw_worksheet *sheet = workbook_add_worksheet(book, sheetName.constData());
    lxw_format *title = workbook_add_format(book);
    format_set_bold(title);
    format_set_font_size(title, 14);
    lxw_format *header = workbook_add_format(book);
    format_set_bold(header);
    format_set_border(header, LXW_BORDER_THIN);
    format_set_bg_color(header, 0xD9E1F2);
    format_set_align(header, LXW_ALIGN_CENTER);
    lxw_format *cell = workbook_add_format(book);
    format_set_border(cell, LXW_BORDER_THIN);
    lxw_format *scoreCell = workbook_add_format(book);
    format_set_border(scoreCell, LXW_BORDER_THIN);
    format_set_num_format(scoreCell, "0.0");

    const QByteArray titleText
        = QStringLiteral("单位考核排名（截至%1）").arg(today.toString(Qt::ISODate)).toUtf8();
    worksheet_write_string(sheet, 0, 0, titleText.constData(), title);
    const QStringList head = headers();
    for (int c = 0; c < head.size(); ++c) {
        const QByteArray h = head.at(c).toUtf8();
        worksheet_write_string(sheet, 1, static_cast<lxw_col_t>(c), h.constData(), header);
    }
    worksheet_set_column(sheet, 0, 0, 6, nullptr);
    worksheet_set_column(sheet, 1, 1, 24, nullptr);
    worksheet_set_column(sheet, 2, static_cast<lxw_col_t>(head.size() - 1), 11, nullptr);
    lxw_row_t row = 2;
    for (const UnitScore &u : ranking) {
        const QByteArray unit = u.unit.toUtf8();
        worksheet_write_number(sheet, row, 0, u.rank, cell);
        worksheet_write_string(sheet, row, 1, unit.constData(), cell);
        const int numbers[] = { u.tasks, u.completedOnTime, u.completedLate, u.overdue, u.extended,
            u.rounds, u.reportsOnTime };
        lxw_col_t c = 2;
        for (int n : numbers)
            worksheet_write_number(sheet, row, c++, n, cell);
        if (const lxw_error e = worksheet_write_number(sheet, row, c, u.score, scoreCell);
            e != LXW_NO_ERROR)
            return fail(QString::fromUtf8(lxw_strerror(e)));
        ++row;
    }
    worksheet_freeze_panes(sheet, 2, 0);
    worksheet_autofilter(
        sheet, 1, 0, row > 2 ? row - 1 : 1, static_cast<lxw_col_t>(head.size() - 1));
    guard.book = nullptr;
    if (const lxw_error closed = workbook_close(book); closed != LXW_NO_ERROR)
        return fail(QString::fromUtf8(lxw_strerror(closed)));
    if (!part.commit())
        return fail(tr("the finished file could not be renamed"));
    return {};
}

} // namespace rectify
