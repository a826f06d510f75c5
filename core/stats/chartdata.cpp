#include "stats/chartdata.h"

#include <QCoreApplication>
#include <algorithm>

namespace rectify {

namespace {

QString label(const char *text)
{
    return QCoreApplication::translate("rectify::ChartData", text);
}

} // namespace

QString ChartData::otherLabel()
{
    return label(QT_TRANSLATE_NOOP("rectify::ChartData", "Others"));
}

QString ChartData::noneLabel()
{
    return label(QT_TRANSLATE_NOOP("rectify::ChartData", "(none named)"));
}

QVector<ChartSlice> ChartData::statusSlices(const TaskCounts &c)
{
    return {
        { QStringLiteral("not_started"),
            label(QT_TRANSLATE_NOOP("rectify::ChartData", "Not started")), c.notStarted },
        { QStringLiteral("in_progress"),
            label(QT_TRANSLATE_NOOP("rectify::ChartData", "In progress")), c.inProgress },
        { QStringLiteral("awaiting_sign_off"),
            label(QT_TRANSLATE_NOOP("rectify::ChartData", "Completed, awaiting sign-off")),
            c.awaitingSignOff() },
        { QStringLiteral("closed"), label(QT_TRANSLATE_NOOP("rectify::ChartData", "Signed off")),
            c.closed },
    };
}

QVector<ChartSlice> ChartData::alertSlices(const TaskCounts &c)
{
    return {
        { QStringLiteral("overdue"), label(QT_TRANSLATE_NOOP("rectify::ChartData", "Overdue")),
            c.overdue },
        { QStringLiteral("due_soon"), label(QT_TRANSLATE_NOOP("rectify::ChartData", "Due soon")),
            c.dueSoon + c.notice },
        { QStringLiteral("attention"),
            label(QT_TRANSLATE_NOOP("rectify::ChartData", "Stale or no deadline")),
            c.stale + c.noDeadline },
        { QStringLiteral("on_track"), label(QT_TRANSLATE_NOOP("rectify::ChartData", "On track")),
            c.onTrack() },
    };
}

QVector<ChartBar> ChartData::bars(const QVector<GroupStats> &groups, int top)
{
    QVector<GroupStats> sorted = groups;
    std::stable_sort(sorted.begin(), sorted.end(),
        [](const GroupStats &a, const GroupStats &b) { return a.counts.total > b.counts.total; });
    QVector<ChartBar> out;
    ChartBar rest;
    rest.name = otherLabel();
    rest.other = true;
    for (int i = 0; i < sorted.size(); ++i) {
        const TaskCounts &c = sorted[i].counts;
        ChartBar b;
        b.name = sorted[i].name.isEmpty() ? noneLabel() : sorted[i].name;
        b.completed = c.completed;
        b.overdue = c.overdue;
        b.open = c.total - c.completed - c.overdue;
        if (top <= 0 || i < top) {
            out.append(b);
        } else {
            rest.completed += b.completed;
            rest.open += b.open;
            rest.overdue += b.overdue;
        }
    }
    if (rest.total() > 0)
        out.append(rest);
    return out;
}

QVector<ChartProblem> ChartData::problems(const QVector<ProblemProgress> &list, int count)
{
    QVector<ChartProblem> open;
    for (const ProblemProgress &p : list) {
        if (p.tally.tasks == 0 || p.tally.done == p.tally.tasks)
            continue;
        ChartProblem c;
        c.problemId = p.id;
        c.label = QStringLiteral("%1 %2").arg(p.code, p.title);
        c.tasks = p.tally.tasks;
        c.done = p.tally.done;
        c.fraction = p.fractionDone();
        open.append(c);
    }
    std::stable_sort(open.begin(), open.end(), [](const ChartProblem &a, const ChartProblem &b) {
        if (a.tasks - a.done != b.tasks - b.done)
            return a.tasks - a.done > b.tasks - b.done;
        return a.fraction < b.fraction;
    });
    if (count > 0 && open.size() > count)
        open.resize(count);
    return open;
}

} // namespace rectify
