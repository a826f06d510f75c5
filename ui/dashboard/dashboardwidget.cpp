#include "ui/dashboard/dashboardwidget.h"

#include "report/reportwriter.h"
#include "search/taskquery.h"
#include "stats/alertlist.h"
#include "stats/reportdata.h"
#include "stats/statsquery.h"
#include "store/auditchain.h"
#include "store/ledger.h"
#include "ui/common/dateedit.h"
#include "ui/common/displayorder.h"
#include "ui/dashboard/charts/chartexporter.h"
#include "ui/dashboard/charts/chartfactory.h"
#include "ui/dashboard/dashboardtab.h"
#include "ui/dashboard/rankingsection.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPieSeries>
#include <QPieSlice>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QThread>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace rectify {

DashboardWidget::DashboardWidget(Ledger &ledger, QWidget *parent)
    : DashboardWidget(ledger, StatsFilter(), QDate::currentDate(), parent)
{ }

DashboardWidget::DashboardWidget(
    Ledger &ledger, const StatsFilter &filter, const QDate &asOf, QWidget *parent)
    : QWidget(parent)
    , m_ledger(ledger)
    , m_filter(filter)
    , m_asOf(asOf.isValid() ? asOf : QDate::currentDate())
{
    auto *layout = new QVBoxLayout(this);
    buildFilters();
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Inspection"), this));
    bar->addWidget(m_inspection);
    bar->addWidget(new QLabel(tr("Category"), this));
    bar->addWidget(m_category);
    bar->addWidget(new QLabel(tr("Lead unit"), this));
    bar->addWidget(m_unit);
    bar->addWidget(new QLabel(tr("As of"), this));
    bar->addWidget(m_date);
    bar->addWidget(m_period);
    bar->addStretch(1);
    auto *exportButton = new QToolButton(this);
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(exportButton);
    for (const QString &name : ChartFactory::names())
        menu->addAction(ChartFactory::title(name), this, [this, name] { exportChart(name); });
    menu->addSeparator();
    menu->addAction(tr("Whole dashboard as PDF…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the dashboard"),
            tr("dashboard_%1.pdf", "a file name").arg(m_asOf.toString(Qt::ISODate)),
            tr("PDF (*.pdf)"));
        if (path.isEmpty())
            return;
        if (auto ok = exportPdf(path); !ok)
            Q_EMIT failed(ok.error());
    });
    menu->addAction(tr("Print the progress report…"), this, &DashboardWidget::printReport);
    exportButton->setMenu(menu);
    bar->addWidget(exportButton);
    layout->addLayout(bar);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    m_canvas = new QWidget(scroll);
    m_grid = new QGridLayout(m_canvas);
    scroll->setWidget(m_canvas);
    m_ranking = new RankingSection(m_ledger, m_canvas);
    m_grid->addWidget(m_ranking, 3, 0, 1, 2);
    connect(m_ranking, &RankingSection::failed, this, &DashboardWidget::failed);
    layout->addWidget(scroll, 1);

    fillFilterChoices();
    refresh();
}

DashboardWidget::~DashboardWidget()
{
    // A background read cannot be interrupted; it ends within seconds.
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
}

void DashboardWidget::buildFilters()
{
    m_inspection = new QComboBox(this);
    m_category = new QComboBox(this);
    m_unit = new QComboBox(this);
    for (QComboBox *box : { m_inspection, m_category, m_unit }) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (m_updating)
                return;
            readFilterControls();
            refresh();
            Q_EMIT filterChanged(m_filter);
        });
    }
    m_date = new DateEdit(m_asOf, this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    connect(m_date, &QDateEdit::dateChanged, this, [this](const QDate &d) {
        if (!m_updating)
            setAsOf(d);
    });
    m_period = new QComboBox(this);
    m_period->addItem(tr("By month"), static_cast<int>(BurnupPeriod::Month));
    m_period->addItem(tr("By week"), static_cast<int>(BurnupPeriod::Week));
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            refresh();
    });
}

void DashboardWidget::fillFilterChoices()
{
    m_updating = true;
    m_inspection->clear();
    m_inspection->addItem(tr("All"), 0);
    if (auto all = m_ledger.inspections()) {
        for (const Inspection &i : *all)
            m_inspection->addItem(i.name, i.id);
    }
    m_category->clear();
    m_category->addItem(tr("All"), QString());
    if (auto categories = TaskQuery::categories(m_ledger)) {
        for (const QString &c : *categories)
            m_category->addItem(c, c);
    }
    m_unit->clear();
    m_unit->addItem(tr("All"), QString());
    if (auto units = m_ledger.unitNames()) {
        for (const QString &u : sortedForDisplay(*units))
            m_unit->addItem(u, u);
    }
    const auto select = [](QComboBox *box, const QVariant &value) {
        const int i = box->findData(value);
        box->setCurrentIndex(i >= 0 ? i : 0);
    };
    select(m_inspection, m_filter.inspectionId);
    select(m_category, m_filter.category);
    select(m_unit, m_filter.unit);
    m_updating = false;
}

void DashboardWidget::readFilterControls()
{
    m_filter.inspectionId = m_inspection->currentData().toLongLong();
    m_filter.category = m_category->currentData().toString();
    m_filter.unit = m_unit->currentData().toString();
}

void DashboardWidget::setFilter(const StatsFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    fillFilterChoices();
    refresh();
    Q_EMIT filterChanged(m_filter);
}

void DashboardWidget::setAsOf(const QDate &date)
{
    if (!date.isValid() || date == m_asOf)
        return;
    m_asOf = date;
    m_updating = true;
    m_date->setDate(date);
    m_updating = false;
    refresh();
}

QChart *DashboardWidget::chart(const QString &name) const
{
    QChartView *view = m_views.value(name);
    return view ? view->chart() : nullptr;
}

QString DashboardWidget::summaryText() const
{
    return m_summary->text();
}

StatsRequest DashboardWidget::request() const
{
    StatsRequest request;
    request.today = m_asOf;
    request.filter = m_filter;
    request.alerts = AlertSettings::fromLedger(m_ledger);
    request.period = static_cast<BurnupPeriod>(m_period->currentData().toInt());
    // What the charts, the figures line and the report draw; the breakdowns by
    // category and by inspection are a fifth of the time on a large ledger.
    request.parts = StatsRequest::Totals | StatsRequest::Units | StatsRequest::Leaders
        | StatsRequest::ProblemList | StatsRequest::Burnup;
    return request;
}

void DashboardWidget::refresh()
{
    if (m_backgroundFrom >= 0 && !m_ledger.path().isEmpty()) {
        auto counts = m_ledger.counts();
        if (counts && counts->tasks >= m_backgroundFrom) {
            readInBackground();
            return;
        }
    }
    refreshNow();
}

void DashboardWidget::refreshNow()
{
    ++m_generation; // a read still running in the background is out of date
    if (m_reading) {
        m_reading = false;
        unsetCursor();
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto stats = StatsQuery::compute(m_ledger, request());
    QApplication::restoreOverrideCursor();
    apply(stats);
}

void DashboardWidget::readInBackground()
{
    // Seconds on a 100,000-task ledger: read on a connection of its own in another
    // thread (a connection stays in the thread that opened it), and keep the window
    // usable meanwhile. Only the newest read is shown.
    const quint64 generation = ++m_generation;
    const StatsRequest wanted = request();
    const QString path = m_ledger.path();
    m_reading = true;
    setCursor(Qt::BusyCursor);
    m_summary->setText(tr("Reading the statistics…"));
    // The units' ranking (单位考核) is as dear as the statistics: read on the same
    // connection.
    const QDate asOf = m_asOf;
    const qint64 inspectionId = m_filter.inspectionId;
    QPointer<DashboardWidget> self(this);
    QThread *thread = QThread::create([path, wanted, asOf, inspectionId, generation, self] {
        Result<Statistics> stats = Error { QString() };
        Result<QVector<UnitScore>> ranking = Error { QString() };
        {
            Ledger ledger;
            if (Status opened = ledger.open(path, Ledger::OpenMode::ReadOnly); !opened) {
                stats = Error { opened.error() };
                ranking = Error { opened.error() };
            } else {
                stats = StatsQuery::compute(ledger, wanted);
                ranking = Ranking::compute(ledger, asOf, inspectionId);
            }
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, generation, stats, ranking] {
                if (self && generation == self->m_generation) {
                    self->m_reading = false;
                    self->unsetCursor();
                    self->apply(stats, ranking);
                }
            },
            Qt::QueuedConnection);
    });
    m_threads.append(thread);
    connect(thread, &QThread::finished, this, [this, thread] {
        m_threads.removeOne(thread);
        thread->deleteLater();
    });
    thread->start();
}

void DashboardWidget::apply(
    const Result<Statistics> &stats, const std::optional<Result<QVector<UnitScore>>> &ranking)
{
    if (!stats) {
        m_summary->setText(stats.error());
        Q_EMIT failed(stats.error());
        return;
    }
    m_stats = *stats;
    const TaskCounts &c = m_stats.tasks;
    m_summary->setText(
        tr("Completion rate %1%: %2 of %3 tasks completed (%4 signed off). Overdue %5, due "
           "soon %6, long-term without progress %7, no deadline %8, on track %9.")
            .arg(c.completionRate() * 100.0, 0, 'f', 1)
            .arg(c.completed)
            .arg(c.total)
            .arg(c.closed)
            .arg(c.overdue)
            .arg(c.dueSoon + c.notice)
            .arg(c.stale)
            .arg(c.noDeadline)
            .arg(c.onTrack()));
    rebuildCharts();
    if (ranking)
        m_ranking->show(m_asOf, *ranking);
    else
        m_ranking->reload(m_asOf, m_filter.inspectionId);
    Q_EMIT refreshed();
}

void DashboardWidget::rebuildCharts()
{
    ChartFactory::Options options;
    options.animated = false;
    // Positions in the grid: two columns, bar charts as tall as their bars.
    const struct
    {
        const char *name;
        int row;
        int column;
    } places[] = {
        { "status", 0, 0 },
        { "burnup", 0, 1 },
        { "units", 1, 0 },
        { "leaders", 1, 1 },
        { "problems", 2, 0 },
    };
    for (const auto &place : places) {
        const QString name = QString::fromLatin1(place.name);
        std::unique_ptr<QChart> chart = ChartFactory::create(name, m_stats, options);
        QChartView *view = m_views.value(name);
        if (!view) {
            view = new QChartView(m_canvas);
            view->setRenderHint(QPainter::Antialiasing);
            view->setObjectName(name + QStringLiteral("View"));
            m_grid->addWidget(
                view, place.row, place.column, 1, name == QLatin1String("problems") ? 2 : 1);
            m_views.insert(name, view);
        }
        QChart *raw = chart.release();
        connectClicks(name, raw);
        QChart *old = view->chart();
        view->setChart(raw); // the view owns the new chart
        delete old;
        const QSizeF size = ChartFactory::preferredSize(name, m_stats, options);
        view->setMinimumHeight(static_cast<int>(std::min<qreal>(size.height(), 1400)));
    }
}

void DashboardWidget::connectClicks(const QString &name, QChart *chart)
{
    const auto selection = [this](DashboardSelection::Kind kind) {
        DashboardSelection s;
        s.kind = kind;
        s.filter = m_filter;
        s.asOf = m_asOf;
        return s;
    };
    if (name == QLatin1String("status")) {
        for (QAbstractSeries *series : chart->series()) {
            auto *pie = qobject_cast<QPieSeries *>(series);
            if (!pie)
                continue;
            connect(pie, &QPieSeries::clicked, this, [this, selection](QPieSlice *slice) {
                DashboardSelection s = selection(DashboardSelection::Kind::TaskStatus);
                s.key = slice->property("key").toString();
                Q_EMIT tasksRequested(s);
            });
        }
        return;
    }
    const bool groups = name == QLatin1String("units") || name == QLatin1String("leaders");
    if (!groups && name != QLatin1String("problems"))
        return;
    const QStringList names = chart->property("categoryNames").toStringList();
    const QVariantList ids = chart->property("problemIds").toList();
    for (QAbstractSeries *series : chart->series()) {
        auto *bars = qobject_cast<QAbstractBarSeries *>(series);
        if (!bars)
            continue;
        connect(bars, &QAbstractBarSeries::clicked, this,
            [this, name, names, ids, selection, bars](int index, QBarSet *set) {
                // The sets in the order ChartFactory appends them.
                const qsizetype part = bars->barSets().indexOf(set);
                if (name == QLatin1String("problems")) {
                    if (index < 0 || index >= ids.size())
                        return;
                    DashboardSelection s = selection(DashboardSelection::Kind::Problem);
                    s.problemId = ids[index].toLongLong();
                    if (part == 0)
                        s.segment = QStringLiteral("completed");
                    else if (part == 1)
                        s.segment = QStringLiteral("not_completed");
                    Q_EMIT tasksRequested(s);
                    return;
                }
                // "Others" and out-of-range bars have no single unit to show.
                if (index < 0 || index >= names.size() || names[index].isEmpty())
                    return;
                DashboardSelection s
                    = selection(name == QLatin1String("units") ? DashboardSelection::Kind::LeadUnit
                                                               : DashboardSelection::Kind::Leader);
                s.name = names[index];
                static const char *const segments[] = { "completed", "open", "overdue" };
                if (part >= 0 && part < 3)
                    s.segment = QString::fromLatin1(segments[part]);
                Q_EMIT tasksRequested(s);
            });
    }
}

void DashboardWidget::exportChart(const QString &name)
{
    if (m_reading) // exports show the figures of now
        refreshNow();
    QString selected;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the chart"),
        DashboardTab::chartFileName(name) + QStringLiteral(".png"),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF (*.pdf)"), &selected);
    if (path.isEmpty())
        return;
    ChartExporter::Format format = ChartExporter::Format::Png;
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
        format = ChartExporter::Format::Svg;
    else if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        format = ChartExporter::Format::Pdf;
    std::unique_ptr<QChart> chart = ChartFactory::create(name, m_stats);
    const QSizeF size = ChartFactory::preferredSize(name, m_stats, {});
    // Images for documents: 300 dpi.
    if (auto ok = ChartExporter::write(*chart, size, path, format, 300); !ok)
        Q_EMIT failed(ok.error());
}

Status DashboardWidget::exportPdf(const QString &path)
{
    if (m_reading) // exports show the figures of now
        refreshNow();
    QPdfWriter pdf(path);
    pdf.setCreator(QStringLiteral("Rectify"));
    pdf.setTitle(tr("Rectification dashboard"));
    const QSize canvas = m_canvas->size().expandedTo(m_canvas->sizeHint());
    // One page as large as the dashboard, landscape A4 or bigger.
    pdf.setResolution(96);
    pdf.setPageSize(QPageSize(QSizeF(canvas.width() * 0.75, (canvas.height() + 85) * 0.75),
        QPageSize::Point, QString(), QPageSize::ExactMatch));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter p;
    if (!p.begin(&pdf))
        return Error { tr("Cannot write %1.").arg(path) };
    // What the figures are of: the filters and the day, then the summary.
    p.setFont(ChartFactory::font(11, true));
    p.drawText(QRectF(10, 5, canvas.width() - 20, 24), Qt::TextWordWrap, filterDescription());
    p.setFont(ChartFactory::font(10));
    p.drawText(QRectF(10, 30, canvas.width() - 20, 50), Qt::TextWordWrap, m_summary->text());
    p.translate(0, 85);
    for (auto it = m_views.cbegin(); it != m_views.cend(); ++it) {
        QChartView *view = it.value();
        const QRect where(view->mapTo(m_canvas, QPoint(0, 0)), view->size());
        std::unique_ptr<QChart> chart = ChartFactory::create(it.key(), m_stats);
        ChartExporter::paint(*chart, QSizeF(where.size()), p, QRectF(where));
    }
    p.end();
    return {};
}

QString DashboardWidget::filterDescription() const
{
    QString inspection = tr("all inspections");
    if (m_filter.inspectionId != 0) {
        if (auto i = m_ledger.inspection(m_filter.inspectionId))
            inspection = i->name;
    }
    return tr("Inspection: %1; category: %2; lead unit: %3; as of %4")
        .arg(inspection, m_filter.category.isEmpty() ? tr("all") : m_filter.category,
            m_filter.unit.isEmpty() ? tr("all") : m_filter.unit, m_asOf.toString(Qt::ISODate));
}

void DashboardWidget::printReport()
{
    if (m_reading) // exports show the figures of now
        refreshNow();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print the progress report"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, &DashboardWidget::paintReport);
    preview.exec();
}

Result<ReportWriter::Input> DashboardWidget::reportInput() const
{
    ReportWriter::Input input;
    input.charts = ChartFactory::reportCharts();
    input.stats = m_stats;
    auto alerts = AlertList::compute(m_ledger, m_asOf, m_stats.alerts, m_filter);
    if (!alerts)
        return Error { alerts.error() };
    input.alerts = std::move(*alerts);
    auto problems = ReportData::load(m_ledger, m_asOf, m_filter);
    if (!problems)
        return Error { problems.error() };
    input.problems = std::move(*problems);
    auto anchor = AuditChain::head(m_ledger);
    if (!anchor)
        return Error { anchor.error() };
    input.auditAnchor = AuditChain::anchorText(anchor->entries, anchor->hash);
    input.scope = ReportWriter::scopeText(m_ledger, m_filter);
    return input;
}

void DashboardWidget::paintReport(QPrinter *printer)
{
    auto input = reportInput();
    if (!input) {
        Q_EMIT failed(input.error());
        return;
    }
    if (auto pages = ReportWriter::render(*input, *printer); !pages)
        Q_EMIT failed(pages.error());
}

} // namespace rectify
