#include "import/zippackage.h"

#include <QFile>
#include <zip.h>

namespace rectify {

ZipEntryDevice::ZipEntryDevice(zip_file *file, qint64 declaredSize)
    : m_file(file)
    , m_declaredSize(declaredSize)
{
    QIODevice::open(QIODevice::ReadOnly);
}

ZipEntryDevice::~ZipEntryDevice()
{
    zip_fclose(m_file);
}

qint64 ZipEntryDevice::readData(char *data, qint64 maxSize)
{
    if (!m_failure.isEmpty())
        return -1;
    // One byte more than declared is asked for, to notice a part that is longer.
    const qint64 room = m_declaredSize - m_inflated + 1;
    const zip_int64_t n
        = zip_fread(m_file, data, static_cast<zip_uint64_t>(std::min(maxSize, room)));
    if (n < 0) {
        m_failure = tr("a part of the package is damaged (%1)")
                        .arg(QString::fromUtf8(zip_error_strerror(zip_file_get_error(m_file))));
        return -1;
    }
    m_inflated += n;
    if (m_inflated > m_declaredSize) {
        m_failure = tr("a part of the package holds more than it declares");
        return -1;
    }
    return n;
}

ZipPackage::ZipPackage() = default;

ZipPackage::~ZipPackage()
{
    if (m_archive)
        zip_discard(m_archive);
}

Status ZipPackage::open(const QString &path)
{
    if (m_archive)
        zip_discard(m_archive);
    int code = 0;
    // ZIP_CHECKCONS compares the central directory with the local headers, which
    // is how a truncated or spliced file shows.
    m_archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    if (m_archive)
        return {};
    switch (code) {
    case ZIP_ER_NOZIP: // the file starts as one (the caller checked): its end is missing
    case ZIP_ER_INCONS:
    case ZIP_ER_EOF:
        return Error { tr("the zip package is incomplete or damaged (truncated?)") };
    case ZIP_ER_OPEN:
    case ZIP_ER_READ:
    case ZIP_ER_NOENT:
        return Error { tr("the file cannot be read") };
    default:
        break;
    }
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const QString text = QString::fromUtf8(zip_error_strerror(&error));
    zip_error_fini(&error);
    return Error { tr("the zip package cannot be read (%1)").arg(text) };
}

bool ZipPackage::contains(const QString &name) const
{
    return m_archive && zip_name_locate(m_archive, name.toUtf8().constData(), 0) >= 0;
}

Result<std::unique_ptr<ZipEntryDevice>> ZipPackage::openEntry(
    const QString &name, qint64 maxSize) const
{
    const QByteArray utf8 = name.toUtf8();
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (!m_archive || zip_stat(m_archive, utf8.constData(), 0, &stat) != 0)
        return Error { tr("the part %1 is missing").arg(name) };
    if (!(stat.valid & ZIP_STAT_SIZE) || !(stat.valid & ZIP_STAT_COMP_SIZE))
        return Error { tr("the part %1 does not say its size").arg(name) };
    const auto size = static_cast<qint64>(std::min<zip_uint64_t>(stat.size, INT64_MAX));
    const auto packed = static_cast<qint64>(std::min<zip_uint64_t>(stat.comp_size, INT64_MAX));
    if (size > maxSize)
        return Error { tr("the part %1 is %2 MiB, more than the %3 MiB a ledger could need")
                           .arg(name)
                           .arg(size >> 20)
                           .arg(maxSize >> 20) };
    if (size > ratioCheckedFrom && size / std::max<qint64>(packed, 1) > maxRatio)
        return Error { tr("the part %1 would inflate more than %2 times, which no real "
                          "workbook does")
                           .arg(name)
                           .arg(maxRatio) };
    zip_file_t *file = zip_fopen(m_archive, utf8.constData(), 0);
    if (!file)
        return Error { tr("the part %1 cannot be read (%2)")
                           .arg(name, QString::fromUtf8(zip_strerror(m_archive))) };
    return std::make_unique<ZipEntryDevice>(file, size);
}

} // namespace rectify
