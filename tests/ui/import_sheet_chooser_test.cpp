// The import wizard lists a workbook's sheets with their sizes and imports the
// one the user chooses (the first unless another is chosen); a CSV file has no
// sheet to choose.
#include "tests/support/templedger.h"
#include "ui/import/importwizard.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <gtest/gtest.h>
#include <xlsxwriter.h>

using namespace rectify;

namespace {

class SheetChooser : public ::testing::Test
{
protected:
    // A workbook of two ledger sheets: 说明 with one task (a title row, the
    // header, one row; 4 columns), then 台账 with two tasks (header and two rows;
    // 5 columns).
    QString workbook()
    {
        const QString path = m_dir.filePath(QStringLiteral("台账.xlsx"));
        lxw_workbook *book = workbook_new(QFile::encodeName(path).constData());
        lxw_worksheet *first = workbook_add_worksheet(book, "说明");
        worksheet_write_string(first, 0, 0, "整改台账（样表）", nullptr);
        const char *header[] = { "序号", "反馈问题", "整改措施", "整改时限", "牵头单位" };
        for (int c = 0; c < 4; ++c)
            worksheet_write_string(first, 1, lxw_col_t(c), header[c], nullptr);
        worksheet_write_number(first, 2, 0, 1, nullptr);
        worksheet_write_string(first, 2, 1, "样表问题", nullptr);
        worksheet_write_string(first, 2, 2, "样表措施", nullptr);
        worksheet_write_string(first, 2, 3, "2024-06-30", nullptr);
        lxw_worksheet *second = workbook_add_worksheet(book, "台账");
        for (int c = 0; c < 5; ++c)
            worksheet_write_string(second, 0, lxw_col_t(c), header[c], nullptr);
        for (int r = 1; r <= 2; ++r) {
            worksheet_write_number(second, lxw_row_t(r), 0, 1, nullptr);
            worksheet_write_string(second, lxw_row_t(r), 1, "学习不深入", nullptr);
            worksheet_write_string(
                second, lxw_row_t(r), 2, r == 1 ? "建立学习制度" : "开展专题学习", nullptr);
            worksheet_write_string(second, lxw_row_t(r), 3, "2024-06-30", nullptr);
            worksheet_write_string(second, lxw_row_t(r), 4, "办公室", nullptr);
        }
        EXPECT_EQ(workbook_close(book), LXW_NO_ERROR);
        return path;
    }
    static bool waitIdle(ImportWizard &w)
    {
        QElapsedTimer timer;
        timer.start();
        while (w.isWorking() && timer.elapsed() < 20000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            QThread::msleep(5);
        }
        QCoreApplication::processEvents();
        return !w.isWorking();
    }
    // The sheet box and whether its row shows.
    static QComboBox *sheetBox(ImportWizard &w)
    {
        return w.findChild<QComboBox *>(QStringLiteral("sheet"));
    }
    static QStringList items(QComboBox *box)
    {
        QStringList out;
        for (int i = 0; i < box->count(); ++i)
            out << box->itemText(i);
        return out;
    }
    // Goes to the report page and gives the tasks the analysis would add.
    static int analysedTasks(ImportWizard &w)
    {
        w.next();
        EXPECT_EQ(w.currentId(), ImportWizard::MappingPageId);
        w.next();
        EXPECT_EQ(w.currentId(), ImportWizard::ReportPageId);
        EXPECT_TRUE(waitIdle(w));
        return w.analysis() ? w.analysis()->tasks.added : -1;
    }

    QTemporaryDir m_dir;
    test::TempLedger m_ledger;
};

} // namespace

TEST_F(SheetChooser, ListsTheSheetsWithTheirSizesAndTakesTheFirst)
{
    ImportWizard w(*m_ledger);
    w.show();
    w.setFilePath(workbook());
    QComboBox *box = sheetBox(w);
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->isVisible());
    EXPECT_EQ(items(box),
        (QStringList { QStringLiteral("说明 (3 × 4)"), QStringLiteral("台账 (3 × 5)") }));
    EXPECT_EQ(box->currentIndex(), 0);
    // The label says what the numbers are.
    auto *form = qobject_cast<QFormLayout *>(w.currentPage()->layout());
    ASSERT_NE(form, nullptr);
    auto *label = qobject_cast<QLabel *>(form->labelForField(box));
    ASSERT_NE(label, nullptr);
    EXPECT_EQ(label->text(), QStringLiteral("&Sheet (rows × columns):"));
    if (const QString dir = qEnvironmentVariable("RECTIFY_SCREENSHOTS"); !dir.isEmpty())
        w.grab().save(dir + QStringLiteral("/import-sheets.png"));
    EXPECT_EQ(analysedTasks(w), 1);
}

TEST_F(SheetChooser, ImportsTheChosenSheet)
{
    ImportWizard w(*m_ledger);
    w.show();
    w.setFilePath(workbook());
    QComboBox *box = sheetBox(w);
    ASSERT_NE(box, nullptr);
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Down);
    ASSERT_EQ(box->currentText(), QStringLiteral("台账 (3 × 5)"));
    EXPECT_EQ(analysedTasks(w), 2);
    // Back to the file page and to the first sheet: its one task again.
    w.back();
    w.back();
    ASSERT_EQ(w.currentId(), ImportWizard::FilePageId);
    QTest::keyClick(box, Qt::Key_Up);
    EXPECT_EQ(analysedTasks(w), 1);
}

TEST_F(SheetChooser, ACsvFileHasNoSheetRow)
{
    const QString csv = m_dir.filePath(QStringLiteral("ledger.csv"));
    {
        QFile f(csv);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("序号,反馈问题,整改措施,整改时限\n1,问题甲,措施一,2024-06-30\n");
    }
    ImportWizard w(*m_ledger);
    w.show();
    w.setFilePath(workbook());
    QComboBox *box = sheetBox(w);
    ASSERT_NE(box, nullptr);
    ASSERT_TRUE(box->isVisible());
    w.setFilePath(csv);
    EXPECT_FALSE(box->isVisible());
    EXPECT_EQ(box->count(), 0);
    EXPECT_EQ(analysedTasks(w), 1);
}
