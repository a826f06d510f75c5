#pragma once

#include "stats/statistics.h"
#include "ui/dashboard/charts/chartexporter.h"
#include "util/result.h"

#include <QObject>
#include <QVector>

class QAction;
class QMenu;
class QTabWidget;
class QWidget;

namespace rectify {

class DashboardWidget;
class LedgerWindow;
struct DashboardSelection;

// The supervisors' dashboard as a tab of the main window, next to the three
// lists, with its File and View menu actions: print the progress report, export
// it as PDF, export the charts. The dashboard shares the window's filters
// (inspection, category, unit) and is built and refreshed only while it is shown:
// on a large ledger its statistics are whole-ledger queries. A click on a bar
// or slice goes back to the lists, filtered to those tasks.
class DashboardTab final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardTab)

public:
    // `lists` is the window's usual central widget; it becomes the first tab.
    DashboardTab(LedgerWindow &window, QWidget *lists);
    ~DashboardTab() override;

    // The window's central widget: the lists and the dashboard.
    QTabWidget *tabs() const { return m_tabs; }
    // The dashboard, built (and read) on first use.
    DashboardWidget *dashboard();
    bool isDashboardBuilt() const { return m_dashboard != nullptr; }
    bool isDashboardShown() const;

    QAction *showAction() const { return m_showAction; }
    QAction *printAction() const { return m_printAction; }
    QAction *exportReportAction() const { return m_exportReportAction; }
    QAction *exportChartsAction() const { return m_exportChartsAction; }
    void addToFileMenu(QMenu *menu) const;
    void addToViewMenu(QMenu *menu) const;

    // The progress report as PDF, for the dashboard's filter and date, with a
    // cancellable progress dialog. Errors name the file.
    Status exportReport(const QString &path);
    // Every chart in every format into `dir` (status.png, units.svg, ...), with a
    // cancellable progress dialog. Returns the files written.
    Result<QStringList> exportCharts(
        const QString &dir, const QVector<ChartExporter::Format> &formats, int dpi);

    // File names proposed in the interface language: 整改进展报告_2024-01-15.pdf,
    // and a chart's file 状态.png, 牵头单位.svg ... ("status", "units" in English).
    static QString reportFileName(const QDate &asOf);
    static QString chartFileName(const QString &chartName);

public Q_SLOTS:
    // The ledger changed (an edit, an import, a restore, another program): the
    // dashboard is read again now if it is shown, else when it is next shown.
    void ledgerChanged();
    void showDashboard();
    void showLists();
    // Shows in the task list the tasks a click on the dashboard asked for.
    void showTasks(const rectify::DashboardSelection &selection);

Q_SIGNALS:
    // Something failed; the message is for the user.
    void failed(const QString &message);

private:
    void onTabChanged();
    // Brings the dashboard up to date with the window's filters and the ledger.
    void syncDashboard();
    // The dashboard, up to date now (no background read).
    DashboardWidget *currentDashboard();
    StatsFilter windowFilter() const;
    void applyDashboardFilter(const StatsFilter &filter);
    void printReport();
    void exportReportDialog();
    void exportChartsDialog();

    LedgerWindow &m_window;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_page = nullptr;
    DashboardWidget *m_dashboard = nullptr;
    QAction *m_showAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_exportReportAction = nullptr;
    QAction *m_exportChartsAction = nullptr;
    bool m_stale = true;
    bool m_syncing = false;
};

} // namespace rectify
