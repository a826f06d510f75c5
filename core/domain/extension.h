#pragma once

#include <QDate>
#include <QString>

namespace rectify {

// A request to move a task's deadline (延期申请), decided by a supervisor.
struct ExtensionRequest
{
    enum class State
    {
        Pending,
        Approved,
        Rejected,
    };

    qint64 id = 0;
    qint64 taskId = 0;
    qint64 roundId = 0; // the round whose form asked for it; 0 when asked directly
    QDate requestedTo; // 申请延期至
    QString reason; // 延期理由
    QString requestedBy;
    QDate requestedOn;
    State state = State::Pending;
    QDate originalDeadline; // 原定时限: the deadline when the request was decided
    QString decidedBy;
    QDate decidedOn;
    QString decisionReason;
};

// pending, approved, rejected: the words stored and printed by --json.
inline QString extensionStateKey(ExtensionRequest::State state)
{
    switch (state) {
    case ExtensionRequest::State::Approved:
        return QStringLiteral("approved");
    case ExtensionRequest::State::Rejected:
        return QStringLiteral("rejected");
    case ExtensionRequest::State::Pending:
        break;
    }
    return QStringLiteral("pending");
}

} // namespace rectify
