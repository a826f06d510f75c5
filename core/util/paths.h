#pragma once

#include <QString>

namespace rectify {

// $XDG_DATA_HOME/rectify/ledger.sqlite (~/.local/share/rectify/ledger.sqlite):
// the ledger the GUI and the CLI use when none is named.
QString defaultLedgerPath();
// The operating-system user name, the first admin of a new ledger.
QString systemUserName();

} // namespace rectify
