#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <memory>

struct zip;
struct zip_file;

namespace rectify {

// One part of a ZipPackage, read as it is inflated (never extracted to disk or
// held whole). It refuses to give more bytes than the part declares, so a part
// that lies about its size cannot make a reader allocate without bound.
class ZipEntryDevice final : public QIODevice
{
    Q_DECLARE_TR_FUNCTIONS(rectify::ZipEntryDevice)

public:
    ZipEntryDevice(zip_file *file, qint64 declaredSize);
    ~ZipEntryDevice() override;
    Q_DISABLE_COPY_MOVE(ZipEntryDevice)

    bool isSequential() const override { return true; }
    qint64 declaredSize() const { return m_declaredSize; }
    qint64 inflated() const { return m_inflated; }
    // Why reading failed (a damaged or truncated part); empty when it did not.
    QString failure() const { return m_failure; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    zip_file *m_file;
    const qint64 m_declaredSize;
    qint64 m_inflated = 0;
    QString m_failure;
};

// A zip file (an Office Open XML package) read through libzip: its parts by name,
// with limits on how large a part may say it is and how much it may inflate, as
// a hostile file could otherwise ask for gigabytes from a few kilobytes.
class ZipPackage final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::ZipPackage)

public:
    ZipPackage();
    ~ZipPackage();
    Q_DISABLE_COPY_MOVE(ZipPackage)

    // A part larger than this many bytes that inflates more than this many times
    // is refused: real workbooks compress text about 5 to 20 times.
    static constexpr qint64 ratioCheckedFrom = 1 << 20;
    static constexpr qint64 maxRatio = 200;

    // For a file that starts as a zip; the reasons are for a sentence that names it.
    Status open(const QString &path);
    bool contains(const QString &name) const;
    // The part `name`, refused when it declares more than maxSize bytes or an
    // absurd compression ratio.
    Result<std::unique_ptr<ZipEntryDevice>> openEntry(const QString &name, qint64 maxSize) const;

private:
    zip *m_archive = nullptr;
};

} // namespace rectify
