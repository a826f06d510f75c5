#pragma once

#include "report/reportwriter.h"
#include "stats/ranking.h"
#include "stats/statistics.h"
#include "stats/statsquery.h"
#include "util/result.h"

#include <QDate>
#include <QHash>
#include <QWidget>
#include <optional>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QPrinter;
class QThread;
QT_END_NAMESPACE

namespace rectify {

class Ledger;
class RankingSection;

// What a click on a chart asks the task list to show.
struct DashboardSelection
{
    enum class Kind
    {
        TaskStatus, // `key`: not_started, in_progress, awaiting_sign_off, closed
        LeadUnit, // `name`
        Leader, // `name`
        Problem, // `problemId`
    };
    Kind kind = Kind::TaskStatus;
    QString key;
    QString name;
    qint64 problemId = 0;
    // The part of a bar that was clicked: "completed", "open" (open, not overdue) or
    // "overdue" on the unit and leader bars; "completed" or "not_completed" on the
    // problem bars. Empty: the whole bar.
    QString segment;
    StatsFilter filter; // the dashboard's filter at the time of the click
    QDate asOf;
};

// The supervisors' dashboard: completion figures, tasks by status, progress by
// lead unit and by leader, the problems with most open tasks and the burn-up
// curve, for a filter (inspection, category, unit) and an "as of" date. Clicking
// a slice or a bar emits tasksRequested(); the main window shows those tasks.
// Self-contained: give it a ledger and put it in a dock or a tab.
class DashboardWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardWidget)

public:
    explicit DashboardWidget(Ledger &ledger, QWidget *parent = nullptr);
    // Reads the statistics once, for this filter and day.
    DashboardWidget(
        Ledger &ledger, const StatsFilter &filter, const QDate &asOf, QWidget *parent = nullptr);
    ~DashboardWidget() override;

    StatsFilter filter() const { return m_filter; }
    QDate asOf() const { return m_asOf; }
    // The filters and the day the figures are for, in words (heads the PDF).
    QString filterDescription() const;
    const Statistics &statistics() const { return m_stats; }
    // The chart shown under a name (status, units, leaders, problems, burnup).
    QChart *chart(const QString &name) const;
    // 单位考核: the units' ranking under the charts, for the same inspection and day.
    RankingSection *rankingSection() const { return m_ranking; }
    // The figures line above the charts, for tests and the status bar.
    QString summaryText() const;

    // Writes the whole dashboard to one PDF page.
    Status exportPdf(const QString &path);
    // What the progress report shows for the current filter and date.
    Result<ReportWriter::Input> reportInput() const;

    // From this many tasks on, refresh() reads in the background (-1: never).
    void setBackgroundFrom(qint64 tasks) { m_backgroundFrom = tasks; }
    qint64 backgroundFrom() const { return m_backgroundFrom; }
    // A background read is under way; statistics() are the previous ones.
    bool isReading() const { return m_reading; }

public Q_SLOTS:
    void setFilter(const StatsFilter &filter);
    void setAsOf(const QDate &date);
    // Reads the statistics again (after an edit or an import) and redraws; on a
    // large ledger in the background (refreshed() says when it is done).
    void refresh();
    // Reads them now, on this thread, whatever the size.
    void refreshNow();
    // File → Print: the progress report in a print preview.
    void printReport();

Q_SIGNALS:
    void tasksRequested(const rectify::DashboardSelection &selection);
    void filterChanged(const rectify::StatsFilter &filter);
    // New statistics are shown.
    void refreshed();
    // Reading the statistics failed; the message is for the user.
    void failed(const QString &message);

private:
    void buildFilters();
    void fillFilterChoices();
    void readFilterControls();
    StatsRequest request() const;
    void readInBackground();
    // The ranking too when it was read with the statistics (in the background);
    // without it the ranking is computed here.
    void apply(const Result<Statistics> &stats,
        const std::optional<Result<QVector<UnitScore>>> &ranking = std::nullopt);
    void rebuildCharts();
    void connectClicks(const QString &name, QChart *chart);
    void exportChart(const QString &name);
    void paintReport(QPrinter *printer);

    Ledger &m_ledger;
    StatsFilter m_filter;
    QDate m_asOf;
    Statistics m_stats;
    bool m_updating = false;
    bool m_reading = false;
    qint64 m_backgroundFrom = 20000;
    quint64 m_generation = 0;
    QList<QThread *> m_threads;

    QComboBox *m_inspection = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_unit = nullptr;
    QComboBox *m_period = nullptr;
    QDateEdit *m_date = nullptr;
    QLabel *m_summary = nullptr;
    QWidget *m_canvas = nullptr;
    QGridLayout *m_grid = nullptr;
    QHash<QString, QChartView *> m_views;
    RankingSection *m_ranking = nullptr;
};

} // namespace rectify

Q_DECLARE_METATYPE(rectify::DashboardSelection)
