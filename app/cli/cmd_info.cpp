// `init` and `info`: create or upgrade a ledger, and say what it holds.
#include "app/cli/commandargs.h"
#include "app/cli/commands.h"
#include "store/schema.h"
#include "workflow/accounts.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

namespace rectify::cli {

int runInit(Context &ctx, const QStringList &args)
{
    CommandArgs a;
    QString error;
    if (!a.parse(args, { QStringLiteral("password-stdin"), QStringLiteral("passwords-optional") },
            {}, &error))
        return ctx.fail(error, ExitUsage);
    if (!a.positionals().isEmpty())
        return ctx.fail(
            Text::tr("init takes no arguments; name the file with --db FILE."), ExitUsage);
    const bool optional = a.has(QStringLiteral("passwords-optional"));
    const bool given = a.has(QStringLiteral("password-stdin"));
    if (optional && given)
        return ctx.fail(
            Text::tr("--password-stdin and --passwords-optional exclude each other."), ExitUsage);
    // The creator's password is checked before anything is created.
    const QString password = given ? ctx.readStdinLine() : QString();
    if (given) {
        if (auto ok = Accounts::checkNewPassword(password); !ok)
            return ctx.fail(ok.error());
    }
    if (!ctx.openLedger(Ledger::OpenMode::CreateIfMissing))
        return ExitFailure;
    const QString shown = QDir::toNativeSeparators(ctx.ledger.path());
    if (ctx.ledger.wasCreated()) {
        // A new ledger requires a password of everyone unless told otherwise; its
        // creator (its administrator) gives theirs now or sets it with passwd.
        const QString creator = ctx.ledger.actor();
        Accounts accounts(ctx.ledger, creator);
        if (!optional) {
            if (auto s = accounts.setPasswordsRequired(true); !s)
                return ctx.fail(s.error());
        }
        if (given) {
            if (auto s = accounts.changeOwnPassword(QString(), password); !s)
                return ctx.fail(s.error());
        }
        ctx.out << Text::tr("Created the ledger %1 (format version %2).")
                       .arg(shown)
                       .arg(Schema::currentVersion());
        if (!optional && !given)
            ctx.out << '\n'
                    << Text::tr("Passwords are required: %1 sets one first with "
                                "rectify-cli --user %1 passwd.")
                           .arg(creator);
    } else {
        if (given || optional)
            return ctx.fail(Text::tr("The ledger %1 exists already: --password-stdin and "
                                     "--passwords-optional go with a new ledger.")
                                .arg(shown));
    }
    if (!ctx.ledger.wasCreated())
        ctx.out << Text::tr("The ledger %1 is ready (format version %2).")
                       .arg(shown)
                       .arg(ctx.ledger.schemaVersion());
    ctx.out << Qt::endl;
    return ExitOk;
}

int runInfo(Context &ctx, const QStringList &args)
{
    CommandArgs a;
    QString error;
    if (!a.parse(args, { QStringLiteral("json") }, {}, &error))
        return ctx.fail(error, ExitUsage);
    if (!a.positionals().isEmpty())
        return ctx.fail(Text::tr("info takes no arguments."), ExitUsage);
    if (!ctx.openLedger(Ledger::OpenMode::ReadOnly))
        return ExitFailure;
    auto counts = ctx.ledger.counts();
    if (!counts)
        return ctx.fail(counts.error());
    const int version = ctx.ledger.schemaVersion();
    if (a.has(QStringLiteral("json"))) {
        QJsonObject o {
            { QStringLiteral("path"), ctx.ledger.path() },
            { QStringLiteral("schemaVersion"), version },
            { QStringLiteral("inspections"), counts->inspections },
            { QStringLiteral("problems"), counts->problems },
            { QStringLiteral("tasks"), counts->tasks },
            { QStringLiteral("progressEntries"), counts->progressEntries },
            { QStringLiteral("units"), counts->units },
            { QStringLiteral("people"), counts->people },
            { QStringLiteral("users"), counts->users },
            { QStringLiteral("auditEntries"), counts->auditEntries },
        };
        ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        ctx.out.flush();
        return ExitOk;
    }
    const auto row = [&](const QString &label, const QString &value) {
        ctx.out << Text::tr("%1: %2", "a label and its value").arg(label, value) << Qt::endl;
    };
    row(Text::tr("Ledger"), QDir::toNativeSeparators(ctx.ledger.path()));
    row(Text::tr("Format version"), QString::number(version));
    row(Text::tr("Inspections"), QString::number(counts->inspections));
    row(Text::tr("Problems"), QString::number(counts->problems));
    row(Text::tr("Tasks"), QString::number(counts->tasks));
    row(Text::tr("Progress entries"), QString::number(counts->progressEntries));
    row(Text::tr("Units"), QString::number(counts->units));
    row(Text::tr("People"), QString::number(counts->people));
    row(Text::tr("Users"), QString::number(counts->users));
    row(Text::tr("Audit entries"), QString::number(counts->auditEntries));
    return ExitOk;
}

} // namespace rectify::cli
