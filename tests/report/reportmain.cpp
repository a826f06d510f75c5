// main() of the document tests: a QApplication (offscreen) for the PDF's fonts
// around GoogleTest; the bulletin's ledger tests also run on a server ledger.
#include "tests/support/guitestmain.h"

int main(int argc, char **argv)
{
    return rectify::test::runGuiTests(argc, argv, QStringLiteral("rectify-report-test"), true);
}
