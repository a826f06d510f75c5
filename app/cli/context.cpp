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
        if (!Password::verify(password, u.passwordHash)) {
            fail(Text::tr("Wrong password for the user %1.").arg(u.name));
            return false;
        }
    }
    *acting = u;
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
