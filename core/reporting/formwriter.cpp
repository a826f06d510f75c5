#include "reporting/formwriter.h"

#include "util/partfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
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

lxw_datetime lxwDate(const QDate &d)
{
    return lxw_datetime { d.year(), d.month(), d.day(), 0, 0, 0 };
}

QString deadlineText(const FormTask &t)
{
    if (t.longTerm)
        return QStringLiteral("长期坚持");
    return t.deadline.isValid() ? t.deadline.toString(Qt::ISODate) : QString();
}

QString instructions(const Round &round)
{
    return QStringLiteral(
        "填写说明：灰色列（任务编号、反馈问题、整改措施、整改时限）为台账内容，已锁定，请勿修改；"
        "请在白色列填写本期进展。完成情况请从下拉列表选择：推进中、已完成（须在本期进展中写明完成情"
        "况，"
        "提交后进入销号审核）、长期坚持。需要延期的，请在整改时限届满前填写“申请延期至”（日期，如 "
        "2024-06-"
        "30）和“延期理由”。佐证材料填写文件名，文件另行报送。请勿增删行、改动表格结构或隐藏工作表。"
        "请于 %1 前报送。")
        .arg(round.dueDate.toString(Qt::ISODate));
}

// CSV: a cell quoted when it needs to be; a leading formula character neutralised
// as the export does ("'=x"), so that no spreadsheet runs it.
QString csvCell(QString text)
{
    if (!text.isEmpty() && QStringView(u"=+-@\t\r").contains(text.front()))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

} // namespace

Result<QStringList> FormWriter::write(const Ledger &ledger, const Round &round,
    const QString &folder, Format format, const QStringList &units)
{
    auto forms = RoundForms::unitForms(ledger, round);
    if (!forms)
        return Error { forms.error() };
    if (!QDir().mkpath(folder))
        return Error { tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder)) };
    QStringList written;
    const QString suffix = format == Format::Xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv");
    for (const UnitForm &form : std::as_const(*forms)) {
        if (!units.isEmpty() && !units.contains(form.unit))
            continue;
        // A unit that only co-operates fills in nothing: its partners report.
        if (form.lead.isEmpty())
            continue;
        const QString path
            = QDir(folder).filePath(RoundForms::fileName(round.name, form.unit, suffix));
        const Status s
            = format == Format::Xlsx ? writeXlsx(round, form, path) : writeCsv(round, form, path);
        if (!s)
            return Error { s.error() };
        written << path;
    }
    return written;
}

Status FormWriter::writeXlsx(const Round &round, const UnitForm &form, const QString &path)
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
    const QByteArray mainName = RoundForms::mainSheet().toUtf8();
    const QByteArray keyName = RoundForms::keySheet().toUtf8();
    lxw_worksheet *sheet = workbook_add_worksheet(book, mainName.constData());
    lxw_worksheet *keys = workbook_add_worksheet(book, keyName.constData());
    if (!sheet || !keys)
        return fail(tr("the worksheet could not be created"));

    lxw_format *title = workbook_add_format(book);
    format_set_bold(title);
    format_set_font_size(title, 14);
    format_set_align(title, LXW_ALIGN_CENTER);
    format_set_align(title, LXW_ALIGN_VERTICAL_CENTER);
    lxw_format *label = workbook_add_format(book);
    format_set_bold(label);
    lxw_format *note = workbook_add_format(book);
    format_set_text_wrap(note);
    format_set_align(note, LXW_ALIGN_VERTICAL_TOP);
    format_set_font_color(note, 0x7F3F00);
    lxw_format *header = workbook_add_format(book);
    format_set_bold(header);
    format_set_bg_color(header, 0xD9E1F2);
    format_set_border(header, LXW_BORDER_THIN);
    format_set_align(header, LXW_ALIGN_CENTER);
    format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
    format_set_text_wrap(header);
    lxw_format *locked = workbook_add_format(book);
    format_set_text_wrap(locked);
    format_set_align(locked, LXW_ALIGN_VERTICAL_TOP);
    format_set_bg_color(locked, 0xEDEDED);
    format_set_border(locked, LXW_BORDER_THIN);
    lxw_format *editable = workbook_add_format(book);
    format_set_text_wrap(editable);
    format_set_align(editable, LXW_ALIGN_VERTICAL_TOP);
    format_set_border(editable, LXW_BORDER_THIN);
    format_set_unlocked(editable);
    lxw_format *editableDate = workbook_add_format(book);
    format_set_num_format(editableDate, "yyyy-mm-dd");
    format_set_align(editableDate, LXW_ALIGN_VERTICAL_TOP);
    format_set_border(editableDate, LXW_BORDER_THIN);
    format_set_unlocked(editableDate);
    lxw_format *editableText = workbook_add_format(book);
    format_set_num_format(editableText, "@");
    format_set_align(editableText, LXW_ALIGN_VERTICAL_TOP);
    format_set_border(editableText, LXW_BORDER_THIN);
    format_set_unlocked(editableText);
    lxw_format *section = workbook_add_format(book);
    format_set_bold(section);
    format_set_bg_color(section, 0xFCE4D6);

    const double widths[RoundForms::ColumnCount] = { 9, 28, 36, 12, 40, 11, 13, 24, 20, 10, 14 };
    for (int c = 0; c < RoundForms::ColumnCount; ++c)
        worksheet_set_column(
            sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), widths[c], nullptr);
    const lxw_col_t lastCol = RoundForms::ColumnCount - 1;
    const auto put = [&](lxw_row_t r, lxw_col_t c, const QString &text, lxw_format *f) {
        const QByteArray utf8 = text.toUtf8();
        return worksheet_write_string(sheet, r, c, utf8.constData(), f);
    };

    // Rows 1-3 (0-based 0-2): title, unit and due date, instructions; row 4 the header.
    const QByteArray titleText = QStringLiteral("%1（%2）").arg(round.name, form.unit).toUtf8();
    worksheet_merge_range(sheet, 0, 0, 0, lastCol, titleText.constData(), title);
    worksheet_set_row(sheet, 0, 24, nullptr);
    put(1, 0, QStringLiteral("填报单位"), label);
    put(1, 1, form.unit, nullptr);
    put(1, 3, QStringLiteral("报送截止"), label);
    lxw_datetime due = lxwDate(round.dueDate);
    lxw_format *dueFormat = workbook_add_format(book);
    format_set_num_format(dueFormat, "yyyy-mm-dd");
    format_set_align(dueFormat, LXW_ALIGN_LEFT);
    worksheet_write_datetime(sheet, 1, 4, &due, dueFormat);
    const QByteArray help = instructions(round).toUtf8();
    worksheet_merge_range(sheet, 2, 0, 2, lastCol, help.constData(), note);
    worksheet_set_row(sheet, 2, 66, nullptr);
    constexpr lxw_row_t headerRow = 3;
    for (int c = 0; c < RoundForms::ColumnCount; ++c)
        put(headerRow, static_cast<lxw_col_t>(c), RoundForms::header(c), header);
    worksheet_freeze_panes(sheet, headerRow + 1, 1);

    lxw_row_t r = headerRow + 1;
    QVector<qint64> ids;
    QStringList refs;
    QVector<lxw_row_t> rows;
    for (const FormTask &t : form.lead) {
        put(r, RoundForms::Ref, t.ref, locked);
        put(r, RoundForms::Problem, t.problem, locked);
        put(r, RoundForms::Measure, t.measure, locked);
        if (t.deadline.isValid() && !t.longTerm) {
            lxw_format *lockedDate = locked; // text keeps the sheet simple to read back
            put(r, RoundForms::Deadline, t.deadline.toString(Qt::ISODate), lockedDate);
        } else {
            put(r, RoundForms::Deadline, deadlineText(t), locked);
        }
        for (int c = RoundForms::Progress; c < RoundForms::ColumnCount; ++c) {
            lxw_format *f = c == RoundForms::ExtendTo ? editableDate
                : c == RoundForms::Phone              ? editableText
                                                      : editable;
            worksheet_write_blank(sheet, r, static_cast<lxw_col_t>(c), f);
        }
        ids << t.id;
        refs << t.ref;
        rows << r;
        ++r;
    }
    const lxw_row_t firstTask = headerRow + 1;
    if (!form.lead.isEmpty()) {
        const lxw_row_t lastTask = r - 1;
        std::vector<QByteArray> words;
        for (const QString &w : RoundForms::completionWords())
            words.push_back(w.toUtf8());
        std::vector<const char *> list;
        for (const QByteArray &w : words)
            list.push_back(w.constData());
        list.push_back(nullptr);
        lxw_data_validation dropdown {};
        dropdown.validate = LXW_VALIDATION_TYPE_LIST;
        dropdown.value_list = const_cast<char **>(list.data());
        dropdown.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
        const QByteArray dropTitle = QStringLiteral("完成情况").toUtf8();
        const QByteArray dropError
            = QStringLiteral("请从列表中选择：推进中、已完成、长期坚持。").toUtf8();
        dropdown.error_title = const_cast<char *>(dropTitle.constData());
        dropdown.error_message = const_cast<char *>(dropError.constData());
        worksheet_data_validation_range(
            sheet, firstTask, RoundForms::Completion, lastTask, RoundForms::Completion, &dropdown);
        lxw_data_validation date {};
        date.validate = LXW_VALIDATION_TYPE_DATE;
        date.criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN;
        date.value_datetime
            = lxwDate(round.openedAt.isValid() ? round.openedAt.toLocalTime().date().addYears(-1)
                                               : QDate(2000, 1, 1));
        date.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
        const QByteArray dateTitle = QStringLiteral("申请延期至").toUtf8();
        const QByteArray dateError = QStringLiteral("请填写日期，如 2024-06-30。").toUtf8();
        const QByteArray dateInput
            = QStringLiteral("须晚于整改时限，并在时限届满前申请。").toUtf8();
        date.error_title = const_cast<char *>(dateTitle.constData());
        date.error_message = const_cast<char *>(dateError.constData());
        date.input_title = const_cast<char *>(dateTitle.constData());
        date.input_message = const_cast<char *>(dateInput.constData());
        worksheet_data_validation_range(
            sheet, firstTask, RoundForms::ExtendTo, lastTask, RoundForms::ExtendTo, &date);
    }
    if (!form.coOperating.isEmpty()) {
        ++r;
        const QByteArray heading
            = QStringLiteral("配合任务（由牵头单位填报，仅供参考，无需填写）").toUtf8();
        worksheet_merge_range(sheet, r, 0, r, lastCol, heading.constData(), section);
        ++r;
        for (const FormTask &t : form.coOperating) {
            put(r, RoundForms::Ref, t.ref, locked);
            put(r, RoundForms::Problem, t.problem, locked);
            put(r, RoundForms::Measure, t.measure, locked);
            put(r, RoundForms::Deadline, deadlineText(t), locked);
            put(r, RoundForms::Progress,
                QStringLiteral("牵头单位：%1").arg(t.leadUnits.join(QStringLiteral("、"))), locked);
            for (int c = RoundForms::Completion; c < RoundForms::ColumnCount; ++c)
                worksheet_write_blank(sheet, r, static_cast<lxw_col_t>(c), locked);
            ++r;
        }
    }
    lxw_protection protection {};
    protection.format_columns = 1; // widths may be changed: long texts
    protection.format_rows = 1;
    worksheet_protect(sheet, nullptr, &protection);
    worksheet_activate(sheet);
    // Printed on A4 landscape, one page wide, the header on every page.
    worksheet_set_landscape(sheet);
    worksheet_set_paper(sheet, 9);
    worksheet_fit_to_pages(sheet, 1, 0);
    worksheet_repeat_rows(sheet, headerRow, headerRow);

    // The keys: the marker and version, the round, the unit, the checksum, then
    // each lead task's id, reference and row (1-based) in the main sheet.
    const auto key = [&](lxw_row_t kr, lxw_col_t kc, const QString &text) {
        const QByteArray utf8 = text.toUtf8();
        worksheet_write_string(keys, kr, kc, utf8.constData(), nullptr);
    };
    key(0, 0, RoundForms::marker());
    worksheet_write_number(keys, 0, 1, RoundForms::formatVersion(), nullptr);
    key(1, 0, QStringLiteral("round"));
    key(1, 1, round.token);
    key(1, 2, round.name);
    key(2, 0, QStringLiteral("unit"));
    key(2, 1, form.unit);
    key(3, 0, QStringLiteral("checksum"));
    key(3, 1, RoundForms::checksum(round, form.unit, ids, refs));
    key(4, 0, QStringLiteral("tasks"));
    for (int i = 0; i < ids.size(); ++i) {
        key(static_cast<lxw_row_t>(5 + i), 0, QString::number(ids.at(i)));
        key(static_cast<lxw_row_t>(5 + i), 1, refs.at(i));
        worksheet_write_number(keys, static_cast<lxw_row_t>(5 + i), 2, rows.at(i) + 1, nullptr);
    }
    worksheet_protect(keys, nullptr, nullptr);
    worksheet_hide(keys);

    guard.book = nullptr;
    const lxw_error closed = workbook_close(book);
    if (closed != LXW_NO_ERROR)
        return fail(QString::fromUtf8(lxw_strerror(closed)));
    if (!part.commit())
        return fail(tr("the finished file could not be renamed"));
    return {};
}

Status FormWriter::writeCsv(const Round &round, const UnitForm &form, const QString &path)
{
    QVector<qint64> ids;
    QStringList refs;
    for (const FormTask &t : form.lead) {
        ids << t.id;
        refs << t.ref;
    }
    QStringList idTexts;
    for (qint64 id : std::as_const(ids))
        idTexts << QString::number(id);
    // The key line: marker, version, round token, unit, checksum, task ids, round name.
    QString text = QStringList { QLatin1Char('#') + RoundForms::marker(),
        QString::number(RoundForms::formatVersion()), round.token, csvCell(form.unit),
        RoundForms::checksum(round, form.unit, ids, refs), idTexts.join(QLatin1Char(' ')),
        csvCell(round.name) }
                       .join(QLatin1Char(','))
        + QStringLiteral("\r\n");
    QStringList headers;
    for (int c = 0; c < RoundForms::ColumnCount; ++c)
        headers << RoundForms::header(c);
    text += headers.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const FormTask &t : form.lead) {
        QStringList cells { csvCell(t.ref), csvCell(t.problem), csvCell(t.measure),
            csvCell(deadlineText(t)) };
        for (int c = RoundForms::Progress; c < RoundForms::ColumnCount; ++c)
            cells << QString();
        text += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())
        };
    file.write("\xEF\xBB\xBF");
    file.write(text.toUtf8());
    if (!file.commit())
        return Error {
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())
        };
    return {};
}

} // namespace rectify
