// Ledger's units, people and users.
#include "store/ledger.h"
#include "store/rowreader.h"
#include "store/serverroles.h"
#include "store/sqlaccess.h"
#include "util/sqlvalues.h"

namespace rectify {

namespace {

// Units and people are one row per name, spaces collapsed.
QString trimmedName(const QString &name)
{
    return name.simplified();
}

// The id of the row of `table` (units or people) that has this name, added when missing.
Result<qint64> ensureNamed(
    const Ledger &ledger, const char *table, const QString &name, const QString &adding)
{
    const QLatin1String t(table);
    auto q = SqlAccess::exec(
        ledger, QStringLiteral("SELECT id FROM %1 WHERE name = ?").arg(t), { name });
    if (!q)
        return Error { q.error() };
    if (q->next())
        return q->value(0).toLongLong();
    auto ins = SqlAccess::exec(
        ledger, QStringLiteral("INSERT INTO %1 (name) VALUES (?)").arg(t), { name }, adding);
    if (!ins)
        return Error { ins.error() };
    return ins->lastInsertId().toLongLong();
}

QString firstText(const QSqlQuery &q)
{
    return q.value(0).toString();
}

} // namespace

Result<qint64> Ledger::ensureUnit(const QString &rawName)
{
    const QString name = trimmedName(rawName);
    if (name.isEmpty())
        return Error { tr("A unit needs a name.") };
    return ensureNamed(*this, "units", name, tr("add the unit %1").arg(name));
}

Result<qint64> Ledger::ensurePerson(const QString &rawName)
{
    const QString name = trimmedName(rawName);
    if (name.isEmpty())
        return Error { tr("A person needs a name.") };
    return ensureNamed(*this, "people", name, tr("add the person %1").arg(name));
}

Result<QStringList> Ledger::unitNames() const
{
    return RowReader::all(
        exec(QStringLiteral("SELECT name FROM units ORDER BY name"), {}, tr("read the units")),
        firstText);
}

Result<QStringList> Ledger::personNames() const
{
    return RowReader::all(
        exec(QStringLiteral("SELECT name FROM people ORDER BY name"), {}, tr("read the people")),
        firstText);
}

// ---------------------------------------------------------------------------
// Users

namespace {

// A login of a set-up server that may not read password hashes (an official's, a
// supervisor's: ServerRoles) reads only their shape, "scheme$iterations" or empty,
// from the server's rectify_password_shape: enough to tell who has a password.
QString userSelect(bool hashHidden)
{
    return QStringLiteral("SELECT us.id, us.name, us.role, COALESCE(un.name, ''), %1, "
                          "us.active, us.must_change_password FROM users us LEFT JOIN units un "
                          "ON un.id = us.unit_id")
        .arg(hashHidden ? QStringLiteral("COALESCE(rectify_password_shape(us.id), '')")
                        : QStringLiteral("COALESCE(us.password_hash, '')"));
}

User readUser(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.name = q.value(1).toString();
    u.role = userRoleFromKey(q.value(2).toString()).value_or(UserRole::Official);
    u.unit = q.value(3).toString();
    u.passwordHash = q.value(4).toString();
    u.active = q.value(5).toInt() != 0;
    u.mustChangePassword = q.value(6).toInt() != 0;
    return u;
}

} // namespace

Result<QVector<User>> Ledger::users() const
{
    return RowReader::all(exec(userSelect(ServerRoles::hidesPasswordHashes(*this))
                                  + QStringLiteral(" ORDER BY us.id"),
                              {}, tr("read the users")),
        readUser);
}

Result<std::optional<User>> Ledger::findUser(const QString &name) const
{
    return RowReader::first(exec(userSelect(ServerRoles::hidesPasswordHashes(*this))
                                    + QStringLiteral(" WHERE us.name = ?"),
                                { name.trimmed() }, tr("find the user %1").arg(name)),
        readUser);
}

Result<qint64> Ledger::addUser(const User &u)
{
    const QString name = u.name.trimmed();
    if (name.isEmpty())
        return Error { tr("A user needs a name.") };
    // The import's progress entries carry this marker as their author.
    if (name == ProgressEntry::importAuthor())
        return Error { tr("%1 is reserved for imported progress; choose another name.").arg(name) };
    Transaction tx(*this);
    if (!tx.status())
        return Error { tx.status().error() };
    QVariant unitId;
    if (!u.unit.trimmed().isEmpty()) {
        auto id = ensureUnit(u.unit);
        if (!id)
            return Error { id.error() };
        unitId = *id;
    }
    auto q = exec(QStringLiteral("INSERT INTO users (name, role, unit_id, password_hash, "
                                 "created_at, active, must_change_password) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        { name, userRoleKey(u.role), unitId,
            u.passwordHash.isEmpty() ? QVariant() : QVariant(u.passwordHash), timestampToSql(now()),
            u.active ? 1 : 0, u.mustChangePassword ? 1 : 0 },
        tr("add the user %1").arg(name));
    if (!q)
        return Error { q.error() };
    const qint64 id = q->lastInsertId().toLongLong();
    if (auto a = audit(QStringLiteral("user"), id, QString(), QVariant(),
            QStringLiteral("%1 (%2)").arg(name, userRoleKey(u.role)));
        !a)
        return Error { a.error() };
    if (!u.active) {
        if (auto a = audit(QStringLiteral("user"), id, QStringLiteral("active"), 1, 0); !a)
            return Error { a.error() };
    }
    if (auto c = tx.commit(); !c)
        return Error { c.error() };
    return id;
}

Status Ledger::updateUser(const User &changed, const QString &reason)
{
    Transaction tx(*this);
    if (!tx.status())
        return tx.status();
    auto found = findUser(changed.name);
    if (!found)
        return Error { found.error() };
    if (!found->has_value())
        return Error { tr("The ledger has no user named %1.").arg(changed.name) };
    const User &before = **found;
    const QString unit = changed.unit.simplified();
    QVariant unitId;
    if (!unit.isEmpty()) {
        auto id = ensureUnit(unit);
        if (!id)
            return Error { id.error() };
        unitId = *id;
    }
    auto q = exec(QStringLiteral("UPDATE users SET role = ?, unit_id = ?, active = ? WHERE id = ?"),
        { userRoleKey(changed.role), unitId, changed.active ? 1 : 0, before.id },
        tr("change the user %1").arg(before.name));
    if (!q)
        return Error { q.error() };
    // Someone must be left to manage users, back up and import: checked on what
    // is stored now, inside the transaction, so that no path around it exists.
    auto admins
        = exec(QStringLiteral("SELECT COUNT(*) FROM users WHERE role = 'admin' AND active = 1"), {},
            tr("count the administrators"));
    if (!admins)
        return Error { admins.error() };
    if (!admins->next() || admins->value(0).toLongLong() == 0)
        return Error { tr("%1 is the last active administrator: make another user an "
                          "administrator first.")
                           .arg(before.name) };
    if (auto a = auditChanges(QStringLiteral("user"), before.id,
            { { "role", userRoleKey(before.role), userRoleKey(changed.role) },
                { "unit", before.unit, unit },
                { "active", before.active ? 1 : 0, changed.active ? 1 : 0 } },
            reason);
        !a)
        return a;
    return tx.commit();
}

Status Ledger::setUserPasswordHash(
    const QString &name, const QString &passwordHash, const QString &reason, bool mustChange)
{
    Transaction tx(*this);
    if (!tx.status())
        return tx.status();
    auto user = findUser(name);
    if (!user)
        return Error { user.error() };
    if (!user->has_value())
        return Error { tr("The ledger has no user named %1.").arg(name) };
    const User &u = **user;
    auto q = exec(
        QStringLiteral("UPDATE users SET password_hash = ?, must_change_password = ? WHERE id = ?"),
        { passwordHash.isEmpty() ? QVariant() : QVariant(passwordHash), mustChange ? 1 : 0, u.id },
        tr("change the password of %1").arg(u.name));
    if (!q)
        return Error { q.error() };
    // "scheme$iterations" of each form: what changed, without the hashes.
    const auto shape = [](const QString &form) { return form.section(QLatin1Char('$'), 0, 1); };
    if (auto a = audit(QStringLiteral("user"), u.id, QStringLiteral("password"),
            shape(u.passwordHash), shape(passwordHash), reason);
        !a)
        return a;
    if (u.mustChangePassword != mustChange) {
        if (auto a = audit(QStringLiteral("user"), u.id, QStringLiteral("must_change_password"),
                u.mustChangePassword ? 1 : 0, mustChange ? 1 : 0, reason);
            !a)
            return a;
    }
    return tx.commit();
}

} // namespace rectify
