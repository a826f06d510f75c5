#pragma once

#include "store/ledger.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
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
// The number of rows of `table` (0 on error).
qint64 countOf(const Ledger &ledger, const char *table);

// XDG_DATA_HOME in a temporary folder while the object lives: the backups of a
// server ledger go beside the default ledger, never into the user's own folder.
class TempDataHome final
{
public:
    TempDataHome();
    ~TempDataHome();
    TempDataHome(const TempDataHome &) = delete;
    TempDataHome &operator=(const TempDataHome &) = delete;
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QByteArray m_before;
    bool m_wasSet = false;
};

} // namespace rectify::test
