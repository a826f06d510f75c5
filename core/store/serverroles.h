#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

namespace rectify {

class Ledger;

// A server ledger that enforces the role matrix itself (docs/server.md): run once
// by `rectify-cli --db URL server setup`, as a superuser or a login with
// CREATEROLE that owns the ledger's tables.
//
// What setup makes, per database (role names start with the database's name):
// - an owner role (NOLOGIN) that owns every table, sequence and function;
// - three group roles, admin / supervisor / official, with only the privileges
//   each needs; every Rectify user signs in with a login of their own that is a
//   member of the group of their Rectify role (rectify_logins maps logins to users);
// - row-level security: an official's writes to tasks, responsibilities, progress
//   and evidence reach only tasks whose lead or co-operating unit is theirs;
// - a guard trigger on tasks: sign-off, reject and reopen only through the
//   SECURITY DEFINER function rectify_set_task_status (it checks the caller's
//   Rectify role by their login), deadline changes only by supervisors, closed
//   tasks read-only;
// - the audit chain computed by the server for every login's session: a trigger on
//   audit_log numbers, names (the login's user), dates and hashes each entry
//   (AuditChain's canonical form), and deferred triggers on tasks,
//   responsibilities, progress, evidence and users write an entry for a change
//   that no entry of the same transaction names (a change made with psql);
// - logins kept in step with users: rectify_login_create (admins) makes a login;
//   a trigger on users follows role changes and deactivation (NOLOGIN).
//
// The objects are not part of the file schema (schema.cpp): a ledger that is not
// set up works as before, and backups (SQLite files) carry none of them.
class ServerRoles final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::ServerRoles)

public:
    struct Names
    {
        QString owner;
        QString admin;
        QString supervisor;
        QString official;
        QString schema;
    };
    // The role names of the open server ledger's database.
    static Result<Names> names(const Ledger &ledger);
    // Whether setup has been run on the open ledger (false for a file ledger).
    static Result<bool> isSetUp(const Ledger &ledger);
    // Prepares the open server ledger; running it again changes nothing. `created`
    // tells whether this run set the ledger up (false: it already was).
    static Status setup(Ledger &ledger, bool *created = nullptr);

    // The server logins of the ledger's users: user name -> login.
    static Result<QMap<QString, QString>> logins(const Ledger &ledger);
    // Creates the login `login` with `password` for the Rectify user `userName`, a
    // member of the group of their role (NOLOGIN while the user is deactivated).
    // The caller must be an administrator's login, or the owner / a superuser.
    static Status createLogin(
        Ledger &ledger, const QString &userName, const QString &login, const QString &password);
    // Gives the login of the Rectify user `userName` the password `password`, as a
    // SCRAM-SHA-256 verifier made here (the password in clear never reaches the
    // server): one's own login with ALTER ROLE SESSION_USER, another user's through
    // rectify_login_password (administrators, or the owner). Nothing to do on a
    // ledger not set up or for a user without a login. Runs in the caller's
    // transaction, so that Rectify's password and the login's change together.
    static Status setLoginPassword(
        Ledger &ledger, const QString &userName, const QString &password);
    // Whether `password` is the password of the connection's login: a connection of
    // its own, opened with it and closed ("The current password is wrong." when the
    // server refuses it; a server that trusts the address accepts any).
    static Status checkLoginPassword(const Ledger &ledger, const QString &password);
    // libpq's SCRAM-SHA-256 verifier of `password` for `login` (what psql's
    // \password sends).
    static Result<QString> scramVerifier(
        const Ledger &ledger, const QString &login, const QString &password);
    // Whether `login` may be used as a PostgreSQL login name for a user.
    static Status checkLoginName(const QString &login);

    // Whether the ledger's connection is a login that may not read users' password
    // hashes (an official's or a supervisor's on a set-up server): the store then
    // reads only their shape, "scheme$iterations", through rectify_password_shape.
    // Asked of the server once per connection, when the Ledger opens it.
    static bool hidesPasswordHashes(const Ledger &ledger);
    static Status notePasswordHashAccess(const Ledger &ledger);

    // The Rectify user the connection's login is mapped to on a set-up server
    // (empty when the ledger is not set up or the login is not a user's).
    static Result<QString> sessionUser(const Ledger &ledger);
};

} // namespace rectify
