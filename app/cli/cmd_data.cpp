// Data safety commands: export to CSV and Excel, backup and restore.
#include "app/cli/commandargs.h"
#include "app/cli/commands.h"
#include "export/csvexporter.h"
#include "export/xlsxexporter.h"
#include "store/backup.h"

#include <QDir>
#include <QFileInfo>

namespace rectify::cli {

namespace {

// --inspection NAME, or every inspection (0) when absent. Returns false after
// printing the message when the inspection does not exist.
bool inspectionFilter(Context &ctx, const CommandArgs &a, qint64 *id, int *code)
{
    *id = 0;
    if (!a.has(QStringLiteral("inspection")))
        return true;
    auto found = ctx.ledger.findInspection(a.value(QStringLiteral("inspection")));
    if (!found) {
        *code = ctx.fail(found.error());
        return false;
    }
    if (!found->has_value()) {
        *code = ctx.fail(Text::tr("The ledger has no inspection named \"%1\".")
                             .arg(a.value(QStringLiteral("inspection"))));
        return false;
    }
    *id = (*found)->id;
    return true;
}

} // namespace

int runExportCsv(Context &ctx, const QStringList &args)
{
    CommandArgs a;
    QString error;
    if (!a.parse(args, { QStringLiteral("first-row-only") },
            { QStringLiteral("encoding"), QStringLiteral("inspection") }, &error))
        return ctx.fail(error, ExitUsage);
    if (a.positionals().size() != 1)
        return ctx.fail(Text::tr("Usage: export-csv OUT [--encoding gb18030|utf-8-bom] "
                                 "[--first-row-only] [--inspection NAME]."),
            ExitUsage);
    CsvExporter::Options options;
    if (a.has(QStringLiteral("encoding"))) {
        auto encoding = CsvExporter::encodingFromName(a.value(QStringLiteral("encoding")));
        if (!encoding)
            return ctx.fail(encoding.error(), ExitUsage);
        options.encoding = *encoding;
    }
    options.problemOnEveryRow = !a.has(QStringLiteral("first-row-only"));
    if (!ctx.openLedger(Ledger::OpenMode::ReadOnly))
        return ExitFailure;
    int code = ExitOk;
    if (!inspectionFilter(ctx, a, &options.inspectionId, &code))
        return code;
    const QString out = a.positionals().constFirst();
    auto written = CsvExporter::write(ctx.ledger, out, options);
    if (!written)
        return ctx.fail(written.error());
    ctx.out << Text::tr("Exported %1 rows to %2.")
                   .arg(*written)
                   .arg(QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath()))
            << Qt::endl;
    return ExitOk;
}

int runExportXlsx(Context &ctx, const QStringList &args)
{
    CommandArgs a;
    QString error;
    if (!a.parse(
            args, { QStringLiteral("first-row-only") }, { QStringLiteral("inspection") }, &error))
        return ctx.fail(error, ExitUsage);
    if (a.positionals().size() != 1)
        return ctx.fail(
            Text::tr("Usage: export-xlsx OUT [--first-row-only] [--inspection NAME]."), ExitUsage);
    XlsxExporter::Options options;
    options.today = QDate::currentDate();
    options.problemOnEveryRow = !a.has(QStringLiteral("first-row-only"));
    if (!ctx.openLedger(Ledger::OpenMode::ReadOnly))
        return ExitFailure;
    int code = ExitOk;
    if (!inspectionFilter(ctx, a, &options.inspectionId, &code))
        return code;
    const QString out = a.positionals().constFirst();
    auto written = XlsxExporter::write(ctx.ledger, out, options);
    if (!written)
        return ctx.fail(written.error());
    ctx.out << Text::tr("Exported %1 rows to %2.")
                   .arg(*written)
                   .arg(QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath()))
            << Qt::endl;
    return ExitOk;
}

int runBackup(Context &ctx, const QStringList &args)
{
    CommandArgs a;
    QString error;
    if (!a.parse(args, { QStringLiteral("auto") }, { QStringLiteral("keep") }, &error))
        return ctx.fail(error, ExitUsage);
    const bool automatic = a.has(QStringLiteral("auto"));
    if (automatic ? !a.positionals().isEmpty() : a.positionals().size() != 1)
        return ctx.fail(Text::tr("Usage: backup OUT, or backup --auto [--keep N]."), ExitUsage);
    if (!automatic && a.has(QStringLiteral("keep")))
        return ctx.fail(Text::tr("--keep goes with --auto."), ExitUsage);
    int keep = -1;
    if (a.has(QStringLiteral("keep"))) {
        bool ok = false;
        keep = a.value(QStringLiteral("keep")).toInt(&ok);
        if (!ok || keep < 0)
            return ctx.fail(Text::tr("--keep needs a number of backups, 0 or more; got \"%1\".")
                                .arg(a.value(QStringLiteral("keep"))),
                ExitUsage);
    }

    if (!automatic) {
        // A backup never changes the ledger, not even to upgrade it.
        if (!ctx.openLedger(Ledger::OpenMode::ReadOnly))
            return ExitFailure;
        if (!ctx.authorize({ Action::Backup }))
            return ExitFailure;
        const QString out = a.positionals().constFirst();
        if (auto copied = Backup::copyTo(ctx.ledger, out); !copied)
            return ctx.fail(copied.error());
        ctx.out << Text::tr("Backed up %1 to %2.")
                       .arg(QDir::toNativeSeparators(ctx.ledger.path()),
                           QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath()))
                << Qt::endl;
        return ExitOk;
    }

    if (!ctx.openLedger(Ledger::OpenMode::ExistingOnly))
        return ExitFailure;
    // --keep changes a ledger setting as well.
    if (!(keep >= 0 ? ctx.authorize({ Action::Backup, Action::Settings })
                    : ctx.authorize({ Action::Backup })))
        return ExitFailure;
    if (keep >= 0) {
        if (auto set = ctx.ledger.setSetting(Backup::keepSettingKey(), QString::number(keep)); !set)
            return ctx.fail(set.error());
    }
    auto made = Backup::rotate(ctx.ledger);
    if (!made)
        return ctx.fail(made.error());
    if (made->isEmpty())
        ctx.out << Text::tr("Automatic backups are off for this ledger (--keep 0).") << Qt::endl;
    else
        ctx.out << Text::tr("Automatic backup: %1 (%2 automatic backups kept in %3).")
                       .arg(QDir::toNativeSeparators(*made))
                       .arg(Backup::automaticBackups(ctx.ledger.path()).size())
                       .arg(QDir::toNativeSeparators(Backup::folderFor(ctx.ledger.path())))
                << Qt::endl;
    return ExitOk;
}

int runRestore(Context &ctx, const QStringList &args)
{
    CommandArgs a;
    QString error;
    if (!a.parse(args, {}, {}, &error))
        return ctx.fail(error, ExitUsage);
    if (a.positionals().size() != 1)
        return ctx.fail(Text::tr("Usage: restore FROM (a backup of a ledger)."), ExitUsage);
    // Check the backup before the ledger is opened (and perhaps created or upgraded).
    const QString from = a.positionals().constFirst();
    if (auto checked = Backup::verify(from); !checked)
        return ctx.fail(Text::tr("%1 Nothing was changed.").arg(checked.error()));
    if (!ctx.openLedger(Ledger::OpenMode::CreateIfMissing))
        return ExitFailure;
    // Judged by the users of the ledger being replaced, not of the backup.
    if (!ctx.authorize({ Action::Backup }))
        return ExitFailure;
    auto restored = Backup::restore(ctx.ledger, from);
    if (!restored)
        return ctx.fail(restored.error());
    ctx.out << Text::tr("Restored %1 from %2; the previous content was saved as %3.")
                   .arg(QDir::toNativeSeparators(ctx.ledger.path()),
                       QDir::toNativeSeparators(QFileInfo(from).absoluteFilePath()),
                       QDir::toNativeSeparators(*restored))
            << Qt::endl;
    return ExitOk;
}

} // namespace rectify::cli
