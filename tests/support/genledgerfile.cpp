#include "tests/support/genledgerfile.h"

#include <QProcess>
#include <QStringList>

namespace rectify::test {

QString generateLedger(const QString &path, int tasks)
{
    QProcess gen;
    gen.start(QStringLiteral(RECTIFY_GENLEDGER),
        { path, QStringLiteral("--tasks"), QString::number(tasks), QStringLiteral("--seed"),
            QStringLiteral("7"), QStringLiteral("--today"), QStringLiteral("2024-03-15") });
    if (!gen.waitForFinished(120000))
        return QStringLiteral("rectify-genledger did not finish: %1").arg(gen.errorString());
    if (gen.exitStatus() != QProcess::NormalExit || gen.exitCode() != 0)
        return QStringLiteral("rectify-genledger failed: %1")
            .arg(QString::fromLocal8Bit(gen.readAllStandardError()));
    return QString();
}

} // namespace rectify::test
