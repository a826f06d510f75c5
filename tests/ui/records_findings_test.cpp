// The 整改成效 dialog's supervision rounds: each round's findings per task shown
// under the rounds, added, edited and removed by whoever may change the round
// (RecordBook checks it; the buttons say why they are disabled).
#include "sample/sampleledger.h"
#include "store/ledger.h"
#include "tests/support/templedger.h"
#include "ui/records/recordsdialog.h"
#include "workflow/permission.h"

#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <gtest/gtest.h>

using namespace rectify;
using namespace rectify::test;

namespace {

QVector<SupervisionFinding> findingsOf(Ledger &ledger, qint64 roundId)
{
    auto records = ledger.records(ledger.inspections()->constFirst().id);
    EXPECT_TRUE(records.ok());
    for (const Record &r : *records) {
        if (r.id == roundId)
            return r.findings;
    }
    return {};
}

} // namespace

TEST(RecordsFindings, ShownPerRoundAddedEditedRemoved)
{
    TempLedger l;
    ASSERT_TRUE(writeSampleLedger(*l, QDate(2024, 3, 15)).ok());
    l->setActor(QStringLiteral("周主任"));
    const qint64 inspection = l->inspections()->constFirst().id;
    RecordsDialog dialog(*l, inspection);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    dialog.tabs()->setCurrentIndex(
        static_cast<int>(allRecordKinds().indexOf(RecordKind::SupervisionRound)));
    ASSERT_TRUE(dialog.findingsTable()->isVisible());
    QTableWidget *rounds = dialog.table(RecordKind::SupervisionRound);
    ASSERT_GT(rounds->rowCount(), 0);
    EXPECT_FALSE(dialog.addFindingButton()->isEnabled()); // no round selected yet
    rounds->selectRow(0);
    const Record round = dialog.shown().first();
    ASSERT_EQ(dialog.findingsTable()->rowCount(), round.findings.size());
    for (int row = 0; row < round.findings.size(); ++row) {
        EXPECT_EQ(dialog.findingsTable()->item(row, 1)->text(), round.findings[row].text);
        // The task by its number and measure, not its id.
        EXPECT_TRUE(dialog.findingsTable()->item(row, 0)->text().contains(QLatin1Char('.')));
    }
    ASSERT_TRUE(dialog.addFindingButton()->isEnabled())
        << dialog.addFindingButton()->toolTip().toStdString();

    // Add: the first task of the inspection.
    auto problems = l->problems(inspection);
    ASSERT_TRUE(problems.ok() && !problems->isEmpty());
    const qint64 task = l->tasks(problems->first().id)->first().id;
    dialog.setFindingHook([&](SupervisionFinding *f) {
        if (f->id == 0) {
            f->taskId = task;
            f->text = QStringLiteral("台账资料不齐全");
        } else {
            f->text = QStringLiteral("台账资料已补齐");
        }
        return true;
    });
    QTest::mouseClick(dialog.addFindingButton(), Qt::LeftButton);
    ASSERT_TRUE(dialog.lastError().isEmpty()) << dialog.lastError().toStdString();
    QVector<SupervisionFinding> now = findingsOf(*l, round.id);
    ASSERT_EQ(now.size(), round.findings.size() + 1);
    EXPECT_EQ(now.last().text, QStringLiteral("台账资料不齐全"));
    EXPECT_EQ(now.last().taskId, task);
    const int added = static_cast<int>(now.size()) - 1;
    const qint64 addedId = now.last().id;
    ASSERT_EQ(dialog.findingsTable()->rowCount(), now.size()); // the round stays selected
    EXPECT_EQ(dialog.findingsTable()->item(added, 1)->text(), QStringLiteral("台账资料不齐全"));

    // Edit: the new text, the same finding (id and task).
    dialog.findingsTable()->selectRow(added);
    ASSERT_TRUE(dialog.editFindingButton()->isEnabled());
    QTest::mouseClick(dialog.editFindingButton(), Qt::LeftButton);
    ASSERT_TRUE(dialog.lastError().isEmpty()) << dialog.lastError().toStdString();
    now = findingsOf(*l, round.id);
    ASSERT_EQ(now.size(), round.findings.size() + 1);
    EXPECT_EQ(now.last().id, addedId);
    EXPECT_EQ(now.last().text, QStringLiteral("台账资料已补齐"));
    EXPECT_EQ(now.last().taskId, task);
    EXPECT_EQ(dialog.findingsTable()->item(added, 1)->text(), QStringLiteral("台账资料已补齐"));

    // Remove.
    dialog.findingsTable()->selectRow(added);
    QTest::mouseClick(dialog.removeFindingButton(), Qt::LeftButton);
    ASSERT_TRUE(dialog.lastError().isEmpty()) << dialog.lastError().toStdString();
    EXPECT_EQ(findingsOf(*l, round.id).size(), round.findings.size());
    EXPECT_EQ(dialog.findingsTable()->rowCount(), round.findings.size());

    // Every change is in the audit log.
    auto audit = l->auditLog();
    ASSERT_TRUE(audit.ok());
    int findingEntries = 0;
    for (const AuditEntry &e : *audit)
        findingEntries += e.field == QLatin1String("finding") ? 1 : 0;
    EXPECT_GE(findingEntries, 4); // added, edited (removed and added), removed
}

// Who may not change the round sees the buttons disabled with the reason, and the
// core refuses the write too.
TEST(RecordsFindings, RefusedWithoutPermission)
{
    TempLedger l;
    ASSERT_TRUE(writeSampleLedger(*l, QDate(2024, 3, 15)).ok());
    User official;
    official.name = QStringLiteral("办事员");
    official.role = UserRole::Official;
    official.unit = QStringLiteral("某办公室");
    ASSERT_TRUE(l->addUser(official).ok());
    l->setActor(official.name);
    RecordsDialog dialog(*l, l->inspections()->constFirst().id);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    dialog.tabs()->setCurrentIndex(
        static_cast<int>(allRecordKinds().indexOf(RecordKind::SupervisionRound)));
    dialog.table(RecordKind::SupervisionRound)->selectRow(0);
    const Record round = dialog.shown().first();
    const Decision may = Permission::checkRecord(official, RecordKind::SupervisionRound, &round);
    ASSERT_FALSE(may.allowed) << "an official should not change a supervision round";
    EXPECT_FALSE(dialog.addFindingButton()->isEnabled());
    EXPECT_EQ(dialog.addFindingButton()->toolTip(), may.refusal);
    EXPECT_EQ(dialog.findingsTable()->rowCount(), round.findings.size());
}
