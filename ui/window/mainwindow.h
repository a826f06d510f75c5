#pragma once

#include "search/taskfilter.h"
#include "stats/alert.h"
#include "ui/common/actionguard.h"
#include "ui/common/ledgerwindow.h"
#include "ui/window/startupread.h"

#include <QMainWindow>
#include <QMap>
#include <functional>
#include <memory>

class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QUndoStack;

namespace rectify {

class BulletinAction;
class ListPrinting;
class ProblemReportAction;
class DashboardTab;
class DataSafetyActions;
class AutoBackup;
class LedgerWatcher;
class FilterBar;
class Ledger;
class LedgerEditor;
class ProblemListModel;
class ResponsibilityModel;
class TaskDetailPane;
class TaskTableModel;
class WelcomePage;
struct Problem;

// The window an official opens every week: the three lists of one ledger.
// Navigation runs inspection → problem → task; the detail pane edits the
// selected task; every edit goes through the LedgerEditor and can be undone.
class MainWindow final : public QMainWindow, public LedgerWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(std::unique_ptr<Ledger> ledger, QWidget *parent = nullptr);
    ~MainWindow() override;

    QMainWindow *mainWindow() override { return this; }
    Ledger &ledger() const override { return *m_ledger; }
    LedgerEditor &editor() const override { return *m_editor; }
    QUndoStack *undoStack() const;

    // Questions the window asks (delete?); tests answer them without a dialog.
    using ConfirmHandler = std::function<bool(const QString &question)>;
    void setConfirmHandler(ConfirmHandler handler) { m_confirm = std::move(handler); }

    // The day alerts are computed for (the ledger's clock by default).
    QDate today() const override;

    // Parts, for tests and for features that plug into the window.
    TaskTableModel *taskModel() const { return m_taskModel; }
    TaskTableModel *alertModel() const { return m_alertModel; }
    ProblemListModel *problemModel() const { return m_problemModel; }
    ResponsibilityModel *responsibilityModel() const { return m_responsibilityModel; }
    QTableView *taskView() const override { return m_taskView; }
    QTableView *problemView() const override { return m_problemView; }
    QTableView *alertView() const { return m_alertView; }
    FilterBar *filterBar() const override { return m_filterBar; }
    TaskDetailPane *detailPane() const override { return m_detail; }
    QLabel *noticeLabel() const { return m_noticeText; }
    QWidget *noticeBar() const { return m_notice; }
    // File → Import Ledger… (opens the import wizard; also on the toolbar).
    QAction *importAction() const { return m_importAction; }
    // File → Save the Import Template…, Help → User Guide, Help → Open the Sample Ledger.
    QAction *templateAction() const { return m_templateAction; }
    QAction *userGuideAction() const { return m_guideAction; }
    QAction *sampleAction() const { return m_sampleAction; }
    // Shown instead of the lists while the ledger has no problems.
    WelcomePage *welcomePage() const { return m_welcome; }
    bool isWelcomeShown() const;
    // Where to save a file (the save dialog by default; tests answer it): the
    // dialog's title, the proposed path and the filter; an empty answer cancels.
    using SaveFileHandler = std::function<QString(
        const QString &title, const QString &proposed, const QString &filter)>;
    void setSaveFileHandler(SaveFileHandler handler) { m_saveFile = std::move(handler); }
    QAction *saveCopyAction() const { return m_saveCopyAction; }
    QAction *settingsAction() const { return m_settingsAction; }
    QAction *roundsAction() const { return m_roundsAction; }
    // Who may import, change the ledger's settings and back up or restore (the
    // sign-off workflow sets it again whenever the user changes). A refused action
    // is disabled with the reason as its tip, and refused with that reason if it
    // is reached anyway; Settings… stays open to everyone for the language, with
    // the ledger's alert windows read-only. Without a guard, anyone may.
    void setLedgerActionGuard(LedgerActionGuard guard) override;
    DataSafetyActions *dataSafetyActions() const { return m_dataSafety; }
    // The rotating automatic backup of the ledger just opened (see AutoBackup):
    // written on a thread of its own while the window is in use, its progress in the
    // status bar; the status bar says when it is saved, a failure shows as an error.
    // Closing the window stops it (no unfinished copy is left).
    void backUpOnOpen();
    AutoBackup *autoBackup() const { return m_autoBackup; }
    // Notices commits of other windows and processes; the window then refreshes.
    LedgerWatcher *ledgerWatcher() const { return m_watcher; }
    QMenu *toolsMenu() const override { return m_toolsMenu; }
    QMenu *fileMenu() const override { return m_fileMenu; }
    QMenu *viewMenu() const override { return m_viewMenu; }

    // Called at the end of every window's construction (the application plugs
    // the sign-off workflow in here, also for windows opened from the File menu).
    using CreatedHook = std::function<void(MainWindow *window)>;
    static void setCreatedHook(CreatedHook hook);
    // The dashboard tab and its print and export actions.
    DashboardTab *dashboardTab() const { return m_dashboardTab; }
    BulletinAction *bulletinAction() const { return m_bulletin; }
    // File → Print/Export Task List… and Responsibility List…, Problem Rectification Report….
    ListPrinting *listPrinting() const { return m_listPrinting; }
    ProblemReportAction *problemReportAction() const { return m_problemReport; }
    // The inspection the problem list shows (0: all).
    QComboBox *inspectionBox() const override { return m_inspection; }

    // True once the alerts dock, the counts and the notice are in (read in the
    // background after the first paint, or at once by finishStartup()).
    bool isStartupFinished() const { return m_startupFinished; }
    qint64 currentTaskId() const;
    // The last error shown to the user (also in the status bar).
    QString lastError() const { return m_lastError; }
    qint64 currentProblemId() const override;

    // Recently opened ledgers, newest first (kept in the user's settings).
    static QStringList recentLedgers();
    static void addRecentLedger(const QString &path);
    // True when the open ledger is a database on a PostgreSQL server.
    bool isOnServer() const;
    QAction *connectAction() const { return m_connectAction; }

public Q_SLOTS:
    // Saves the import template (a workbook and, beside it, the same as CSV).
    bool saveImportTemplate();
    void showUserGuide();
    // Writes a fresh sample ledger and opens it in place of this one.
    void openSampleLedger();
    // Adds a problem to the current inspection and selects it; returns its id or 0.
    qint64 addProblem(const rectify::Problem &problem);
    // Adds a task with this measure to the selected problem and selects it.
    qint64 addTask(const QString &measure);
    bool deleteCurrentTask();
    bool deleteCurrentProblem();
    // Shows the task in the table, clearing filters that hide it, and selects it.
    bool showTask(qint64 taskId) override;
    void showAllTasks() override;
    bool selectProblem(qint64 problemId) override;
    void focusTaskList() override;
    void showAlerts();
    void refresh() override;
    // File → Connect to Server…: asks for the server's address and opens the ledger
    // there as File → Open does (this window stays when it cannot).
    void connectToServer();
    // Reads what the first paint does not wait for: the alerts dock, the status
    // bar's counts and the start-up notice. Once the window has been painted they
    // are read by themselves in the background (StartupRead); this reads them now,
    // on the window's connection, when they are not in yet. Calling it again does
    // nothing.
    void finishStartup();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void readStartupInBackground();
    void applyStartup(const StartupFigures &figures);
    void showCounts(const LedgerCounts &counts, const QMap<AlertLevel, qint64> &alerts);
    void createActions();
    void createMenus();
    void createDocks();
    void restoreSettings();
    // Sizes for the screen the window first opens on (before any saved state).
    void firstStartLayout();
    // Hides the docks while the dashboard (or the first screen of an empty ledger)
    // is shown and brings them back after.
    void keepDocksOffDashboard();
    void assignPrintShortcut();
    void applyFilter();
    void onProblemSelected();
    void onTaskSelected();
    void onEdited();
    void refreshStatus();
    void refreshInspections();
    void updateActions();
    void showStartupNotice();
    void selectTaskRow(qint64 taskId);
    void showError(const QString &message);
    bool confirm(const QString &question);
    void fitScreen();

    void newLedger();
    void openLedgerDialog();
    void openLedger(const QString &path);
    QString fileDialogFolder() const;
    static QString shownLocation(const QString &location);
    // The guard, and the refusal of file-only actions on a server ledger.
    Status mayDo(Action action) const;
    void applyGuards();
    void saveCopy();
    void importCsv();
    // After an import or a restore replaced rows behind the editor's back.
    void reloadAll();
    void addProblemDialog();
    void editProblemDialog();
    void addTaskDialog();
    void settingsDialog();
    void roundsDialog();
    void about();
    void updateRecentMenu();
    void updateWelcome();
    QString askSaveFile(const QString &title, const QString &proposed, const QString &filter);

    std::unique_ptr<Ledger> m_ledger;
    LedgerEditor *m_editor = nullptr;
    DataSafetyActions *m_dataSafety = nullptr;
    AutoBackup *m_autoBackup = nullptr;
    QProgressBar *m_backupProgress = nullptr; // in the status bar while it runs
    DashboardTab *m_dashboardTab = nullptr;
    BulletinAction *m_bulletin = nullptr;
    ListPrinting *m_listPrinting = nullptr;
    ProblemReportAction *m_problemReport = nullptr;
    LedgerWatcher *m_watcher = nullptr;
    AlertSettings m_alertSettings;
    TaskTableModel *m_taskModel = nullptr;
    TaskTableModel *m_alertModel = nullptr;
    ProblemListModel *m_problemModel = nullptr;
    ResponsibilityModel *m_responsibilityModel = nullptr;
    QSortFilterProxyModel *m_responsibilitySort = nullptr;
    QComboBox *m_inspection = nullptr;
    QTableView *m_problemView = nullptr;
    QTableView *m_taskView = nullptr;
    QTableView *m_alertView = nullptr;
    QTableView *m_responsibilityView = nullptr;
    FilterBar *m_filterBar = nullptr;
    TaskDetailPane *m_detail = nullptr;
    QWidget *m_notice = nullptr;
    QLabel *m_noticeText = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_alertsLabel = nullptr;
    QLabel *m_shownLabel = nullptr; // how many tasks the list holds, counted in the background
    QLabel *m_pathLabel = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_saveCopyAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_templateAction = nullptr;
    QAction *m_guideAction = nullptr;
    QAction *m_sampleAction = nullptr;
    WelcomePage *m_welcome = nullptr;
    QStackedWidget *m_lists = nullptr;
    SaveFileHandler m_saveFile;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_addProblemAction = nullptr;
    QAction *m_editProblemAction = nullptr;
    QAction *m_deleteProblemAction = nullptr;
    QAction *m_addTaskAction = nullptr;
    QAction *m_deleteTaskAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_allTasksAction = nullptr;
    QAction *m_alertsAction = nullptr;
    QAction *m_clearFiltersAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_roundsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    ConfirmHandler m_confirm;
    QString m_lastError;
    LedgerActionGuard m_guard;
    bool m_syncing = false;
    // The task table is being re-read to show the ledger's newest rows: its
    // selection is put back afterwards, so the passing reset selects nothing.
    bool m_reloadingTasks = false;
    bool m_savingOnSwitch = false; // onTaskSelected() is saving the form it leaves
    bool m_responsibilityLoaded = false;
    bool m_startupFinished = false;
    StartupRead *m_startupRead = nullptr;
    bool m_startupStale = false; // the ledger changed while it was read
    QMap<AlertLevel, qint64> m_alertCounts;
    QList<QDockWidget *> m_docksAway; // hidden while the dashboard is shown
};

} // namespace rectify
