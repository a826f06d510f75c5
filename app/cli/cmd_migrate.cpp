// rectify-cli migrate: copy a ledger between a file and a PostgreSQL server.
#include "app/cli/commandargs.h"
#include "app/cli/commands.h"
#include "store/ledgercopy.h"

namespace rectify::cli {

const char *const migrateSummary = QT_TRANSLATE_NOOP("rectify::cli",
    "copy a whole ledger, audit trail included, between a file and a PostgreSQL server "
    "(postgresql://user@host:port/db) either way, into a new file or an empty database");

int runMigrate(Context &ctx, const QStringList &args)
{
    CommandArgs a;
    QString error;
    if (!a.parse(args, {}, { QStringLiteral("from"), QStringLiteral("to") }, &error))
        return ctx.fail(error, ExitUsage);
    const QString from = a.value(QStringLiteral("from"));
    const QString to = a.value(QStringLiteral("to"));
    if (!a.positionals().isEmpty() || from.isEmpty() || to.isEmpty())
        return ctx.fail(Text::tr("migrate needs --from LEDGER and --to LEDGER (a file or "
                                 "postgresql://user@host:port/db)."),
            ExitUsage);
    // Copying a ledger is taking a backup of it: its administrators may.
    ctx.dbPath = from;
    if (!ctx.openLedger(Ledger::OpenMode::ReadOnly))
        return ExitFailure;
    if (!ctx.authorize({ Action::Backup }))
        return ExitFailure;
    const QString shownFrom = ctx.ledger.path();
    ctx.ledger.close();
    auto copied = LedgerCopy::copy(from, to);
    if (!copied)
        return ctx.fail(copied.error());
    ctx.out << Text::tr("Copied %1 rows, %2 of them audit entries, from %3 to %4.")
                   .arg(copied->rows)
                   .arg(copied->auditEntries)
                   .arg(shownFrom, to)
            << Qt::endl;
    if (copied->evidenceFiles > 0)
        ctx.out << Text::tr(
            "Copied the contents of %n evidence file(s).", nullptr, int(copied->evidenceFiles))
                << Qt::endl;
    return ExitOk;
}

} // namespace rectify::cli
