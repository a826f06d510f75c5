#pragma once

#include <QString>

namespace rectify {

// Passwords of server logins typed in the window (File → Connect to Server…),
// kept in this process's memory only, by ledger address (LedgerLocation::display):
// never written to the settings, the recent-ledgers list, a log or the audit log.
// Every connection the program opens to that address (the window's, the automatic
// backup's, the import's, the start-up readers') gives it to the server; without
// one, libpq reads PGPASSWORD or ~/.pgpass as before. Safe to use from any thread.
class ServerPasswords final
{
public:
    ServerPasswords() = delete;

    static void remember(const QString &address, const QString &password);
    static void forget(const QString &address);
    // The password remembered for `address`, empty when none.
    static QString lookup(const QString &address);
};

} // namespace rectify
