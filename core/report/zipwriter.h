#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <vector>

struct zip;

namespace rectify {

// A zip package (DOCX, ODT) written through libzip: parts are added in order and
// the file appears only when commit() succeeds. libzip writes to a temporary file
// beside the target and renames it at the end, so a failed or abandoned write
// leaves an existing file as it was.
class ZipWriter final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::ZipWriter)

public:
    ZipWriter();
    ~ZipWriter(); // discards what was not committed
    Q_DISABLE_COPY_MOVE(ZipWriter)

    enum class Compression
    {
        Deflate,
        Store, // ODF's mimetype part must be stored, and first
    };

    Status open(const QString &path);
    // The bytes are kept until commit().
    Status add(
        const QString &name, QByteArray bytes, Compression compression = Compression::Deflate);
    Status commit();

private:
    zip *m_archive = nullptr;
    QString m_path;
    std::vector<QByteArray> m_parts;
};

} // namespace rectify
