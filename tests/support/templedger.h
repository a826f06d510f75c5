#pragma once

#include "store/ledger.h"

#include <QTemporaryDir>
#include <memory>

namespace rectify::test {

// A fixed clock for tests: 2024-03-15 09:00 UTC unless set otherwise.
QDateTime fixedNow();

// A ledger in a fresh temporary directory, opened, with actor "tester" and the
// fixed clock. The directory is removed with the object.
class TempLedger final
{
public:
    TempLedger();
    Ledger &operator*() { return *m_ledger; }
    Ledger *operator->() { return m_ledger.get(); }
    Ledger &ledger() { return *m_ledger; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Ledger> m_ledger;
};

// Reads a whole file, for byte-for-byte comparisons.
QByteArray readAll(const QString &path);

} // namespace rectify::test
