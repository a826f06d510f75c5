// File → Print/Export Task List…, Responsibility List… and Problem Rectification
// Report… in the main window, offscreen: the list follows the filter the user set,
// Ctrl+P prints it, the exported DOCX holds the rows the window shows, in its order.
#include "report/tasklistdocument.h"
#include "sample/sampleledger.h"
#include "store/ledger.h"
#include "tests/report/packagereader.h"
#include "ui/documents/listprinting.h"
#include "ui/documents/problemreportaction.h"
#include "ui/tasks/filterbar.h"
#include "ui/tasks/tasktablemodel.h"
#include "ui/window/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QPrinter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace rectify;
using namespace rectify::test;
using Kind = TaskListDocument::Kind;

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

class PrintListsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const QString path = m_dir.filePath(QStringLiteral("sample.sqlite"));
        ASSERT_TRUE(createSampleLedger(path, QDate::currentDate()).ok());
        auto ledger = std::make_unique<Ledger>();
        ledger->setActor(QStringLiteral("tester"));
        ASSERT_TRUE(ledger->open(path).ok());
        m_window = std::make_unique<MainWindow>(std::move(ledger));
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }

    QAction *fileAction(const QString &objectName)
    {
        QMenu *file = m_window->menuBar()->actions().constFirst()->menu();
        for (QAction *a : file->actions()) {
            if (a->objectName() == objectName)
                return a;
        }
        return nullptr;
    }

    // Chooses an entry of the filter bar's status box, as the user does.
    void chooseStatus(const QString &label)
    {
        for (QComboBox *box : m_window->filterBar()->findChildren<QComboBox *>()) {
            const int i = box->findText(label);
            if (i >= 0) {
                box->setCurrentIndex(i);
                return;
            }
        }
        FAIL() << "no filter offers " << label.toStdString();
    }

    // The references ("4.2") of the rows the task table shows, top to bottom.
    QStringList shownRefs()
    {
        QStringList refs;
        const TaskTableModel *model = m_window->taskModel();
        for (int r = 0; r < model->rowCount(); ++r) {
            const TaskRow *row = model->rowAt(r);
            if (row)
                refs << TaskListDocument::taskReference(row->problemCode, row->number);
        }
        return refs;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace

TEST_F(PrintListsTest, FileMenuHasTheListsAndCtrlPPrintsTheTaskList)
{
    for (const char *name :
        { "printTaskListAction", "exportTaskListAction", "printResponsibilityListAction",
            "exportResponsibilityListAction", "problemReportAction" })
        EXPECT_NE(fileAction(QString::fromLatin1(name)), nullptr) << name;
    QAction *print = fileAction(QStringLiteral("printTaskListAction"));
    ASSERT_NE(print, nullptr);
    EXPECT_EQ(print->shortcut(), QKeySequence(QKeySequence::Print));

    chooseStatus(QStringLiteral("Open (not done)"));
    QTRY_VERIFY(m_window->taskModel()->filter().statuses.size() == 2);
    const int shown = m_window->taskModel()->rowCount();
    ASSERT_GT(shown, 0);

    // Ctrl+P: the print preview (replaced here) gets an A4 landscape printer.
    const QString pdf = m_dir.filePath(QStringLiteral("printed.pdf"));
    bool asked = false;
    m_window->listPrinting()->setPrintPreview([&](QPrinter &printer) {
        asked = true;
        EXPECT_EQ(printer.pageLayout().orientation(), QPageLayout::Landscape);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(pdf);
        return true;
    });
    int pages = 0;
    QObject::connect(m_window->listPrinting(), &ListPrinting::printed, [&](int n) { pages = n; });
    m_window->taskView()->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier);
    EXPECT_TRUE(asked);
    EXPECT_GE(pages, 1);
    QFile printed(pdf);
    ASSERT_TRUE(printed.open(QIODevice::ReadOnly));
    EXPECT_TRUE(printed.read(5).startsWith("%PDF"));
}

TEST_F(PrintListsTest, ExportedListHoldsWhatTheWindowShows)
{
    chooseStatus(QStringLiteral("Open (not done)"));
    QTRY_VERIFY(m_window->taskModel()->filter().statuses.size() == 2);
    const QStringList refs = shownRefs();
    ASSERT_FALSE(refs.isEmpty());

    for (const Kind kind : { Kind::Tasks, Kind::Responsibilities }) {
        const QString path = m_dir.filePath(
            kind == Kind::Tasks ? QStringLiteral("tasks.docx") : QStringLiteral("resp.docx"));
        QString proposed;
        m_window->listPrinting()->setPathChooser([&](const QString &p) {
            proposed = p;
            return path;
        });
        QString written;
        const auto c = QObject::connect(m_window->listPrinting(), &ListPrinting::written,
            [&](const QString &p) { written = p; });
        m_window->listPrinting()->exportAction(kind)->trigger();
        QObject::disconnect(c);
        EXPECT_TRUE(proposed.endsWith(QStringLiteral(".pdf"))) << proposed.toStdString();
        ASSERT_EQ(written, path) << m_window->lastError().toStdString();

        const QVector<ReadParagraph> paragraphs = docxParagraphs(path);
        ASSERT_GE(paragraphs.size(), 3);
        EXPECT_TRUE(
            paragraphs[0].text.endsWith(kind == Kind::Tasks ? s("整改任务清单") : s("责任清单")));
        EXPECT_EQ(paragraphs[2].text, s("筛选条件：状态：未启动、推进中"));
        const QVector<ReadRow> rows = docxTableRows(path);
        ASSERT_EQ(rows.size(), refs.size() + 1);
        EXPECT_TRUE(rows[0].header);
        QStringList got;
        for (qsizetype i = 1; i < rows.size(); ++i)
            got << rows[i].cells.value(0);
        EXPECT_EQ(got, refs);
    }
}

TEST_F(PrintListsTest, ProblemReportOfTheSelectedProblem)
{
    QAction *action = fileAction(QStringLiteral("problemReportAction"));
    ASSERT_NE(action, nullptr);
    QTableView *problems = m_window->problemView();
    problems->selectionModel()->clear();
    EXPECT_FALSE(action->isEnabled());
    problems->selectRow(0);
    ASSERT_TRUE(action->isEnabled());
    const qint64 id = m_window->currentProblemId();
    auto problem = m_window->ledger().problem(id);
    ASSERT_TRUE(problem.ok());

    const QString path = m_dir.filePath(QStringLiteral("report.odt"));
    QString proposed;
    m_window->problemReportAction()->setPathChooser([&](const QString &p) {
        proposed = p;
        return path;
    });
    action->trigger();
    EXPECT_TRUE(proposed.contains(QStringLiteral("_%1_").arg(problem->code)))
        << proposed.toStdString();
    ASSERT_TRUE(QFile::exists(path)) << m_window->lastError().toStdString();
    const QVector<ReadParagraph> paragraphs = odtParagraphs(path);
    ASSERT_FALSE(paragraphs.isEmpty());
    EXPECT_EQ(paragraphs[0].text, s("关于“%1”问题的整改情况报告").arg(problem->title));
}
