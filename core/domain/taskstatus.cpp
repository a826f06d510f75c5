#include "domain/taskstatus.h"

#include <QCoreApplication>

namespace rectify {

QString taskStatusKey(TaskStatus status)
{
    switch (status) {
    case TaskStatus::NotStarted:
        return QStringLiteral("not_started");
    case TaskStatus::InProgress:
        return QStringLiteral("in_progress");
    case TaskStatus::Completed:
        return QStringLiteral("completed");
    case TaskStatus::Closed:
        return QStringLiteral("closed");
    }
    return QString();
}

std::optional<TaskStatus> taskStatusFromKey(const QString &key)
{
    for (auto s : { TaskStatus::NotStarted, TaskStatus::InProgress, TaskStatus::Completed,
             TaskStatus::Closed }) {
        if (taskStatusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString taskStatusLabel(TaskStatus status)
{
    switch (status) {
    case TaskStatus::NotStarted:
        return QCoreApplication::translate("rectify::TaskStatus", "Not started");
    case TaskStatus::InProgress:
        return QCoreApplication::translate("rectify::TaskStatus", "In progress");
    case TaskStatus::Completed:
        return QCoreApplication::translate("rectify::TaskStatus", "Completed");
    case TaskStatus::Closed:
        return QCoreApplication::translate("rectify::TaskStatus", "Signed off");
    }
    return QString();
}

} // namespace rectify
