#include "context.h"

#include <QCoreApplication>

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

int Context::fail(const QString &message, int code)
{
    // One line: scripts read the first line of stderr.
    QString line = message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    err << "rectify-cli: " << line << Qt::endl;
    return code;
}

} // namespace rectify::cli
