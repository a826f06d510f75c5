// Ledger's problems, with optimistic locking (store/conflict.h).
#include "store/conflict.h"
#include "store/ledger.h"
#include "store/rowreader.h"

namespace rectify {

namespace {

const QString problemColumns
    = QStringLiteral("id, inspection_id, code, category, title, description, sort_order, version");

Problem readProblem(const QSqlQuery &q)
{
    Problem p;
    p.id = q.value(0).toLongLong();
    p.inspectionId = q.value(1).toLongLong();
    p.code = q.value(2).toString();
    p.category = q.value(3).toString();
    p.title = q.value(4).toString();
    p.description = q.value(5).toString();
    p.sortOrder = q.value(6).toInt();
    p.version = q.value(7).toInt();
    return p;
}

} // namespace

Result<QVector<Problem>> Ledger::problems(qint64 inspectionId) const
{
    QString sql = QStringLiteral("SELECT %1 FROM problems").arg(problemColumns);
    QVariantList values;
    if (inspectionId) {
        sql += QStringLiteral(" WHERE inspection_id = ?");
        values << inspectionId;
    }
    sql += QStringLiteral(" ORDER BY inspection_id, sort_order, id");
    return RowReader::all(exec(sql, values, tr("read the problems")), readProblem);
}

Result<Problem> Ledger::problem(qint64 id) const
{
    return RowReader::one(
        exec(QStringLiteral("SELECT %1 FROM problems WHERE id = ?").arg(problemColumns), { id },
            tr("read a problem")),
        readProblem, tr("Problem #%1 does not exist.").arg(id));
}

Result<std::optional<Problem>> Ledger::findProblem(qint64 inspectionId, const QString &code) const
{
    return RowReader::first(
        exec(QStringLiteral("SELECT %1 FROM problems WHERE inspection_id = ? AND code = ?")
                 .arg(problemColumns),
            { inspectionId, code.trimmed() }, tr("find a problem")),
        readProblem);
}

Result<qint64> Ledger::addProblem(const Problem &p, IdMode mode)
{
    const QString code = p.code.trimmed();
    if (code.isEmpty())
        return Error { tr("A problem needs a number (序号).") };
    if (p.title.trimmed().isEmpty())
        return Error { tr("Problem %1 needs a title.").arg(code) };
    Transaction tx(*this);
    if (!tx.status())
        return Error { tx.status().error() };
    int order = p.sortOrder;
    if (order == 0) {
        auto m = exec(
            QStringLiteral(
                "SELECT COALESCE(MAX(sort_order), 0) + 1 FROM problems WHERE inspection_id = ?"),
            { p.inspectionId });
        if (!m)
            return Error { m.error() };
        order = m->next() ? m->value(0).toInt() : 1;
    }
    // A NULL id lets SQLite choose the next one. A problem brought back (Keep)
    // comes back one version on, as a task does.
    const bool keep = mode == IdMode::Keep;
    auto q = exec(QStringLiteral("INSERT INTO problems (id, inspection_id, code, category, title, "
                                 "description, sort_order, version) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        { keep ? QVariant(p.id) : QVariant(), p.inspectionId, code, p.category.trimmed(),
            p.title.trimmed(), p.description, order, keep ? qMax(1, p.version + 1) : 1 },
        tr("add problem %1").arg(code));
    if (!q)
        return Error { q.error() };
    const qint64 id = q->lastInsertId().toLongLong();
    if (auto a = audit(QStringLiteral("problem"), id, QString(), QVariant(),
            QStringLiteral("%1 %2").arg(code, p.title.trimmed()));
        !a)
        return Error { a.error() };
    if (auto c = tx.commit(); !c)
        return Error { c.error() };
    return id;
}

Status Ledger::updateProblem(const Problem &p)
{
    Transaction tx(*this);
    if (!tx.status())
        return tx.status();
    auto old = problem(p.id);
    if (!old || old->version != p.version)
        return Conflict::problem(*this, p.id, &p);
    const QString code = p.code.trimmed();
    if (code.isEmpty())
        return Error { tr("A problem needs a number (序号).") };
    if (p.title.trimmed().isEmpty())
        return Error { tr("Problem %1 needs a title.").arg(code) };
    auto q = exec(QStringLiteral("UPDATE problems SET inspection_id = ?, code = ?, category = ?, "
                                 "title = ?, description = ?, sort_order = ?, "
                                 "version = version + 1 WHERE id = ? AND version = ?"),
        { p.inspectionId, code, p.category.trimmed(), p.title.trimmed(), p.description, p.sortOrder,
            p.id, p.version },
        tr("save problem %1").arg(code));
    if (!q)
        return Error { q.error() };
    if (q->numRowsAffected() != 1)
        return Conflict::problem(*this, p.id, &p);
    if (auto a = auditChanges(QStringLiteral("problem"), p.id,
            {
                { "inspection_id", old->inspectionId, p.inspectionId },
                { "code", old->code, code },
                { "category", old->category, p.category.trimmed() },
                { "title", old->title, p.title.trimmed() },
                { "description", old->description, p.description },
                { "sort_order", old->sortOrder, p.sortOrder },
            },
            QString());
        !a)
        return a;
    return tx.commit();
}

Status Ledger::removeProblem(qint64 id, int expectedVersion)
{
    Transaction tx(*this);
    if (!tx.status())
        return tx.status();
    const bool checked = expectedVersion != anyVersion;
    auto old = problem(id);
    if (!old)
        return checked ? Status(Conflict::problem(*this, id)) : Status(Error { old.error() });
    if (checked && old->version != expectedVersion)
        return Conflict::problem(*this, id);
    auto q = exec(checked ? QStringLiteral("DELETE FROM problems WHERE id = ? AND version = ?")
                          : QStringLiteral("DELETE FROM problems WHERE id = ?"),
        checked ? QVariantList { id, expectedVersion } : QVariantList { id },
        tr("delete problem %1").arg(old->code));
    if (!q)
        return Error { q.error() };
    if (q->numRowsAffected() != 1)
        return Conflict::problem(*this, id);
    if (auto a = audit(QStringLiteral("problem"), id, QString(),
            QStringLiteral("%1 %2").arg(old->code, old->title), QVariant());
        !a)
        return a;
    return tx.commit();
}

} // namespace rectify
