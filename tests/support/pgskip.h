#pragma once

namespace rectify::test {

// In a suite's PostgreSQL run with no server to run against, makes every test
// skip with the reason (in the words ctest counts as a skip) rather than pass.
// Call after InitGoogleTest and the application object, before RUN_ALL_TESTS.
void skipAllWithoutServer();

} // namespace rectify::test
