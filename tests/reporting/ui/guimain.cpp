// main() of the reporting-round window tests: a QApplication (offscreen) around GoogleTest.
#include "tests/support/guitestmain.h"

int main(int argc, char **argv)
{
    return rectify::test::runGuiTests(argc, argv, QStringLiteral("rectify-rounds-test"), true);
}
