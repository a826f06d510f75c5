#include "ui/dashboard/dashboardtab.h"

#include "report/reportwriter.h"
#include "store/ledger.h"
#include "ui/common/ledgerwindow.h"
#include "ui/dashboard/charts/chartfactory.h"
#include "ui/dashboard/dashboardwidget.h"
#include "ui/dashboard/exportchartsdialog.h"
#include "ui/tasks/filterbar.h"
#include "ui/tasks/problemlistmodel.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <memory>

namespace rectify {

namespace {

// A window-modal progress dialog that shows at once (exports are seconds long at most).
std::unique_ptr<QProgressDialog> progressDialog(QWidget *parent, const QString &label, int steps)
{
    auto dialog = std::make_unique<QProgressDialog>(
        label, QApplication::translate("rectify::DashboardTab", "Cancel"), 0, steps, parent);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(0);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setValue(0);
    return dialog;
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

DashboardTab::DashboardTab(LedgerWindow &window, QWidget *lists)
    : QObject(window.mainWindow())
    , m_window(window)
{
    m_tabs = new QTabWidget(window.mainWindow());
    m_tabs->setObjectName(QStringLiteral("centralTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(lists, tr("Lists"));
    // The dashboard itself is built when the tab is first shown.
    m_page = new QWidget(m_tabs);
    m_page->setObjectName(QStringLiteral("dashboardPage"));
    auto *layout = new QVBoxLayout(m_page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs->addTab(m_page, tr("Dashboard"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &DashboardTab::onTabChanged);
    // The window's filters changed from elsewhere (a menu, a dock) while the dashboard is shown.
    const auto follow = [this] {
        if (!m_syncing && isDashboardShown())
            syncDashboard();
    };
    connect(window.filterBar(), &FilterBar::filterChanged, this, follow);
    connect(window.inspectionBox(), &QComboBox::currentIndexChanged, this, follow);

    m_showAction = new QAction(tr("&Dashboard"), this);
    m_showAction->setShortcut(QKeySequence(Qt::Key_F9));
    m_showAction->setCheckable(true);
    m_showAction->setToolTip(tr("Charts of the rectification's progress (F9)"));
    connect(m_showAction, &QAction::triggered, this,
        [this](bool on) { on ? showDashboard() : showLists(); });

    m_printAction = new QAction(tr("&Print the Progress Report…"), this);
    m_printAction->setShortcut(QKeySequence::Print);
    connect(m_printAction, &QAction::triggered, this, &DashboardTab::printReport);
    m_exportReportAction = new QAction(tr("Export &Report (PDF)…"), this);
    connect(m_exportReportAction, &QAction::triggered, this, &DashboardTab::exportReportDialog);
    m_exportChartsAction = new QAction(tr("Export C&harts…"), this);
    connect(m_exportChartsAction, &QAction::triggered, this, &DashboardTab::exportChartsDialog);
}

DashboardTab::~DashboardTab() = default;

void DashboardTab::addToFileMenu(QMenu *menu) const
{
    menu->addAction(m_printAction);
    menu->addAction(m_exportReportAction);
    menu->addAction(m_exportChartsAction);
}

void DashboardTab::addToViewMenu(QMenu *menu) const
{
    menu->addAction(m_showAction);
}

DashboardWidget *DashboardTab::dashboard()
{
    if (m_dashboard)
        return m_dashboard;
    m_syncing = true;
    // The window's day (the ledger's clock) and its filters.
    m_dashboard = new DashboardWidget(m_window.ledger(), windowFilter(), m_window.today(), m_page);
    m_dashboard->setObjectName(QStringLiteral("dashboard"));
    m_page->layout()->addWidget(m_dashboard);
    m_dashboard->show();
    m_syncing = false;
    m_stale = false;
    connect(m_dashboard, &DashboardWidget::tasksRequested, this, &DashboardTab::showTasks);
    connect(m_dashboard, &DashboardWidget::failed, this, &DashboardTab::failed);
    connect(m_dashboard, &DashboardWidget::filterChanged, this, [this](const StatsFilter &f) {
        if (!m_syncing)
            applyDashboardFilter(f);
    });
    return m_dashboard;
}

DashboardWidget *DashboardTab::currentDashboard()
{
    // Exports and printing need the statistics now, not from a background read.
    DashboardWidget *d = dashboard();
    const qint64 from = d->backgroundFrom();
    d->setBackgroundFrom(-1);
    syncDashboard();
    d->setBackgroundFrom(from);
    if (d->isReading())
        d->refreshNow();
    return d;
}

bool DashboardTab::isDashboardShown() const
{
    return m_tabs->currentWidget() == m_page && m_tabs->isVisible();
}

void DashboardTab::showDashboard()
{
    if (m_tabs->currentWidget() == m_page)
        syncDashboard();
    else
        m_tabs->setCurrentWidget(m_page); // syncs
}

void DashboardTab::showLists()
{
    m_tabs->setCurrentIndex(0);
}

void DashboardTab::onTabChanged()
{
    const bool shown = m_tabs->currentWidget() == m_page;
    m_showAction->setChecked(shown);
    if (shown)
        syncDashboard();
}

void DashboardTab::ledgerChanged()
{
    m_stale = true;
    if (isDashboardShown())
        syncDashboard();
}

StatsFilter DashboardTab::windowFilter() const
{
    StatsFilter f;
    f.inspectionId = m_window.inspectionBox()->currentData().toLongLong();
    const TaskFilter tasks = m_window.filterBar()->filter();
    f.category = tasks.category;
    f.unit = tasks.unit;
    return f;
}

void DashboardTab::syncDashboard()
{
    if (!m_dashboard) {
        dashboard();
        return;
    }
    const StatsFilter wanted = windowFilter();
    m_syncing = true;
    if (wanted != m_dashboard->filter()) {
        m_dashboard->setFilter(wanted); // reads the statistics again
    } else if (m_stale) {
        m_dashboard->refresh();
    }
    m_syncing = false;
    m_stale = false;
}

void DashboardTab::applyDashboardFilter(const StatsFilter &filter)
{
    // The dashboard's choice becomes the window's: the lists show the same tasks.
    m_syncing = true;
    QComboBox *inspection = m_window.inspectionBox();
    const int at = inspection->findData(filter.inspectionId);
    if (at >= 0 && at != inspection->currentIndex())
        inspection->setCurrentIndex(at);
    TaskFilter f = m_window.filterBar()->filter();
    f.category = filter.category;
    f.unit = filter.unit;
    // The dashboard counts the tasks a unit leads.
    f.leadUnitOnly = !filter.unit.isEmpty();
    if (f != m_window.filterBar()->filter())
        m_window.filterBar()->setFilter(f);
    m_syncing = false;
}

void DashboardTab::showTasks(const DashboardSelection &s)
{
    TaskFilter f;
    f.category = s.filter.category;
    f.unit = s.filter.unit;
    f.leadUnitOnly = !f.unit.isEmpty();
    switch (s.kind) {
    case DashboardSelection::Kind::TaskStatus:
        if (s.key == QLatin1String("awaiting_sign_off"))
            f.statuses = { TaskStatus::Completed };
        else if (auto status = taskStatusFromKey(s.key))
            f.statuses = { *status };
        break;
    case DashboardSelection::Kind::LeadUnit:
        f.unit = s.name;
        f.leadUnitOnly = true;
        break;
    case DashboardSelection::Kind::Leader:
        f.leader = s.name;
        break;
    case DashboardSelection::Kind::Problem:
        break;
    }
    if (s.segment == QLatin1String("completed"))
        f.alerts = { AlertLevel::Done };
    else if (s.segment == QLatin1String("overdue"))
        f.alerts = { AlertLevel::Red };
    else if (s.segment == QLatin1String("open"))
        f.alerts = { AlertLevel::Green, AlertLevel::Notice, AlertLevel::Yellow, AlertLevel::Stale,
            AlertLevel::DataProblem };
    else if (s.segment == QLatin1String("not_completed"))
        f.statuses = { TaskStatus::NotStarted, TaskStatus::InProgress };

    m_syncing = true;
    QComboBox *inspection = m_window.inspectionBox();
    const int at = inspection->findData(s.filter.inspectionId);
    inspection->setCurrentIndex(at >= 0 ? at : 0);
    m_window.showAllTasks(); // no problem selected: the filter decides
    m_window.filterBar()->setFilter(f);
    if (s.kind == DashboardSelection::Kind::Problem) {
        // The problem list is the navigation: select the problem there.
        m_window.selectProblem(s.problemId);
    }
    m_syncing = false;
    showLists();
    m_window.focusTaskList();
    if (s.asOf.isValid() && s.asOf != m_window.today())
        m_window.mainWindow()->statusBar()->showMessage(
            tr("The list shows alerts as of %1; the dashboard was set to %2.")
                .arg(m_window.today().toString(Qt::ISODate), s.asOf.toString(Qt::ISODate)),
            10000);
}

void DashboardTab::printReport()
{
    DashboardWidget *d = currentDashboard();
    auto input = d->reportInput();
    if (!input) {
        Q_EMIT failed(input.error());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(tr("Progress report on rectification"));
    QPrintPreviewDialog preview(&printer, m_window.mainWindow());
    preview.setWindowTitle(tr("Print the progress report"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this, &input](QPrinter *p) {
        if (auto pages = ReportWriter::render(*input, *p); !pages)
            Q_EMIT failed(pages.error());
    });
    preview.exec();
}

Status DashboardTab::exportReport(const QString &path)
{
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return Error { tr("Cannot write %1: the folder %2 does not exist.")
                           .arg(native(path), native(target.absolutePath())) };
    DashboardWidget *d = currentDashboard();
    auto progress = progressDialog(m_window.mainWindow(), tr("Reading the ledger…"), 0);
    auto input = d->reportInput();
    if (!input)
        return Error { input.error() };
    const int problems = int(input->problems.size());
    progress->setLabelText(tr("Writing %1…").arg(native(path)));
    progress->setMaximum(std::max(1, problems));
    QProgressDialog *dialog = progress.get();
    input->cancelled = [dialog] {
        QCoreApplication::processEvents();
        return dialog->wasCanceled();
    };
    // Write next to the target and rename at the end: a failed or cancelled run
    // leaves no half file and keeps an older report.
    const QString partial = path + QStringLiteral(".part");
    auto pages = ReportWriter::writePdf(
        *input, partial, [dialog](qint64 done, qint64) { dialog->setValue(int(done)); });
    if (!pages) {
        QFile::remove(partial);
        if (dialog->wasCanceled())
            return Error { tr("The report %1 was not written: cancelled.").arg(native(path)) };
        return Error { tr("Cannot write %1: %2").arg(native(path), pages.error()) };
    }
    if (QFileInfo::exists(partial) && QFileInfo(partial).size() == 0) {
        QFile::remove(partial);
        return Error { tr("Cannot write %1.").arg(native(path)) };
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return Error { tr("Cannot write %1.").arg(native(path)) };
    }
    m_window.mainWindow()->statusBar()->showMessage(
        tr("Wrote the progress report to %1 (%2 pages).").arg(native(path)).arg(*pages), 8000);
    return {};
}

Result<QStringList> DashboardTab::exportCharts(
    const QString &dir, const QVector<ChartExporter::Format> &formats, int dpi)
{
    if (formats.isEmpty())
        return Error { tr("Choose at least one format.") };
    if (!QDir().mkpath(dir))
        return Error { tr("Cannot create the folder %1.").arg(native(dir)) };
    DashboardWidget *d = currentDashboard();
    const QStringList names = ChartFactory::names();
    auto progress = progressDialog(
        m_window.mainWindow(), tr("Exporting the charts…"), int(names.size() * formats.size()));
    QStringList written;
    int step = 0;
    for (const QString &name : names) {
        std::unique_ptr<QChart> chart = ChartFactory::create(name, d->statistics());
        const QSizeF size = ChartFactory::preferredSize(name, d->statistics(), {});
        for (ChartExporter::Format format : formats) {
            if (progress->wasCanceled())
                return Error { tr(
                    "Export cancelled; %n file(s) written to %1.", nullptr, int(written.size()))
                                   .arg(native(dir)) };
            const QString path = QDir(dir).filePath(
                chartFileName(name) + QLatin1Char('.') + ChartExporter::extension(format));
            progress->setLabelText(tr("Writing %1…").arg(native(path)));
            if (auto ok = ChartExporter::write(*chart, size, path, format, dpi); !ok)
                return Error { ok.error() };
            written << path;
            progress->setValue(++step);
        }
    }
    m_window.mainWindow()->statusBar()->showMessage(
        tr("Wrote %n chart file(s) to %1.", nullptr, int(written.size())).arg(native(dir)), 8000);
    return written;
}

void DashboardTab::exportReportDialog()
{
    const QDate asOf = isDashboardBuilt() ? m_dashboard->asOf() : m_window.today();
    const QString path = QFileDialog::getSaveFileName(m_window.mainWindow(),
        tr("Export the progress report"), reportFileName(asOf), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = exportReport(path); !s)
        Q_EMIT failed(s.error());
}

void DashboardTab::exportChartsDialog()
{
    ExportChartsDialog dialog(m_window.mainWindow());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto files = exportCharts(dialog.folder(), dialog.formats(), dialog.dpi()); !files)
        Q_EMIT failed(files.error());
}

QString DashboardTab::reportFileName(const QDate &asOf)
{
    return tr("progress-report_%1.pdf", "a file name").arg(asOf.toString(Qt::ISODate));
}

QString DashboardTab::chartFileName(const QString &chartName)
{
    // Safe in file names on every system: no slashes, colons or quotes.
    if (chartName == QLatin1String("status"))
        return tr("status", "file name of the chart of tasks by status");
    if (chartName == QLatin1String("units"))
        return tr("units", "file name of the chart by lead unit");
    if (chartName == QLatin1String("leaders"))
        return tr("leaders", "file name of the chart by responsible leader");
    if (chartName == QLatin1String("problems"))
        return tr("problems", "file name of the chart by problem");
    if (chartName == QLatin1String("burnup"))
        return tr("burnup", "file name of the chart of tasks due and completed");
    return chartName;
}

} // namespace rectify
