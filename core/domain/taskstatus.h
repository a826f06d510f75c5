#pragma once

#include <QString>
#include <optional>

namespace rectify {

// The life of a task: 未启动 → 推进中 → 已完成 (awaiting sign-off) → 已销号.
// A rejected sign-off goes back to InProgress. Long-term (长期坚持) is a separate flag.
enum class TaskStatus
{
    NotStarted,
    InProgress,
    Completed,
    Closed,
};

// Stable keys stored in the database and printed in JSON: not_started, in_progress, ...
QString taskStatusKey(TaskStatus status);
std::optional<TaskStatus> taskStatusFromKey(const QString &key);
// Translated label for people: 未启动 / 推进中 / 已完成 / 已销号.
QString taskStatusLabel(TaskStatus status);
// Completed or closed: the work itself is done.
inline bool isDone(TaskStatus status)
{
    return status == TaskStatus::Completed || status == TaskStatus::Closed;
}
// The one rule for writes: a signed-off (closed) task is read-only until a
// supervisor reopens it. The store refuses writes to it, the import leaves its rows
// out, the window shows it read-only; all ask this.
inline bool isReadOnly(TaskStatus status)
{
    return status == TaskStatus::Closed;
}

} // namespace rectify
