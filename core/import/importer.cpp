#include "import/importer.h"

#include "import/importwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace rectify {

Importer::Importer(Ledger &ledger)
    : m_ledger(ledger)
{ }

Importer::~Importer() = default;

Result<ImportPreview> Importer::preview(RowSource &source, int rows)
{
    if (auto s = source.open(); !s)
        return Error { s.error() };
    ImportPreview p;
    p.headerRow = source.headerRow();
    p.columns = source.columns();
    p.rows = source.sampleRows(rows, &p.rowNumbers);
    return p;
}

Result<ImportPreview> Importer::preview(const QString &path, const ImportOptions &options, int rows)
{
    return preview(*RowSource::forFile(path, options), rows);
}

Result<ImportReport> Importer::analyse(
    RowSource &source, const ImportOptions &options, const Progress &progress)
{
    return process(source, options, progress, false);
}

Result<ImportReport> Importer::analyse(
    const QString &path, const ImportOptions &options, const Progress &progress)
{
    return analyse(*RowSource::forFile(path, options), options, progress);
}

Result<ImportReport> Importer::import(
    RowSource &source, const ImportOptions &options, const Progress &progress)
{
    return process(source, options, progress, true);
}

Result<ImportReport> Importer::import(
    const QString &path, const ImportOptions &options, const Progress &progress)
{
    return import(*RowSource::forFile(path, options), options, progress);
}

Result<ImportReport> Importer::process(
    RowSource &source, const ImportOptions &options, const Progress &progress, bool write)
{
    if (!m_ledger.isOpen())
        return Error { tr("No ledger is open.") };
    if (write && m_ledger.isReadOnly())
        return Error { tr("The ledger is open read-only.") };
    ImportReport report;
    report.filePath = QFileInfo(source.path()).absoluteFilePath();
    if (auto s = source.open(); !s)
        return Error { s.error() };
    report.source = source.description().details;

    // The writer outlives the transaction: it restores its connection settings
    // after the commit or the rollback.
    const std::unique_ptr<ImportWriter> writer = ImportWriter::create(m_ledger);
    std::optional<Ledger::Transaction> tx;
    if (write) {
        if (auto s = writer->beforeTransaction(); !s)
            return Error { s.error() };
        tx.emplace(m_ledger);
        if (!tx->status())
            return Error { tx->status().error() };
    }
    const auto feedback = resolveInspection(options, write, report);
    if (!feedback)
        return Error { feedback.error() };
    LedgerMerge merge(m_ledger, *writer, options, write, report);
    if (auto s = merge.prepare(source.columns(), source.headerRow(), *feedback); !s)
        return Error { tr("%1: %2").arg(QDir::toNativeSeparators(report.filePath), s.error()) };
    if (auto s = merge.loadExisting(); !s)
        return Error { s.error() };
    if (write) {
        if (auto s = writer->beginWriting(); !s)
            return Error { s.error() };
    }
    report.fileSize = source.size();
    auto finished = merge.readRows(source, progress);
    if (!finished)
        return Error { finished.error() };
    report.sha256 = source.sha256();
    if (!*finished) {
        report.cancelled = true;
        return report; // the transaction rolls back
    }
    merge.releaseKeys();
    if (write && (!merge.failedRows() || options.skipBadRows)) {
        if (auto s = writer->finish(); !s)
            return Error { s.error() };
        if (auto a = writeAudit(report); !a)
            return Error { a.error() };
        if (auto c = tx->commit(); !c)
            return Error { c.error() };
        report.committed = true;
    }
    return report;
}

Result<QDate> Importer::resolveInspection(
    const ImportOptions &options, bool write, ImportReport &report)
{
    QDate feedback;
    std::optional<Inspection> found;
    if (!options.inspectionName.trimmed().isEmpty()) {
        auto f = m_ledger.findInspection(options.inspectionName);
        if (!f)
            return Error { f.error() };
        found = *f;
        if (!found && write) {
            Inspection i;
            i.name = options.inspectionName.trimmed();
            i.feedbackDate = options.feedbackDate;
            auto id = m_ledger.addInspection(i);
            if (!id)
                return Error { id.error() };
            i.id = *id;
            found = i;
        }
        report.inspectionName = found ? found->name : options.inspectionName.trimmed();
    } else if (options.inspectionId > 0) {
        auto i = m_ledger.inspection(options.inspectionId);
        if (!i)
            return Error { i.error() };
        found = *i;
    } else if (write) {
        auto i = m_ledger.defaultInspection();
        if (!i)
            return Error { i.error() };
        found = *i;
    } else {
        // Analysis does not write: find the default inspection without creating it.
        auto key = m_ledger.setting(QStringLiteral("default_inspection"));
        if (!key)
            return Error { key.error() };
        if (!key->isEmpty()) {
            if (auto i = m_ledger.inspection(key->toLongLong()))
                found = *i;
        }
        if (!found) {
            auto all = m_ledger.inspections();
            if (!all)
                return Error { all.error() };
            if (!all->isEmpty())
                found = all->first();
        }
        if (!found)
            report.inspectionName = tr("Inspection feedback");
    }
    if (found) {
        report.inspectionId = found->id;
        report.inspectionName = found->name;
        feedback = found->feedbackDate;
        if (!feedback.isValid() && options.feedbackDate.isValid()) {
            feedback = options.feedbackDate;
            if (write) {
                Inspection changed = *found;
                changed.feedbackDate = options.feedbackDate;
                if (auto s = m_ledger.updateInspection(changed); !s)
                    return Error { s.error() };
            }
        }
    } else {
        feedback = options.feedbackDate;
    }
    return feedback;
}

Status Importer::writeAudit(const ImportReport &report)
{
    const QJsonObject o {
        { QStringLiteral("file"), QFileInfo(report.filePath).fileName() },
        { QStringLiteral("sha256"), QString::fromLatin1(report.sha256.toHex()) },
        { QStringLiteral("rows"), report.importedRows },
        { QStringLiteral("skippedRows"), report.skippedRows },
        { QStringLiteral("problemsAdded"), report.problems.added },
        { QStringLiteral("problemsUpdated"), report.problems.updated },
        { QStringLiteral("problemsUnchanged"), report.problems.unchanged },
        { QStringLiteral("tasksAdded"), report.tasks.added },
        { QStringLiteral("tasksUpdated"), report.tasks.updated },
        { QStringLiteral("tasksUnchanged"), report.tasks.unchanged },
    };
    AuditEntry e;
    e.entity = QStringLiteral("import");
    e.entityId = report.inspectionId;
    e.field = QStringLiteral("file");
    e.newValue = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    e.reason = tr("imported %1").arg(QFileInfo(report.filePath).fileName());
    return m_ledger.appendAudit(e);
}

} // namespace rectify
