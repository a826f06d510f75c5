// 催办 from the reporting rounds dialog: the button for every late unit or the
// chosen one, the notice's text, Copy Text, saving the documents, and the record
// in the task's history; what an official is not offered.
#include "reporting/reminders.h"
#include "tests/reporting/reportingfixture.h"
#include "ui/rounds/reminddialog.h"
#include "ui/rounds/roundsdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

namespace rectify::test {
namespace {

class RemindUiTest : public ReportingTest
{
protected:
    void SetUp() override
    {
        ReportingTest::SetUp();
        openRound(); // due 2024-03-20; the clock says 2024-03-15
        // 1.2 (组织人事部) five days overdue.
        Task t = task(taskId(QStringLiteral("1.2")));
        t.deadline = QDate(2024, 3, 10);
        ASSERT_TRUE(m_ledger->updateTask(t).ok());
    }

    int reminderEntries(const QString &ref)
    {
        auto log = m_ledger->auditLog(QStringLiteral("task"), taskId(ref));
        EXPECT_TRUE(log.ok());
        int n = 0;
        for (const AuditEntry &e : *log)
            n += e.field == QStringLiteral("reminder");
        return n;
    }
};

TEST_F(RemindUiTest, EveryLateUnitCopiedAndSaved)
{
    RoundsDialog rounds(*m_ledger, user(QStringLiteral("周主任")));
    rounds.show();
    ASSERT_TRUE(rounds.remindButton()->isEnabled());
    EXPECT_EQ(rounds.remindButton()->text(), QStringLiteral("&Remind Late Units…"));
    QTest::mouseClick(rounds.remindButton(), Qt::LeftButton);
    RemindDialog *dialog = rounds.reminderDialog();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(dialog->isVisible());
    ASSERT_EQ(dialog->unitList()->count(), 2);
    EXPECT_EQ(dialog->unitList()->item(0)->text(), QStringLiteral("投资促进局 (not reported)"));
    EXPECT_EQ(dialog->unitList()->item(1)->text(),
        QStringLiteral("组织人事部 (1 overdue, not reported)"));
    EXPECT_TRUE(dialog->previewText()->toPlainText().startsWith(
        QStringLiteral("【催办通知】投资促进局：")));

    dialog->unitList()->setCurrentRow(1);
    const QString text = dialog->previewText()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral(
        "1.任务1.2（基层党组织建设薄弱）：开展专题培训，整改时限2024年3月10日，已超期5天。")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(
        QStringLiteral("你单位尚未报送“2024年3月进展报送”，请于2024年3月20日前报送。")));

    EXPECT_EQ(reminderEntries(QStringLiteral("1.2")), 0);
    QTest::mouseClick(dialog->copyButton(), Qt::LeftButton);
    EXPECT_EQ(QApplication::clipboard()->text(), text);
    EXPECT_EQ(reminderEntries(QStringLiteral("1.2")), 1);
    EXPECT_TRUE(dialog->messageLabel()->text().contains(QStringLiteral("Recorded as sent")));
    // Copied again, or saved afterwards: recorded once.
    QTest::mouseClick(dialog->copyButton(), Qt::LeftButton);
    EXPECT_EQ(reminderEntries(QStringLiteral("1.2")), 1);

    const QString folder = QDir(m_ledger.dir()).filePath(QStringLiteral("notices"));
    ASSERT_TRUE(dialog->saveInto(folder, QStringLiteral("docx")));
    EXPECT_TRUE(QFile::exists(
        QDir(folder).filePath(QStringLiteral("催办通知_组织人事部_2024-03-15.docx"))));
    EXPECT_TRUE(QFile::exists(
        QDir(folder).filePath(QStringLiteral("催办通知_投资促进局_2024-03-15.docx"))));
    EXPECT_EQ(reminderEntries(QStringLiteral("1.2")), 1);
    auto notices = m_ledger->auditLog(QStringLiteral("reminder"));
    ASSERT_TRUE(notices.ok());
    EXPECT_EQ(notices->size(), 2);
}

TEST_F(RemindUiTest, TheChosenUnitOnly)
{
    RoundsDialog rounds(*m_ledger, user(QStringLiteral("周主任")));
    rounds.show();
    int row = -1;
    for (int r = 0; r < rounds.unitTable()->rowCount(); ++r) {
        if (rounds.unitTable()->item(r, 0)->text() == QStringLiteral("组织人事部"))
            row = r;
    }
    ASSERT_GE(row, 0);
    rounds.unitTable()->selectRow(row);
    EXPECT_EQ(rounds.remindButton()->text(), QStringLiteral("&Remind 组织人事部…"));
    QTest::mouseClick(rounds.remindButton(), Qt::LeftButton);
    ASSERT_NE(rounds.reminderDialog(), nullptr);
    EXPECT_EQ(rounds.reminderDialog()->notices().size(), 1);
    EXPECT_EQ(rounds.reminderDialog()->notices().at(0).unit, QStringLiteral("组织人事部"));
}

TEST_F(RemindUiTest, RefusalsShowAndNothingIsRecorded)
{
    RoundsDialog official(*m_ledger, user(QStringLiteral("孙丽")));
    EXPECT_FALSE(official.remindButton()->isEnabled());

    RemindDialog unknown(*m_ledger, user(QStringLiteral("周主任")), QStringLiteral("不存在的局"),
        QString(), QDate(2024, 3, 15));
    EXPECT_TRUE(unknown.messageLabel()->text().contains(QStringLiteral("no unit named")));
    EXPECT_FALSE(unknown.copyButton()->isEnabled());
    EXPECT_FALSE(unknown.saveButton()->isEnabled());

    RemindDialog noRound(*m_ledger, user(QStringLiteral("周主任")), QString(),
        QStringLiteral("2099年报送"), QDate(2024, 3, 15));
    EXPECT_TRUE(noRound.messageLabel()->text().contains(QStringLiteral("2099年报送")));
    EXPECT_EQ(noRound.unitList()->count(), 0);

    RemindDialog notAllowed(
        *m_ledger, user(QStringLiteral("孙丽")), QString(), QString(), QDate(2024, 3, 15));
    EXPECT_FALSE(notAllowed.messageLabel()->text().isEmpty());
    EXPECT_FALSE(notAllowed.copyButton()->isEnabled());
    EXPECT_FALSE(notAllowed.copyCurrent());
    EXPECT_EQ(reminderEntries(QStringLiteral("1.2")), 0);
}

} // namespace
} // namespace rectify::test
