// `server setup`: a server ledger that enforces the role matrix itself (logins per
// user, row-level security, checked sign-off, server-side audit; store/serverroles.h).
#include "app/cli/commandargs.h"
#include "app/cli/commands.h"
#include "store/serverroles.h"

namespace rectify::cli {

int runServer(Context &ctx, const QStringList &args)
{
    CommandArgs a;
    QString error;
    if (!a.parse(args, {}, {}, &error))
        return ctx.fail(error, ExitUsage);
    if (a.positionals() != QStringList { QStringLiteral("setup") })
        return ctx.fail(Text::tr("Usage: rectify-cli --db postgresql://USER@HOST/DB server setup "
                                 "(as a superuser, or the login that owns the ledger's tables "
                                 "with CREATEROLE)."),
            ExitUsage);
    if (!ctx.openLedger(Ledger::OpenMode::CreateIfMissing))
        return ExitFailure;
    if (!ctx.ledger.isOnServer())
        return ctx.fail(Text::tr("%1 is a ledger file; server setup is for a ledger on a "
                                 "PostgreSQL server (--db postgresql://...).")
                            .arg(ctx.ledger.path()));
    // The server decides who may do this: only a superuser or the owner of the
    // tables with CREATEROLE can make the roles and hand the tables over.
    bool created = false;
    if (auto done = ServerRoles::setup(ctx.ledger, &created); !done)
        return ctx.fail(Text::tr("Server setup of %1 failed, nothing was changed: %2")
                            .arg(ctx.ledger.path(), done.error()));
    auto names = ServerRoles::names(ctx.ledger);
    if (!names)
        return ctx.fail(names.error());
    if (created)
        ctx.out
            << Text::tr("The ledger %1 now enforces roles on the server.").arg(ctx.ledger.path())
            << Qt::endl;
    else
        ctx.out
            << Text::tr("The ledger %1 was already set up; nothing changed.").arg(ctx.ledger.path())
            << Qt::endl;
    ctx.out << Text::tr("Owner role: %1; groups: %2, %3, %4.")
                   .arg(names->owner, names->admin, names->supervisor, names->official)
            << Qt::endl;
    ctx.out << Text::tr("Give each user a login: users add NAME --role ROLE [--unit UNIT] "
                        "[--login LOGIN] --password-stdin.")
            << Qt::endl;
    return ExitOk;
}

} // namespace rectify::cli
