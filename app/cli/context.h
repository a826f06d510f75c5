#pragma once

#include "store/ledger.h"
#include "workflow/permission.h"

#include <QCoreApplication>
#include <QTextStream>
#include <initializer_list>

namespace rectify::cli {

// Translation context of every rectify-cli message: Text::tr("...").
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rectify::cli)
};

// Exit codes of rectify-cli.
enum ExitCode
{
    ExitOk = 0,
    ExitFailure = 1,
    ExitUsage = 2,
};

// What every command gets: the global options and the output streams.
struct Context
{
    QString dbPath; // --db, or the default ledger
    QString user; // --user, or the operating-system user
    QTextStream &out; // results
    QTextStream &err; // one-line messages
    Ledger ledger;
    bool passwordFromStdin = false; // global --password-stdin: the acting user's password

    // The acting user (--user), checked against the ledger's users and their
    // password (RECTIFY_PASSWORD or the first line of stdin): an active user
    // (workflow/accounts.h). A user who must choose a password first (reset by an
    // administrator, or none on a ledger that requires one) is refused, unless
    // `passwordDue` is non-null (rectify-cli passwd): then it says so there. On
    // failure prints the message and returns false. The ledger must be open.
    bool authenticate(User *acting, bool *passwordDue = nullptr);
    QString signInPassword; // the password authenticate() checked (for passwd)
    // authenticate() asks for a missing password at the terminal (passwd only).
    bool promptForPassword = false;
    bool userGiven = false; // --user was given (not the operating-system user)
    // authenticate(), then Permission::check of ledger actions (import, backup,
    // settings ...): the acting user's role must allow each of them. On refusal
    // prints the permission's message and returns false. The ledger must be open.
    bool authorize(std::initializer_list<Action> actions);
    // One line of stdin, without its line end (for passwords).
    QString readStdinLine();
    // Prints `prompt` on stderr and reads one line without echoing it.
    QString readHiddenLine(const QString &prompt);
    static bool stdinIsTerminal();

    // Opens the ledger; on failure prints the message and returns false.
    bool openLedger(Ledger::OpenMode mode);
    // Prints "rectify-cli: message" on stderr and returns code.
    int fail(const QString &message, int code = ExitFailure);
};

} // namespace rectify::cli
