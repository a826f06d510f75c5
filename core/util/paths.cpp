#include "util/paths.h"

#include <QDir>
#include <QStandardPaths>

namespace rectify {

QString defaultLedgerPath()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("rectify/ledger.sqlite"));
}

QString systemUserName()
{
    for (const char *var : { "USER", "LOGNAME", "USERNAME" }) {
        const QString name = qEnvironmentVariable(var).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("admin");
}

} // namespace rectify
