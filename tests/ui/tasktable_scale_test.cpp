// The task table on a generated ledger of a few thousand tasks.
#include "tests/support/genledgerfile.h"

#include <gtest/gtest.h>
