#include "tests/support/privatetemp.h"

#include <QDir>
#include <cstdio>
#include <cstdlib>

namespace rectify::test {

PrivateTempDir::PrivateTempDir()
    : m_previous(qgetenv("TMPDIR"))
    , m_hadPrevious(qEnvironmentVariableIsSet("TMPDIR"))
    , m_dir(QDir::tempPath() + QStringLiteral("/rectify-test-XXXXXX"))
{
    if (!m_dir.isValid()) {
        std::fprintf(stderr, "Cannot make a private temporary folder: %s\n",
            qPrintable(m_dir.errorString()));
        std::exit(1);
    }
    qputenv("TMPDIR", QFile::encodeName(m_dir.path()));
}

PrivateTempDir::~PrivateTempDir()
{
    if (m_hadPrevious)
        qputenv("TMPDIR", m_previous);
    else
        qunsetenv("TMPDIR");
    // m_dir removes the folder and what the tests left in it.
}

} // namespace rectify::test
