#include "stats/alert.h"

#include "store/ledger.h"

#include <QCoreApplication>

namespace rectify {

QString alertLevelKey(AlertLevel level)
{
    switch (level) {
    case AlertLevel::Done:
        return QStringLiteral("done");
    case AlertLevel::Green:
        return QStringLiteral("green");
    case AlertLevel::Notice:
        return QStringLiteral("notice");
    case AlertLevel::Yellow:
        return QStringLiteral("yellow");
    case AlertLevel::Red:
        return QStringLiteral("red");
    case AlertLevel::Stale:
        return QStringLiteral("stale");
    case AlertLevel::DataProblem:
        return QStringLiteral("data_problem");
    }
    return QString();
}

QString alertLevelLabel(AlertLevel level)
{
    const char *text = "";
    switch (level) {
    case AlertLevel::Done:
        text = QT_TRANSLATE_NOOP("rectify::AlertLevel", "Done");
        break;
    case AlertLevel::Green:
        text = QT_TRANSLATE_NOOP("rectify::AlertLevel", "On track");
        break;
    case AlertLevel::Notice:
        text = QT_TRANSLATE_NOOP("rectify::AlertLevel", "Approaching");
        break;
    case AlertLevel::Yellow:
        text = QT_TRANSLATE_NOOP("rectify::AlertLevel", "Due soon");
        break;
    case AlertLevel::Red:
        text = QT_TRANSLATE_NOOP("rectify::AlertLevel", "Overdue");
        break;
    case AlertLevel::Stale:
        text = QT_TRANSLATE_NOOP("rectify::AlertLevel", "No recent progress");
        break;
    case AlertLevel::DataProblem:
        text = QT_TRANSLATE_NOOP("rectify::AlertLevel", "No deadline");
        break;
    }
    return QCoreApplication::translate("rectify::AlertLevel", text);
}

AlertSettings AlertSettings::fromLedger(const Ledger &ledger)
{
    AlertSettings s;
    const auto read = [&](const char *key, int fallback) {
        auto value = ledger.setting(QString::fromLatin1(key));
        bool ok = false;
        const int n = value ? value->toInt(&ok) : 0;
        return ok && n >= 0 ? n : fallback;
    };
    s.dueSoonDays = read("due_soon_days", s.dueSoonDays);
    s.noticeDays = read("notice_days", s.noticeDays);
    s.staleDays = read("stale_days", s.staleDays);
    return s;
}

bool isCompletedLate(const Task &task)
{
    return isDone(task.status) && !task.longTerm && task.deadline.isValid()
        && task.completedOn.isValid() && task.completedOn > task.deadline;
}

TaskAlert evaluateAlert(
    const Task &task, const QDate &lastProgress, const QDate &today, const AlertSettings &settings)
{
    if (isDone(task.status))
        return { AlertLevel::Done, 0 };
    if (task.longTerm) {
        // Long-term work has no deadline to miss, but it must keep reporting.
        if (!lastProgress.isValid())
            return { AlertLevel::Stale, 0 };
        const int since = static_cast<int>(lastProgress.daysTo(today));
        if (since > settings.staleDays)
            return { AlertLevel::Stale, since };
        return { AlertLevel::Green, 0 };
    }
    if (!task.deadline.isValid())
        return { AlertLevel::DataProblem, 0 };
    const int left = static_cast<int>(today.daysTo(task.deadline));
    if (left < 0)
        return { AlertLevel::Red, left };
    if (left <= settings.dueSoonDays)
        return { AlertLevel::Yellow, left };
    if (settings.noticeDays > settings.dueSoonDays && left <= settings.noticeDays)
        return { AlertLevel::Notice, left };
    return { AlertLevel::Green, left };
}

} // namespace rectify
