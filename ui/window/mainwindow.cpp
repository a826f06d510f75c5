#include "ui/window/mainwindow.h"

#include "export/importtemplate.h"
#include "sample/sampleledger.h"
#include "search/taskquery.h"
#include "store/backup.h"
#include "store/ledger.h"
#include "store/ledgerlocation.h"
#include "store/ledgerwatcher.h"
#include "store/serverpasswords.h"
#include "ui/dashboard/dashboardtab.h"
#include "ui/datasafety/autobackup.h"
#include "ui/datasafety/datasafetyactions.h"
#include "ui/documents/bulletinaction.h"
#include "ui/documents/listprinting.h"
#include "ui/documents/problemreportaction.h"
#include "ui/help/userguidedialog.h"
#include "ui/import/importwizard.h"
#include "ui/records/recordsdialog.h"
#include "ui/rounds/roundsdialog.h"
#include "ui/server/connectserverdialog.h"
#include "ui/tasks/filterbar.h"
#include "ui/tasks/ledgereditor.h"
#include "ui/tasks/problemdialog.h"
#include "ui/tasks/problemlistmodel.h"
#include "ui/tasks/responsibilitymodel.h"
#include "ui/tasks/taskcolumns.h"
#include "ui/tasks/taskdetailpane.h"
#include "ui/tasks/taskroles.h"
#include "ui/tasks/tasktablemodel.h"
#include "ui/welcome/welcomepage.h"
#include "ui/window/settingsdialog.h"
#include "workflow/accounts.h"
#include "workflow/permission.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rectify {

namespace {

const int maxRecent = 8;

QTableView *tableView(QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    // Fixed row heights keep scrolling a 100,000-row table cheap.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

QString languageSetting()
{
    return QSettings().value(QStringLiteral("language")).toString();
}

} // namespace

namespace {

MainWindow::CreatedHook &createdHook()
{
    static MainWindow::CreatedHook hook;
    return hook;
}

} // namespace

void MainWindow::setCreatedHook(CreatedHook hook)
{
    createdHook() = std::move(hook);
}

MainWindow::MainWindow(std::unique_ptr<Ledger> ledger, QWidget *parent)
    : QMainWindow(parent)
    , m_ledger(std::move(ledger))
    , m_editor(new LedgerEditor(*m_ledger, this))
    , m_alertSettings(AlertSettings::fromLedger(*m_ledger))
{
    setObjectName(QStringLiteral("MainWindow"));
    // A server ledger is named by its whole address (it never holds a password).
    setWindowTitle(
        tr("Rectify - %1")
            .arg(isOnServer() ? m_ledger->path() : QFileInfo(m_ledger->path()).fileName()));
    const QDate day = today();

    // Problems of the chosen inspection, on the left.
    auto *left = new QWidget(this);
    m_inspection = new QComboBox(left);
    m_problemModel = new ProblemListModel(*m_ledger, this);
    m_problemView = tableView(left);
    m_problemView->setObjectName(QStringLiteral("problemView"));
    m_problemView->setModel(m_problemModel);
    m_problemView->setWordWrap(false);
    m_problemView->horizontalHeader()->setSectionResizeMode(
        ProblemListModel::TitleColumn, QHeaderView::Stretch);
    m_problemView->horizontalHeader()->setSectionResizeMode(
        ProblemListModel::CodeColumn, QHeaderView::ResizeToContents);
    // Categories are a few words: the title keeps the rest of a narrow list.
    m_problemView->horizontalHeader()->setSectionResizeMode(
        ProblemListModel::CategoryColumn, QHeaderView::ResizeToContents);
    m_problemView->horizontalHeader()->setSectionResizeMode(
        ProblemListModel::ProgressColumn, QHeaderView::ResizeToContents);
    auto *allTasks = new QPushButton(tr("All tasks"), left);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *inspectionRow = new QHBoxLayout;
    inspectionRow->addWidget(m_inspection, 1);
    inspectionRow->addWidget(allTasks);
    leftLayout->addLayout(inspectionRow);
    leftLayout->addWidget(m_problemView);

    // Tasks in the middle, with the filters above them.
    auto *middle = new QWidget(this);
    m_filterBar = new FilterBar(middle);
    m_taskModel = new TaskTableModel(*m_ledger, this);
    m_taskModel->configure(day, m_alertSettings, TaskFilter());
    m_taskView = tableView(middle);
    m_taskView->setObjectName(QStringLiteral("taskView"));
    m_taskView->setModel(m_taskModel);
    // No sort indicator before sorting is enabled: enabling sorts by the indicated
    // column at once, and column 0 (the alert) is the dearest sort of a large ledger.
    m_taskView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_taskView->setSortingEnabled(true);
    // The measure takes the width; narrow screens leave the least needed columns out.
    TaskColumns::install(m_taskView);
    m_notice = new QWidget(middle);
    m_notice->setObjectName(QStringLiteral("noticeBar"));
    m_notice->setAutoFillBackground(true);
    QPalette noticePalette = m_notice->palette();
    noticePalette.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xd6));
    noticePalette.setColor(QPalette::WindowText, QColor(0x5d, 0x40, 0x37));
    m_notice->setPalette(noticePalette);
    m_noticeText = new QLabel(m_notice);
    m_noticeText->setWordWrap(true);
    auto *noticeShow = new QPushButton(tr("Show them"), m_notice);
    auto *noticeClose = new QToolButton(m_notice);
    noticeClose->setAutoRaise(true);
    noticeClose->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    noticeClose->setToolTip(tr("Close"));
    auto *noticeLayout = new QHBoxLayout(m_notice);
    noticeLayout->setContentsMargins(8, 4, 4, 4);
    noticeLayout->addWidget(m_noticeText, 1);
    noticeLayout->addWidget(noticeShow);
    noticeLayout->addWidget(noticeClose);
    m_notice->hide();
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addWidget(m_notice);
    middleLayout->addWidget(m_filterBar);
    middleLayout->addWidget(m_taskView, 1);

    // The selected task on the right.
    // It scrolls its form inside and keeps its buttons in view.
    m_detail = new TaskDetailPane(*m_editor, this);
    m_detail->setMinimumWidth(300);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(middle);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({ 380, 760, 360 });
    // A ledger without problems shows where to start instead of empty lists.
    m_lists = new QStackedWidget(this);
    m_lists->addWidget(splitter);
    m_welcome = new WelcomePage(m_lists);
    m_lists->addWidget(m_welcome);
    // The lists and, in a second tab, the dashboard.
    m_dashboardTab = new DashboardTab(*this, m_lists);
    setCentralWidget(m_dashboardTab->tabs());
    connect(m_dashboardTab, &DashboardTab::failed, this, &MainWindow::showError);
    // File → Draft Bulletin… (the 通报 draft in official-document layout).
    m_bulletin = new BulletinAction(*this, this);
    connect(m_bulletin, &BulletinAction::failed, this, &MainWindow::showError);
    // The task list and the 责任清单 as the list shows them, printed or exported; the
    // selected problem's 整改情况报告.
    m_listPrinting = new ListPrinting(*this, this);
    connect(m_listPrinting, &ListPrinting::failed, this, &MainWindow::showError);
    m_problemReport = new ProblemReportAction(*this, this);
    connect(m_problemReport, &ProblemReportAction::failed, this, &MainWindow::showError);
    connect(m_dashboardTab->tabs(), &QTabWidget::currentChanged, this,
        &MainWindow::keepDocksOffDashboard);

    m_countsLabel = new QLabel(this);
    m_alertsLabel = new QLabel(this);
    m_shownLabel = new QLabel(this);
    m_shownLabel->setObjectName(QStringLiteral("shownCount"));
    m_pathLabel = new QLabel(shownLocation(m_ledger->path()), this);
    statusBar()->addWidget(m_countsLabel);
    statusBar()->addWidget(m_alertsLabel);
    statusBar()->addWidget(m_shownLabel);
    // The list reads only the tasks it shows; how many match comes from a count in
    // the background on a large ledger ("…" meanwhile).
    const auto showShown = [this](qint64 total) {
        m_shownLabel->setText(
            total < 0 ? tr("Listed: … tasks") : tr("Listed: %1 tasks").arg(total));
    };
    connect(m_taskModel, &TaskTableModel::totalCountChanged, this, showShown);
    showShown(m_taskModel->totalCount());
    statusBar()->addPermanentWidget(m_pathLabel);

    createActions();
    createDocks();
    createMenus();
    refreshInspections();
    m_filterBar->setChoices(*m_ledger);
    updateWelcome();
    connect(m_welcome, &WelcomePage::importRequested, this, &MainWindow::importCsv);
    connect(m_welcome, &WelcomePage::addProblemRequested, this, &MainWindow::addProblemDialog);
    connect(m_welcome, &WelcomePage::sampleRequested, this, &MainWindow::openSampleLedger);
    connect(m_welcome, &WelcomePage::templateRequested, this, &MainWindow::saveImportTemplate);

    connect(m_inspection, &QComboBox::currentIndexChanged, this, [this] {
        if (m_syncing)
            return;
        m_problemModel->setInspection(m_inspection->currentData().toLongLong());
        applyFilter();
    });
    connect(allTasks, &QPushButton::clicked, this, &MainWindow::showAllTasks);
    connect(m_problemView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &MainWindow::onProblemSelected);
    connect(m_taskView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &MainWindow::onTaskSelected);
    connect(m_taskModel, &QAbstractItemModel::modelReset, this, &MainWindow::onTaskSelected);
    connect(m_filterBar, &FilterBar::filterChanged, this, &MainWindow::applyFilter);
    connect(m_editor, &LedgerEditor::changed, this, &MainWindow::onEdited);
    connect(m_editor, &LedgerEditor::failed, this, &MainWindow::showError);
    connect(m_detail, &TaskDetailPane::errorOccurred, this, &MainWindow::showError);
    connect(m_detail, &TaskDetailPane::conflictOccurred, this, [this](const QString &message) {
        // The lists show the newer values too, not only the form.
        refresh();
        showError(message);
    });
    connect(m_taskModel, &TaskTableModel::errorOccurred, this, &MainWindow::showError);
    connect(noticeShow, &QPushButton::clicked, this, [this] {
        m_notice->hide();
        showAlerts();
    });
    connect(noticeClose, &QToolButton::clicked, m_notice, &QWidget::hide);
    m_watcher = new LedgerWatcher(*m_ledger, 3000, this);
    connect(m_watcher, &LedgerWatcher::changedElsewhere, this, [this] {
        refreshInspections();
        refresh();
        statusBar()->showMessage(tr("The ledger was changed in another window or program; "
                                    "the lists are up to date."),
            8000);
    });
    m_watcher->start();

    // A first start: roomy on a large screen, the whole of a small one
    // (restoreSettings brings back the user's own size after that).
    resize(screen()->availableGeometry().size().boundedTo(QSize(1600, 1000)) - QSize(16, 48));
    firstStartLayout();
    restoreSettings();
    updateWelcome(); // after the docks are restored: an empty ledger puts them away
    fitScreen();
    updateActions();
    applyGuards();
    // The alerts dock, the status bar's counts and the start-up notice are whole-ledger
    // queries: they wait until the window has been painted once. The status bar is
    // painted with the first frame whichever tab shows (the lists or the dashboard).
    statusBar()->installEventFilter(this);
    addRecentLedger(m_ledger->path());
    updateRecentMenu();
    if (createdHook())
        createdHook()(this);
}

MainWindow::~MainWindow()
{
    // Before the ledger goes: the backup's thread is stopped and waited for.
    delete m_autoBackup;
    m_autoBackup = nullptr;
    delete m_startupRead; // waits for a start-up read still running
    m_startupRead = nullptr;
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && watched == statusBar()) {
        statusBar()->removeEventFilter(this);
        // After this paint has reached the screen.
        QTimer::singleShot(0, this, &MainWindow::readStartupInBackground);
    }
    return QMainWindow::eventFilter(watched, event);
}

namespace {

TaskFilter alertsDockFilter()
{
    TaskFilter alerts;
    alerts.alerts = { AlertLevel::Red, AlertLevel::Yellow };
    return alerts;
}

} // namespace

void MainWindow::readStartupInBackground()
{
    if (m_startupFinished)
        return;
    statusBar()->removeEventFilter(this);
    if (!m_startupRead) {
        m_startupRead = new StartupRead(this);
        connect(m_startupRead, &StartupRead::ready, this, &MainWindow::applyStartup);
    }
    m_startupStale = false;
    m_startupRead->start(m_ledger->path(), today(), m_alertSettings, alertsDockFilter().alerts);
}

void MainWindow::applyStartup(const StartupFigures &figures)
{
    if (m_startupFinished)
        return; // read at once meanwhile (finishStartup())
    if (!figures.error.isEmpty() || m_startupStale) {
        // The ledger changed while it was read, or the second connection failed:
        // read on the window's own connection.
        finishStartup();
        return;
    }
    m_startupFinished = true;
    m_alertModel->adopt(today(), m_alertSettings, alertsDockFilter(),
        TaskSort { TaskSortKey::Alert }, figures.alertIds);
    showCounts(figures.counts, figures.alerts);
    showStartupNotice();
}

void MainWindow::finishStartup()
{
    if (m_startupFinished)
        return;
    m_startupFinished = true;
    statusBar()->removeEventFilter(this);
    m_alertModel->configure(
        today(), m_alertSettings, alertsDockFilter(), TaskSort { TaskSortKey::Alert });
    refreshStatus();
    showStartupNotice();
}

QUndoStack *MainWindow::undoStack() const
{
    return m_editor->undoStack();
}

QDate MainWindow::today() const
{
    return m_editor->today();
}

void MainWindow::createActions()
{
    QUndoStack *stack = m_editor->undoStack();
    m_newAction = new QAction(tr("&New Ledger…"), this);
    m_newAction->setShortcut(QKeySequence::New);
    m_openAction = new QAction(
        style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open Ledger…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_connectAction = new QAction(tr("Connect to &Server…"), this);
    m_connectAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+O")));
    m_connectAction->setStatusTip(tr("Open a ledger kept in a database on a PostgreSQL server."));
    m_saveCopyAction = new QAction(tr("Save a &Copy…"), this);
    m_saveCopyAction->setShortcut(QKeySequence::SaveAs);
    m_importAction = new QAction(style()->standardIcon(QStyle::SP_DialogOpenButton),
        tr("&Import Ledger (Excel/CSV)…"), this);
    m_importAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+I")));
    m_importAction->setStatusTip(tr("Read problems and tasks from an Excel or CSV ledger."));
    m_templateAction = new QAction(tr("Save the Import &Template…"), this);
    m_templateAction->setStatusTip(
        tr("An Excel workbook and a CSV file with the columns to import and one example row."));
    m_guideAction = new QAction(tr("&User Guide"), this);
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    m_sampleAction = new QAction(tr("Open the &Sample Ledger"), this);
    m_sampleAction->setStatusTip(
        tr("A filled-in ledger to try Rectify on; your own ledger stays as it is."));
    m_dataSafety = new DataSafetyActions(*m_ledger, this);
    m_dataSafety->setToday([this] { return today(); });
    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_undoAction = stack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcuts({ QKeySequence::Undo });
    m_undoAction->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_redoAction = stack->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcuts(
        { QKeySequence(QStringLiteral("Ctrl+Shift+Z")), QKeySequence(QStringLiteral("Ctrl+Y")) });
    m_redoAction->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));

    m_addProblemAction = new QAction(
        style()->standardIcon(QStyle::SP_FileDialogNewFolder), tr("Add &Problem…"), this);
    m_addProblemAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+N")));
    m_editProblemAction = new QAction(tr("&Edit Problem…"), this);
    m_deleteProblemAction = new QAction(tr("Delete Problem"), this);
    m_addTaskAction
        = new QAction(style()->standardIcon(QStyle::SP_FileIcon), tr("Add &Task…"), this);
    m_addTaskAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+T")));
    m_deleteTaskAction
        = new QAction(style()->standardIcon(QStyle::SP_TrashIcon), tr("&Delete Task"), this);
    m_deleteTaskAction->setShortcut(QKeySequence::Delete);
    m_findAction = new QAction(tr("&Find…"), this);
    m_findAction->setShortcut(QKeySequence::Find);

    m_allTasksAction = new QAction(tr("&All Tasks"), this);
    m_alertsAction = new QAction(tr("Red and &Yellow Tasks"), this);
    m_clearFiltersAction = new QAction(tr("&Clear Filters"), this);
    m_refreshAction
        = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh"), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_roundsAction = new QAction(tr("&Reporting Rounds…"), this);
    m_roundsAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+P")));
    m_roundsAction->setStatusTip(
        tr("Open a reporting round, write each unit's form, collect the forms back and see who "
           "reported"));
    m_settingsAction = new QAction(tr("&Settings…"), this);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_aboutAction = new QAction(tr("&About Rectify"), this);
    m_aboutQtAction = new QAction(tr("About &Qt"), this);

    connect(m_newAction, &QAction::triggered, this, &MainWindow::newLedger);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openLedgerDialog);
    connect(m_connectAction, &QAction::triggered, this, &MainWindow::connectToServer);
    connect(m_saveCopyAction, &QAction::triggered, this, &MainWindow::saveCopy);
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importCsv);
    connect(m_templateAction, &QAction::triggered, this, &MainWindow::saveImportTemplate);
    connect(m_guideAction, &QAction::triggered, this, &MainWindow::showUserGuide);
    connect(m_sampleAction, &QAction::triggered, this, &MainWindow::openSampleLedger);
    connect(m_dataSafety, &DataSafetyActions::ledgerRestored, this, &MainWindow::reloadAll);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_addProblemAction, &QAction::triggered, this, &MainWindow::addProblemDialog);
    connect(m_editProblemAction, &QAction::triggered, this, &MainWindow::editProblemDialog);
    connect(m_deleteProblemAction, &QAction::triggered, this, &MainWindow::deleteCurrentProblem);
    connect(m_addTaskAction, &QAction::triggered, this, &MainWindow::addTaskDialog);
    connect(m_deleteTaskAction, &QAction::triggered, this, &MainWindow::deleteCurrentTask);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_filterBar->searchEdit()->setFocus();
        m_filterBar->searchEdit()->selectAll();
    });
    connect(m_allTasksAction, &QAction::triggered, this, &MainWindow::showAllTasks);
    connect(m_alertsAction, &QAction::triggered, this, &MainWindow::showAlerts);
    connect(m_clearFiltersAction, &QAction::triggered, m_filterBar, &FilterBar::clear);
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::settingsDialog);
    connect(m_roundsAction, &QAction::triggered, this, &MainWindow::roundsDialog);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_fileMenu = file;
    // A refused action (import, backup ...) says why in its tooltip.
    file->setToolTipsVisible(true);
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    file->addAction(m_connectAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(m_saveCopyAction);
    file->addSeparator();
    file->addAction(m_importAction);
    file->addAction(m_templateAction);
    m_dataSafety->addTo(file);
    file->addSeparator();
    m_dashboardTab->addToFileMenu(file);
    file->addAction(m_bulletin->action());
    file->addAction(m_problemReport->action());
    file->addSeparator();
    m_listPrinting->addTo(file);
    assignPrintShortcut();
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_addProblemAction);
    edit->addAction(m_editProblemAction);
    edit->addAction(m_deleteProblemAction);
    edit->addSeparator();
    edit->addAction(m_addTaskAction);
    edit->addAction(m_deleteTaskAction);
    edit->addSeparator();
    edit->addAction(m_findAction);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(m_allTasksAction);
    m_viewMenu->addAction(m_alertsAction);
    m_viewMenu->addAction(m_clearFiltersAction);
    m_viewMenu->addSeparator();
    m_dashboardTab->addToViewMenu(m_viewMenu);
    m_viewMenu->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_refreshAction);
    m_viewMenu->addSeparator();
    RecordsDialog::attach(this);

    m_toolsMenu = menuBar()->addMenu(tr("&Tools"));
    m_toolsMenu->addAction(m_roundsAction);
    m_toolsMenu->addAction(m_settingsAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_guideAction);
    help->addAction(m_sampleAction);
    help->addSeparator();
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_openAction);
    bar->addAction(m_importAction);
    bar->addSeparator();
    bar->addAction(m_addProblemAction);
    bar->addAction(m_addTaskAction);
    bar->addAction(m_deleteTaskAction);
    bar->addSeparator();
    bar->addAction(m_undoAction);
    bar->addAction(m_redoAction);
    bar->addSeparator();
    bar->addAction(m_refreshAction);
}

void MainWindow::createDocks()
{
    // Alerts: the red and yellow tasks, most urgent first.
    // Read in finishStartup(), once the window has been painted.
    m_alertModel = new TaskTableModel(*m_ledger, this);
    auto *alertDock = new QDockWidget(tr("Alerts"), this);
    alertDock->setObjectName(QStringLiteral("alertDock"));
    m_alertView = tableView(alertDock);
    m_alertView->setObjectName(QStringLiteral("alertView"));
    m_alertView->setModel(m_alertModel);
    for (int c : { TaskTableModel::NumberColumn, TaskTableModel::LatestProgressColumn,
             TaskTableModel::LeaderColumn, TaskTableModel::PersonColumn,
             TaskTableModel::StatusColumn })
        m_alertView->hideColumn(c);
    m_alertView->setColumnWidth(TaskTableModel::AlertColumn, 130);
    m_alertView->setColumnWidth(TaskTableModel::ProblemColumn, 200);
    m_alertView->setColumnWidth(TaskTableModel::LeadUnitColumn, 140);
    m_alertView->horizontalHeader()->setSectionResizeMode(
        TaskTableModel::MeasureColumn, QHeaderView::Stretch);
    m_alertView->setToolTip(tr("Double-click a task to open it."));
    alertDock->setWidget(m_alertView);
    addDockWidget(Qt::BottomDockWidgetArea, alertDock);
    connect(m_alertView, &QTableView::doubleClicked, this,
        [this](const QModelIndex &index) { showTask(m_alertModel->taskId(index.row())); });

    // Responsibilities: per unit and per person.
    // Counted when its tab is first shown: on a large ledger it is a whole-ledger query.
    m_responsibilityModel = new ResponsibilityModel(*m_ledger, this);
    m_responsibilitySort = new QSortFilterProxyModel(this);
    m_responsibilitySort->setSourceModel(m_responsibilityModel);
    auto *respDock = new QDockWidget(tr("Responsibilities"), this);
    respDock->setObjectName(QStringLiteral("responsibilityDock"));
    m_responsibilityView = tableView(respDock);
    m_responsibilityView->setModel(m_responsibilitySort);
    m_responsibilityView->setSortingEnabled(true);
    m_responsibilityView->sortByColumn(-1, Qt::AscendingOrder);
    m_responsibilityView->horizontalHeader()->setSectionResizeMode(
        ResponsibilityModel::NameColumn, QHeaderView::Stretch);
    m_responsibilityView->setToolTip(tr("Double-click to list the tasks of this unit or person."));
    respDock->setWidget(m_responsibilityView);
    addDockWidget(Qt::BottomDockWidgetArea, respDock);
    connect(respDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && !m_responsibilityLoaded) {
            m_responsibilityLoaded = true;
            m_responsibilityModel->setToday(today(), m_alertSettings);
        }
    });
    tabifyDockWidget(alertDock, respDock);
    alertDock->raise();
    connect(
        m_responsibilityView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
            const QModelIndex source = m_responsibilitySort->mapToSource(index);
            const QString name
                = m_responsibilityModel->index(source.row(), ResponsibilityModel::NameColumn)
                      .data()
                      .toString();
            const auto kind
                = ResponsibilityModel::Kind(source.data(ResponsibilityModel::KindRole).toInt());
            m_filterBar->clear();
            if (kind == ResponsibilityModel::Kind::LeadUnit) {
                // The tasks the row counts: those the unit leads.
                m_filterBar->leadUnitOnlyBox()->setChecked(true);
                m_filterBar->setUnit(name);
            } else if (kind == ResponsibilityModel::Kind::CoUnit) {
                m_filterBar->setUnit(name);
            } else if (kind == ResponsibilityModel::Kind::Leader) {
                m_filterBar->setLeader(name);
            } else {
                m_filterBar->setPerson(name);
            }
        });
}

void MainWindow::fitScreen()
{
    if (isMaximized() || isFullScreen())
        return;
    // Room for a frame and a title bar; a size saved on a larger monitor too.
    const QSize room = screen()->availableGeometry().size() - QSize(16, 48);
    const QSize fitted = size().boundedTo(room).expandedTo(minimumSizeHint());
    if (fitted != size())
        resize(fitted);
}

void MainWindow::firstStartLayout()
{
    // The lists get the width they need and the detail pane room for its buttons.
    const int width = size().width();
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        splitter->setSizes({ width * 19 / 100, width * 55 / 100, width * 26 / 100 });
    // The docks under the lists: on a laptop's screen the notice above the tasks says
    // what the alerts would (View → Alerts shows them); on a larger one, a strip.
    const QList<QDockWidget *> docks = findChildren<QDockWidget *>();
    if (screen()->availableGeometry().height() < 900) {
        for (QDockWidget *dock : docks)
            dock->hide();
    } else if (auto *alerts = findChild<QDockWidget *>(QStringLiteral("alertDock"))) {
        resizeDocks({ alerts }, { screen()->availableGeometry().height() / 5 }, Qt::Vertical);
    }
}

// Ctrl+P prints what is shown: the task list on the lists, the progress report on
// the dashboard (two actions with one shortcut would leave it doing nothing).
void MainWindow::assignPrintShortcut()
{
    const bool listsShown = m_dashboardTab->tabs()->currentIndex() == 0;
    QAction *printList = m_listPrinting->printAction(ListPrinting::Kind::Tasks);
    const QKeySequence print(QKeySequence::Print);
    for (QAction *a : m_fileMenu->actions()) {
        if (a == printList)
            continue;
        if (a->shortcut() == print || a->property("printsOnDashboard").toBool()) {
            a->setProperty("printsOnDashboard", true);
            a->setShortcut(listsShown ? QKeySequence() : print);
        }
    }
    printList->setShortcut(listsShown ? print : QKeySequence());
}

void MainWindow::keepDocksOffDashboard()
{
    assignPrintShortcut();
    // The dashboard needs the window's height; the docks belong to the lists, and
    // have nothing to show before a ledger has problems.
    const bool lists = m_dashboardTab->tabs()->currentIndex() == 0;
    if (!lists || isWelcomeShown()) {
        for (QDockWidget *dock : findChildren<QDockWidget *>()) {
            // Open (checked in the View menu), or about to be shown with the window.
            const bool open = dock->toggleViewAction()->isChecked() || !dock->isHidden();
            if (open && !dock->isFloating()) {
                m_docksAway << dock;
                dock->hide();
            }
        }
    } else {
        for (QDockWidget *dock : std::as_const(m_docksAway))
            dock->show();
        m_docksAway.clear();
    }
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        splitter->restoreState(settings.value(QStringLiteral("mainWindow/splitter")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_detail->isModified()) {
        const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
            tr("The selected task has changes that are not saved. Save them?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !m_detail->save())) {
            event->ignore();
            return;
        }
    }
    // The lists' docks as the user left them, not as the dashboard hides them.
    for (QDockWidget *dock : std::as_const(m_docksAway))
        dock->show();
    m_docksAway.clear();
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        settings.setValue(QStringLiteral("mainWindow/splitter"), splitter->saveState());
    // An automatic backup still being written stops (its unfinished copy is
    // removed; the earlier backups stay) rather than hold the closing window.
    if (m_autoBackup)
        m_autoBackup->cancel();
    event->accept();
}

void MainWindow::refreshInspections()
{
    m_syncing = true;
    const qint64 current = m_inspection->currentData().toLongLong();
    m_inspection->clear();
    m_inspection->addItem(tr("All inspections"), qint64(0));
    if (auto inspections = m_ledger->inspections()) {
        for (const Inspection &i : *inspections)
            m_inspection->addItem(i.name, i.id);
    }
    m_inspection->setCurrentIndex(std::max(0, m_inspection->findData(current)));
    m_syncing = false;
}

qint64 MainWindow::currentTaskId() const
{
    const QModelIndex current = m_taskView->selectionModel()->currentIndex();
    return current.isValid() ? m_taskModel->taskId(current.row()) : 0;
}

qint64 MainWindow::currentProblemId() const
{
    const QModelIndexList rows = m_problemView->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_problemModel->problemId(rows.constFirst().row());
}

void MainWindow::applyFilter()
{
    if (m_syncing)
        return;
    TaskFilter f = m_filterBar->filter();
    f.inspectionId = m_inspection->currentData().toLongLong();
    f.problemId = currentProblemId();
    const qint64 keep = currentTaskId();
    m_taskModel->setFilter(f);
    selectTaskRow(keep);
}

void MainWindow::selectTaskRow(qint64 taskId)
{
    const int row = taskId == 0 ? -1 : m_taskModel->rowOfTask(taskId);
    if (row < 0) {
        m_taskView->selectionModel()->clear();
        onTaskSelected();
        return;
    }
    const QModelIndex index = m_taskModel->index(row, TaskTableModel::MeasureColumn);
    m_taskView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_taskView->scrollTo(index);
}

void MainWindow::onProblemSelected()
{
    applyFilter();
    updateActions();
}

void MainWindow::onTaskSelected()
{
    if (m_reloadingTasks || m_savingOnSwitch)
        return;
    qint64 id = currentTaskId();
    if (id != m_detail->taskId()) {
        bool saved = true;
        if (m_detail->isModified()) {
            // The save refreshes the lists, which selects the chosen row again:
            // that must not save the same form a second time (it would meet its
            // own newer version and report a conflict with oneself).
            const QScopedValueRollback<bool> saving(m_savingOnSwitch, true);
            saved = m_detail->save();
            id = currentTaskId();
        }
        if (!saved) {
            // The error has been shown. After a conflict the pane shows the newer
            // version and the user's own changes: stay on that task.
            if (m_detail->isConflictShown() && m_detail->taskId() != 0
                && m_taskModel->rowOfTask(m_detail->taskId()) >= 0) {
                selectTaskRow(m_detail->taskId());
                updateActions();
                return;
            }
        }
        m_detail->setTask(id);
    }
    updateActions();
}

void MainWindow::onEdited()
{
    // Figures being read in the background are out of date once they come.
    if (!m_startupFinished)
        m_startupStale = true;
    // Reload what depends on the ledger, keeping the selection on the same rows.
    m_syncing = true;
    const qint64 problem = currentProblemId();
    const qint64 task = currentTaskId();
    refreshInspections();
    m_problemModel->reload();
    if (problem != 0) {
        const int row = m_problemModel->rowOfProblem(problem);
        if (row >= 0)
            m_problemView->selectRow(row);
    }
    m_syncing = false;
    TaskFilter f = m_filterBar->filter();
    f.inspectionId = m_inspection->currentData().toLongLong();
    f.problemId = currentProblemId();
    {
        // Without this the reset would leave the task and save (or drop) the
        // form's unsaved changes; reload() below keeps them instead.
        const QScopedValueRollback<bool> reloading(m_reloadingTasks, true);
        if (f != m_taskModel->filter())
            m_taskModel->setFilter(f);
        else
            m_taskModel->reload();
    }
    selectTaskRow(task);
    m_detail->reload();
    if (m_startupFinished)
        m_alertModel->reload();
    if (m_responsibilityLoaded)
        m_responsibilityModel->reload();
    m_filterBar->setChoices(*m_ledger);
    if (m_startupFinished)
        refreshStatus();
    updateActions();
    updateWelcome();
    m_dashboardTab->ledgerChanged();
}

void MainWindow::refresh()
{
    {
        // New settings re-read the task table: keep the selected task (and the
        // form's unsaved changes) through it, as onEdited() does.
        const qint64 task = currentTaskId();
        const QScopedValueRollback<bool> reloading(m_reloadingTasks, true);
        m_alertSettings = AlertSettings::fromLedger(*m_ledger);
        m_taskModel->setAlertSettings(m_alertSettings);
        selectTaskRow(task);
    }
    if (m_startupFinished)
        m_alertModel->setAlertSettings(m_alertSettings);
    if (m_responsibilityLoaded)
        m_responsibilityModel->setToday(today(), m_alertSettings);
    onEdited();
}

void MainWindow::refreshStatus()
{
    auto counts = m_ledger->counts();
    if (!counts) {
        m_countsLabel->setText(counts.error());
        return;
    }
    auto alerts = TaskQuery(today(), m_alertSettings).countByAlert(*m_ledger);
    showCounts(*counts, alerts ? *alerts : m_alertCounts);
}

void MainWindow::showCounts(const LedgerCounts &counts, const QMap<AlertLevel, qint64> &alerts)
{
    m_countsLabel->setText(tr("%1 problems, %2 tasks").arg(counts.problems).arg(counts.tasks));
    m_alertCounts = alerts;
    m_alertsLabel->setText(tr("%1 overdue, %2 due soon")
                               .arg(alerts.value(AlertLevel::Red))
                               .arg(alerts.value(AlertLevel::Yellow)));
}

void MainWindow::showStartupNotice()
{
    // The status bar has just counted them.
    const qint64 red = m_alertCounts.value(AlertLevel::Red);
    const qint64 yellow = m_alertCounts.value(AlertLevel::Yellow);
    if (red == 0 && yellow == 0)
        return;
    m_noticeText->setText(tr("%1 tasks are overdue and %2 are due within %3 days.")
                              .arg(red)
                              .arg(yellow)
                              .arg(m_alertSettings.dueSoonDays));
    m_notice->show();
}

void MainWindow::updateActions()
{
    const bool writable = !m_ledger->isReadOnly();
    const bool problem = currentProblemId() != 0;
    const bool task = currentTaskId() != 0;
    m_addProblemAction->setEnabled(writable);
    m_editProblemAction->setEnabled(writable && problem);
    m_deleteProblemAction->setEnabled(writable && problem);
    m_addTaskAction->setEnabled(writable && (problem || task));
    m_deleteTaskAction->setEnabled(writable && task);
}

void MainWindow::showAllTasks()
{
    m_syncing = true;
    m_problemView->selectionModel()->clear();
    m_syncing = false;
    applyFilter();
    updateActions();
}

bool MainWindow::selectProblem(qint64 problemId)
{
    int row = m_problemModel->rowOfProblem(problemId);
    if (row < 0 && m_inspection->currentIndex() != 0) {
        m_inspection->setCurrentIndex(0);
        row = m_problemModel->rowOfProblem(problemId);
    }
    if (row < 0)
        return false;
    m_problemView->selectRow(row);
    m_problemView->scrollTo(m_problemModel->index(row, 0));
    return true;
}

void MainWindow::focusTaskList()
{
    m_taskView->setFocus();
}

void MainWindow::showAlerts()
{
    m_filterBar->setAlerts({ AlertLevel::Red, AlertLevel::Yellow });
    m_taskView->sortByColumn(TaskTableModel::AlertColumn, Qt::AscendingOrder);
}

bool MainWindow::showTask(qint64 taskId)
{
    if (taskId == 0)
        return false;
    if (m_taskModel->rowOfTask(taskId) < 0) {
        // Hidden by the navigation or a filter: show everything, then find it.
        m_syncing = true;
        m_problemView->selectionModel()->clear();
        m_inspection->setCurrentIndex(0);
        m_problemModel->setInspection(0);
        m_syncing = false;
        m_filterBar->clear();
    }
    if (m_taskModel->rowOfTask(taskId) < 0)
        return false;
    selectTaskRow(taskId);
    m_taskView->setFocus();
    return true;
}

void MainWindow::showError(const QString &message)
{
    m_lastError = message;
    statusBar()->showMessage(message, 15000);
    if (!isVisible())
        return;
    // Not modal to the application: the window stays usable behind the message.
    auto *box
        = new QMessageBox(QMessageBox::Warning, tr("Rectify"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool MainWindow::confirm(const QString &question)
{
    if (m_confirm)
        return m_confirm(question);
    return QMessageBox::question(
               this, tr("Rectify"), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

qint64 MainWindow::addProblem(const Problem &problem)
{
    Problem p = problem;
    if (p.inspectionId == 0) {
        p.inspectionId = m_inspection->currentData().toLongLong();
        if (p.inspectionId == 0) {
            auto inspection = m_ledger->defaultInspection();
            if (!inspection) {
                showError(inspection.error());
                return 0;
            }
            p.inspectionId = inspection->id;
        }
    }
    auto id = m_editor->addProblem(p);
    if (!id) {
        showError(id.error());
        return 0;
    }
    const int row = m_problemModel->rowOfProblem(*id);
    if (row >= 0)
        m_problemView->selectRow(row);
    return *id;
}

qint64 MainWindow::addTask(const QString &measure)
{
    qint64 problem = currentProblemId();
    if (problem == 0) {
        const QModelIndex current = m_taskView->selectionModel()->currentIndex();
        if (current.isValid())
            problem = current.data(ProblemIdRole).toLongLong();
    }
    if (problem == 0) {
        showError(tr("Select the problem the task belongs to first."));
        return 0;
    }
    Task t;
    t.problemId = problem;
    t.measure = measure;
    auto id = m_editor->addTask(t);
    if (!id) {
        showError(id.error());
        return 0;
    }
    showTask(*id);
    return *id;
}

bool MainWindow::deleteCurrentTask()
{
    const qint64 id = currentTaskId();
    if (id == 0)
        return false;
    auto task = m_ledger->task(id);
    if (!task)
        return false;
    if (!confirm(tr("Delete task (%1) “%2” with its progress history? You can undo this.")
                     .arg(task->number)
                     .arg(task->measure.left(60))))
        return false;
    if (Status s = m_editor->removeTask(id); !s) {
        showError(s.error());
        return false;
    }
    return true;
}

bool MainWindow::deleteCurrentProblem()
{
    const qint64 id = currentProblemId();
    if (id == 0)
        return false;
    auto problem = m_ledger->problem(id);
    if (!problem)
        return false;
    auto tasks = m_ledger->tasks(id);
    const int n = tasks ? int(tasks->size()) : 0;
    if (!confirm(tr("Delete problem %1 “%2” and its tasks (%3)? You can undo this.")
                     .arg(problem->code, problem->title.left(60))
                     .arg(n)))
        return false;
    if (Status s = m_editor->removeProblem(id); !s) {
        showError(s.error());
        return false;
    }
    showAllTasks();
    return true;
}

void MainWindow::addProblemDialog()
{
    Problem p;
    p.inspectionId = m_inspection->currentData().toLongLong();
    if (p.inspectionId == 0) {
        if (auto inspection = m_ledger->defaultInspection())
            p.inspectionId = inspection->id;
    }
    ProblemDialog dialog(*m_ledger, p, this);
    if (dialog.exec() == QDialog::Accepted)
        addProblem(dialog.problem());
}

void MainWindow::editProblemDialog()
{
    auto problem = m_ledger->problem(currentProblemId());
    if (!problem)
        return;
    Problem shown = *problem;
    QString conflict;
    for (;;) {
        ProblemDialog dialog(*m_ledger, shown, this);
        if (!conflict.isEmpty())
            dialog.showConflict(conflict);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const Status s = m_editor->editProblem(dialog.problem());
        if (s)
            return;
        if (!s.isConflict()) {
            showError(s.error());
            return;
        }
        // Someone else changed (or deleted) the problem first: the dialog again,
        // with the user's text over the newer version and the message above it.
        auto newer = m_ledger->problem(shown.id);
        if (!newer) {
            showError(s.error());
            refresh();
            return;
        }
        shown = dialog.problem();
        shown.version = newer->version;
        conflict = s.error();
        refresh();
    }
}

void MainWindow::addTaskDialog()
{
    bool ok = false;
    const QString measure = QInputDialog::getMultiLineText(
        this, tr("Add task"), tr("Rectification measure:"), QString(), &ok);
    if (ok && !measure.trimmed().isEmpty()) {
        if (addTask(measure.trimmed()) != 0)
            m_detail->measureEdit()->setFocus();
    }
}

void MainWindow::setLedgerActionGuard(LedgerActionGuard guard)
{
    m_guard = std::move(guard);
    applyGuards();
}

Status MainWindow::mayDo(Action action) const
{
    return m_guard ? m_guard(action) : Status();
}

void MainWindow::applyGuards()
{
    applyActionGuard(m_importAction, mayDo(Action::Import));
    applyActionGuard(m_saveCopyAction, mayDo(Action::Backup));
    if (m_guard)
        m_dataSafety->setGuard([this](Action action) { return mayDo(action); });
    else
        m_dataSafety->setGuard({});
}

bool MainWindow::isOnServer() const
{
    return LedgerLocation::isServerAddress(m_ledger->path());
}

QString MainWindow::shownLocation(const QString &location)
{
    return LedgerLocation::isServerAddress(location) ? location
                                                     : QDir::toNativeSeparators(location);
}

void MainWindow::roundsDialog()
{
    // The user chosen at start (File → Switch User…) is the ledger's actor.
    std::optional<User> actor;
    if (auto found = m_ledger->findUser(m_ledger->actor()); found && found->has_value())
        actor = **found;
    RoundsDialog dialog(*m_ledger, actor, this);
    dialog.exec();
    // Collected forms changed tasks: show them.
    refresh();
}

void MainWindow::settingsDialog()
{
    SettingsDialog dialog(languageSetting(), m_alertSettings, this);
    const Status mayChange = mayDo(Action::Settings);
    if (!mayChange)
        dialog.lockAlerts(mayChange.error());
    if (dialog.exec() != QDialog::Accepted)
        return;
    QSettings().setValue(QStringLiteral("language"), dialog.language());
    // The language is the user's own; the alert windows are the ledger's.
    if (!mayChange)
        return;
    const AlertSettings s = dialog.alertSettings();
    Ledger::Transaction tx(*m_ledger);
    Status written = tx.status();
    if (written)
        written
            = m_ledger->setSetting(QStringLiteral("due_soon_days"), QString::number(s.dueSoonDays));
    if (written)
        written
            = m_ledger->setSetting(QStringLiteral("notice_days"), QString::number(s.noticeDays));
    if (written)
        written = m_ledger->setSetting(QStringLiteral("stale_days"), QString::number(s.staleDays));
    if (written)
        written = tx.commit();
    if (!written)
        showError(written.error());
    refresh();
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Rectify"),
        tr("<h3>Rectify %1</h3><p>Keeps the rectification ledger after an inspection: "
           "the problem list, the task list and the responsibility list, with deadlines, "
           "progress and traffic-light alerts.</p>")
            .arg(QApplication::applicationVersion().toHtmlEscaped()));
}

QStringList MainWindow::recentLedgers()
{
    return QSettings().value(QStringLiteral("recentLedgers")).toStringList();
}

void MainWindow::addRecentLedger(const QString &path)
{
    const QString absolute
        = LedgerLocation::isServerAddress(path) ? path : QFileInfo(path).absoluteFilePath();
    QStringList list = recentLedgers();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > maxRecent)
        list.removeLast();
    QSettings().setValue(QStringLiteral("recentLedgers"), list);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList list = recentLedgers();
    for (const QString &path : list) {
        QAction *a = m_recentMenu->addAction(shownLocation(path));
        connect(a, &QAction::triggered, this, [this, path] { openLedger(path); });
    }
    m_recentMenu->setEnabled(!list.isEmpty());
}

void MainWindow::newLedger()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New ledger"), fileDialogFolder(), tr("Ledgers (*.sqlite *.db)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path) && QFileInfo(path).size() > 0) {
        showError(tr("%1 already exists; open it with File → Open Ledger.")
                      .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openLedger(path);
}

void MainWindow::openLedgerDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open ledger"), fileDialogFolder(), tr("Ledgers (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openLedger(path);
}

QString MainWindow::fileDialogFolder() const
{
    return isOnServer() ? QDir::homePath() : QFileInfo(m_ledger->path()).absolutePath();
}

void MainWindow::connectToServer()
{
    ConnectServerDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The typed password stays in memory for this address's connections only
    // (store/serverpasswords.h); an empty one leaves libpq's PGPASSWORD/.pgpass.
    const QString address = dialog.acceptedAddress();
    if (!dialog.acceptedPassword().isEmpty())
        ServerPasswords::remember(address, dialog.acceptedPassword());
    openLedger(address);
}

void MainWindow::openLedger(const QString &path)
{
    const bool server = LedgerLocation::isServerAddress(path);
    if (server
            ? path == m_ledger->path()
            : QFileInfo(path).absoluteFilePath() == QFileInfo(m_ledger->path()).absoluteFilePath())
        return;
    auto ledger = std::make_unique<Ledger>();
    ledger->setActor(m_ledger->actor());
    if (Status s = ledger->open(path); !s) {
        // This window keeps the ledger it has open.
        // The address is named once: in the ledger's own message when it has it.
        // A password that did not connect is not kept for later connections.
        if (server)
            ServerPasswords::forget(path);
        showError(server && !s.error().contains(path)
                ? tr("Could not open the ledger on the server %1: %2").arg(path, s.error())
                : s.error());
        return;
    }
    // A new ledger requires a password of everyone (docs/workflow.md).
    if (ledger->wasCreated())
        (void)Accounts(*ledger, ledger->actor()).setPasswordsRequired(true);
    if (!close())
        return;
    // The new window takes over; this one is gone once closed.
    auto *window = new MainWindow(std::move(ledger));
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    // The rotating automatic backup, of a server ledger too (into a local file).
    window->backUpOnOpen();
}

void MainWindow::backUpOnOpen()
{
    if (!m_autoBackup) {
        m_autoBackup = new AutoBackup(this);
        m_backupProgress = new QProgressBar(this);
        m_backupProgress->setObjectName(QStringLiteral("backupProgress"));
        m_backupProgress->setRange(0, 100);
        m_backupProgress->setMaximumWidth(220);
        m_backupProgress->setFormat(tr("Automatic backup %p%"));
        m_backupProgress->setToolTip(
            tr("The ledger is being copied to its backup folder; you can work meanwhile."));
        m_backupProgress->hide();
        statusBar()->addPermanentWidget(m_backupProgress);
        connect(m_autoBackup, &AutoBackup::progress, m_backupProgress, &QProgressBar::setValue);
        connect(m_autoBackup, &AutoBackup::finished, this,
            [this](const QString &file, const QString &error) {
                m_backupProgress->hide();
                if (error == Backup::cancelledMessage())
                    return; // stopped by closing the window
                if (!error.isEmpty())
                    showError(error);
                else if (!file.isEmpty())
                    statusBar()->showMessage(
                        tr("Automatic backup saved: %1").arg(QDir::toNativeSeparators(file)),
                        15000);
            });
    }
    if (m_autoBackup->isRunning())
        return;
    // On a set-up server an official's or a supervisor's login may not read what a
    // backup copies (password hashes, docs/server.md): backing up is then the
    // administrators' (and the owner's) duty, as the Backup action is.
    if (isOnServer() && !m_ledger->serverUser().isEmpty() && !mayDo(Action::Backup))
        return;
    // Written on a thread of its own, on either backend: a large file ledger is a
    // gigabyte to copy, a server ledger's rows come over the network.
    m_backupProgress->setValue(0);
    m_backupProgress->show();
    if (isOnServer()) {
        statusBar()->showMessage(
            tr("Backing up the ledger on the server (automatic backup); you can work meanwhile…"));
    }
    m_autoBackup->run(*m_ledger);
}

void MainWindow::importCsv()
{
    if (const Status may = mayDo(Action::Import); !may) {
        showError(may.error());
        return;
    }
    // The wizard writes on a connection of its own: while it is open, its commit
    // is this window's change, not another program's, and must not be announced
    // as one. Changes by others meanwhile show once the watcher is back.
    m_watcher->stop();
    ImportWizard wizard(*m_ledger, this);
    wizard.exec();
    if (wizard.result())
        reloadAll(); // the watcher takes a new baseline when it starts
    m_watcher->start();
}

void MainWindow::reloadAll()
{
    // Rows were replaced wholesale: earlier edits can no longer be undone safely.
    m_editor->undoStack()->clear();
    m_detail->setTask(0);
    // A restore reopened the connection: its change counter starts again.
    m_watcher->reset();
    refreshInspections();
    refresh();
}

void MainWindow::saveCopy()
{
    if (const Status may = mayDo(Action::Backup); !may) {
        showError(may.error());
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save a copy"), fileDialogFolder(), tr("Ledgers (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (Status s = Backup::copyTo(*m_ledger, path); !s)
        showError(s.error());
    else
        statusBar()->showMessage(
            tr("Saved a copy to %1.").arg(QDir::toNativeSeparators(path)), 8000);
}

bool MainWindow::isWelcomeShown() const
{
    return m_lists->currentWidget() == m_welcome;
}

void MainWindow::updateWelcome()
{
    // Only a ledger without any problem: an inspection without problems of its own
    // shows its empty list (the others are a choice away).
    // The task list too: a problem list the current user cannot read (a server's
    // rules) must not pass for an empty ledger.
    const bool empty = m_inspection->currentIndex() <= 0 && m_problemModel->rowCount() == 0
        && !m_problemModel->canFetchMore(QModelIndex()) && m_taskModel->rowCount() == 0;
    m_lists->setCurrentIndex(empty ? 1 : 0);
    keepDocksOffDashboard();
}

QString MainWindow::askSaveFile(
    const QString &title, const QString &proposed, const QString &filter)
{
    if (m_saveFile)
        return m_saveFile(title, proposed, filter);
    return QFileDialog::getSaveFileName(this, title, proposed, filter);
}

bool MainWindow::saveImportTemplate()
{
    // Named in the interface language; the columns are the ledger's Chinese headers.
    const QString proposed
        = QDir(QDir::homePath()).filePath(tr("import-template") + QStringLiteral(".xlsx"));
    QString xlsx
        = askSaveFile(tr("Save the import template"), proposed, tr("Excel workbook (*.xlsx)"));
    if (xlsx.isEmpty())
        return false;
    if (!xlsx.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        xlsx += QStringLiteral(".xlsx");
    const QFileInfo info(xlsx);
    const QString csv = info.dir().filePath(info.completeBaseName() + QStringLiteral(".csv"));
    if (Status s = ImportTemplate::write(xlsx, csv, today()); !s) {
        showError(s.error());
        return false;
    }
    statusBar()->showMessage(
        tr("Saved the import template: %1 and %2")
            .arg(QDir::toNativeSeparators(xlsx), QDir::toNativeSeparators(csv)),
        15000);
    return true;
}

void MainWindow::showUserGuide()
{
    auto *dialog = new UserGuideDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::openSampleLedger()
{
    const QString path = sampleLedgerPath();
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_ledger->path()).absoluteFilePath()) {
        statusBar()->showMessage(tr("The sample ledger is open."), 8000);
        return;
    }
    if (Status s = createSampleLedger(path, today()); !s) {
        showError(tr("Cannot write the sample ledger: %1").arg(s.error()));
        return;
    }
    openLedger(path);
}

} // namespace rectify
