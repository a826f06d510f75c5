// `stats` and `alerts`: the figures and the traffic lights of a ledger, as of a day.
#include "app/cli/commandargs.h"
#include "app/cli/commands.h"
#include "app/cli/statsoptions.h"
#include "stats/alertlist.h"
#include "stats/statsquery.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>

namespace rectify::cli {

namespace {

// The summaries of `stats` and `alerts` in commands.cpp, repeated here so that
// they are translated with the rest of this area (resources/translations/cli_zh_CN.ts).
[[maybe_unused]] const char *const commandSummaries[] = {
    QT_TRANSLATE_NOOP("rectify::cli",
        "completion figures per status, lead unit, leader, category and inspection"),
    QT_TRANSLATE_NOOP("rectify::cli", "overdue, due-soon and stale tasks (red and yellow lights)"),
    QT_TRANSLATE_NOOP(
        "rectify::cli", "write the progress charts (status, units, leaders, problems, burnup)"),
    QT_TRANSLATE_NOOP("rectify::cli", "write the progress report (整改进展情况报告) as PDF"),
};

// Terminal columns taken by a string: East Asian wide characters take two.
int displayWidth(const QString &s)
{
    int width = 0;
    for (const uint c : s.toUcs4()) {
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF)
            || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF)
            || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
            || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
        width += wide ? 2 : 1;
    }
    return width;
}

// Cuts a string to at most `columns` terminal columns, marking the cut with "…".
QString elide(const QString &s, int columns)
{
    if (displayWidth(s) <= columns)
        return s;
    QString out;
    for (const QChar c : s) {
        if (displayWidth(out + c) + 1 > columns)
            break;
        out += c;
    }
    return out + QChar(0x2026);
}

// A plain text table aligned for a terminal: the first column left, the others
// right-aligned when `numeric` says so.
class TextTable
{
public:
    explicit TextTable(QStringList header, QVector<bool> numeric = {})
        : m_header(std::move(header))
        , m_numeric(std::move(numeric))
    { }
    void add(QStringList row) { m_rows.append(std::move(row)); }
    bool isEmpty() const { return m_rows.isEmpty(); }

    void print(QTextStream &out) const
    {
        QVector<int> widths(m_header.size(), 0);
        const auto measure = [&](const QStringList &row) {
            for (int i = 0; i < row.size() && i < widths.size(); ++i)
                widths[i] = std::max(widths[i], displayWidth(row[i]));
        };
        measure(m_header);
        for (const QStringList &row : m_rows)
            measure(row);
        const auto line = [&](const QStringList &row) {
            QString text;
            for (int i = 0; i < row.size() && i < widths.size(); ++i) {
                const QString pad(widths[i] - displayWidth(row[i]), QLatin1Char(' '));
                const bool right = i < m_numeric.size() && m_numeric[i];
                text += right ? pad + row[i] : row[i] + pad;
                if (i + 1 < row.size())
                    text += QStringLiteral("  ");
            }
            out << text.trimmed() << '\n';
        };
        line(m_header);
        int total = 0;
        for (int w : widths)
            total += w + 2;
        out << QString(std::max(0, total - 2), QLatin1Char('-')) << '\n';
        for (const QStringList &row : m_rows)
            line(row);
    }

private:
    QStringList m_header;
    QVector<bool> m_numeric;
    QVector<QStringList> m_rows;
};

QString percent(double rate)
{
    return QStringLiteral("%1%").arg(rate * 100.0, 0, 'f', 1);
}

double rounded(double rate)
{
    return std::round(rate * 10000.0) / 10000.0;
}

QJsonObject settingsJson(const AlertSettings &a)
{
    return {
        { QStringLiteral("dueSoonDays"), a.dueSoonDays },
        { QStringLiteral("noticeDays"), a.noticeDays },
        { QStringLiteral("staleDays"), a.staleDays },
    };
}

QJsonObject countsJson(const TaskCounts &c, bool withStale)
{
    QJsonObject o {
        { QStringLiteral("tasks"), c.total },
        { QStringLiteral("notStarted"), c.notStarted },
        { QStringLiteral("inProgress"), c.inProgress },
        { QStringLiteral("completed"), c.completed },
        { QStringLiteral("closed"), c.closed },
        { QStringLiteral("awaitingSignOff"), c.awaitingSignOff() },
        { QStringLiteral("longTerm"), c.longTerm },
        { QStringLiteral("overdue"), c.overdue },
        { QStringLiteral("dueSoon"), c.dueSoon },
        { QStringLiteral("notice"), c.notice },
        { QStringLiteral("noDeadline"), c.noDeadline },
        { QStringLiteral("completionRate"), rounded(c.completionRate()) },
    };
    if (withStale) {
        o.insert(QStringLiteral("stale"), c.stale);
        o.insert(QStringLiteral("onTrack"), c.onTrack());
        // Totals only: tasks whose deadline an approved extension moved.
        o.insert(QStringLiteral("extended"), c.extended);
    }
    return o;
}

QJsonArray groupsJson(const QVector<GroupStats> &groups)
{
    QJsonArray a;
    for (const GroupStats &g : groups) {
        QJsonObject o = countsJson(g.counts, false);
        o.insert(QStringLiteral("name"), g.name);
        a.append(o);
    }
    return a;
}

QJsonObject statsJson(const Statistics &s)
{
    QJsonObject tasks = countsJson(s.tasks, true);
    tasks.insert(QStringLiteral("total"), tasks.take(QStringLiteral("tasks")));
    QJsonArray points;
    for (const BurnupPoint &p : s.burnup.points) {
        QJsonObject o {
            { QStringLiteral("start"), p.start.toString(Qt::ISODate) },
            { QStringLiteral("end"), p.end.toString(Qt::ISODate) },
            { QStringLiteral("due"), p.due },
        };
        if (!p.future)
            o.insert(QStringLiteral("completed"), p.completed);
        points.append(o);
    }
    QJsonArray markers;
    for (const BurnupMarker &m : s.burnup.markers)
        markers.append(QJsonObject { { QStringLiteral("label"), m.label },
            { QStringLiteral("date"), m.date.toString(Qt::ISODate) } });
    QJsonArray upcoming;
    for (const UpcomingTask &u : s.upcoming) {
        upcoming.append(QJsonObject {
            { QStringLiteral("problemCode"), u.problemCode },
            { QStringLiteral("taskNumber"), u.number },
            { QStringLiteral("measure"), u.measure },
            { QStringLiteral("deadline"), u.deadline.toString(Qt::ISODate) },
            { QStringLiteral("daysLeft"), u.daysLeft },
            { QStringLiteral("leadUnits"), QJsonArray::fromStringList(u.leadUnits) },
        });
    }
    return {
        { QStringLiteral("today"), s.today.toString(Qt::ISODate) },
        { QStringLiteral("settings"), settingsJson(s.alerts) },
        { QStringLiteral("problems"),
            QJsonObject {
                { QStringLiteral("total"), s.problems.total },
                { QStringLiteral("notStarted"), s.problems.notStarted },
                { QStringLiteral("inProgress"), s.problems.inProgress },
                { QStringLiteral("completed"), s.problems.completed },
                { QStringLiteral("closed"), s.problems.closed },
            } },
        { QStringLiteral("tasks"), tasks },
        { QStringLiteral("units"), groupsJson(s.units) },
        { QStringLiteral("leaders"), groupsJson(s.leaders) },
        { QStringLiteral("categories"), groupsJson(s.categories) },
        { QStringLiteral("inspections"), groupsJson(s.inspections) },
        { QStringLiteral("burnup"),
            QJsonObject {
                { QStringLiteral("period"),
                    s.burnup.period == BurnupPeriod::Week ? QStringLiteral("week")
                                                          : QStringLiteral("month") },
                { QStringLiteral("points"), points },
                { QStringLiteral("markers"), markers },
                { QStringLiteral("undated"), s.burnup.undated },
            } },
        { QStringLiteral("upcoming"), upcoming },
    };
}

void printGroups(QTextStream &out, const QString &title, const QString &nameHeader,
    const QVector<GroupStats> &groups)
{
    if (groups.isEmpty())
        return;
    out << '\n' << title << '\n';
    TextTable t({ nameHeader, Text::tr("Tasks"), Text::tr("Completed"), Text::tr("Signed off"),
                    Text::tr("In progress"), Text::tr("Not started"), Text::tr("Overdue"),
                    Text::tr("Due soon"), Text::tr("Completion") },
        { false, true, true, true, true, true, true, true, true });
    for (const GroupStats &g : groups) {
        const TaskCounts &c = g.counts;
        t.add({ g.name.isEmpty() ? Text::tr("(none)") : g.name, QString::number(c.total),
            QString::number(c.completed), QString::number(c.closed), QString::number(c.inProgress),
            QString::number(c.notStarted), QString::number(c.overdue), QString::number(c.dueSoon),
            percent(c.completionRate()) });
    }
    t.print(out);
}

void printStats(QTextStream &out, const Statistics &s)
{
    const TaskCounts &c = s.tasks;
    out << Text::tr("Rectification statistics as of %1").arg(s.today.toString(Qt::ISODate))
        << "\n\n";
    const auto row = [&](const QString &label, const QString &value) {
        out << Text::tr("%1: %2", "a label and its value").arg(label, value) << '\n';
    };
    row(Text::tr("Problems"),
        Text::tr("%1 in all: %2 completed (%3 signed off), %4 in progress, %5 not started")
            .arg(s.problems.total)
            .arg(s.problems.completed)
            .arg(s.problems.closed)
            .arg(s.problems.inProgress)
            .arg(s.problems.notStarted));
    row(Text::tr("Tasks"),
        Text::tr("%1 in all: %2 completed (%3 signed off), %4 in progress, %5 not started; "
                 "%6 long-term")
            .arg(c.total)
            .arg(c.completed)
            .arg(c.closed)
            .arg(c.inProgress)
            .arg(c.notStarted)
            .arg(c.longTerm));
    row(Text::tr("Completion rate"), percent(c.completionRate()));
    if (c.extended > 0)
        row(Text::tr("Extended"),
            Text::tr("%n task(s) with a deadline moved by an approved extension", nullptr,
                int(c.extended)));
    row(Text::tr("Alerts"),
        Text::tr("%1 overdue, %2 due within %3 days, %4 long-term without progress for %5 days, "
                 "%6 without a deadline, %7 on track")
            .arg(c.overdue)
            .arg(c.dueSoon)
            .arg(s.alerts.dueSoonDays)
            .arg(c.stale)
            .arg(s.alerts.staleDays)
            .arg(c.noDeadline)
            .arg(c.onTrack()));
    if (s.alerts.noticeDays > s.alerts.dueSoonDays)
        row(Text::tr("Approaching"),
            Text::tr("%1 due within %2 days").arg(c.notice).arg(s.alerts.noticeDays));

    printGroups(out, Text::tr("By lead unit"), Text::tr("Lead unit"), s.units);
    printGroups(out, Text::tr("By responsible leader"), Text::tr("Leader"), s.leaders);
    printGroups(out, Text::tr("By problem category"), Text::tr("Category"), s.categories);
    printGroups(out, Text::tr("By inspection"), Text::tr("Inspection"), s.inspections);

    if (!s.upcoming.isEmpty()) {
        out << '\n' << Text::tr("Upcoming deadlines") << '\n';
        TextTable t({ Text::tr("Deadline"), Text::tr("Days left"), Text::tr("Task"),
                        Text::tr("Lead unit"), Text::tr("Measure") },
            { false, true, false, false, false });
        for (const UpcomingTask &u : s.upcoming) {
            t.add({ u.deadline.toString(Qt::ISODate), QString::number(u.daysLeft),
                QStringLiteral("%1.(%2)").arg(u.problemCode).arg(u.number),
                u.leadUnits.join(QStringLiteral("、")), elide(u.measure, 40) });
        }
        t.print(out);
    }
}

} // namespace

int runStats(Context &ctx, const QStringList &args)
{
    StatsOptions o;
    CommandArgs a;
    if (const int code
        = prepare(ctx, args, QStringLiteral("stats"), &o, { QStringLiteral("period") }, &a);
        code >= 0)
        return code;
    const QString period = a.value(QStringLiteral("period"), QStringLiteral("month"));
    if (period == QLatin1String("week"))
        o.period = BurnupPeriod::Week;
    else if (period != QLatin1String("month"))
        return ctx.fail(Text::tr("--period is week or month, not \"%1\".").arg(period), ExitUsage);

    StatsRequest request;
    request.today = o.today;
    request.filter = o.filter;
    request.alerts = o.alerts;
    request.period = o.period;
    // Everything but the per-problem list, which is long on a big ledger.
    request.parts = StatsRequest::AllParts & ~StatsRequest::ProblemList;
    auto stats = StatsQuery::compute(ctx.ledger, request);
    if (!stats)
        return ctx.fail(stats.error());
    if (o.json)
        ctx.out << QString::fromUtf8(
            QJsonDocument(statsJson(*stats)).toJson(QJsonDocument::Indented));
    else
        printStats(ctx.out, *stats);
    ctx.out.flush();
    return ExitOk;
}

int runAlerts(Context &ctx, const QStringList &args)
{
    StatsOptions o;
    if (const int code = prepare(ctx, args, QStringLiteral("alerts"), &o); code >= 0)
        return code;
    auto items = AlertList::compute(ctx.ledger, o.today, o.alerts, o.filter);
    if (!items)
        return ctx.fail(items.error());

    if (o.json) {
        QJsonArray list;
        for (const AlertItem &i : *items) {
            QJsonObject a {
                { QStringLiteral("level"), alertLevelKey(i.alert.level) },
                { QStringLiteral("inspection"), i.inspection },
                { QStringLiteral("problemCode"), i.problemCode },
                { QStringLiteral("taskNumber"), i.taskNumber },
                { QStringLiteral("measure"), i.measure },
                { QStringLiteral("status"), taskStatusKey(i.status) },
                { QStringLiteral("longTerm"), i.longTerm },
                { QStringLiteral("deadline"),
                    i.deadline.isValid() ? QJsonValue(i.deadline.toString(Qt::ISODate))
                                         : QJsonValue() },
                { QStringLiteral("leadUnits"), QJsonArray::fromStringList(i.leadUnits) },
                { QStringLiteral("responsiblePersons"), QJsonArray::fromStringList(i.persons) },
            };
            switch (i.alert.level) {
            case AlertLevel::Red:
                a.insert(QStringLiteral("daysOverdue"), -i.alert.days);
                break;
            case AlertLevel::Yellow:
            case AlertLevel::Notice:
                a.insert(QStringLiteral("daysLeft"), i.alert.days);
                break;
            case AlertLevel::Stale:
                a.insert(QStringLiteral("lastProgress"),
                    i.lastProgress.isValid() ? QJsonValue(i.lastProgress.toString(Qt::ISODate))
                                             : QJsonValue());
                if (i.lastProgress.isValid())
                    a.insert(QStringLiteral("daysSinceProgress"), i.alert.days);
                break;
            default:
                break;
            }
            list.append(a);
        }
        const QJsonObject o2 {
            { QStringLiteral("today"), o.today.toString(Qt::ISODate) },
            { QStringLiteral("settings"), settingsJson(o.alerts) },
            { QStringLiteral("count"), static_cast<qint64>(items->size()) },
            { QStringLiteral("alerts"), list },
        };
        ctx.out << QString::fromUtf8(QJsonDocument(o2).toJson(QJsonDocument::Indented));
        ctx.out.flush();
        return ExitOk;
    }

    ctx.out << Text::tr("Alerts as of %1, tasks: %2")
                   .arg(o.today.toString(Qt::ISODate))
                   .arg(items->size())
            << '\n';
    if (items->isEmpty()) {
        ctx.out.flush();
        return ExitOk;
    }
    TextTable t({ Text::tr("Level"), Text::tr("Task"), Text::tr("Deadline"), Text::tr("Days"),
                    Text::tr("Lead unit"), Text::tr("Responsible"), Text::tr("Measure") },
        { false, false, false, true, false, false, false });
    for (const AlertItem &i : *items) {
        QString days;
        switch (i.alert.level) {
        case AlertLevel::Red:
            days = Text::tr("%1 late").arg(-i.alert.days);
            break;
        case AlertLevel::Yellow:
        case AlertLevel::Notice:
            days = Text::tr("%1 left").arg(i.alert.days);
            break;
        case AlertLevel::Stale:
            days = i.lastProgress.isValid() ? Text::tr("%1 silent").arg(i.alert.days)
                                            : Text::tr("never reported");
            break;
        default:
            break;
        }
        t.add({ alertLevelLabel(i.alert.level),
            QStringLiteral("%1.(%2)").arg(i.problemCode).arg(i.taskNumber),
            i.longTerm
                ? Text::tr("long-term")
                : (i.deadline.isValid() ? i.deadline.toString(Qt::ISODate) : Text::tr("none")),
            days, i.leadUnits.join(QStringLiteral("、")), i.persons.join(QStringLiteral("、")),
            elide(i.measure, 36) });
    }
    t.print(ctx.out);
    ctx.out.flush();
    return ExitOk;
}

} // namespace rectify::cli
