// View → Results of the Work…: the records of the inspection by kind, what each
// role may do (disabled with the reason), add, edit and remove through the
// buttons and their shortcuts.
#include "sample/sampleledger.h"
#include "store/ledger.h"
#include "tests/support/guitestmain.h"
#include "tests/support/templedger.h"
#include "ui/records/recordsdialog.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <gtest/gtest.h>

using namespace rectify;
using namespace rectify::test;

namespace {

void addUser(Ledger &ledger, const QString &name, UserRole role, const QString &unit)
{
    User u;
    u.name = name;
    u.role = role;
    u.unit = unit;
    ASSERT_TRUE(ledger.addUser(u).ok());
}

qint64 firstInspection(Ledger &ledger)
{
    return ledger.inspections()->constFirst().id;
}

} // namespace

TEST(RecordsDialog, ShowsTheSampleRecordsByKind)
{
    TempLedger l;
    ASSERT_TRUE(writeSampleLedger(*l, QDate(2024, 3, 15)).ok());
    l->setActor(QStringLiteral("周主任"));
    RecordsDialog dialog(*l, firstInspection(*l));
    dialog.resize(1000, 560);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_EQ(dialog.table(RecordKind::Meeting)->rowCount(), 4);
    EXPECT_EQ(dialog.table(RecordKind::SupervisionRound)->rowCount(), 2);
    EXPECT_EQ(dialog.table(RecordKind::Rule)->rowCount(), 3);
    EXPECT_EQ(dialog.table(RecordKind::Accountability)->rowCount(), 2);
    EXPECT_EQ(dialog.table(RecordKind::Result)->rowCount(), 2);
    EXPECT_EQ(dialog.table(RecordKind::Result)->item(0, 2)->text(), QStringLiteral("万元"));
    EXPECT_TRUE(dialog.tabs()->tabText(0).contains(QStringLiteral("(4)")));
    // A supervisor may add and set the stay; edit waits for a selection.
    EXPECT_TRUE(dialog.addButton()->isEnabled());
    EXPECT_FALSE(dialog.editButton()->isEnabled());
    EXPECT_FALSE(dialog.editButton()->toolTip().isEmpty());
    const QString shot = qEnvironmentVariable("RECTIFY_RECORDS_SCREENSHOT");
    if (!shot.isEmpty()) {
        dialog.tabs()->setCurrentIndex(1);
        dialog.grab().save(shot);
    }
}

TEST(RecordsDialog, AddEditRemoveWithTheKeyboard)
{
    TempLedger l;
    Inspection i;
    i.name = QStringLiteral("巡察反馈");
    const qint64 inspection = l->addInspection(i).value();
    addUser(*l, QStringLiteral("督查员"), UserRole::Supervisor, QString());
    l->setActor(QStringLiteral("督查员"));
    RecordsDialog dialog(*l, inspection);
    dialog.setEditHook([](Record *r) {
        if (r->id == 0) {
            r->date = QDate(2024, 4, 2);
            r->category = QStringLiteral("专题会议");
            r->title = QStringLiteral("整改推进会");
        } else {
            r->title = QStringLiteral("整改推进会（第二次）");
        }
        return true;
    });
    dialog.show();
    dialog.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    ASSERT_TRUE(dialog.addButton()->isEnabled()) << dialog.addButton()->toolTip().toStdString();
    dialog.table(RecordKind::Meeting)->setFocus();
    // A button's shortcut clicks it after its short press animation.
    QTest::keyClick(&dialog, Qt::Key_N, Qt::ControlModifier);
    (void)QTest::qWaitFor([&] { return dialog.table(RecordKind::Meeting)->rowCount() == 1; }, 3000);
    ASSERT_EQ(dialog.table(RecordKind::Meeting)->rowCount(), 1) << dialog.lastError().toStdString();
    EXPECT_EQ(l->records(inspection)->size(), 1);
    dialog.table(RecordKind::Meeting)->selectRow(0);
    ASSERT_TRUE(dialog.editButton()->isEnabled());
    QTest::keyClick(&dialog, Qt::Key_F2);
    (void)QTest::qWaitFor(
        [&] { return l->records(inspection)->front().title.contains(QStringLiteral("第二次")); },
        3000);
    EXPECT_EQ(l->records(inspection)->front().title, QStringLiteral("整改推进会（第二次）"));
    EXPECT_EQ(dialog.table(RecordKind::Meeting)->item(0, 2)->text(),
        QStringLiteral("整改推进会（第二次）"));
    dialog.table(RecordKind::Meeting)->selectRow(0);
    QTest::mouseClick(dialog.removeButton(), Qt::LeftButton);
    EXPECT_EQ(dialog.table(RecordKind::Meeting)->rowCount(), 0);
    EXPECT_TRUE(l->records(inspection)->isEmpty());
    // A record the store refuses shows why and keeps nothing.
    dialog.setEditHook([](Record *) { return true; });
    QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
    EXPECT_FALSE(dialog.lastError().isEmpty());
    EXPECT_TRUE(l->records(inspection)->isEmpty());
}

TEST(RecordsDialog, AnOfficialMayRecordMeetingsOnlyAndNotTheStay)
{
    TempLedger l;
    Inspection i;
    i.name = QStringLiteral("巡察反馈");
    const qint64 inspection = l->addInspection(i).value();
    addUser(*l, QStringLiteral("经办员"), UserRole::Official, QStringLiteral("财政局"));
    l->setActor(QStringLiteral("经办员"));
    RecordsDialog dialog(*l, inspection);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_TRUE(dialog.addButton()->isEnabled()); // meetings
    dialog.tabs()->setCurrentIndex(1); // supervision rounds
    EXPECT_FALSE(dialog.addButton()->isEnabled());
    EXPECT_FALSE(dialog.addButton()->toolTip().isEmpty());
    auto *from = dialog.findChildren<QLineEdit *>().value(0);
    ASSERT_NE(from, nullptr);
    EXPECT_FALSE(from->isEnabled());
    EXPECT_FALSE(from->toolTip().isEmpty());
}
