#include "app/cli/context.h"

#include "workflow/password.h"

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

bool Context::authenticate(User *acting)
{
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
    QString rehash; // the password, when its stored hash is to be redone
    if (!u.passwordHash.isEmpty()) {
        QString password;
        if (passwordFromStdin)
            password = readStdinLine();
        else if (qEnvironmentVariableIsSet("RECTIFY_PASSWORD"))
            password = qEnvironmentVariable("RECTIFY_PASSWORD");
        else {
            fail(Text::tr("The user %1 has a password: set RECTIFY_PASSWORD or pass "
                          "--password-stdin.")
                     .arg(u.name));
            return false;
        }
        const auto matches = Password::check(password, u.passwordHash);
        if (!matches) {
            fail(Text::tr("Cannot check the password of the user %1: %2")
                     .arg(u.name, matches.error()));
            return false;
        }
        if (!*matches) {
            fail(Text::tr("Wrong password for the user %1.").arg(u.name));
            return false;
        }
        rehash = Password::needsRehash(u.passwordHash) ? password : QString();
    }
    *acting = u;
    ledger.setActor(u.name);
    // A hash of fewer iterations than today's is redone now that the password is
    // known (in the user's name); a read-only command leaves it for the next one
    // that writes, and a failure here does not undo the sign-in.
    if (!rehash.isEmpty() && !ledger.isReadOnly())
        (void)ledger.setUserPasswordHash(
            u.name, Password::hash(rehash), Text::tr("stronger password hash on sign-in"));
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
