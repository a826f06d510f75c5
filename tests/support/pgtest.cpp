#include "tests/support/pgtest.h"

#include "store/ledgerlocation.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace rectify::test {

namespace {

QAtomicInt s_counter;

QString readLine(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(f.readAll()).trimmed();
}

// Runs one statement on the server's maintenance database, on a connection of its own.
QString runOnServer(const QString &server, const QString &sql)
{
    auto location = LedgerLocation::parse(server);
    if (!location)
        return location.error();
    const QString connection
        = QStringLiteral("rectify-test-pg-admin-%1").arg(s_counter.fetchAndAddRelaxed(1));
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        if (!db.isValid()) {
            error = QStringLiteral("the Qt PostgreSQL driver is not installed (libqt6sql6-psql)");
        } else {
            db.setHostName(location->host);
            if (location->port > 0)
                db.setPort(location->port);
            db.setUserName(location->user);
            db.setDatabaseName(location->database);
            if (!db.open()) {
                error = db.lastError().text();
            } else {
                QSqlQuery q(db);
                if (!q.exec(sql))
                    error = q.lastError().text();
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}

} // namespace

QString pgServerUrl(QString *reason)
{
    const QString env = qEnvironmentVariable("RECTIFY_TEST_PG_URL").trimmed();
    if (!env.isEmpty())
        return env;
    const QString state = QStringLiteral(RECTIFY_TEST_PG_STATE);
    const QString url = readLine(state + QStringLiteral("/url"));
    if (!url.isEmpty())
        return url;
    const QString why = readLine(state + QStringLiteral("/skip-reason"));
    if (reason) {
        *reason = !why.isEmpty() ? why
                                 : QStringLiteral("no server: run the tests through ctest (its "
                                                  "fixture starts one) or set RECTIFY_TEST_PG_URL");
    }
    return QString();
}

bool pgBackendRequested()
{
    return qEnvironmentVariable("RECTIFY_TEST_BACKEND")
               .compare(QLatin1String("postgresql"), Qt::CaseInsensitive)
        == 0;
}

TempPgDatabase::TempPgDatabase()
{
    m_server = pgServerUrl(&m_error);
    if (m_server.isEmpty())
        return;
    auto location = LedgerLocation::parse(m_server);
    if (!location) {
        m_error = location.error();
        return;
    }
    m_name = QStringLiteral("rectify_test_%1_%2")
                 .arg(QCoreApplication::applicationPid())
                 .arg(s_counter.fetchAndAddRelaxed(1));
    // Byte order for text, as SQLite compares it.
    const QString error = runOnServer(m_server,
        QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' "
                       "LC_CTYPE 'C.UTF-8'")
            .arg(m_name));
    if (!error.isEmpty()) {
        m_error = QStringLiteral("cannot create the test database %1: %2").arg(m_name, error);
        m_name.clear();
        return;
    }
    location->database = m_name;
    m_url = location->display();
}

TempPgDatabase::~TempPgDatabase()
{
    if (!m_name.isEmpty())
        (void)runOnServer(
            m_server, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
}

} // namespace rectify::test
