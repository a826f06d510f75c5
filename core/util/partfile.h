#pragma once

#include <QByteArray>
#include <QString>

namespace rectify {

// A file written beside its target under a hidden temporary name
// (".NAME.XXXXXX.part") and renamed over the target only when it is complete:
// a failed or interrupted write leaves the target as it was and no half file.
// The temporary file is removed on destruction unless commit() succeeded.
// For writers that need a path rather than a QIODevice (libxlsxwriter, libzip).
class PartFile final
{
public:
    explicit PartFile(const QString &target);
    ~PartFile();
    PartFile(const PartFile &) = delete;
    PartFile &operator=(const PartFile &) = delete;

    // Creates the empty temporary file; false with the system's reason in `why`.
    bool create(QString *why);
    // The target as the user named it, with native separators, for messages.
    QString shown() const;
    // The temporary file's name in the file system's encoding, for C libraries.
    QByteArray encodedPath() const;
    // Renames the temporary file over the target; false (temporary file removed)
    // when that fails.
    bool commit();
    // Removes the temporary file now.
    void discard();

private:
    QString m_target;
    QString m_temp;
    bool m_committed = false;
};

} // namespace rectify
