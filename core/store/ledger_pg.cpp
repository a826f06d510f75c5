// The Ledger on a PostgreSQL server: connecting, looking before touching, the
// format version. The repository code in ledger.cpp is shared with SQLite; what
// differs per dialect there goes through the few helpers below.
#include "store/ledger.h"
#include "store/ledgerlocation.h"
#include "store/schema.h"
#include "store/serverpasswords.h"
#include "store/serverroles.h"

#include <QSqlError>

namespace rectify {

namespace {

QString driverErrorText(const QSqlError &error)
{
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.text();
    return text.trimmed();
}

// libpq's words (the server's FATAL, or libpq's own) for a login refused for its
// password, and for a password the server asked for and did not get.
bool isWrongPassword(const QString &why)
{
    return why.contains(QLatin1String("password authentication failed"), Qt::CaseInsensitive)
        || why.contains(QLatin1String("28P01"));
}

bool isMissingPassword(const QString &why)
{
    return why.contains(QLatin1String("no password supplied"), Qt::CaseInsensitive);
}

} // namespace

Status Ledger::openServer(const LedgerLocation &location, OpenMode mode, int busyTimeoutMs)
{
    const QString shown = location.display();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
        if (!db.isValid()) {
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connection);
            return Error { tr("The PostgreSQL driver for Qt is not installed (package "
                              "libqt6sql6-psql); cannot open %1.")
                               .arg(shown) };
        }
        db.setHostName(location.host);
        if (location.port > 0)
            db.setPort(location.port);
        db.setUserName(location.user);
        db.setDatabaseName(location.database);
        db.setConnectOptions(location.options);
        // A password typed in the window for this address; else libpq's own sources.
        const QString password = ServerPasswords::lookup(shown);
        if (!password.isEmpty())
            db.setPassword(password);
        if (!db.open()) {
            const QString why = driverErrorText(db.lastError());
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connection);
            // Said in words first; the server's own text follows for whoever runs it.
            if (isWrongPassword(why))
                return Error { tr("The server refused the login %1: the password is wrong, or "
                                  "the login does not exist or may not sign in. Check the login "
                                  "name and the password and connect again (%2).")
                                   .arg(location.user, shown) };
            if (isMissingPassword(why))
                return Error { tr("The server asks for the password of the login %1: enter it "
                                  "in File → Connect to Server…, or give it in PGPASSWORD or "
                                  "~/.pgpass (%2).")
                                   .arg(location.user, shown) };
            return Error { tr("Cannot connect to the ledger %1: %2").arg(shown, why) };
        }
    }
    m_dialect = SqlDialect::Postgres;
    m_path = shown;
    m_readOnly = mode == OpenMode::ReadOnly;

    // NOTICEs (an index that exists ...) are not errors; a writer waits for another
    // writer's transaction as long as a SQLite writer waits for its busy timeout.
    QStringList session = {
        QStringLiteral("SET client_min_messages = warning"),
        QStringLiteral("SET lock_timeout = %1").arg(busyTimeoutMs),
    };
    if (m_readOnly)
        session << QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
    for (const QString &sql : session) {
        if (auto q = exec(sql, {}, tr("set up the connection to %1").arg(shown)); !q) {
            close();
            return Error { q.error() };
        }
    }

    // Look before touching: a database of another program, or of a newer Rectify,
    // is left as it is.
    auto q = exec(QStringLiteral("SELECT to_regclass('rectify_schema') IS NOT NULL, count(*) "
                                 "FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"),
        {}, tr("read the ledger %1").arg(shown));
    if (!q || !q->next()) {
        const QString why = q ? tr("no answer") : q.error();
        close();
        return Error { why };
    }
    const bool ours = q->value(0).toBool();
    const qint64 tables = q->value(1).toLongLong();
    q->finish();
    int version = 0;
    int appId = Schema::applicationId;
    if (ours) {
        auto v = exec(QStringLiteral("SELECT application_id, version FROM rectify_schema"), {},
            tr("read the ledger %1").arg(shown));
        if (!v) {
            close();
            return Error { v.error() };
        }
        if (v->next()) {
            appId = v->value(0).toInt();
            version = v->value(1).toInt();
        }
    }
    if ((!ours && tables > 0) || appId != Schema::applicationId) {
        close();
        return Error { tr("%1 is not a Rectify ledger: the database holds the tables of another "
                          "program. Nothing was changed.")
                           .arg(shown) };
    }
    if (version > Schema::currentVersion()) {
        close();
        return Error { tr("The ledger %1 was written by a newer Rectify (format version %2; this "
                          "program knows up to %3). Please upgrade Rectify. Nothing was changed.")
                           .arg(shown)
                           .arg(version)
                           .arg(Schema::currentVersion()) };
    }
    if (m_readOnly) {
        if (version < Schema::currentVersion()) {
            close();
            return Error { version == 0
                    ? tr("The database %1 holds no ledger yet; open it once for writing.")
                          .arg(shown)
                    : tr("The ledger %1 has format version %2 and must be upgraded before it "
                         "can be read; open it once for writing.")
                          .arg(shown)
                          .arg(version) };
        }
        return readServerUser();
    }
    if (auto migrated = migrate(); !migrated) {
        close();
        return migrated;
    }
    return readServerUser();
}

Status Ledger::readServerUser()
{
    auto user = ServerRoles::sessionUser(*this);
    if (!user) {
        const QString why = user.error();
        close();
        return Error { why };
    }
    m_serverUser = *user;
    if (!m_serverUser.isEmpty())
        m_actor = m_serverUser;
    // Officials' and supervisors' logins may not read the password hashes.
    if (auto noted = ServerRoles::notePasswordHashAccess(*this); !noted) {
        close();
        return noted;
    }
    return {};
}

int Ledger::serverSchemaVersion() const
{
    auto q = exec(QStringLiteral("SELECT to_regclass('rectify_schema') IS NOT NULL"));
    if (!q || !q->next())
        return -1;
    if (!q->value(0).toBool())
        return 0;
    q->finish();
    auto v = exec(QStringLiteral("SELECT version FROM rectify_schema"));
    return v && v->next() ? v->value(0).toInt() : -1;
}

} // namespace rectify
