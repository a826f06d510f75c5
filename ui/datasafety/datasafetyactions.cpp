#include "ui/datasafety/datasafetyactions.h"

#include "export/xlsxexporter.h"
#include "store/backup.h"
#include "store/ledger.h"
#include "workflow/permission.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>

namespace rectify {

DataSafetyActions::DataSafetyActions(Ledger &ledger, QWidget *window)
    : QObject(window)
    , m_ledger(ledger)
    , m_window(window)
    , m_exportCsv(new QAction(tr("Export &CSV…"), this))
    , m_exportXlsx(new QAction(tr("Export E&xcel…"), this))
    , m_backup(new QAction(tr("&Back Up…"), this))
    , m_restore(new QAction(tr("Re&store from Backup…"), this))
{
    m_exportCsv->setStatusTip(
        tr("Write one row per task as CSV, in the shape the import reads back"));
    m_exportXlsx->setStatusTip(
        tr("Write the ledger as an Excel workbook with dates and status colours"));
    m_backup->setStatusTip(tr("Save a consistent copy of the ledger"));
    m_restore->setStatusTip(
        tr("Replace the ledger by a backup; the current content is kept in the backup folder"));
    connect(m_exportCsv, &QAction::triggered, this, &DataSafetyActions::exportCsv);
    connect(m_exportXlsx, &QAction::triggered, this, &DataSafetyActions::exportXlsx);
    connect(m_backup, &QAction::triggered, this, &DataSafetyActions::backUp);
    connect(m_restore, &QAction::triggered, this, &DataSafetyActions::restore);
    if (m_ledger.isReadOnly())
        m_restore->setEnabled(false);
}

DataSafetyActions::~DataSafetyActions() = default;

void DataSafetyActions::setGuard(LedgerActionGuard guard)
{
    m_guard = std::move(guard);
    const Status may = m_guard ? m_guard(Action::Backup) : Status();
    applyActionGuard(m_backup, may);
    applyActionGuard(m_restore, may, !m_ledger.isReadOnly());
}

bool DataSafetyActions::allowed()
{
    if (!m_guard)
        return true;
    const Status may = m_guard(Action::Backup);
    if (!may)
        report(false, may.error());
    return may.ok();
}

void DataSafetyActions::addTo(QMenu *menu) const
{
    menu->addAction(m_exportCsv);
    menu->addAction(m_exportXlsx);
    menu->addSeparator();
    menu->addAction(m_backup);
    menu->addAction(m_restore);
}

QString DataSafetyActions::suggestion(const QString &suffix) const
{
    const QString day = QDate::currentDate().toString(QStringLiteral("yyyyMMdd"));
    if (m_ledger.isOnServer()) {
        // No folder of its own: the home folder, named after the database.
        auto location = LedgerLocation::parse(m_ledger.path());
        const QString name = location ? location->database : QStringLiteral("ledger");
        return QDir::home().filePath(QStringLiteral("%1-%2.%3").arg(name, day, suffix));
    }
    const QFileInfo info(m_ledger.path());
    return QDir(info.absolutePath())
        .filePath(QStringLiteral("%1-%2.%3").arg(info.completeBaseName(), day, suffix));
}

QString DataSafetyActions::choose(
    FileKind kind, const QString &suggestion, CsvExporter::Encoding *encoding)
{
    if (m_choose)
        return m_choose(kind, suggestion, encoding);
    switch (kind) {
    case FileKind::ExportCsv: {
        const QString gb = tr("CSV for Chinese Excel, GB18030 (*.csv)");
        const QString utf8 = tr("CSV in UTF-8 with BOM (*.csv)");
        QString filter = gb;
        const QString path = QFileDialog::getSaveFileName(
            m_window, tr("Export CSV"), suggestion, gb + QStringLiteral(";;") + utf8, &filter);
        if (encoding)
            *encoding
                = filter == utf8 ? CsvExporter::Encoding::Utf8Bom : CsvExporter::Encoding::Gb18030;
        return path;
    }
    case FileKind::ExportXlsx:
        return QFileDialog::getSaveFileName(
            m_window, tr("Export Excel"), suggestion, tr("Excel workbooks (*.xlsx)"));
    case FileKind::Backup:
        return QFileDialog::getSaveFileName(
            m_window, tr("Back Up the Ledger"), suggestion, tr("Ledgers (*.sqlite)"));
    case FileKind::Restore:
        return QFileDialog::getOpenFileName(m_window, tr("Restore from Backup"), suggestion,
            tr("Ledgers (*.sqlite);;All files (*)"));
    }
    return QString();
}

bool DataSafetyActions::confirm(const QString &question)
{
    if (m_confirm)
        return m_confirm(question);
    return QMessageBox::question(m_window, tr("Restore from Backup"), question,
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Yes;
}

void DataSafetyActions::report(bool ok, const QString &message)
{
    if (m_report) {
        m_report(ok, message);
        return;
    }
    // Plain text: file names and error messages may hold anything.
    QMessageBox box(ok ? QMessageBox::Information : QMessageBox::Warning,
        QApplication::applicationDisplayName(), message, QMessageBox::Ok, m_window);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

bool DataSafetyActions::exportCsv()
{
    CsvExporter::Encoding encoding = CsvExporter::Encoding::Gb18030;
    const QString path = choose(FileKind::ExportCsv, suggestion(QStringLiteral("csv")), &encoding);
    if (path.isEmpty())
        return false;
    CsvExporter::Options options;
    options.encoding = encoding;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto written = CsvExporter::write(m_ledger, path, options);
    QApplication::restoreOverrideCursor();
    if (!written) {
        report(false, written.error());
        return false;
    }
    report(true,
        tr("Exported %n task row(s) to %1.", nullptr, static_cast<int>(*written))
            .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    return true;
}

bool DataSafetyActions::exportXlsx()
{
    const QString path = choose(FileKind::ExportXlsx, suggestion(QStringLiteral("xlsx")), nullptr);
    if (path.isEmpty())
        return false;
    XlsxExporter::Options options;
    options.today = m_today ? m_today() : m_ledger.now().toLocalTime().date();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto written = XlsxExporter::write(m_ledger, path, options);
    QApplication::restoreOverrideCursor();
    if (!written) {
        report(false, written.error());
        return false;
    }
    report(true,
        tr("Exported %n task row(s) to %1.", nullptr, static_cast<int>(*written))
            .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    return true;
}

bool DataSafetyActions::backUp()
{
    if (!allowed())
        return false;
    const QString path = choose(FileKind::Backup, suggestion(QStringLiteral("sqlite")), nullptr);
    if (path.isEmpty())
        return false;
    // Seconds to minutes for a large ledger (a server's rows come over the network):
    // how far it has got, and a Cancel that leaves no file behind.
    QProgressDialog dialog(tr("Backing up the ledger…"), tr("Cancel"), 0, 0, m_window);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(500);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    const bool rows = m_ledger.isOnServer();
    const Status copied = Backup::copyTo(m_ledger, path, [&](qint64 done, qint64 total) {
        if (total > 0) {
            dialog.setMaximum(1000); // per mille: the counts may not fit an int
            dialog.setValue(int(done * 1000 / total));
            if (rows)
                dialog.setLabelText(
                    tr("Backing up the ledger: %L1 of %L2 rows copied…").arg(done).arg(total));
        }
        QCoreApplication::processEvents();
        return !dialog.wasCanceled();
    });
    dialog.close();
    if (!copied) {
        report(false, copied.error());
        return false;
    }
    report(true,
        tr("Backed up the ledger to %1.")
            .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    return true;
}

bool DataSafetyActions::restore()
{
    if (!allowed())
        return false;
    const QString from = choose(FileKind::Restore, Backup::folderFor(m_ledger.path()), nullptr);
    if (from.isEmpty())
        return false;
    // Check first, so that a wrong file is refused before anyone is asked anything.
    auto checked = Backup::verify(from);
    if (!checked) {
        report(false, tr("%1 Nothing was changed.").arg(checked.error()));
        return false;
    }
    const QString question
        = tr("Replace the content of the ledger %1 by the backup %2 (%n task(s))?\n\nThe current "
             "content is saved in the backup folder first.",
            nullptr, static_cast<int>(checked->tasks))
              .arg(QDir::toNativeSeparators(m_ledger.path()),
                  QDir::toNativeSeparators(QFileInfo(from).absoluteFilePath()));
    if (!confirm(question))
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto restored = Backup::restore(m_ledger, from);
    QApplication::restoreOverrideCursor();
    if (!restored) {
        // The ledger may have been reopened half-way; views reload either way.
        Q_EMIT ledgerRestored();
        report(false, restored.error());
        return false;
    }
    Q_EMIT ledgerRestored();
    report(true,
        tr("Restored the ledger from %1. The previous content was saved as %2.")
            .arg(QDir::toNativeSeparators(QFileInfo(from).absoluteFilePath()),
                QDir::toNativeSeparators(*restored)));
    return true;
}

} // namespace rectify
