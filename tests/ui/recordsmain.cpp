// main() of the records window's tests: a QApplication (offscreen) around GoogleTest.
#include "tests/support/guitestmain.h"

int main(int argc, char **argv)
{
    return rectify::test::runGuiTests(argc, argv, QStringLiteral("rectify-records-test"), false);
}
