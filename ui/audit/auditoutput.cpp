#include "ui/audit/auditoutput.h"

#include "export/auditexport.h"
#include "store/ledger.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPageLayout>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

namespace rectify {

QString AuditOutput::html(
    const Ledger &ledger, const QVector<AuditEntry> &entries, const QString &title)
{
    QString out = QStringLiteral("<html><body>");
    out += QStringLiteral("<h2 align=\"center\">%1</h2>").arg(title.toHtmlEscaped());
    const QString date = ledger.now().toLocalTime().date().toString(Qt::ISODate);
    out += QStringLiteral("<p>%1</p>")
               .arg(tr("Printed on %1; %n entries.", nullptr, int(entries.size()))
                        .arg(date)
                        .toHtmlEscaped());
    if (auto anchor = AuditExport::anchorLine(ledger))
        out += QStringLiteral("<p><b>%1</b></p>").arg(anchor->toHtmlEscaped());
    out += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"
                          "<thead><tr>");
    // The readable columns and the entry's number in the chain; the hashes are
    // in the exported files.
    const QStringList headers = AuditExport::headers();
    const int columns[]
        = { AuditExport::EntryId, AuditExport::When, AuditExport::Who, AuditExport::Subject,
              AuditExport::Change, AuditExport::Before, AuditExport::After, AuditExport::Reason };
    for (int c : columns)
        out += QStringLiteral("<th bgcolor=\"#d9e1f2\">%1</th>").arg(headers.at(c).toHtmlEscaped());
    out += QStringLiteral("</tr></thead>");
    if (auto rows = AuditExport::rows(ledger, entries)) {
        for (const QStringList &row : std::as_const(*rows)) {
            out += QStringLiteral("<tr>");
            for (int c : columns)
                out += QStringLiteral("<td>%1</td>").arg(row.at(c).toHtmlEscaped());
            out += QStringLiteral("</tr>");
        }
    }
    out += QStringLiteral("</table></body></html>");
    return out;
}

void AuditOutput::print(const Ledger &ledger, const QVector<AuditEntry> &entries,
    const QString &title, QPrinter *printer)
{
    printer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
        QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    printer->setDocName(title);
    QTextDocument doc;
    doc.setHtml(html(ledger, entries, title));
    doc.print(printer);
}

bool AuditOutput::exportWithDialog(const Ledger &ledger, const QVector<AuditEntry> &entries,
    const QString &baseName, QWidget *parent)
{
    const QString xlsx = tr("Excel workbook (*.xlsx)");
    const QString csv = tr("CSV, UTF-8 (*.csv)");
    const QString proposed = QDir::home().filePath(
        QStringLiteral("%1_%2.xlsx")
            .arg(baseName, ledger.now().toLocalTime().date().toString(Qt::ISODate)));
    QString filter = xlsx;
    QString path = QFileDialog::getSaveFileName(
        parent, tr("Export the audit log"), proposed, xlsx + QStringLiteral(";;") + csv, &filter);
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)
        && !path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        path += filter == csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    auto written = AuditExport::write(ledger, entries, path);
    if (!written) {
        QMessageBox::warning(parent, tr("Export the audit log"), written.error());
        return false;
    }
    QMessageBox::information(parent, tr("Export the audit log"),
        tr("%n entries written to %1.", nullptr, int(*written))
            .arg(QDir::toNativeSeparators(path)));
    return true;
}

void AuditOutput::printWithPreview(
    const Ledger &ledger, const QVector<AuditEntry> &entries, const QString &title, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
        QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(title);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
        [&](QPrinter *p) { print(ledger, entries, title, p); });
    preview.exec();
}

} // namespace rectify
