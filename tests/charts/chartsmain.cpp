// main() of the chart and report tests: a QApplication (offscreen) around GoogleTest.
#include "tests/support/guitestmain.h"

int main(int argc, char **argv)
{
    return rectify::test::runGuiTests(argc, argv, QStringLiteral("rectify-charts-test"), false);
}
