#include "tests/support/guitestmain.h"

#include "tests/support/pgskip.h"
#include "tests/support/privatetemp.h"

#include <QApplication>
#include <QDir>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <gtest/gtest.h>

namespace rectify::test {

int runGuiTests(int argc, char **argv, const QString &applicationName, bool serverTests)
{
    ::testing::InitGoogleTest(&argc, argv);
    PrivateTempDir temp;
    // Test discovery runs this without the test environment: never need a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QLocale::setDefault(QLocale(QLocale::English));
    // The main window keeps recent files in the settings: keep them away from the user's.
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("rectify-test"));
    QApplication::setApplicationName(applicationName);
    // Each test case runs in a process of its own, two at a time: with the settings in
    // the one test-mode folder, a case that remembers a server's host could show it to
    // another that checks nothing refused is remembered. Each process gets its own.
    for (QSettings::Format format : { QSettings::NativeFormat, QSettings::IniFormat })
        QSettings::setPath(
            format, QSettings::UserScope, QDir::tempPath() + QStringLiteral("/settings"));
    if (serverTests)
        skipAllWithoutServer();
    return RUN_ALL_TESTS();
}

} // namespace rectify::test
