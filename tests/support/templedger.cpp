#include "tests/support/templedger.h"

#include <QFile>
#include <gtest/gtest.h>

namespace rectify::test {

QDateTime fixedNow()
{
    return QDateTime(QDate(2024, 3, 15), QTime(9, 0), Qt::UTC);
}

TempLedger::TempLedger()
    : m_path(m_dir.filePath(QStringLiteral("ledger.sqlite")))
    , m_ledger(std::make_unique<Ledger>())
{
    if (pgBackendRequested()) {
        m_pg = std::make_unique<TempPgDatabase>();
        EXPECT_TRUE(m_pg->ok()) << m_pg->error().toStdString();
        m_path = m_pg->url();
    }
    m_ledger->setActor(QStringLiteral("tester"));
    m_ledger->setClock(fixedNow);
    const Status opened = m_ledger->open(m_path);
    EXPECT_TRUE(opened.ok()) << opened.error().toStdString();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace rectify::test
