// Keeping user accounts on the command line: passwd (one's own password) and the
// administrator's users reset-password / set-role / set-unit / deactivate /
// activate / require-passwords. The rules are workflow/accounts.h, as in the window.
#include "app/cli/commandargs.h"
#include "app/cli/commands.h"
#include "workflow/accounts.h"

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace rectify::cli {

bool Context::stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

QString Context::readHiddenLine(const QString &prompt)
{
    err << prompt;
    err.flush();
#ifdef Q_OS_WIN
    HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    const bool got = GetConsoleMode(in, &mode);
    if (got)
        SetConsoleMode(in, mode & ~ENABLE_ECHO_INPUT);
    const QString line = readStdinLine();
    if (got)
        SetConsoleMode(in, mode);
#else
    termios old {};
    const bool got = tcgetattr(STDIN_FILENO, &old) == 0;
    if (got) {
        termios quiet = old;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    const QString line = readStdinLine();
    if (got)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
#endif
    err << Qt::endl;
    return line;
}

namespace {

// The new password: the next line of stdin when it is not a terminal or when
// --password-stdin is given, else typed twice without echo. Empty after printing
// why it failed.
QString readNewPassword(Context &ctx, bool fromStdin)
{
    if (fromStdin || !Context::stdinIsTerminal()) {
        const QString line = ctx.readStdinLine();
        if (line.isEmpty())
            ctx.fail(Text::tr("No new password was read from stdin."));
        return line;
    }
    const QString first = ctx.readHiddenLine(Text::tr("New password: "));
    const QString again = ctx.readHiddenLine(Text::tr("Repeat the new password: "));
    if (first != again) {
        ctx.fail(Text::tr("The two passwords differ; nothing was changed."));
        return QString();
    }
    if (first.isEmpty())
        ctx.fail(Text::tr("No new password was given."));
    return first;
}

} // namespace

int runPasswd(Context &ctx, const QStringList &args)
{
    CommandArgs a;
    QString error;
    if (!a.parse(args, { QStringLiteral("password-stdin") }, {}, &error))
        return ctx.fail(error, ExitUsage);
    if (!a.positionals().isEmpty())
        return ctx.fail(Text::tr("Usage: passwd [--password-stdin]; the new password is read "
                                 "from stdin, never from the command line."),
            ExitUsage);
    if (!ctx.openLedger(Ledger::OpenMode::ExistingOnly))
        return ExitFailure;
    // The current password, when there is one, as for every command (or typed
    // at the terminal here).
    ctx.promptForPassword = true;
    User me;
    bool due = false;
    if (!ctx.authenticate(&me, &due))
        return ExitFailure;
    const QString password = readNewPassword(ctx, a.has(QStringLiteral("password-stdin")));
    if (password.isEmpty())
        return ExitFailure;
    Accounts accounts(ctx.ledger, me.name);
    if (auto changed = accounts.changeOwnPassword(ctx.signInPassword, password); !changed)
        return ctx.fail(changed.error());
    ctx.out << Text::tr("The password of %1 is changed.").arg(me.name) << Qt::endl;
    return ExitOk;
}

int runUsersAdmin(Context &ctx, const QStringList &args)
{
    CommandArgs a;
    QString error;
    if (!a.parse(args, { QStringLiteral("password-stdin") }, {}, &error))
        return ctx.fail(error, ExitUsage);
    const QStringList p = a.positionals();
    const QString verb = p.value(0);
    const QString usage = Text::tr(
        "Usage: users reset-password NAME [--password-stdin] | set-role NAME ROLE | "
        "set-unit NAME UNIT | deactivate NAME | activate NAME | require-passwords on|off.");
    const int wanted
        = (verb == QLatin1String("set-role") || verb == QLatin1String("set-unit")) ? 3 : 2;
    if (p.size() != wanted || p.at(1).trimmed().isEmpty())
        return ctx.fail(usage, ExitUsage);
    if (a.has(QStringLiteral("password-stdin")) && verb != QLatin1String("reset-password"))
        return ctx.fail(Text::tr("--password-stdin goes with users reset-password."), ExitUsage);
    std::optional<UserRole> role;
    if (verb == QLatin1String("set-role")) {
        role = userRoleFromKey(p.at(2));
        if (!role)
            return ctx.fail(
                Text::tr("The role is official, supervisor or admin, not \"%1\".").arg(p.at(2)),
                ExitUsage);
    }
    bool required = false;
    if (verb == QLatin1String("require-passwords")) {
        if (p.at(1) != QLatin1String("on") && p.at(1) != QLatin1String("off"))
            return ctx.fail(usage, ExitUsage);
        required = p.at(1) == QLatin1String("on");
    }
    if (!ctx.openLedger(Ledger::OpenMode::ExistingOnly))
        return ExitFailure;
    User actor;
    if (!ctx.authenticate(&actor))
        return ExitFailure;
    Accounts accounts(ctx.ledger, actor.name);
    const QString name = p.at(1).trimmed();
    Status done;
    QString message;
    if (verb == QLatin1String("reset-password")) {
        const bool given = a.has(QStringLiteral("password-stdin"));
        const QString temporary = given ? ctx.readStdinLine() : Accounts::temporaryPassword();
        if (temporary.isEmpty())
            return ctx.fail(Text::tr("No password was read from stdin."));
        done = accounts.resetPassword(name, temporary);
        message = given ? Text::tr("The password of %1 is reset; they must choose a new one at "
                                   "their next sign-in.")
                              .arg(name)
                        : Text::tr("The password of %1 is reset to %2; they must choose a new "
                                   "one at their next sign-in.")
                              .arg(name, temporary);
    } else if (verb == QLatin1String("set-role")) {
        done = accounts.setRole(name, *role);
        message = Text::tr("%1 is now: %2.").arg(name, userRoleLabel(*role));
    } else if (verb == QLatin1String("set-unit")) {
        done = accounts.setUnit(name, p.at(2));
        message = p.at(2).trimmed().isEmpty()
            ? Text::tr("%1 has no unit now.").arg(name)
            : Text::tr("The unit of %1 is now %2.").arg(name, p.at(2).simplified());
    } else if (verb == QLatin1String("deactivate") || verb == QLatin1String("activate")) {
        const bool on = verb == QLatin1String("activate");
        done = accounts.setActive(name, on);
        message = on ? Text::tr("%1 is active again and can sign in.").arg(name)
                     : Text::tr("%1 is deactivated: they can no longer sign in; their name stays "
                                "in the history.")
                           .arg(name);
    } else if (verb == QLatin1String("require-passwords")) {
        done = accounts.setPasswordsRequired(required);
        message = required
            ? Text::tr("Every user of this ledger now needs a password (at least %1 "
                       "characters); a user without one sets it at the next sign-in.")
                  .arg(Accounts::minPasswordLength)
            : Text::tr("Passwords are optional in this ledger now.");
    } else {
        return ctx.fail(usage, ExitUsage);
    }
    if (!done)
        return ctx.fail(done.error());
    ctx.out << message << Qt::endl;
    return ExitOk;
}

} // namespace rectify::cli
