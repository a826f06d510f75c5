// Ledger's record of a task's work: progress entries and evidence files.
#include "store/ledger.h"
#include "store/rowreader.h"
#include "util/sqlvalues.h"

namespace rectify {

namespace {

Evidence readEvidence(const QSqlQuery &q)
{
    Evidence e;
    e.id = q.value(0).toLongLong();
    e.taskId = q.value(1).toLongLong();
    e.fileName = q.value(2).toString();
    e.storedPath = q.value(3).toString();
    e.sha256 = q.value(4).toString();
    e.size = q.value(5).toLongLong();
    e.addedBy = q.value(6).toString();
    e.addedAt = timestampFromSql(q.value(7));
    return e;
}

ProgressEntry readProgressEntry(const QSqlQuery &q)
{
    ProgressEntry e;
    e.id = q.value(0).toLongLong();
    e.taskId = q.value(1).toLongLong();
    e.date = dateFromSql(q.value(2));
    e.text = q.value(3).toString();
    e.author = q.value(4).toString();
    e.createdAt = timestampFromSql(q.value(5));
    return e;
}

} // namespace

// ---------------------------------------------------------------------------
// Evidence

Result<QVector<Evidence>> Ledger::evidence(qint64 taskId) const
{
    return RowReader::all(
        exec(QStringLiteral("SELECT id, task_id, file_name, stored_path, sha256, size, "
                            "added_by, added_at FROM evidence WHERE task_id = ? ORDER BY id"),
            { taskId }, tr("read the evidence of task #%1").arg(taskId)),
        readEvidence);
}

Result<qint64> Ledger::addEvidence(const Evidence &e)
{
    if (e.fileName.trimmed().isEmpty() || e.storedPath.isEmpty() || e.sha256.isEmpty())
        return Error { tr("An evidence file needs a name, a stored copy and a hash.") };
    Transaction tx(*this);
    if (!tx.status())
        return Error { tx.status().error() };
    if (auto open = checkNotClosed(e.taskId); !open)
        return Error { open.error() };
    auto q = exec(QStringLiteral("INSERT INTO evidence (task_id, file_name, stored_path, sha256, "
                                 "size, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        { e.taskId, e.fileName, e.storedPath, e.sha256, e.size,
            e.addedBy.isEmpty() ? m_actor : e.addedBy,
            timestampToSql(e.addedAt.isValid() ? e.addedAt : now()) },
        tr("add evidence to task #%1").arg(e.taskId));
    if (!q)
        return Error { q.error() };
    const qint64 id = q->lastInsertId().toLongLong();
    if (auto a = audit(QStringLiteral("task"), e.taskId, QStringLiteral("evidence"), QVariant(),
            QStringLiteral("%1 (sha256 %2, %3 bytes)").arg(e.fileName, e.sha256).arg(e.size));
        !a)
        return Error { a.error() };
    if (auto c = tx.commit(); !c)
        return Error { c.error() };
    return id;
}

// ---------------------------------------------------------------------------
// Progress

Result<QVector<ProgressEntry>> Ledger::progress(qint64 taskId) const
{
    auto q = execReused(
        QStringLiteral("SELECT id, task_id, entry_date, text, author, created_at FROM "
                       "progress_entries WHERE task_id = ? ORDER BY "
                       "CASE WHEN entry_date IS NULL THEN 0 ELSE 1 END, entry_date, id"),
        { taskId }, tr("read the progress history"));
    if (!q)
        return Error { q.error() };
    QVector<ProgressEntry> out;
    while ((*q)->next())
        out << readProgressEntry(**q);
    return out;
}

Result<QHash<qint64, QVector<ProgressEntry>>> Ledger::progressOf(
    const QVector<qint64> &taskIds) const
{
    QHash<qint64, QVector<ProgressEntry>> out;
    for (const auto &[values, marks] : idChunks(taskIds, 500)) {
        auto q
            = exec(QStringLiteral("SELECT id, task_id, entry_date, text, author, created_at FROM "
                                  "progress_entries WHERE task_id IN (%1) ORDER BY task_id, "
                                  "CASE WHEN entry_date IS NULL THEN 0 ELSE 1 END, entry_date, id")
                       .arg(marks),
                values, tr("read the progress history"));
        if (!q)
            return Error { q.error() };
        while (q->next()) {
            ProgressEntry e = readProgressEntry(*q);
            out[e.taskId] << e;
        }
    }
    return out;
}

Result<qint64> Ledger::addProgress(const ProgressEntry &e, IdMode mode)
{
    if (e.text.trimmed().isEmpty())
        return Error { tr("A progress entry needs a text.") };
    const bool keep = mode == IdMode::Keep;
    // Only an entry put back (undo) may lack a date: the import's undated ones.
    if (!e.date.isValid() && !keep)
        return Error { tr("A progress entry needs a date.") };
    Transaction tx(*this);
    if (!tx.status())
        return Error { tx.status().error() };
    // Keep restores an entry that was there (undoing a delete of its task or
    // problem); a new entry on a closed task is refused.
    if (!keep) {
        if (auto open = checkNotClosed(e.taskId); !open)
            return Error { open.error() };
    }
    auto q
        = execReused(QStringLiteral("INSERT INTO progress_entries (id, task_id, entry_date, text, "
                                    "author, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
            { keep ? QVariant(e.id) : QVariant(), e.taskId, dateToSql(e.date), e.text.trimmed(),
                e.author.isEmpty() ? m_actor : e.author,
                timestampToSql(keep && e.createdAt.isValid() ? e.createdAt : now()) },
            tr("add a progress entry to task #%1").arg(e.taskId));
    if (!q)
        return Error { q.error() };
    const qint64 id = (*q)->lastInsertId().toLongLong();
    if (auto a = audit(QStringLiteral("task"), e.taskId, QStringLiteral("progress"), QVariant(),
            QStringLiteral("%1 %2").arg(knownDateText(e.date), e.text.trimmed()));
        !a)
        return Error { a.error() };
    if (auto c = tx.commit(); !c)
        return Error { c.error() };
    return id;
}

Result<qint64> Ledger::progressTaskId(qint64 id) const
{
    return RowReader::one(
        exec(QStringLiteral("SELECT task_id FROM progress_entries WHERE id = ?"), { id },
            tr("find a progress entry")),
        [](const QSqlQuery &q) { return q.value(0).toLongLong(); },
        tr("Progress entry #%1 does not exist.").arg(id));
}

Status Ledger::removeProgress(qint64 id)
{
    Transaction tx(*this);
    if (!tx.status())
        return tx.status();
    auto q = exec(
        QStringLiteral("SELECT task_id, entry_date, text FROM progress_entries WHERE id = ?"),
        { id });
    if (!q)
        return Error { q.error() };
    if (!q->next())
        return Error { tr("Progress entry #%1 does not exist.").arg(id) };
    const qint64 taskId = q->value(0).toLongLong();
    const QString old = QStringLiteral("%1 %2").arg(
        knownDateText(dateFromSql(q->value(1))), q->value(2).toString());
    q->finish();
    if (auto open = checkNotClosed(taskId); !open)
        return open;
    if (auto d = exec(QStringLiteral("DELETE FROM progress_entries WHERE id = ?"), { id },
            tr("delete progress entry #%1").arg(id));
        !d)
        return Error { d.error() };
    if (auto a = audit(QStringLiteral("task"), taskId, QStringLiteral("progress"), old, QVariant());
        !a)
        return a;
    return tx.commit();
}

} // namespace rectify
