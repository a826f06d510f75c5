// The window at a laptop's size (1366x768) and its first screen, driven like a
// user would: what must be in view is checked on the widgets as they are shown.
#include "export/importtemplate.h"
#include "import/importer.h"
#include "import/importreport.h"
#include "sample/sampleledger.h"
#include "store/sqlaccess.h"
#include "tests/support/templedger.h"
#include "ui/common/dateedit.h"
#include "ui/dashboard/dashboardtab.h"
#include "ui/help/userguidedialog.h"
#include "ui/signoff/signoffcontroller.h"
#include "ui/signoff/signoffpanel.h"
#include "ui/tasks/taskdetailpane.h"
#include "ui/tasks/tasktablemodel.h"
#include "ui/welcome/welcomepage.h"
#include "ui/window/mainwindow.h"
#include "util/translations.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>
#include <gtest/gtest.h>

using namespace rectify;
using namespace rectify::test;

namespace {

const QDate today(2024, 3, 15);

// True when the whole of `w` is on screen inside the detail pane: not scrolled
// away, not cut by the pane's edges.
bool wholeInPane(QWidget *w, TaskDetailPane *pane)
{
    if (!w->isVisible())
        return false;
    const QRect inPane(w->mapTo(pane, QPoint(0, 0)), w->size());
    if (!pane->rect().contains(inPane))
        return false;
    // Inside the scrolling area, it must also be within the area's viewport.
    QWidget *viewport = pane->scrollArea()->viewport();
    if (viewport->isAncestorOf(w)) {
        const QRect inViewport(w->mapTo(viewport, QPoint(0, 0)), w->size());
        return viewport->rect().contains(inViewport);
    }
    return w->visibleRegion().boundingRect().size() == w->size();
}

class WindowLayoutTest : public ::testing::Test
{
protected:
    // The sample ledger, as its supervisor (周主任) working at 1366x768.
    void open(const QString &user = QStringLiteral("周主任"), bool sample = true)
    {
        if (sample) {
            ASSERT_TRUE(writeSampleLedger(*m_seed, today).ok());
        }
        auto ledger = std::make_unique<Ledger>();
        ledger->setActor(user);
        ledger->setClock(&fixedNow);
        ASSERT_TRUE(ledger->open(m_seed.path()).ok());
        m_window = std::make_unique<MainWindow>(std::move(ledger));
        std::optional<User> who;
        if (auto found = m_window->ledger().findUser(user); found && found->has_value())
            who = **found;
        m_controller = new SignoffController(m_window.get(), who);
        m_window->resize(1366, 768);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        ASSERT_TRUE(QTest::qWaitFor([this] { return m_window->isStartupFinished(); }, 5000));
        QApplication::processEvents();
    }

    qint64 taskWhere(const char *sqlCondition)
    {
        auto q = SqlAccess::exec(*m_seed,
            QStringLiteral("SELECT t.id FROM tasks t WHERE %1 ORDER BY t.id LIMIT 1")
                .arg(QString::fromUtf8(sqlCondition)),
            {});
        EXPECT_TRUE(q.ok());
        return q.ok() && q->next() ? q->value(0).toLongLong() : 0;
    }

    SignoffPanel *panel() const { return m_window->findChild<SignoffPanel *>(); }

    TempLedger m_seed;
    std::unique_ptr<MainWindow> m_window;
    SignoffController *m_controller = nullptr;
};

} // namespace

TEST_F(WindowLayoutTest, SaveProgressAndSignOffStayInViewAt1366x768)
{
    open();
    MainWindow &w = *m_window;
    // A completed task: the supervisor may sign it off.
    const qint64 completed = taskWhere("t.status = 'completed'");
    ASSERT_TRUE(w.showTask(completed));
    QApplication::processEvents();
    TaskDetailPane *pane = w.detailPane();
    ASSERT_EQ(pane->taskId(), completed);
    ASSERT_NE(panel(), nullptr);
    ASSERT_TRUE(panel()->closeButton()->isEnabled())
        << panel()->closeButton()->toolTip().toStdString();
    // The form is taller than the pane at this size: it scrolls, the buttons do not.
    QScrollBar *bar = pane->scrollArea()->verticalScrollBar();
    EXPECT_GT(bar->maximum(), 0) << "the pane's content fits; the test proves nothing";
    for (int position : { 0, bar->maximum() / 2, bar->maximum() }) {
        bar->setValue(position);
        QApplication::processEvents();
        for (QPushButton *b : { pane->saveButton(), pane->revertButton(), pane->addProgressButton(),
                 panel()->completeButton(), panel()->closeButton(), panel()->rejectButton(),
                 panel()->reopenButton() })
            EXPECT_TRUE(wholeInPane(b, pane))
                << b->text().toStdString() << " is not in view at scroll " << position;
    }
    // Nothing is cut off at the right: the form is as wide as the pane's viewport.
    EXPECT_LE(pane->scrollArea()->widget()->width(), pane->scrollArea()->viewport()->width());
    // The pane itself is whole in the window.
    EXPECT_TRUE(w.rect().contains(QRect(pane->mapTo(&w, QPoint(0, 0)), pane->size())));
}

TEST_F(WindowLayoutTest, MeasureIsWiderThanTheAlertAndNothingIsCutAt1366x768)
{
    open();
    QTableView *view = m_window->taskView();
    QApplication::processEvents();
    const int measure = view->columnWidth(TaskTableModel::MeasureColumn);
    const int alert = view->columnWidth(TaskTableModel::AlertColumn);
    EXPECT_GT(measure, alert);
    EXPECT_FALSE(view->isColumnHidden(TaskTableModel::LatestProgressColumn));
    EXPECT_FALSE(view->isColumnHidden(TaskTableModel::StatusColumn));
    // Every alert and status text shown fits its column whole (no "…").
    const QFontMetrics fm = view->fontMetrics();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QString light
            = view->model()->index(row, TaskTableModel::AlertColumn).data().toString();
        EXPECT_LE(fm.horizontalAdvance(light) + fm.height(), alert) << light.toStdString();
        const QString status
            = view->model()->index(row, TaskTableModel::StatusColumn).data().toString();
        EXPECT_LE(fm.horizontalAdvance(status), view->columnWidth(TaskTableModel::StatusColumn))
            << status.toStdString();
    }
    // The table's columns end within its viewport: no sideways scrolling needed.
    int total = 0;
    for (int c = 0; c < TaskTableModel::ColumnCount; ++c) {
        if (!view->isColumnHidden(c))
            total += view->columnWidth(c);
    }
    EXPECT_LE(total, view->viewport()->width() + 1);
}

TEST_F(WindowLayoutTest, WideWindowShowsEveryColumnTheNarrowOneLeftOut)
{
    open();
    QTableView *view = m_window->taskView();
    m_window->resize(2400, 1000);
    if (auto *splitter = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        splitter->setSizes({ 400, 1500, 500 });
    QApplication::processEvents();
    for (int c : { TaskTableModel::PersonColumn, TaskTableModel::LeaderColumn,
             TaskTableModel::ProblemColumn, TaskTableModel::NumberColumn })
        EXPECT_FALSE(view->isColumnHidden(c)) << c;
    EXPECT_GT(view->columnWidth(TaskTableModel::MeasureColumn),
        view->columnWidth(TaskTableModel::AlertColumn));
}

TEST_F(WindowLayoutTest, LatestProgressColumnShowsTheNewestEntry)
{
    open();
    MainWindow &w = *m_window;
    const qint64 task = taskWhere("t.status = 'in_progress'");
    ASSERT_TRUE(w.showTask(task));
    // Two entries on the same day after an older one: the one written last is newest.
    ASSERT_TRUE(w.detailPane()->addProgress(
        today.addDays(-3), QStringLiteral("较早的进展"), QStringLiteral("周主任")));
    ASSERT_TRUE(w.detailPane()->addProgress(
        today, QStringLiteral("上午：完成方案初稿"), QStringLiteral("周主任")));
    ASSERT_TRUE(w.detailPane()->addProgress(
        today, QStringLiteral("下午：方案报送审定\n待印发"), QStringLiteral("周主任")));
    const int row = w.taskModel()->rowOfTask(task);
    ASSERT_GE(row, 0);
    const QModelIndex cell = w.taskModel()->index(row, TaskTableModel::LatestProgressColumn);
    EXPECT_EQ(cell.data().toString(), QStringLiteral("下午：方案报送审定 待印发"));
    EXPECT_TRUE(cell.data(Qt::ToolTipRole).toString().contains(today.toString(Qt::ISODate)));
    EXPECT_EQ(w.taskModel()->headerData(
                  TaskTableModel::LatestProgressColumn, Qt::Horizontal, Qt::DisplayRole),
        QStringLiteral("Latest progress"));
    EXPECT_FALSE(w.taskView()->visualRect(cell).isEmpty()) << "the column is in view";
}

TEST_F(WindowLayoutTest, DocksStepAsideForTheDashboardAndComeBack)
{
    open();
    MainWindow &w = *m_window;
    auto *alerts = w.findChild<QDockWidget *>(QStringLiteral("alertDock"));
    ASSERT_NE(alerts, nullptr);
    alerts->show();
    QApplication::processEvents();
    ASSERT_TRUE(alerts->isVisible());
    w.dashboardTab()->showDashboard();
    QApplication::processEvents();
    EXPECT_FALSE(alerts->isVisible()) << "the alerts dock covers the dashboard";
    w.dashboardTab()->showLists();
    QApplication::processEvents();
    EXPECT_TRUE(alerts->isVisible());
}

TEST_F(WindowLayoutTest, ScrollingThePaneDrawsNothingOutsideIt)
{
    // After scrolling the detail pane, the screen must show what the widgets paint:
    // a part of the progress table drawn over the toolbar would differ here.
    open();
    MainWindow &w = *m_window;
    ASSERT_TRUE(w.showTask(taskWhere("t.status = 'completed'")));
    QTest::qWait(50);
    QScrollBar *bar = w.detailPane()->scrollArea()->verticalScrollBar();
    ASSERT_GT(bar->maximum(), 0);
    for (int i = 0; i < 10; ++i) {
        bar->setValue(bar->value() + bar->maximum() / 8 + 1);
        QTest::qWait(10);
    }
    QTest::qWait(50);
    const QImage onScreen = w.screen()->grabWindow(w.winId()).toImage();
    const QImage painted = w.grab().toImage();
    ASSERT_FALSE(onScreen.isNull());
    ASSERT_EQ(onScreen.size(), painted.size());
    // The toolbar's strip across the top, and the whole window.
    const QRect top(0, 0, onScreen.width(), w.menuWidget()->height() + 40);
    EXPECT_EQ(onScreen.copy(top).convertToFormat(QImage::Format_RGB32),
        painted.copy(top).convertToFormat(QImage::Format_RGB32));
    EXPECT_EQ(onScreen.convertToFormat(QImage::Format_RGB32),
        painted.convertToFormat(QImage::Format_RGB32));
}

TEST_F(WindowLayoutTest, EmptyLedgerShowsWhereToStart)
{
    open(QStringLiteral("admin"), false);
    MainWindow &w = *m_window;
    ASSERT_TRUE(w.isWelcomeShown());
    WelcomePage *welcome = w.welcomePage();
    for (QPushButton *b : { welcome->importButton(), welcome->addProblemButton(),
             welcome->sampleButton(), welcome->templateButton() })
        EXPECT_TRUE(b->isVisible()) << b->text().toStdString();
    // Nothing under it: the docks have nothing to show yet.
    for (QDockWidget *dock : w.findChildren<QDockWidget *>())
        EXPECT_FALSE(dock->isVisible()) << dock->objectName().toStdString();
    // The import is on the toolbar too.
    bool onToolbar = false;
    for (QObject *o : w.importAction()->associatedObjects())
        onToolbar = onToolbar || o->inherits("QToolBar");
    EXPECT_TRUE(onToolbar);

    // Save the template: the proposed name, then both files, which import cleanly.
    QTemporaryDir dir;
    QString proposed;
    w.setSaveFileHandler([&](const QString &, const QString &name, const QString &) {
        proposed = name;
        return dir.filePath(QStringLiteral("template.xlsx"));
    });
    QTest::mouseClick(welcome->templateButton(), Qt::LeftButton);
    EXPECT_TRUE(proposed.endsWith(QStringLiteral("import-template.xlsx")))
        << proposed.toStdString();
    ASSERT_TRUE(QFile::exists(dir.filePath(QStringLiteral("template.xlsx"))));
    ASSERT_TRUE(QFile::exists(dir.filePath(QStringLiteral("template.csv"))));

    // The first problem added by hand: the lists replace the page.
    Problem p;
    p.code = QStringLiteral("1");
    p.title = QStringLiteral("党建工作责任制落实不到位");
    ASSERT_NE(w.addProblem(p), 0) << w.lastError().toStdString();
    EXPECT_FALSE(w.isWelcomeShown());
}

TEST_F(WindowLayoutTest, TemplateHasTheHeadersAndOneExampleRowThatImports)
{
    QTemporaryDir dir;
    const QString xlsx = dir.filePath(QStringLiteral("t.xlsx"));
    const QString csv = dir.filePath(QStringLiteral("t.csv"));
    ASSERT_TRUE(ImportTemplate::write(xlsx, csv, today).ok());
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2) << text.toStdString();
    EXPECT_TRUE(lines.at(0).contains(QStringLiteral("整改措施")));
    EXPECT_TRUE(lines.at(0).contains(QStringLiteral("牵头单位")));
    for (const QString &path : { xlsx, csv }) {
        TempLedger target;
        Importer importer(*target);
        ImportOptions options;
        options.today = today;
        auto report = importer.import(path, options);
        ASSERT_TRUE(report.ok()) << path.toStdString() << ": "
                                 << (report.ok() ? "" : report.error().toStdString());
        auto counts = target->counts();
        ASSERT_TRUE(counts.ok());
        EXPECT_EQ(counts->problems, 1) << path.toStdString();
        EXPECT_EQ(counts->tasks, 1) << path.toStdString();
    }
}

TEST_F(WindowLayoutTest, HelpMenuOpensTheGuideInTheInterfaceLanguage)
{
    open();
    EXPECT_EQ(UserGuideDialog::guidePath(), QStringLiteral(":/docs/user-guide.en.md"));
    EXPECT_TRUE(QFile::exists(QStringLiteral(":/docs/user-guide.zh_CN.md")));
    m_window->userGuideAction()->trigger();
    auto *dialog = m_window->findChild<UserGuideDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(dialog->browser()->toPlainText().contains(QStringLiteral("Rectify")));
    EXPECT_NE(m_window->sampleAction(), nullptr);
    dialog->close();
}

TEST_F(WindowLayoutTest, ProposedFileNamesFollowTheInterfaceLanguage)
{
    EXPECT_EQ(DashboardTab::reportFileName(QDate(2024, 1, 15)),
        QStringLiteral("progress-report_2024-01-15.pdf"));
    EXPECT_EQ(DashboardTab::chartFileName(QStringLiteral("units")), QStringLiteral("units"));
}

TEST_F(WindowLayoutTest, TypingAYearIntoADateFieldReplacesIt)
{
    DateEdit edit(QDate(2024, 6, 30));
    edit.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&edit));
    edit.activateWindow();
    edit.setFocus();
    // A click in the middle of the year, as a user would, then the new year typed.
    const QLineEdit *line = edit.findChild<QLineEdit *>();
    ASSERT_NE(line, nullptr);
    const int x = line->fontMetrics().horizontalAdvance(QStringLiteral("20"));
    QTest::mouseClick(
        const_cast<QLineEdit *>(line), Qt::LeftButton, {}, QPoint(x + 3, line->height() / 2));
    QTest::keyClicks(&edit, QStringLiteral("2025"));
    EXPECT_EQ(edit.date(), QDate(2025, 6, 30));
}

TEST_F(WindowLayoutTest, InChineseTooTheMeasureIsWiderAndNothingIsCut)
{
    // The interface in Chinese for this test only.
    ASSERT_EQ(installTranslations(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    const auto english = qScopeGuard([] {
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    });
    open();
    QTableView *view = m_window->taskView();
    ASSERT_EQ(view->model()->headerData(
                  TaskTableModel::LatestProgressColumn, Qt::Horizontal, Qt::DisplayRole),
        QStringLiteral("最新进展"));
    const int alert = view->columnWidth(TaskTableModel::AlertColumn);
    EXPECT_GT(view->columnWidth(TaskTableModel::MeasureColumn), alert);
    const QFontMetrics fm = view->fontMetrics();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QString light
            = view->model()->index(row, TaskTableModel::AlertColumn).data().toString();
        EXPECT_LE(fm.horizontalAdvance(light) + fm.height(), alert) << light.toStdString();
        const QString status
            = view->model()->index(row, TaskTableModel::StatusColumn).data().toString();
        EXPECT_LE(fm.horizontalAdvance(status), view->columnWidth(TaskTableModel::StatusColumn))
            << status.toStdString();
    }
    EXPECT_EQ(UserGuideDialog::guidePath(), QStringLiteral(":/docs/user-guide.zh_CN.md"));
    EXPECT_EQ(DashboardTab::reportFileName(QDate(2024, 1, 15)),
        QStringLiteral("整改进展报告_2024-01-15.pdf"));
    EXPECT_EQ(DashboardTab::chartFileName(QStringLiteral("units")), QStringLiteral("牵头单位"));
    // The sign-off buttons in view in Chinese too.
    ASSERT_TRUE(m_window->showTask(taskWhere("t.status = 'completed'")));
    QApplication::processEvents();
    for (QPushButton *b : { m_window->detailPane()->saveButton(), panel()->closeButton() })
        EXPECT_TRUE(wholeInPane(b, m_window->detailPane())) << b->text().toStdString();
}
