#pragma once

#include "domain/user.h"
#include "util/result.h"
#include "workflow/password.h"
#include "workflow/permission.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>
#include <optional>

namespace rectify {

class Ledger;

// Signing in and keeping the ledger's user accounts: one's own password, an
// administrator's reset (the user must choose a new password at the next sign-in),
// the ledger setting "passwords required", and an administrator's changes of a
// user's role, unit and active flag. Users are never deleted: the audit log names
// them; a deactivated user cannot sign in or be chosen.
//
// The window and rectify-cli both come here, so that the rules are the same in
// both: every change is checked against the acting user as stored now (not as
// they were when they signed in) and audited by the store in its transaction.
class Accounts final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::Accounts)

public:
    // The shortest password accepted when one is set or changed.
    static constexpr int minPasswordLength = 8;
    // The ledger setting: "1" when every user must have a password. A new ledger
    // made by `rectify-cli init` or by the window has it; a ledger from before
    // has not (an administrator turns it on).
    static QString passwordsRequiredKey();
    static Result<bool> passwordsRequired(const Ledger &ledger);
    // Why a new password is refused, or success: at least minPasswordLength
    // characters, not blank.
    static Status checkNewPassword(const QString &password);
    // A random password for a reset: 12 letters and digits, without look-alikes.
    static QString temporaryPassword();

    // What a sign-in found.
    struct SignIn
    {
        User user;
        // The user must choose a (new) password before working: an administrator
        // reset theirs, or the ledger requires one and they have none.
        bool mustSetPassword = false;
        // Why, in words for the user (empty when nothing is needed).
        QString why;
    };
    // Checks that `name` is an active user and that `password` is theirs (when
    // they have one). After a match, a hash of fewer iterations than today's is
    // made again (unless the ledger is read-only or a new password is due);
    // `iterations` is today's count (tests pass a low one).
    static Result<SignIn> signIn(Ledger &ledger, const QString &name, const QString &password,
        int iterations = Password::defaultIterations);
    // The users who may sign in (active ones), in the ledger's order.
    static Result<QVector<User>> activeUsers(const Ledger &ledger);
    // The one user a window may sign in without asking: the only active user,
    // when they have no password and the ledger does not require one.
    static Result<std::optional<User>> soleUser(const Ledger &ledger);

    // Acting for `actor` (the signed-in user; re-read from the ledger by name
    // before each change).
    Accounts(Ledger &ledger, QString actor);
    // PBKDF2 iterations of the hashes this object makes (tests pass a low count).
    void setIterations(int iterations) { m_iterations = iterations; }

    // The actor's own password: `current` must match the stored one when there is
    // one; the new one must pass checkNewPassword and, after a reset, differ from
    // the temporary one. Clears the "must change" flag. On a set-up server the
    // user's login gets the new password in the same transaction; signed in with
    // that login, `current` is checked by the server (empty: the connection proved it).
    Status changeOwnPassword(const QString &current, const QString &newPassword);

    // Administrators only (Action::ManageUsers):
    // Adds a user; `password` may be empty (they set one at their first sign-in
    // when the ledger requires one). An official needs a unit.
    // On a server ledger set up by ServerRoles the user also gets a server login
    // named `login` (the user's name when empty) with `password`, which is then
    // required.
    Result<qint64> addUser(
        const User &user, const QString &password = QString(), const QString &login = QString());
    // Gives `name` the password `temporary` and makes them choose a new one at
    // their next sign-in. On a set-up server their login gets it too.
    Status resetPassword(const QString &name, const QString &temporary);
    Status setRole(const QString &name, UserRole role);
    Status setUnit(const QString &name, const QString &unit);
    // Deactivates (false) or activates (true) a user. The store refuses to leave
    // the ledger without an active administrator.
    Status setActive(const QString &name, bool active);
    Status setPasswordsRequired(bool required);

private:
    // The actor as stored now, allowed to do `action`; an error saying why not.
    Result<User> allowedActor(Action action) const;
    Result<User> target(const QString &name) const;
    Status update(const User &changed);
    // Stores `password` as `name`'s (and their server login's) in one transaction.
    Status setPasswords(
        const QString &name, const QString &password, const QString &reason, bool mustChange);

    Ledger &m_ledger;
    QString m_actor;
    int m_iterations;
};

} // namespace rectify
