#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace rectify::test {

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

// Runs rectify-cli (English messages, data folder inside `dataHome` when given).
CliRun runCli(const QStringList &args, const QString &dataHome = QString());

// A temporary folder for files the CLI reads and writes.
class CliDir final
{
public:
    QString path(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

} // namespace rectify::test
