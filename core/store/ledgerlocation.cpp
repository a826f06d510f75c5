#include "store/ledgerlocation.h"

#include <QUrl>
#include <QUrlQuery>

namespace rectify {

// A scheme without its "//" (postgresql:/user@host/db, postgres:db) is a
// mistyped address, not a file name: it is read as an address and refused, rather
// than opening a new ledger file in a folder called "postgresql:".
bool LedgerLocation::isServerAddress(const QString &location)
{
    const QString s = location.trimmed();
    return s.startsWith(QLatin1String("postgresql:"), Qt::CaseInsensitive)
        || s.startsWith(QLatin1String("postgres:"), Qt::CaseInsensitive);
}

Result<LedgerLocation> LedgerLocation::parse(const QString &location)
{
    LedgerLocation l;
    if (!isServerAddress(location)) {
        l.path = location;
        return l;
    }
    const QUrl url(location.trimmed(), QUrl::StrictMode);
    if (!location.trimmed().section(QLatin1Char(':'), 1).startsWith(QLatin1String("//"))) {
        // Not repeated: a mistyped address may hold a password.
        return Error { tr("A server address begins with postgresql:// — write it as "
                          "postgresql://user@host:port/database.") };
    }
    if (!url.isValid()) {
        return Error {
            tr("The server address %1 is not valid: %2").arg(location.trimmed(), url.errorString())
        };
    }
    // Check the password before anything else, so that no message repeats it.
    if (!url.password().isEmpty() || url.userInfo(QUrl::FullyEncoded).contains(QLatin1Char(':'))) {
        return Error { tr("The server address must not contain a password: give it in the "
                          "PGPASSWORD environment variable or in ~/.pgpass.") };
    }
    l.dialect = SqlDialect::Postgres;
    l.user = url.userName();
    l.host = url.host();
    l.port = url.port(-1);
    l.database = url.path();
    if (l.database.startsWith(QLatin1Char('/')))
        l.database.remove(0, 1);
    if (l.database.isEmpty() || l.database.contains(QLatin1Char('/'))) {
        return Error { tr("The server address %1 names no database: write it as "
                          "postgresql://user@host:port/database.")
                           .arg(l.display()) };
    }
    QStringList options;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        const QString key = item.first.trimmed();
        if (key.compare(QLatin1String("password"), Qt::CaseInsensitive) == 0) {
            return Error { tr("The server address must not contain a password: give it in the "
                              "PGPASSWORD environment variable or in ~/.pgpass.") };
        }
        if (key.isEmpty() || item.second.contains(QLatin1Char(';'))) {
            return Error { tr("The server address %1 has an option that cannot be used: %2")
                               .arg(l.display(), key) };
        }
        options << QStringLiteral("%1=%2").arg(key, item.second);
    }
    l.options = options.join(QLatin1Char(';'));
    return l;
}

QString LedgerLocation::display() const
{
    if (dialect == SqlDialect::Sqlite)
        return path;
    QString out = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        out += QString::fromUtf8(QUrl::toPercentEncoding(user)) + QLatin1Char('@');
    out += host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(host) : host;
    if (port > 0)
        out += QStringLiteral(":%1").arg(port);
    out += QLatin1Char('/') + QString::fromUtf8(QUrl::toPercentEncoding(database));
    // The connection options (sslmode, sslrootcert ...) stay with the address: every
    // connection opened from it (a window's automatic backup on its own thread, a
    // second window) must use the same TLS settings as the first.
    QStringList query;
    const QStringList pairs = options.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &pair : pairs) {
        query << QString::fromUtf8(QUrl::toPercentEncoding(pair.section(QLatin1Char('='), 0, 0)))
                + QLatin1Char('=')
                + QString::fromUtf8(
                    QUrl::toPercentEncoding(pair.section(QLatin1Char('='), 1), "/:"));
    }
    if (!query.isEmpty())
        out += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return out;
}

} // namespace rectify
