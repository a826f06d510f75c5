// `import`: read an Excel ledger (a workbook, or saved as CSV) into the ledger.
#include "app/cli/commandargs.h"
#include "app/cli/commands.h"
#include "import/importer.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

namespace rectify::cli {

namespace {

std::optional<char> delimiterFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n.isEmpty() || n == QLatin1String("auto"))
        return '\0';
    if (n == QLatin1String(",") || n == QLatin1String("comma"))
        return ',';
    if (n == QLatin1String(";") || n == QLatin1String("semicolon"))
        return ';';
    if (n == QLatin1String("tab") || n == QLatin1String("\t") || n == QLatin1String("\\t"))
        return '\t';
    return std::nullopt;
}

} // namespace

int runImport(Context &ctx, const QStringList &args)
{
    CommandArgs a;
    QString error;
    if (!a.parse(args,
            { QStringLiteral("dry-run"), QStringLiteral("skip-bad-rows"), QStringLiteral("json") },
            { QStringLiteral("encoding"), QStringLiteral("delimiter"), QStringLiteral("inspection"),
                QStringLiteral("feedback-date"), QStringLiteral("sheet") },
            &error))
        return ctx.fail(error, ExitUsage);
    if (a.positionals().size() != 1)
        return ctx.fail(Text::tr("import takes one CSV or Excel (.xlsx) file."), ExitUsage);
    const QString file = a.positionals().first();
    if (!QFileInfo(file).isFile())
        return ctx.fail(
            Text::tr("The file %1 does not exist.").arg(QDir::toNativeSeparators(file)));

    ImportOptions options;
    const auto encoding = textEncodingFromName(a.value(QStringLiteral("encoding")));
    if (!encoding)
        return ctx.fail(Text::tr("Unknown encoding %1: use auto, utf-8, gb18030 or utf-16.")
                            .arg(a.value(QStringLiteral("encoding"))),
            ExitUsage);
    options.encoding = *encoding;
    const auto delimiter = delimiterFromName(a.value(QStringLiteral("delimiter")));
    if (!delimiter)
        return ctx.fail(Text::tr("Unknown delimiter %1: use auto, \",\", \";\" or tab.")
                            .arg(a.value(QStringLiteral("delimiter"))),
            ExitUsage);
    options.delimiter = *delimiter;
    options.inspectionName = a.value(QStringLiteral("inspection"));
    options.sheet = a.value(QStringLiteral("sheet"));
    if (a.has(QStringLiteral("feedback-date"))) {
        options.feedbackDate
            = QDate::fromString(a.value(QStringLiteral("feedback-date")), Qt::ISODate);
        if (!options.feedbackDate.isValid())
            return ctx.fail(Text::tr("The feedback date must be written YYYY-MM-DD."), ExitUsage);
    }
    options.skipBadRows = a.has(QStringLiteral("skip-bad-rows"));
    const bool dryRun = a.has(QStringLiteral("dry-run"));

    if (!ctx.openLedger(Ledger::OpenMode::CreateIfMissing))
        return ExitFailure;
    // Importing is an administrator's duty, a dry run included (a new ledger's
    // administrator is the system user, the default acting user).
    if (!ctx.authorize({ Action::Import }))
        return ExitFailure;
    Importer importer(ctx.ledger);
    auto report = dryRun ? importer.analyse(file, options) : importer.import(file, options);
    if (!report)
        return ctx.fail(report.error());

    if (a.has(QStringLiteral("json"))) {
        QJsonObject o = report->toJson();
        o.insert(QStringLiteral("dryRun"), dryRun);
        ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        ctx.out.flush();
    } else {
        ctx.out << report->text() << Qt::endl;
        if (dryRun)
            ctx.out << Text::tr("Dry run: nothing was written.") << Qt::endl;
        else if (report->committed)
            ctx.out
                << Text::tr("Imported into %1.").arg(QDir::toNativeSeparators(ctx.ledger.path()))
                << Qt::endl;
    }
    if (report->hasErrors() && !options.skipBadRows) {
        return ctx.fail(Text::tr("%1 has %n error(s); nothing was imported. Fix the rows listed, "
                                 "or import the valid rows with --skip-bad-rows.",
            nullptr, static_cast<int>(report->errorCount))
                            .arg(QDir::toNativeSeparators(file)));
    }
    return ExitOk;
}

} // namespace rectify::cli
