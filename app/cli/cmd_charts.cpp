// `export-charts` and `report`: the progress charts as PNG/SVG/PDF files and the
// progress report as PDF, drawn without a display.
#include "app/cli/commands.h"
#include "app/cli/statsoptions.h"
#include "report/reportwriter.h"
#include "stats/alertlist.h"
#include "stats/reportdata.h"
#include "stats/statsquery.h"
#include "store/auditchain.h"
#include "ui/dashboard/charts/chartexporter.h"
#include "ui/dashboard/charts/chartfactory.h"

#include <QApplication>
#include <QChart>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace rectify::cli {

namespace {

// The commands that draw: charts, the report, and the official documents (their
// PDF needs fonts).
bool drawsCharts(const QString &command)
{
    return command == QLatin1String("export-charts") || command == QLatin1String("report")
        || command == QLatin1String("bulletin") || command == QLatin1String("problem-report")
        || command == QLatin1String("task-list") || command == QLatin1String("responsibility-list");
}

// Prints "label: n/total" to stderr now and then, for big ledgers.
class ProgressLine
{
public:
    ProgressLine(QTextStream &err, QString label)
        : m_err(err)
        , m_label(std::move(label))
    {
        m_timer.start();
    }
    void operator()(qint64 done, qint64 total)
    {
        if (done < total && m_timer.elapsed() < m_next)
            return;
        m_next = m_timer.elapsed() + 1000;
        if (done == total && m_next < 2000)
            return; // quick runs stay quiet
        m_err << m_label << QStringLiteral(": %1/%2").arg(done).arg(total) << Qt::endl;
    }

private:
    QTextStream &m_err;
    QString m_label;
    QElapsedTimer m_timer;
    qint64 m_next = 1000;
};

Result<Statistics> chartStatistics(Context &ctx, const StatsOptions &o)
{
    StatsRequest request;
    request.today = o.today;
    request.filter = o.filter;
    request.alerts = o.alerts;
    request.period = o.period;
    // Only what the charts and the report draw (as the dashboard): categories,
    // inspections and the upcoming list would cost a fifth more on a large ledger.
    request.parts = StatsRequest::Totals | StatsRequest::Units | StatsRequest::Leaders
        | StatsRequest::ProblemList | StatsRequest::Burnup;
    return StatsQuery::compute(ctx.ledger, request);
}

} // namespace

std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv)
{
    // The command is the first argument that is neither an option nor its value.
    QString command;
    for (int i = 1; i < argc; ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        if (a == QLatin1String("--db") || a == QLatin1String("--user")
            || a == QLatin1String("--lang")) {
            ++i;
            continue;
        }
        if (a.startsWith(QLatin1Char('-')))
            continue;
        command = a;
        break;
    }
    if (!drawsCharts(command))
        return std::make_unique<QCoreApplication>(argc, argv);
    // QChart is a QGraphicsWidget: it needs a QApplication, but never a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Scripts read the first line of stderr: keep the platform's notice about a
    // missing XDG_RUNTIME_DIR (harmless without a display) out of it.
    static QtMessageHandler previous = nullptr;
    previous = qInstallMessageHandler(
        [](QtMsgType type, const QMessageLogContext &context, const QString &message) {
            if (type == QtWarningMsg
                && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
                return;
            if (previous)
                previous(type, context, message);
        });
    return std::make_unique<QApplication>(argc, argv);
}

int runExportCharts(Context &ctx, const QStringList &args)
{
    StatsOptions o;
    CommandArgs a;
    if (const int code = prepare(ctx, args, QStringLiteral("export-charts"), &o,
            { QStringLiteral("format"), QStringLiteral("dpi"), QStringLiteral("period") }, &a,
            QStringLiteral("OUTDIR"));
        code >= 0)
        return code;
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return ctx.fail(Text::tr("Charts need the application set up for drawing."));
    QVector<ChartExporter::Format> formats;
    for (const QString &f :
        a.value(QStringLiteral("format"), QStringLiteral("png,svg,pdf")).split(QLatin1Char(','))) {
        const QString name = f.trimmed().toLower();
        if (name == QLatin1String("png"))
            formats << ChartExporter::Format::Png;
        else if (name == QLatin1String("svg"))
            formats << ChartExporter::Format::Svg;
        else if (name == QLatin1String("pdf"))
            formats << ChartExporter::Format::Pdf;
        else
            return ctx.fail(
                Text::tr("--format takes png, svg and pdf, not \"%1\".").arg(f), ExitUsage);
    }
    bool ok = true;
    const int dpi = a.value(QStringLiteral("dpi"), QStringLiteral("96")).toInt(&ok);
    if (!ok || dpi < 24 || dpi > 1200)
        return ctx.fail(Text::tr("--dpi needs a number from 24 to 1200."), ExitUsage);
    if (a.value(QStringLiteral("period")) == QLatin1String("week"))
        o.period = BurnupPeriod::Week;

    const QString dir = a.positionals().first();
    if (!QDir().mkpath(dir))
        return ctx.fail(
            Text::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir)));
    auto stats = chartStatistics(ctx, o);
    if (!stats)
        return ctx.fail(stats.error());
    const QStringList names = ChartFactory::names();
    ProgressLine progress(ctx.err, Text::tr("Charts"));
    qint64 done = 0;
    for (const QString &name : names) {
        std::unique_ptr<QChart> chart = ChartFactory::create(name, *stats);
        const QSizeF size = ChartFactory::preferredSize(name, *stats, ChartFactory::Options {});
        for (ChartExporter::Format f : formats) {
            const QString path
                = QDir(dir).filePath(name + QLatin1Char('.') + ChartExporter::extension(f));
            if (auto written = ChartExporter::write(*chart, size, path, f, dpi); !written)
                return ctx.fail(written.error());
            ctx.out << QDir::toNativeSeparators(path) << '\n';
        }
        progress(++done, names.size());
    }
    ctx.out.flush();
    return ExitOk;
}

int runReport(Context &ctx, const QStringList &args)
{
    StatsOptions o;
    CommandArgs a;
    if (const int code
        = prepare(ctx, args, QStringLiteral("report"), &o, {}, &a, QStringLiteral("OUT.pdf"));
        code >= 0)
        return code;
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return ctx.fail(Text::tr("Charts need the application set up for drawing."));
    const QString path = a.positionals().first();

    ReportWriter::Input input;
    input.charts = ChartFactory::reportCharts();
    auto stats = chartStatistics(ctx, o);
    if (!stats)
        return ctx.fail(stats.error());
    input.stats = std::move(*stats);
    auto alerts = AlertList::compute(ctx.ledger, o.today, o.alerts, o.filter);
    if (!alerts)
        return ctx.fail(alerts.error());
    input.alerts = std::move(*alerts);
    auto problems = ReportData::load(ctx.ledger, o.today, o.filter);
    if (!problems)
        return ctx.fail(problems.error());
    input.problems = std::move(*problems);
    input.scope = ReportWriter::scopeText(ctx.ledger, o.filter);
    auto anchor = AuditChain::head(ctx.ledger);
    if (!anchor)
        return ctx.fail(anchor.error());
    input.auditAnchor = AuditChain::anchorText(anchor->entries, anchor->hash);

    // Write next to the target and rename at the end: a failed run leaves no half file.
    const QString partial = path + QStringLiteral(".part");
    ProgressLine progress(ctx.err, Text::tr("Report, problems written"));
    auto pages = ReportWriter::writePdf(
        input, partial, [&](qint64 done, qint64 total) { progress(done, total); });
    if (!pages) {
        QFile::remove(partial);
        return ctx.fail(pages.error());
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return ctx.fail(Text::tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
    }
    ctx.out << Text::tr("Wrote %1 (%2 pages).").arg(QDir::toNativeSeparators(path)).arg(*pages)
            << Qt::endl;
    return ExitOk;
}

} // namespace rectify::cli
