#include "app/cli/context.h"

#include "workflow/accounts.h"

#include <QCoreApplication>
#include <cstdio>
#include <iostream>
#include <string>

namespace rectify::cli {

bool Context::openLedger(Ledger::OpenMode mode)
{
    ledger.setActor(user);
    if (auto opened = ledger.open(dbPath, mode); !opened) {
        fail(opened.error());
        return false;
    }
    return true;
}

QString Context::readStdinLine()
{
    std::string line;
    if (!std::getline(std::cin, line))
        return QString();
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

bool Context::authenticate(User *acting, bool *passwordDue)
{
    // On a set-up server the login of the connection is the sign-in (the server
    // checked its password): the acting user is the one it belongs to.
    const QString serverUser = ledger.serverUser();
    if (!serverUser.isEmpty()) {
        if (userGiven && user != serverUser) {
            fail(Text::tr("The server login of this connection belongs to %1, not to %2.")
                     .arg(serverUser, user));
            return false;
        }
        user = serverUser;
    }
    auto found = ledger.findUser(user);
    if (!found) {
        fail(found.error());
        return false;
    }
    if (!found->has_value()) {
        fail(Text::tr("The ledger has no user named \"%1\"; name one with --user "
                      "(rectify-cli users lists them).")
                 .arg(user));
        return false;
    }
    const User &u = **found;
    QString password;
    if (!u.passwordHash.isEmpty() && u.active && serverUser.isEmpty()) {
        if (passwordFromStdin)
            password = readStdinLine();
        else if (qEnvironmentVariableIsSet("RECTIFY_PASSWORD"))
            password = qEnvironmentVariable("RECTIFY_PASSWORD");
        else if (promptForPassword && stdinIsTerminal())
            password = readHiddenLine(Text::tr("Current password of %1: ").arg(u.name));
        else {
            fail(Text::tr("The user %1 has a password: set RECTIFY_PASSWORD or pass "
                          "--password-stdin.")
                     .arg(u.name));
            return false;
        }
    }
    // Checks the password, refuses a deactivated user, and redoes a hash of fewer
    // iterations than today's in the user's name (not on a read-only command).
    auto in = Accounts::signIn(ledger, u.name, password);
    if (!in) {
        fail(in.error());
        return false;
    }
    if (in->mustSetPassword) {
        if (!passwordDue) {
            fail(Text::tr("%1 Set it first: rectify-cli --user %2 passwd").arg(in->why, u.name));
            return false;
        }
        *passwordDue = true;
    } else if (passwordDue) {
        *passwordDue = false;
    }
    *acting = in->user;
    signInPassword = password;
    ledger.setActor(u.name);
    return true;
}

bool Context::authorize(std::initializer_list<Action> actions)
{
    User acting;
    if (!authenticate(&acting))
        return false;
    for (const Action action : actions) {
        if (const Decision d = Permission::check(acting, action); !d) {
            fail(d.refusal);
            return false;
        }
    }
    return true;
}

int Context::fail(const QString &message, int code)
{
    // One line: scripts read the first line of stderr.
    QString line = message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    err << "rectify-cli: " << line << Qt::endl;
    return code;
}

} // namespace rectify::cli
