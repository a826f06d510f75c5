#pragma once

#include "reporting/formcollector.h"
#include "reporting/formwriter.h"
#include "reporting/rounds.h"
#include "store/ledger.h"
#include "tests/support/templedger.h"

#include <QMap>
#include <gtest/gtest.h>

namespace rectify::test {

// Rows of one sheet of a workbook, by 1-based row number, as text.
QMap<qint64, QStringList> readSheet(const QString &path, const QString &sheet);
// Writes a workbook as a spreadsheet program would save an edited form: the main
// sheet's rows and the key sheet's rows (hidden), by 1-based row number.
void writeForm(const QString &path, const QMap<qint64, QStringList> &main,
    const QMap<qint64, QStringList> &keys);

// Fills in a ledger for reporting: problem 1 with tasks 1.1 (led by 组织人事部,
// 办公室 co-operating, due 2024-06-30) and 1.2 (组织人事部, due 2024-03-31);
// problem 2 with 2.1 (投资促进局, 组织人事部 co-operating, due 2024-04-30) and
// 2.2 (投资促进局, long-term); problem 3 with 3.1 (财务科, completed).
// Users: tester (admin), 周主任 (supervisor), 孙丽 (official of 组织人事部),
// 钱进 (official of 投资促进局). The clock is 2024-03-15.
void fillLedger(Ledger &ledger);

class ReportingTest : public ::testing::Test
{
protected:
    void SetUp() override;

    User user(const QString &name);
    Task task(qint64 id);
    qint64 taskId(const QString &ref);
    qint64 auditCount();
    // Opens the round 2024年3月进展报送 due 2024-03-20 as 周主任.
    Round openRound(const QString &name = QStringLiteral("2024年3月进展报送"),
        const QDate &due = QDate(2024, 3, 20));
    // The .xlsx form of `unit` written for `round` into the test folder.
    QString formOf(const Round &round, const QString &unit, bool csv = false);
    CollectResult collect(const QString &path, FormCollector::Options options = {});
    // The main sheet of `path` with `cells` set: (row of task ref, column) -> text.
    QString filled(const QString &form, const QString &name,
        const QList<std::tuple<QString, int, QString>> &cells);

    TempLedger m_ledger;
};

} // namespace rectify::test
