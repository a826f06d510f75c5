// Ledger's reporting rounds, the forms collected in them and deadline extension
// requests (schema version 7, docs/reporting.md).
#include "store/ledger.h"
#include "store/rowreader.h"
#include "util/sqlvalues.h"

#include <QRandomGenerator>

namespace rectify {

namespace {

const QString roundColumns = QStringLiteral("id, name, inspection_id, due_date, state, token, "
                                            "secret, opened_by, opened_at, closed_at");

Round readRound(const QSqlQuery &q)
{
    Round r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.inspectionId = q.value(2).toLongLong();
    r.dueDate = dateFromSql(q.value(3));
    r.state = q.value(4).toString() == QLatin1String("closed") ? Round::State::Closed
                                                               : Round::State::Open;
    r.token = q.value(5).toString();
    r.secret = q.value(6).toString();
    r.openedBy = q.value(7).toString();
    r.openedAt = timestampFromSql(q.value(8));
    r.closedAt = timestampFromSql(q.value(9));
    return r;
}

const QString reportColumns = QStringLiteral(
    "id, round_id, unit, file_name, file_sha256, reported_on, reporter, phone, on_time, "
    "progress_count, completed_count, extension_count, collected_by, collected_at");

RoundReport readReport(const QSqlQuery &q)
{
    RoundReport r;
    r.id = q.value(0).toLongLong();
    r.roundId = q.value(1).toLongLong();
    r.unit = q.value(2).toString();
    r.fileName = q.value(3).toString();
    r.fileSha256 = q.value(4).toString();
    r.reportedOn = dateFromSql(q.value(5));
    r.reporter = q.value(6).toString();
    r.phone = q.value(7).toString();
    r.onTime = q.value(8).toInt() != 0;
    r.progressCount = q.value(9).toInt();
    r.completedCount = q.value(10).toInt();
    r.extensionCount = q.value(11).toInt();
    r.collectedBy = q.value(12).toString();
    r.collectedAt = timestampFromSql(q.value(13));
    return r;
}

const QString extensionColumns
    = QStringLiteral("id, task_id, round_id, requested_to, reason, requested_by, requested_on, "
                     "state, original_deadline, decided_by, decided_on, decision_reason");

ExtensionRequest readExtension(const QSqlQuery &q)
{
    ExtensionRequest e;
    e.id = q.value(0).toLongLong();
    e.taskId = q.value(1).toLongLong();
    e.roundId = q.value(2).toLongLong();
    e.requestedTo = dateFromSql(q.value(3));
    e.reason = q.value(4).toString();
    e.requestedBy = q.value(5).toString();
    e.requestedOn = dateFromSql(q.value(6));
    const QString state = q.value(7).toString();
    e.state = state == QLatin1String("approved") ? ExtensionRequest::State::Approved
        : state == QLatin1String("rejected")     ? ExtensionRequest::State::Rejected
                                                 : ExtensionRequest::State::Pending;
    e.originalDeadline = dateFromSql(q.value(8));
    e.decidedBy = q.value(9).toString();
    e.decidedOn = dateFromSql(q.value(10));
    e.decisionReason = q.value(11).toString();
    return e;
}

// 128 random bits as hex, from the system's generator.
QString randomHex()
{
    QString out;
    for (int i = 0; i < 4; ++i)
        out += QStringLiteral("%1").arg(
            QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
    return out;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

} // namespace

Result<QVector<Round>> Ledger::rounds() const
{
    return RowReader::all(
        exec(QStringLiteral("SELECT %1 FROM rounds ORDER BY id").arg(roundColumns), {},
            tr("read the reporting rounds")),
        readRound);
}

Result<std::optional<Round>> Ledger::findRound(const QString &name) const
{
    return RowReader::first(
        exec(QStringLiteral("SELECT %1 FROM rounds WHERE name = ?").arg(roundColumns),
            { name.trimmed() }, tr("find a reporting round")),
        readRound);
}

Result<std::optional<Round>> Ledger::findRoundByToken(const QString &token) const
{
    return RowReader::first(
        exec(QStringLiteral("SELECT %1 FROM rounds WHERE token = ?").arg(roundColumns),
            { token.trimmed() }, tr("find a reporting round")),
        readRound);
}

Result<qint64> Ledger::addRound(const Round &round)
{
    const QString name = round.name.trimmed();
    if (name.isEmpty())
        return Error { tr("A reporting round needs a name.") };
    if (!round.dueDate.isValid())
        return Error { tr("A reporting round needs a due date.") };
    Transaction tx(*this);
    if (!tx.status())
        return Error { tx.status().error() };
    auto existing = findRound(name);
    if (!existing)
        return Error { existing.error() };
    if (existing->has_value())
        return Error { tr("The ledger already has a reporting round named \"%1\".").arg(name) };
    const QString by = round.openedBy.isEmpty() ? m_actor : round.openedBy;
    auto q
        = exec(QStringLiteral("INSERT INTO rounds (name, inspection_id, due_date, state, token, "
                              "secret, opened_by, opened_at) VALUES (?, ?, ?, 'open', ?, ?, ?, ?)"),
            { name, idOrNull(round.inspectionId), dateToSql(round.dueDate), randomHex(),
                randomHex(), by, timestampToSql(now()) },
            tr("open the reporting round %1").arg(name));
    if (!q)
        return Error { q.error() };
    const qint64 id = q->lastInsertId().toLongLong();
    if (auto a = audit(QStringLiteral("round"), id, QString(), QVariant(),
            QStringLiteral("%1 (due %2)").arg(name, round.dueDate.toString(Qt::ISODate)));
        !a)
        return Error { a.error() };
    if (auto c = tx.commit(); !c)
        return Error { c.error() };
    return id;
}

Status Ledger::setRoundState(qint64 id, Round::State state)
{
    Transaction tx(*this);
    if (!tx.status())
        return tx.status();
    auto old = RowReader::one(
        exec(QStringLiteral("SELECT state FROM rounds WHERE id = ?"), { id },
            tr("read a reporting round")),
        [](const QSqlQuery &q) { return q.value(0).toString(); },
        tr("Reporting round #%1 does not exist.").arg(id));
    if (!old)
        return Error { old.error() };
    const QString key
        = state == Round::State::Closed ? QStringLiteral("closed") : QStringLiteral("open");
    if (*old == key)
        return tx.commit();
    if (auto q = exec(QStringLiteral("UPDATE rounds SET state = ?, closed_at = ? WHERE id = ?"),
            { key, state == Round::State::Closed ? timestampToSql(now()) : QVariant(), id },
            tr("change a reporting round"));
        !q)
        return Error { q.error() };
    if (auto a = audit(QStringLiteral("round"), id, QStringLiteral("state"), *old, key); !a)
        return a;
    return tx.commit();
}

Result<QVector<RoundReport>> Ledger::roundReports(qint64 roundId) const
{
    return RowReader::all(
        exec(QStringLiteral("SELECT %1 FROM round_reports WHERE round_id = ? ORDER BY id")
                 .arg(reportColumns),
            { roundId }, tr("read the forms collected in a round")),
        readReport);
}

Result<qint64> Ledger::addRoundReport(const RoundReport &r)
{
    Transaction tx(*this);
    if (!tx.status())
        return Error { tx.status().error() };
    auto q
        = exec(QStringLiteral("INSERT INTO round_reports (round_id, unit, file_name, file_sha256, "
                              "reported_on, reporter, phone, on_time, progress_count, "
                              "completed_count, extension_count, collected_by, collected_at) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { r.roundId, r.unit, r.fileName, r.fileSha256, dateToSql(r.reportedOn), r.reporter,
                r.phone, r.onTime ? 1 : 0, r.progressCount, r.completedCount, r.extensionCount,
                r.collectedBy.isEmpty() ? m_actor : r.collectedBy, timestampToSql(now()) },
            tr("record the form of %1").arg(r.unit));
    if (!q)
        return Error { q.error() };
    const qint64 id = q->lastInsertId().toLongLong();
    if (auto a = audit(QStringLiteral("round"), r.roundId, QStringLiteral("report"), QVariant(),
            QStringLiteral("%1: %2 (sha256 %3), %4, %5, %6 progress, %7 completed, %8 extension")
                .arg(r.unit, r.fileName, r.fileSha256, r.reportedOn.toString(Qt::ISODate),
                    r.onTime ? QStringLiteral("on time") : QStringLiteral("late"))
                .arg(r.progressCount)
                .arg(r.completedCount)
                .arg(r.extensionCount));
        !a)
        return Error { a.error() };
    if (auto c = tx.commit(); !c)
        return Error { c.error() };
    return id;
}

Result<QVector<ExtensionRequest>> Ledger::extensions(qint64 taskId) const
{
    if (taskId > 0)
        return RowReader::all(
            exec(QStringLiteral("SELECT %1 FROM extensions WHERE task_id = ? ORDER BY id")
                     .arg(extensionColumns),
                { taskId }, tr("read the extension requests")),
            readExtension);
    return RowReader::all(
        exec(QStringLiteral("SELECT %1 FROM extensions ORDER BY id").arg(extensionColumns), {},
            tr("read the extension requests")),
        readExtension);
}

Result<qint64> Ledger::addExtension(const ExtensionRequest &e)
{
    if (!e.requestedTo.isValid() || e.reason.trimmed().isEmpty())
        return Error { tr("An extension request needs a new deadline and a reason.") };
    Transaction tx(*this);
    if (!tx.status())
        return Error { tx.status().error() };
    if (auto open = checkNotClosed(e.taskId); !open)
        return Error { open.error() };
    auto q = exec(QStringLiteral("INSERT INTO extensions (task_id, round_id, requested_to, reason, "
                                 "requested_by, requested_on, state) "
                                 "VALUES (?, ?, ?, ?, ?, ?, 'pending')"),
        { e.taskId, idOrNull(e.roundId), dateToSql(e.requestedTo), e.reason.trimmed(),
            e.requestedBy.isEmpty() ? m_actor : e.requestedBy,
            dateToSql(e.requestedOn.isValid() ? e.requestedOn : now().toLocalTime().date()) },
        tr("add an extension request to task #%1").arg(e.taskId));
    if (!q)
        return Error { q.error() };
    const qint64 id = q->lastInsertId().toLongLong();
    if (auto a
        = audit(QStringLiteral("task"), e.taskId, QStringLiteral("extension_request"), QVariant(),
            QStringLiteral("%1: %2").arg(e.requestedTo.toString(Qt::ISODate), e.reason.trimmed()));
        !a)
        return Error { a.error() };
    if (auto c = tx.commit(); !c)
        return Error { c.error() };
    return id;
}

Status Ledger::decideExtension(const ExtensionRequest &e)
{
    if (e.state == ExtensionRequest::State::Pending)
        return Error { tr("A decision approves or rejects the request.") };
    Transaction tx(*this);
    if (!tx.status())
        return tx.status();
    auto q = exec(QStringLiteral("UPDATE extensions SET state = ?, original_deadline = ?, "
                                 "decided_by = ?, decided_on = ?, decision_reason = ? "
                                 "WHERE id = ? AND state = 'pending'"),
        { extensionStateKey(e.state), dateToSql(e.originalDeadline),
            e.decidedBy.isEmpty() ? m_actor : e.decidedBy,
            dateToSql(e.decidedOn.isValid() ? e.decidedOn : now().toLocalTime().date()),
            e.decisionReason.trimmed(), e.id },
        tr("decide extension request #%1").arg(e.id));
    if (!q)
        return Error { q.error() };
    if (q->numRowsAffected() != 1)
        return Error { tr("Extension request #%1 is no longer pending.").arg(e.id) };
    if (auto a = audit(QStringLiteral("task"), e.taskId, QStringLiteral("extension_request"),
            QStringLiteral("pending %1").arg(e.requestedTo.toString(Qt::ISODate)),
            QStringLiteral("%1 %2").arg(
                extensionStateKey(e.state), e.requestedTo.toString(Qt::ISODate)),
            e.decisionReason.trimmed());
        !a)
        return a;
    return tx.commit();
}

} // namespace rectify
