#pragma once

#include "domain/problem.h"
#include "domain/task.h"
#include "util/result.h"

#include <QCoreApplication>

namespace rectify {

class Ledger;

// The refusals of optimistic locking. Every row people edit (problems, tasks with
// their responsibilities) carries a row version that each update bumps; a write
// that names an older version than the stored one changes nothing and returns one
// of these errors (ErrorKind::Conflict). The message names the row as people know
// it (task 4.2), who changed it last and when (from the audit log), and what it
// holds now where that differs from the refused write.
class Conflict final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::Conflict)

public:
    // `wanted` is the refused write (nullptr for a delete or a status change that
    // has no form behind it); the message lists the stored values that differ from it.
    static Error task(const Ledger &ledger, qint64 id, const Task *wanted = nullptr);
    static Error problem(const Ledger &ledger, qint64 id, const Problem *wanted = nullptr);
};

} // namespace rectify
