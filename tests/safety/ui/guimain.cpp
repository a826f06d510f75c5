// main() of the data-safety GUI tests: a QApplication (offscreen) around GoogleTest.
#include "pgskip.h"

#include <QApplication>
#include <QLocale>
#include <QStandardPaths>
#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    QLocale::setDefault(QLocale(QLocale::English));
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // The main window keeps recent files in the settings: keep them away from the user's.
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("rectify-test"));
    QApplication::setApplicationName(QStringLiteral("rectify-safety-test"));
    rectify::test::skipAllWithoutServer();
    return RUN_ALL_TESTS();
}
