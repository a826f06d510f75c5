#pragma once

#include <QTemporaryDir>

namespace rectify::test {

// Gives this test process a temporary folder of its own: TMPDIR points into a new
// folder under the system's, for this process and the programs it starts, and the
// folder goes when the process ends. ctest runs tests in parallel, each in a
// process of its own; a test that looks at the temporary folder (the search
// index's files of killed imports, say) must not see another test's files.
class PrivateTempDir final
{
public:
    PrivateTempDir();
    ~PrivateTempDir();
    Q_DISABLE_COPY_MOVE(PrivateTempDir)

    QString path() const { return m_dir.path(); }

private:
    QByteArray m_previous;
    bool m_hadPrevious;
    QTemporaryDir m_dir;
};

} // namespace rectify::test
