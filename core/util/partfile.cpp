#include "util/partfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <cstdio>

namespace rectify {

PartFile::PartFile(const QString &target)
    : m_target(QFileInfo(target).absoluteFilePath())
{ }

PartFile::~PartFile()
{
    if (!m_committed)
        discard();
}

bool PartFile::create(QString *why)
{
    const QFileInfo info(m_target);
    QTemporaryFile file(
        info.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(info.fileName())));
    file.setAutoRemove(false);
    if (!file.open()) {
        if (why)
            *why = file.errorString();
        return false;
    }
    m_temp = file.fileName();
    return true;
}

QString PartFile::shown() const
{
    return QDir::toNativeSeparators(m_target);
}

QByteArray PartFile::encodedPath() const
{
    return QFile::encodeName(m_temp);
}

bool PartFile::commit()
{
    if (m_temp.isEmpty())
        return false;
    // std::rename replaces an existing target in one step on POSIX systems.
    if (std::rename(encodedPath().constData(), QFile::encodeName(m_target).constData()) != 0) {
        discard();
        return false;
    }
    m_committed = true;
    m_temp.clear();
    return true;
}

void PartFile::discard()
{
    if (!m_temp.isEmpty())
        QFile::remove(m_temp);
    m_temp.clear();
}

} // namespace rectify
