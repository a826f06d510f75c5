#pragma once

#include "store/ledger.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <ostream>

// GoogleTest prints QStrings as text.
inline void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}

namespace rectify::test {

// A small ledger of one inspection: problem 1 with two tasks (one long-term),
// problem 2 with one task, progress on two tasks. Returns false on any failure.
bool seedSmallLedger(Ledger &ledger);

// Writes bytes to a file, replacing it.
bool writeBytes(const QString &path, const QByteArray &bytes);

// Makes a plain SQLite file with a connection of its own, outside the Ledger class.
bool makeSqliteFile(const QString &path, const QStringList &statements);

// One value of a single-value query, as text ("" on error).
QString scalar(const Ledger &ledger, const QString &sql);

} // namespace rectify::test
