#include "export/auditexport.h"

#include "export/csvexporter.h"
#include "store/auditchain.h"
#include "store/audittext.h"
#include "store/ledger.h"
#include "store/sqlaccess.h"
#include "util/partfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QSqlQuery>
#include <cstdio>
#include <xlsxwriter.h>

namespace rectify {

namespace {

constexpr lxw_row_t excelMaxRows = 1048576;

struct WorkbookGuard
{
    lxw_workbook *book;
    ~WorkbookGuard()
    {
        if (book)
            lxw_workbook_free(book);
    }
};

// Column widths in characters (a Chinese character takes two).
constexpr double widths[AuditExport::ColumnCount]
    = { 17, 12, 16, 16, 40, 40, 30, 8, 10, 9, 16, 66 };
constexpr bool wraps[AuditExport::ColumnCount]
    = { false, false, false, true, true, true, true, false, false, false, false, false };

} // namespace

QStringList AuditExport::headers()
{
    return { tr("When"), tr("Who"), tr("What"), tr("Change"), tr("Before"), tr("After"),
        tr("Reason or comment"), tr("Entry"), tr("Entity"), tr("Entity id"), tr("Field"),
        tr("Hash") };
}

Result<QVector<QStringList>> AuditExport::rows(
    const Ledger &ledger, const QVector<AuditEntry> &entries)
{
    QHash<qint64, QString> hashes;
    if (!entries.isEmpty()) {
        qint64 low = entries.first().id;
        qint64 high = low;
        for (const AuditEntry &e : entries) {
            low = std::min(low, e.id);
            high = std::max(high, e.id);
        }
        auto q = SqlAccess::exec(ledger,
            QStringLiteral("SELECT id, hash FROM audit_log WHERE id BETWEEN ? AND ?"),
            { low, high }, tr("read the audit log"));
        if (!q)
            return Error { q.error() };
        while (q->next())
            hashes.insert(q->value(0).toLongLong(), q->value(1).toString());
    }
    const QVector<AuditLine> lines = AuditText(ledger).lines(entries);
    QVector<QStringList> out;
    out.reserve(entries.size());
    for (int i = 0; i < entries.size(); ++i) {
        const AuditEntry &e = entries.at(i);
        const AuditLine &l = lines.at(i);
        out << QStringList { l.when, l.who, l.subject, l.change, l.before, l.after, l.reason,
            QString::number(e.id), e.entity, e.entityId ? QString::number(e.entityId) : QString(),
            e.field, hashes.value(e.id) };
    }
    return out;
}

Result<QString> AuditExport::anchorLine(const Ledger &ledger)
{
    auto head = AuditChain::head(ledger);
    if (!head)
        return Error { head.error() };
    return tr("Audit anchor %1 (rectify-cli audit-verify --expect %1)")
        .arg(AuditChain::anchorText(head->entries, head->hash));
}

Result<qint64> AuditExport::writeCsv(
    const Ledger &ledger, const QVector<AuditEntry> &entries, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    auto table = rows(ledger, entries);
    if (!table)
        return Error { table.error() };
    auto anchor = anchorLine(ledger);
    if (!anchor)
        return Error { anchor.error() };
    // The anchor on the first line, as a one-cell row; the header row under it.
    QString text(QChar(0xFEFF));
    text += CsvExporter::record({ *anchor });
    text += CsvExporter::record(headers());
    for (const QStringList &row : std::as_const(*table))
        text += CsvExporter::record(row);
    auto bytes = CsvExporter::encode(text, CsvExporter::Encoding::Utf8Bom);
    if (!bytes)
        return Error { tr("Cannot write %1: %2").arg(shown, bytes.error()) };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
        return Error { tr("Cannot write %1: %2").arg(shown, file.errorString()) };
    return static_cast<qint64>(table->size());
}

Result<qint64> AuditExport::writeXlsx(
    const Ledger &ledger, const QVector<AuditEntry> &entries, const QString &path)
{
    if (static_cast<lxw_row_t>(entries.size()) + 2 >= excelMaxRows)
        return Error {
            tr("%1 entries do not fit an Excel sheet; export as CSV instead.").arg(entries.size())
        };
    auto table = rows(ledger, entries);
    if (!table)
        return Error { table.error() };
    auto anchor = anchorLine(ledger);
    if (!anchor)
        return Error { anchor.error() };

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
    QByteArray comments = anchor->toUtf8();
    QByteArray title = tr("Audit log").toUtf8();
    lxw_doc_properties properties {};
    properties.title = title.data();
    properties.comments = comments.data();
    workbook_set_properties(book, &properties);
    lxw_worksheet *sheet = workbook_add_worksheet(book, title.constData());
    if (!sheet)
        return fail(tr("the worksheet could not be created"));
    worksheet_set_landscape(sheet);
    worksheet_set_paper(sheet, 9); // A4
    worksheet_repeat_rows(sheet, 1, 1);
    worksheet_fit_to_pages(sheet, 1, 0);
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_format *header = workbook_add_format(book);
    format_set_bold(header);
    format_set_bg_color(header, 0xD9E1F2);
    format_set_border(header, LXW_BORDER_THIN);
    lxw_format *wrap = workbook_add_format(book);
    format_set_text_wrap(wrap);
    format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *plain = workbook_add_format(book);
    format_set_align(plain, LXW_ALIGN_VERTICAL_TOP);

    worksheet_write_string(sheet, 0, 0, comments.constData(), bold);
    const QStringList names = headers();
    for (int c = 0; c < ColumnCount; ++c) {
        const auto col = static_cast<lxw_col_t>(c);
        worksheet_set_column(sheet, col, col, widths[c], wraps[c] ? wrap : plain);
        worksheet_write_string(sheet, 1, col, names.at(c).toUtf8().constData(), header);
    }
    worksheet_freeze_panes(sheet, 2, 0);
    lxw_row_t r = 2;
    for (const QStringList &row : std::as_const(*table)) {
        for (int c = 0; c < ColumnCount; ++c) {
            const QString &cell = row.at(c);
            if (cell.isEmpty())
                continue;
            const QByteArray utf8 = cell.toUtf8();
            if (const lxw_error e = worksheet_write_string(
                    sheet, r, static_cast<lxw_col_t>(c), utf8.constData(), wraps[c] ? wrap : plain);
                e != LXW_NO_ERROR)
                return fail(QString::fromUtf8(lxw_strerror(e)));
        }
        ++r;
    }
    worksheet_autofilter(sheet, 1, 0, std::max<lxw_row_t>(1, r - 1), ColumnCount - 1);
    guard.book = nullptr;
    if (const lxw_error closed = workbook_close(book); closed != LXW_NO_ERROR)
        return fail(QString::fromUtf8(lxw_strerror(closed)));
    if (!part.commit())
        return fail(tr("the finished file could not be renamed"));
    return static_cast<qint64>(table->size());
}

Result<qint64> AuditExport::write(
    const Ledger &ledger, const QVector<AuditEntry> &entries, const QString &path)
{
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return writeXlsx(ledger, entries, path);
    return writeCsv(ledger, entries, path);
}

} // namespace rectify
