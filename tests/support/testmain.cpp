// main() for every test executable without widgets: a QCoreApplication around
// GoogleTest, in a private temporary folder (privatetemp.h).
#include "tests/support/pgskip.h"
#include "tests/support/privatetemp.h"

#include <QCoreApplication>
#include <QLocale>
#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    rectify::test::PrivateTempDir temp;
    QLocale::setDefault(QLocale(QLocale::English));
    QCoreApplication app(argc, argv);
    rectify::test::skipAllWithoutServer();
    return RUN_ALL_TESTS();
}
