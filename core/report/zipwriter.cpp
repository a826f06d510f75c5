#include "report/zipwriter.h"

#include <QDir>
#include <QFile>
#include <zip.h>

namespace rectify {

namespace {

// A fixed time for every part, so that the same document gives the same bytes.
constexpr time_t partTime = 1704067200; // 2024-01-01 00:00 UTC

} // namespace

ZipWriter::ZipWriter() = default;

ZipWriter::~ZipWriter()
{
    if (m_archive)
        zip_discard(m_archive);
}

Status ZipWriter::open(const QString &path)
{
    if (m_archive)
        zip_discard(m_archive);
    m_parts.clear();
    m_path = path;
    int code = 0;
    m_archive = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (m_archive)
        return {};
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const QString text = QString::fromUtf8(zip_error_strerror(&error));
    zip_error_fini(&error);
    return Error { tr("Cannot write %1 (%2).").arg(QDir::toNativeSeparators(path), text) };
}

Status ZipWriter::add(const QString &name, QByteArray bytes, Compression compression)
{
    if (!m_archive)
        return Error {
            tr("Cannot write %1: it is not open.").arg(QDir::toNativeSeparators(m_path))
        };
    m_parts.push_back(std::move(bytes));
    const QByteArray &kept = m_parts.back();
    zip_source_t *source
        = zip_source_buffer(m_archive, kept.constData(), static_cast<zip_uint64_t>(kept.size()), 0);
    zip_int64_t index = -1;
    if (source) {
        index = zip_file_add(m_archive, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8);
        if (index < 0)
            zip_source_free(source);
    }
    if (index < 0
        || zip_set_file_compression(m_archive, static_cast<zip_uint64_t>(index),
               compression == Compression::Store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0)
            != 0
        || zip_file_set_mtime(m_archive, static_cast<zip_uint64_t>(index), partTime, 0) != 0)
        return Error { tr("Cannot add %1 to %2 (%3).")
                           .arg(name, QDir::toNativeSeparators(m_path),
                               QString::fromUtf8(zip_strerror(m_archive))) };
    return {};
}

Status ZipWriter::commit()
{
    if (!m_archive)
        return Error {
            tr("Cannot write %1: it is not open.").arg(QDir::toNativeSeparators(m_path))
        };
    if (zip_close(m_archive) != 0) {
        const QString text = QString::fromUtf8(zip_strerror(m_archive));
        zip_discard(m_archive);
        m_archive = nullptr;
        m_parts.clear();
        return Error { tr("Cannot write %1 (%2).").arg(QDir::toNativeSeparators(m_path), text) };
    }
    m_archive = nullptr;
    m_parts.clear();
    return {};
}

} // namespace rectify
