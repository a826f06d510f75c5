// The reporting rounds dialog as a supervisor and an official use it: open a
// round, write the forms, collect a returned form after its preview, see who
// reported; and what an official is not offered.
#include "reporting/roundforms.h"
#include "tests/reporting/reportingfixture.h"
#include "ui/rounds/roundsdialog.h"

#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

namespace rectify::test {
namespace {

using RoundsDialogTest = ReportingTest;

QString cell(QTableWidget *t, int row, int column)
{
    return t->item(row, column) ? t->item(row, column)->text() : QString();
}

TEST_F(RoundsDialogTest, SupervisorRunsARound)
{
    RoundsDialog dialog(*m_ledger, user(QStringLiteral("周主任")));
    dialog.show();
    EXPECT_EQ(dialog.roundTable()->rowCount(), 0);
    EXPECT_TRUE(dialog.summaryLabel()->text().contains(QStringLiteral("No reporting round")));
    // The round's name (QTest types ASCII only) and due date, then Enter.
    dialog.nameEdit()->setText(QStringLiteral("2024年3月进展报送"));
    dialog.dueEdit()->setDate(QDate(2024, 3, 20));
    QTest::keyClick(dialog.nameEdit(), Qt::Key_Return);
    ASSERT_EQ(dialog.roundTable()->rowCount(), 1);
    EXPECT_EQ(cell(dialog.roundTable(), 0, 0), QStringLiteral("2024年3月进展报送"));
    EXPECT_EQ(cell(dialog.roundTable(), 0, 1), QStringLiteral("2024-03-20"));
    EXPECT_EQ(cell(dialog.roundTable(), 0, 3), QStringLiteral("0 of 2 (0%)"));
    ASSERT_EQ(dialog.unitTable()->rowCount(), 2);
    EXPECT_EQ(cell(dialog.unitTable(), 0, 1), QStringLiteral("not reported"));

    const QString folder = QDir(m_ledger.dir()).filePath(QStringLiteral("forms"));
    ASSERT_TRUE(dialog.writeForms(folder, false));
    const QString form = QDir(folder).filePath(QStringLiteral("2024年3月进展报送_组织人事部.xlsx"));
    ASSERT_TRUE(QFile::exists(form));
    EXPECT_TRUE(dialog.messageLabel()->text().contains(QStringLiteral("Wrote 2 form")))
        << dialog.messageLabel()->text().toStdString();

    const QString back = filled(form, QStringLiteral("back.xlsx"),
        { { QStringLiteral("1.1"), RoundForms::Progress, QStringLiteral("清单已起草") },
            { QStringLiteral("1.1"), RoundForms::Reporter, QStringLiteral("孙丽") } });
    const QString bad = filled(form, QStringLiteral("bad.xlsx"),
        { { QStringLiteral("1.2"), RoundForms::Completion, QStringLiteral("好了") } });
    dialog.previewFiles({ back, bad });
    const QString preview = dialog.previewText()->toPlainText();
    EXPECT_TRUE(preview.contains(QStringLiteral("✓ back.xlsx: 组织人事部, on time")))
        << preview.toStdString();
    EXPECT_TRUE(preview.contains(QStringLiteral("1.1  progress: 清单已起草 — 孙丽")))
        << preview.toStdString();
    EXPECT_TRUE(preview.contains(QStringLiteral("✗ bad.xlsx: refused")));
    EXPECT_TRUE(preview.contains(QStringLiteral("row 6, column F (完成情况)")));
    // Nothing is written before the preview is accepted.
    auto progress = m_ledger->progress(taskId(QStringLiteral("1.1")));
    ASSERT_TRUE(progress.ok());
    EXPECT_TRUE(progress->isEmpty());
    ASSERT_TRUE(dialog.acceptButton()->isEnabled());
    QTest::mouseClick(dialog.acceptButton(), Qt::LeftButton);
    progress = m_ledger->progress(taskId(QStringLiteral("1.1")));
    ASSERT_TRUE(progress.ok());
    ASSERT_EQ(progress->size(), 1);
    EXPECT_EQ(progress->first().author, QStringLiteral("孙丽"));
    EXPECT_FALSE(dialog.acceptButton()->isEnabled());
    EXPECT_EQ(cell(dialog.roundTable(), 0, 3), QStringLiteral("1 of 2 (50%)"));
    EXPECT_TRUE(dialog.summaryLabel()->text().contains(QStringLiteral("1 on time")));
    bool orgOnTime = false;
    for (int r = 0; r < dialog.unitTable()->rowCount(); ++r)
        orgOnTime = orgOnTime
            || (cell(dialog.unitTable(), r, 0) == QStringLiteral("组织人事部")
                && cell(dialog.unitTable(), r, 1) == QStringLiteral("on time")
                && cell(dialog.unitTable(), r, 3) == QStringLiteral("孙丽"));
    EXPECT_TRUE(orgOnTime);
    // A picture of the dialog for the docs, when asked for.
    if (const QString shot = qEnvironmentVariable("RECTIFY_ROUNDS_SCREENSHOT"); !shot.isEmpty()) {
        dialog.previewFiles({ back, bad });
        dialog.grab().save(shot);
    }
}

TEST_F(RoundsDialogTest, OfficialSeesButDoesNotRunRounds)
{
    openRound();
    RoundsDialog dialog(*m_ledger, user(QStringLiteral("孙丽")));
    dialog.show();
    EXPECT_EQ(dialog.roundTable()->rowCount(), 1);
    EXPECT_FALSE(dialog.openButton()->isEnabled());
    EXPECT_FALSE(dialog.nameEdit()->isEnabled());
    EXPECT_TRUE(dialog.openButton()->toolTip().contains(QStringLiteral("Only a supervisor")));
    EXPECT_TRUE(dialog.messageLabel()->text().contains(QStringLiteral("Only a supervisor")));
    EXPECT_FALSE(dialog.writeForms(QDir(m_ledger.dir()).filePath(QStringLiteral("f")), false));
}

} // namespace
} // namespace rectify::test
