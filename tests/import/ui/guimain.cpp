// main() of the import wizard tests: a QApplication (offscreen) around GoogleTest.
// In the PostgreSQL run with no server, every test is skipped with the reason.
#include "pgskip.h"

#include <QApplication>
#include <QLocale>
#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    QLocale::setDefault(QLocale(QLocale::English));
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    rectify::test::skipAllWithoutServer();
    return RUN_ALL_TESTS();
}
