#pragma once

#include <QDateTime>
#include <QString>

namespace rectify {

// One line of the append-only audit log: who changed what, when, and why.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString user;
    QString entity; // inspection, problem, task, progress, user, import ...
    qint64 entityId = 0;
    QString field; // empty for create/delete of a whole row
    QString oldValue;
    QString newValue;
    QString reason;
};

} // namespace rectify
