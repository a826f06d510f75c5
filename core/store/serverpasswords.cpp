#include "store/serverpasswords.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace rectify {

namespace {

QMutex &lock()
{
    static QMutex m;
    return m;
}

QHash<QString, QString> &passwords()
{
    static QHash<QString, QString> h;
    return h;
}

} // namespace

void ServerPasswords::remember(const QString &address, const QString &password)
{
    const QMutexLocker locker(&lock());
    if (password.isEmpty())
        passwords().remove(address);
    else
        passwords().insert(address, password);
}

void ServerPasswords::forget(const QString &address)
{
    const QMutexLocker locker(&lock());
    passwords().remove(address);
}

QString ServerPasswords::lookup(const QString &address)
{
    const QMutexLocker locker(&lock());
    return passwords().value(address);
}

} // namespace rectify
