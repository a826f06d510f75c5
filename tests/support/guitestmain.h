#pragma once

#include <QString>

namespace rectify::test {

// main() of a test executable that needs a QApplication (widgets, charts): English,
// the offscreen platform unless another is set, settings and standard paths in
// Qt's test mode under `applicationName`, a private temporary folder
// (privatetemp.h). With `serverTests`, a PostgreSQL run without a server skips
// every test (pgskip.h).
int runGuiTests(int argc, char **argv, const QString &applicationName, bool serverTests);

} // namespace rectify::test
