// Ledger's tasks, their responsibilities and their states, with optimistic locking.
#include "store/conflict.h"
#include "store/ledger.h"
#include "store/rowreader.h"
#include "util/sqlvalues.h"

#include <QSet>

namespace rectify {

namespace {

// What the audit log records of a task's field.
QString statusText(TaskStatus status)
{
    return taskStatusKey(status);
}

const QString taskColumns = QStringLiteral(
    "id, problem_id, number, measure, target, deadline, long_term, status, completed_on, "
    "closed_on, remarks, version");

Task readTask(const QSqlQuery &q)
{
    Task t;
    t.id = q.value(0).toLongLong();
    t.problemId = q.value(1).toLongLong();
    t.number = q.value(2).toInt();
    t.measure = q.value(3).toString();
    t.target = q.value(4).toString();
    t.deadline = dateFromSql(q.value(5));
    t.longTerm = q.value(6).toInt() != 0;
    t.status = taskStatusFromKey(q.value(7).toString()).value_or(TaskStatus::NotStarted);
    t.completedOn = dateFromSql(q.value(8));
    t.closedOn = dateFromSql(q.value(9));
    t.remarks = q.value(10).toString();
    t.version = q.value(11).toInt();
    return t;
}

QStringList *roleList(Responsibilities &r, const QString &role)
{
    if (role == QLatin1String("leader"))
        return &r.leaders;
    if (role == QLatin1String("lead_unit"))
        return &r.leadUnits;
    if (role == QLatin1String("co_unit"))
        return &r.coUnits;
    if (role == QLatin1String("person"))
        return &r.persons;
    return nullptr;
}

QString joined(const QStringList &names)
{
    return names.join(QStringLiteral("、"));
}

} // namespace

Result<Responsibilities> Ledger::readResponsibilities(qint64 taskId) const
{
    auto q = execReused(
        QStringLiteral(
            "SELECT r.role, COALESCE(u.name, p.name) FROM responsibilities r "
            "LEFT JOIN units u ON u.id = r.unit_id LEFT JOIN people p ON p.id = r.person_id "
            "WHERE r.task_id = ? ORDER BY r.role, r.position, r.id"),
        { taskId }, tr("read the responsibilities"));
    if (!q)
        return Error { q.error() };
    Responsibilities r;
    while ((*q)->next()) {
        if (QStringList *list = roleList(r, (*q)->value(0).toString()))
            list->append((*q)->value(1).toString());
    }
    return r;
}

Status Ledger::writeResponsibilities(qint64 taskId, const Responsibilities &r)
{
    if (auto q = exec(QStringLiteral("DELETE FROM responsibilities WHERE task_id = ?"), { taskId },
            tr("replace the responsibilities"));
        !q)
        return Error { q.error() };
    struct RoleNames
    {
        const char *role;
        const QStringList &names;
        bool unit;
    };
    const RoleNames roles[] = {
        { "leader", r.leaders, false },
        { "lead_unit", r.leadUnits, true },
        { "co_unit", r.coUnits, true },
        { "person", r.persons, false },
    };
    for (const RoleNames &role : roles) {
        QSet<qint64> seen;
        int position = 0;
        for (const QString &name : role.names) {
            // ensureUnit and ensurePerson collapse spaces; a blank name is no one.
            if (name.simplified().isEmpty())
                continue;
            auto id = role.unit ? ensureUnit(name) : ensurePerson(name);
            if (!id)
                return Error { id.error() };
            if (seen.contains(*id))
                continue;
            seen.insert(*id);
            auto q = exec(QStringLiteral("INSERT INTO responsibilities (task_id, role, unit_id, "
                                         "person_id, position) VALUES (?, ?, ?, ?, ?)"),
                { taskId, QString::fromLatin1(role.role), role.unit ? QVariant(*id) : QVariant(),
                    role.unit ? QVariant() : QVariant(*id), position++ },
                tr("save the responsibilities"));
            if (!q)
                return Error { q.error() };
        }
    }
    return {};
}

Result<Task> Ledger::task(qint64 id) const
{
    Task t;
    {
        auto q = execReused(QStringLiteral("SELECT %1 FROM tasks WHERE id = ?").arg(taskColumns),
            { id }, tr("read a task"));
        if (!q)
            return Error { q.error() };
        if (!(*q)->next())
            return Error { tr("Task #%1 does not exist.").arg(id) };
        t = readTask(**q);
    }
    auto r = readResponsibilities(id);
    if (!r)
        return Error { r.error() };
    t.responsibilities = *r;
    return t;
}

QVector<std::pair<QVariantList, QString>> Ledger::idChunks(const QVector<qint64> &ids, int size)
{
    QVector<std::pair<QVariantList, QString>> out;
    QSet<qint64> seen;
    for (const qint64 id : ids) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        if (out.isEmpty() || out.last().first.size() >= size)
            out.append(std::pair<QVariantList, QString>());
        auto &[values, marks] = out.last();
        marks += values.isEmpty() ? QStringLiteral("?") : QStringLiteral(", ?");
        values << id;
    }
    return out;
}

Result<QHash<qint64, Task>> Ledger::tasksWithIds(const QVector<qint64> &ids) const
{
    QHash<qint64, Task> out;
    // 500 values a statement: well below the limits of SQLite and PostgreSQL.
    for (const auto &[values, marks] : idChunks(ids, 500)) {
        auto q
            = exec(QStringLiteral("SELECT %1 FROM tasks WHERE id IN (%2)").arg(taskColumns, marks),
                values, tr("read the tasks"));
        if (!q)
            return Error { q.error() };
        while (q->next()) {
            Task t = readTask(*q);
            out.insert(t.id, t);
        }
        auto r = exec(
            QStringLiteral(
                "SELECT r.task_id, r.role, COALESCE(u.name, p.name) FROM responsibilities r "
                "LEFT JOIN units u ON u.id = r.unit_id LEFT JOIN people p ON p.id = r.person_id "
                "WHERE r.task_id IN (%1) ORDER BY r.task_id, r.role, r.position, r.id")
                .arg(marks),
            values, tr("read the responsibilities"));
        if (!r)
            return Error { r.error() };
        while (r->next()) {
            const auto task = out.find(r->value(0).toLongLong());
            if (task == out.end())
                continue;
            if (QStringList *list = roleList(task->responsibilities, r->value(1).toString()))
                list->append(r->value(2).toString());
        }
    }
    return out;
}

Result<QVector<Task>> Ledger::tasks(qint64 problemId) const
{
    auto read = RowReader::all(
        exec(QStringLiteral("SELECT %1 FROM tasks WHERE problem_id = ? ORDER BY number, id")
                 .arg(taskColumns),
            { problemId }, tr("read the tasks")),
        readTask);
    if (!read)
        return Error { read.error() };
    QVector<Task> out = *read;
    for (Task &t : out) {
        auto r = readResponsibilities(t.id);
        if (!r)
            return Error { r.error() };
        t.responsibilities = *r;
    }
    return out;
}

Result<qint64> Ledger::addTask(const Task &t, IdMode mode)
{
    if (t.measure.trimmed().isEmpty())
        return Error { tr("A task needs a measure (整改措施).") };
    Transaction tx(*this);
    if (!tx.status())
        return Error { tx.status().error() };
    auto parent = problem(t.problemId);
    if (!parent)
        return Error { parent.error() };
    int number = t.number;
    if (number <= 0) {
        auto m = exec(
            QStringLiteral("SELECT COALESCE(MAX(number), 0) + 1 FROM tasks WHERE problem_id = ?"),
            { t.problemId });
        if (!m)
            return Error { m.error() };
        number = m->next() ? m->value(0).toInt() : 1;
    }
    // A task brought back (Keep) comes back one version after the one it was deleted
    // at, so that a form read before the delete cannot overwrite it unseen.
    const bool keep = mode == IdMode::Keep;
    auto q = exec(QStringLiteral("INSERT INTO tasks (id, problem_id, number, measure, target, "
                                 "deadline, long_term, status, completed_on, closed_on, remarks, "
                                 "version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { keep ? QVariant(t.id) : QVariant(), t.problemId, number, t.measure.trimmed(), t.target,
            dateToSql(t.deadline), t.longTerm ? 1 : 0, taskStatusKey(t.status),
            dateToSql(t.completedOn), dateToSql(t.closedOn), t.remarks,
            keep ? qMax(1, t.version + 1) : 1 },
        tr("add task (%1) of problem %2").arg(number).arg(parent->code));
    if (!q)
        return Error { q.error() };
    const qint64 id = q->lastInsertId().toLongLong();
    if (auto r = writeResponsibilities(id, t.responsibilities); !r)
        return Error { r.error() };
    if (auto a = audit(QStringLiteral("task"), id, QString(), QVariant(),
            QStringLiteral("%1.%2 %3").arg(parent->code).arg(number).arg(t.measure.trimmed()));
        !a)
        return Error { a.error() };
    if (auto c = tx.commit(); !c)
        return Error { c.error() };
    return id;
}

Status Ledger::updateTask(const Task &t, const QString &reason)
{
    if (t.measure.trimmed().isEmpty())
        return Error { tr("A task needs a measure (整改措施).") };
    Transaction tx(*this);
    if (!tx.status())
        return tx.status();
    auto old = task(t.id);
    if (!old)
        return Conflict::task(*this, t.id, &t);
    // A stale form is told of the newer row first, whatever that row's state.
    if (old->version != t.version)
        return Conflict::task(*this, t.id, &t);
    if (auto open = checkNotClosed(t.id); !open)
        return open;
    auto q
        = exec(QStringLiteral("UPDATE tasks SET problem_id = ?, number = ?, measure = ?, "
                              "target = ?, deadline = ?, long_term = ?, status = ?, "
                              "completed_on = ?, closed_on = ?, remarks = ?, version = version + 1 "
                              "WHERE id = ? AND version = ?"),
            { t.problemId, t.number, t.measure.trimmed(), t.target, dateToSql(t.deadline),
                t.longTerm ? 1 : 0, taskStatusKey(t.status), dateToSql(t.completedOn),
                dateToSql(t.closedOn), t.remarks, t.id, t.version },
            tr("save task #%1").arg(t.id));
    if (!q)
        return Error { q.error() };
    // Another connection may have won the row between the read and this write
    // (a server that does not lock the whole ledger for the transaction).
    if (q->numRowsAffected() != 1)
        return Conflict::task(*this, t.id, &t);
    if (t.responsibilities != old->responsibilities) {
        if (auto r = writeResponsibilities(t.id, t.responsibilities); !r)
            return r;
    }
    const Responsibilities &o = old->responsibilities;
    const Responsibilities &n = t.responsibilities;
    if (auto a = auditChanges(QStringLiteral("task"), t.id,
            {
                { "problem_id", old->problemId, t.problemId },
                { "number", old->number, t.number },
                { "measure", old->measure, t.measure.trimmed() },
                { "target", old->target, t.target },
                { "deadline", dateToSql(old->deadline), dateToSql(t.deadline) },
                { "long_term", old->longTerm, t.longTerm },
                { "status", statusText(old->status), statusText(t.status) },
                { "completed_on", dateToSql(old->completedOn), dateToSql(t.completedOn) },
                { "closed_on", dateToSql(old->closedOn), dateToSql(t.closedOn) },
                { "remarks", old->remarks, t.remarks },
                { "leaders", joined(o.leaders), joined(n.leaders) },
                { "lead_units", joined(o.leadUnits), joined(n.leadUnits) },
                { "co_units", joined(o.coUnits), joined(n.coUnits) },
                { "persons", joined(o.persons), joined(n.persons) },
            },
            reason);
        !a)
        return a;
    return tx.commit();
}

Status Ledger::removeTask(qint64 id, int expectedVersion)
{
    Transaction tx(*this);
    if (!tx.status())
        return tx.status();
    const bool checked = expectedVersion != anyVersion;
    auto old = task(id);
    if (!old)
        return checked ? Status(Conflict::task(*this, id)) : Status(Error { old.error() });
    if (checked && old->version != expectedVersion)
        return Conflict::task(*this, id);
    if (auto open = checkNotClosed(id); !open)
        return open;
    auto q = exec(checked ? QStringLiteral("DELETE FROM tasks WHERE id = ? AND version = ?")
                          : QStringLiteral("DELETE FROM tasks WHERE id = ?"),
        checked ? QVariantList { id, expectedVersion } : QVariantList { id },
        tr("delete task #%1").arg(id));
    if (!q)
        return Error { q.error() };
    if (q->numRowsAffected() != 1)
        return Conflict::task(*this, id);
    if (auto a = audit(QStringLiteral("task"), id, QString(), old->measure, QVariant()); !a)
        return a;
    return tx.commit();
}

Status Ledger::checkNotClosed(qint64 taskId) const
{
    auto q = execReused(QStringLiteral("SELECT t.status, t.number, p.code FROM tasks t "
                                       "JOIN problems p ON p.id = t.problem_id WHERE t.id = ?"),
        { taskId }, tr("read task #%1").arg(taskId));
    if (!q)
        return Error { q.error() };
    if (!(*q)->next())
        return Error { tr("Task #%1 does not exist.").arg(taskId) };
    if ((*q)->value(0).toString() != taskStatusKey(TaskStatus::Closed))
        return {};
    return Error { tr("Task %1.%2 is closed (signed off) and cannot be changed; a supervisor "
                      "must reopen it first.")
                       .arg((*q)->value(2).toString())
                       .arg((*q)->value(1).toInt()) };
}

Status Ledger::setTaskStatus(qint64 id, int expectedVersion, TaskStatus status,
    const QDate &completedOn, const QDate &closedOn, const QString &reason)
{
    Transaction tx(*this);
    if (!tx.status())
        return tx.status();
    auto old = task(id);
    if (!old)
        return Conflict::task(*this, id);
    if (old->version != expectedVersion)
        return Conflict::task(*this, id);
    // On a set-up server a login's session moves a task through the server's
    // function, which checks the caller's role itself (store/serverroles.h).
    const bool server = !m_serverUser.isEmpty();
    auto q = exec(server ? QStringLiteral("SELECT rectify_set_task_status(?, ?, ?, ?, ?)")
                         : QStringLiteral("UPDATE tasks SET status = ?, completed_on = ?, "
                                          "closed_on = ?, version = version + 1 WHERE id = ? "
                                          "AND version = ?"),
        server ? QVariantList { id, expectedVersion, taskStatusKey(status), dateToSql(completedOn),
            dateToSql(closedOn) }
               : QVariantList { taskStatusKey(status), dateToSql(completedOn), dateToSql(closedOn),
                   id, expectedVersion },
        tr("save task #%1").arg(id));
    if (!q)
        return Error { q.error() };
    const int changed = server ? (q->next() ? q->value(0).toInt() : 0) : q->numRowsAffected();
    if (changed != 1)
        return Conflict::task(*this, id);
    if (auto a = auditChanges(QStringLiteral("task"), id,
            {
                { "status", statusText(old->status), statusText(status) },
                { "completed_on", dateToSql(old->completedOn), dateToSql(completedOn) },
                { "closed_on", dateToSql(old->closedOn), dateToSql(closedOn) },
            },
            reason);
        !a)
        return a;
    return tx.commit();
}

} // namespace rectify
