#include "tests/support/guitestmain.h"

#include "tests/support/pgskip.h"
#include "tests/support/privatetemp.h"

#include <QApplication>
#include <QLocale>
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
    if (serverTests)
        skipAllWithoutServer();
    return RUN_ALL_TESTS();
}

} // namespace rectify::test
