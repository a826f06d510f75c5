// main() for every test executable: a QCoreApplication (or the GUI tests' own
// QApplication, via RECTIFY_TEST_GUI) around GoogleTest.
#include "pgskip.h"

#include <QCoreApplication>
#include <QLocale>
#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    QLocale::setDefault(QLocale(QLocale::English));
    QCoreApplication app(argc, argv);
    rectify::test::skipAllWithoutServer();
    return RUN_ALL_TESTS();
}
