// Ledger's 整改成效 records: meetings, supervision rounds with their findings,
// rules established, accountability and quantified results (domain/records.h).
#include "store/ledger.h"
#include "store/rowreader.h"
#include "util/sqlvalues.h"

#include <QMap>
#include <cmath>

namespace rectify {

namespace {

const QString recordColumns = QStringLiteral(
    "id, inspection_id, kind, problem_id, task_id, record_date, end_date, number, title, "
    "category, party, doc_number, amount, figure, unit, notes, owner_unit");

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

// The quantified value as stored: decimal text, exact across backends and copies.
QString figureText(double value)
{
    return QString::number(value, 'g', 15);
}

Record readRecord(const QSqlQuery &q)
{
    Record r;
    r.id = q.value(0).toLongLong();
    r.inspectionId = q.value(1).toLongLong();
    r.kind = recordKindFromKey(q.value(2).toString()).value_or(RecordKind::Meeting);
    r.problemId = q.value(3).toLongLong();
    r.taskId = q.value(4).toLongLong();
    r.date = dateFromSql(q.value(5));
    r.endDate = dateFromSql(q.value(6));
    r.number = q.value(7).toInt();
    r.title = q.value(8).toString();
    r.category = q.value(9).toString();
    r.party = q.value(10).toString();
    r.docNumber = q.value(11).toString();
    r.count = q.value(12).toLongLong();
    r.value = q.value(13).toString().toDouble();
    r.unit = q.value(14).toString();
    r.notes = q.value(15).toString();
    r.ownerUnit = q.value(16).toString();
    return r;
}

SupervisionFinding readFinding(const QSqlQuery &q)
{
    SupervisionFinding f;
    f.id = q.value(0).toLongLong();
    f.recordId = q.value(1).toLongLong();
    f.taskId = q.value(2).toLongLong();
    f.text = q.value(3).toString();
    f.progressId = q.value(4).toLongLong();
    return f;
}

// One line for the audit log: the kind's key and the fields it uses.
QString auditText(const Record &r)
{
    QStringList parts { recordKindKey(r.kind) };
    const auto add = [&](const QString &s) {
        if (!s.isEmpty())
            parts << s;
    };
    if (r.kind == RecordKind::SupervisionRound)
        add(QStringLiteral("#%1").arg(r.number));
    add(r.date.toString(Qt::ISODate));
    add(r.endDate.toString(Qt::ISODate));
    add(r.category);
    add(r.party);
    add(r.docNumber);
    add(r.title);
    if (r.kind == RecordKind::Accountability || r.kind == RecordKind::SupervisionRound)
        add(QString::number(r.count));
    if (r.kind == RecordKind::Result)
        add((figureText(r.value) + QLatin1Char(' ') + r.unit).trimmed());
    return parts.join(QStringLiteral(" · "));
}

QVector<KindCount> kindCounts(Result<QSqlQuery> q, QString *error)
{
    QVector<KindCount> out;
    if (!q) {
        *error = q.error();
        return out;
    }
    while (q->next())
        out.push_back({ q->value(0).toString(), q->value(1).toLongLong() });
    return out;
}

} // namespace

Status Ledger::checkRecord(Record *r) const
{
    r->title = r->title.trimmed();
    r->category = r->category.trimmed();
    r->party = r->party.trimmed();
    r->docNumber = r->docNumber.trimmed();
    r->unit = r->unit.trimmed();
    r->notes = r->notes.trimmed();
    r->ownerUnit = r->ownerUnit.simplified();
    if (r->inspectionId <= 0)
        return Error { tr("A record belongs to an inspection: name one.") };
    if (auto i = inspection(r->inspectionId); !i)
        return Error { i.error() };
    if (r->count < 0)
        return Error { tr("A record's count cannot be negative.") };
    if (!std::isfinite(r->value))
        return Error { tr("A quantified result needs a number.") };
    switch (r->kind) {
    case RecordKind::Meeting:
        if (!r->date.isValid())
            return Error { tr("A meeting needs the date it was held.") };
        if (r->title.isEmpty())
            return Error { tr("A meeting needs a title.") };
        break;
    case RecordKind::SupervisionRound:
        if (!r->date.isValid() || !r->endDate.isValid())
            return Error { tr("A supervision round needs its first and last day.") };
        if (r->endDate < r->date) {
            return Error { tr("A supervision round cannot end (%1) before it starts (%2).")
                               .arg(r->endDate.toString(Qt::ISODate),
                                   r->date.toString(Qt::ISODate)) };
        }
        if (r->number < 0)
            return Error { tr("A supervision round's number cannot be negative.") };
        break;
    case RecordKind::Rule:
        if (r->title.isEmpty())
            return Error { tr("A rule established needs a title.") };
        break;
    case RecordKind::Accountability:
        if (r->party.isEmpty())
            return Error { tr("Accountability needs who was held accountable (a person or a "
                              "unit).") };
        if (r->category.isEmpty())
            return Error { tr(
                "Accountability needs its kind (诫勉谈话, 通报批评, 党纪处分 ...).") };
        if (r->count < 1)
            return Error { tr("Accountability needs how many were held accountable (1 or more).") };
        break;
    case RecordKind::Result:
        if (r->title.isEmpty())
            return Error { tr("A quantified result needs a name.") };
        break;
    }
    if (r->kind != RecordKind::SupervisionRound)
        r->findings.clear();
    // The links: a task names its problem, a problem must be of the inspection.
    if (r->taskId > 0) {
        auto t = task(r->taskId);
        if (!t)
            return Error { t.error() };
        if (r->problemId > 0 && r->problemId != t->problemId)
            return Error {
                tr("Task #%1 is not a task of problem #%2.").arg(r->taskId).arg(r->problemId)
            };
        r->problemId = t->problemId;
    }
    if (r->problemId > 0) {
        auto p = problem(r->problemId);
        if (!p)
            return Error { p.error() };
        if (p->inspectionId != r->inspectionId)
            return Error { tr("Problem %1 belongs to another inspection.").arg(p->code) };
    }
    return {};
}

Result<QVector<SupervisionFinding>> Ledger::findingsOf(const QString &where, qint64 id) const
{
    return RowReader::all(
        exec(QStringLiteral("SELECT f.id, f.record_id, f.task_id, f.text, f.progress_id FROM "
                            "record_findings f JOIN records r ON r.id = f.record_id WHERE %1 "
                            "ORDER BY f.record_id, f.id")
                 .arg(where),
            { id }, tr("read the findings of the supervision rounds")),
        readFinding);
}

Result<QVector<Record>> Ledger::records(qint64 inspectionId) const
{
    const QString order = QStringLiteral(
        " ORDER BY CASE kind WHEN 'meeting' THEN 1 WHEN 'round' THEN 2 WHEN 'rule' THEN 3 "
        "WHEN 'accountability' THEN 4 ELSE 5 END, COALESCE(record_date, ''), number, id");
    auto rows = RowReader::all(inspectionId > 0
            ? exec(
                QStringLiteral("SELECT %1 FROM records WHERE inspection_id = ?").arg(recordColumns)
                    + order,
                { inspectionId }, tr("read the records"))
            : exec(QStringLiteral("SELECT %1 FROM records").arg(recordColumns) + order, {},
                tr("read the records")),
        readRecord);
    if (!rows)
        return rows;
    auto findings = inspectionId > 0
        ? findingsOf(QStringLiteral("r.inspection_id = ?"), inspectionId)
        : findingsOf(QStringLiteral("r.id > ?"), 0);
    if (!findings)
        return Error { findings.error() };
    QMap<qint64, QVector<SupervisionFinding>> byRecord;
    for (const SupervisionFinding &f : std::as_const(*findings))
        byRecord[f.recordId] << f;
    for (Record &r : rows.value())
        r.findings = byRecord.value(r.id);
    return rows;
}

Result<Record> Ledger::record(qint64 id) const
{
    auto r = RowReader::one(
        exec(QStringLiteral("SELECT %1 FROM records WHERE id = ?").arg(recordColumns), { id },
            tr("read a record")),
        readRecord, tr("Record #%1 does not exist.").arg(id));
    if (!r)
        return r;
    auto findings = findingsOf(QStringLiteral("r.id = ?"), id);
    if (!findings)
        return Error { findings.error() };
    r->findings = *findings;
    return r;
}

Result<qint64> Ledger::addRecord(const Record &given, IdMode mode)
{
    Record r = given;
    Transaction tx(*this);
    if (!tx.status())
        return Error { tx.status().error() };
    if (auto ok = checkRecord(&r); !ok)
        return Error { ok.error() };
    if (r.kind == RecordKind::SupervisionRound && r.number == 0) {
        auto next = exec(QStringLiteral("SELECT COALESCE(MAX(number), 0) + 1 FROM records "
                                        "WHERE inspection_id = ? AND kind = 'round'"),
            { r.inspectionId }, tr("number the supervision round"));
        if (!next)
            return Error { next.error() };
        r.number = next->next() ? next->value(0).toInt() : 1;
    }
    const bool keep = mode == IdMode::Keep && r.id > 0;
    auto q = exec(QStringLiteral("INSERT INTO records (id, inspection_id, kind, problem_id, "
                                 "task_id, record_date, end_date, number, title, category, party, "
                                 "doc_number, amount, figure, unit, notes, owner_unit) VALUES "
                                 "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { keep ? QVariant(r.id) : QVariant(), r.inspectionId, recordKindKey(r.kind),
            idOrNull(r.problemId), idOrNull(r.taskId), dateToSql(r.date), dateToSql(r.endDate),
            r.number, r.title, r.category, r.party, r.docNumber, r.count,
            r.kind == RecordKind::Result ? figureText(r.value) : QString(), r.unit, r.notes,
            r.ownerUnit },
        tr("add the record %1").arg(r.title));
    if (!q)
        return Error { q.error() };
    const qint64 id = keep ? r.id : q->lastInsertId().toLongLong();
    if (auto a = audit(QStringLiteral("record"), id, QString(), QVariant(), auditText(r)); !a)
        return Error { a.error() };
    for (SupervisionFinding f : std::as_const(r.findings)) {
        f.recordId = id;
        if (!keep)
            f.id = 0;
        if (auto added = addFinding(f); !added)
            return Error { added.error() };
    }
    if (auto c = tx.commit(); !c)
        return Error { c.error() };
    return id;
}

Status Ledger::updateRecord(const Record &given)
{
    Record r = given;
    Transaction tx(*this);
    if (!tx.status())
        return tx.status();
    auto old = record(r.id);
    if (!old)
        return Error { old.error() };
    if (old->kind != r.kind)
        return Error { tr("Record #%1 is a %2; its kind cannot change.")
                           .arg(r.id)
                           .arg(recordKindLabel(old->kind)) };
    if (auto ok = checkRecord(&r); !ok)
        return ok;
    if (r.kind == RecordKind::SupervisionRound && r.number == 0)
        r.number = old->number;
    const QString figure = r.kind == RecordKind::Result ? figureText(r.value) : QString();
    const QString oldFigure = old->kind == RecordKind::Result ? figureText(old->value) : QString();
    auto q
        = exec(QStringLiteral("UPDATE records SET inspection_id = ?, problem_id = ?, task_id = ?, "
                              "record_date = ?, end_date = ?, number = ?, title = ?, "
                              "category = ?, party = ?, doc_number = ?, amount = ?, figure = ?, "
                              "unit = ?, notes = ?, owner_unit = ? WHERE id = ?"),
            { r.inspectionId, idOrNull(r.problemId), idOrNull(r.taskId), dateToSql(r.date),
                dateToSql(r.endDate), r.number, r.title, r.category, r.party, r.docNumber, r.count,
                figure, r.unit, r.notes, r.ownerUnit, r.id },
            tr("save record #%1").arg(r.id));
    if (!q)
        return Error { q.error() };
    if (auto a = auditChanges(QStringLiteral("record"), r.id,
            {
                { "inspection_id", old->inspectionId, r.inspectionId },
                { "problem_id", idOrNull(old->problemId), idOrNull(r.problemId) },
                { "task_id", idOrNull(old->taskId), idOrNull(r.taskId) },
                { "date", dateToSql(old->date), dateToSql(r.date) },
                { "end_date", dateToSql(old->endDate), dateToSql(r.endDate) },
                { "number", old->number, r.number },
                { "title", old->title, r.title },
                { "category", old->category, r.category },
                { "party", old->party, r.party },
                { "doc_number", old->docNumber, r.docNumber },
                { "count", old->count, r.count },
                { "value", oldFigure, figure },
                { "unit", old->unit, r.unit },
                { "notes", old->notes, r.notes },
                { "owner_unit", old->ownerUnit, r.ownerUnit },
            },
            QString());
        !a)
        return a;
    return tx.commit();
}

Status Ledger::removeRecord(qint64 id)
{
    Transaction tx(*this);
    if (!tx.status())
        return tx.status();
    auto old = record(id);
    if (!old)
        return Error { old.error() };
    if (auto q = exec(QStringLiteral("DELETE FROM records WHERE id = ?"), { id },
            tr("delete record #%1").arg(id));
        !q)
        return Error { q.error() };
    if (auto a = audit(QStringLiteral("record"), id, QString(), auditText(*old), QVariant()); !a)
        return a;
    return tx.commit();
}

Result<SupervisionFinding> Ledger::finding(qint64 id) const
{
    return RowReader::one(
        exec(QStringLiteral("SELECT id, record_id, task_id, text, progress_id FROM "
                            "record_findings WHERE id = ?"),
            { id }, tr("read a finding")),
        readFinding, tr("Finding #%1 does not exist.").arg(id));
}

Result<qint64> Ledger::addFinding(const SupervisionFinding &f)
{
    const QString text = f.text.trimmed();
    if (text.isEmpty())
        return Error { tr("A finding needs a text.") };
    Transaction tx(*this);
    if (!tx.status())
        return Error { tx.status().error() };
    auto round = RowReader::one(
        exec(QStringLiteral("SELECT kind, inspection_id FROM records WHERE id = ?"), { f.recordId },
            tr("read a record")),
        [](const QSqlQuery &q) {
            return std::make_pair(q.value(0).toString(), q.value(1).toLongLong());
        },
        tr("Record #%1 does not exist.").arg(f.recordId));
    if (!round)
        return Error { round.error() };
    if (round->first != recordKindKey(RecordKind::SupervisionRound))
        return Error {
            tr("Only a supervision round has findings (record #%1 is not one).").arg(f.recordId)
        };
    auto t = task(f.taskId);
    if (!t)
        return Error { t.error() };
    auto p = problem(t->problemId);
    if (!p)
        return Error { p.error() };
    if (p->inspectionId != round->second)
        return Error { tr("Task %1.%2 belongs to another inspection than the round.")
                           .arg(p->code)
                           .arg(t->number) };
    auto q = exec(QStringLiteral("INSERT INTO record_findings (id, record_id, task_id, text, "
                                 "progress_id) VALUES (?, ?, ?, ?, ?)"),
        { idOrNull(f.id), f.recordId, f.taskId, text, idOrNull(f.progressId) },
        tr("add a finding to record #%1").arg(f.recordId));
    if (!q)
        return Error { q.error() };
    const qint64 id = f.id > 0 ? f.id : q->lastInsertId().toLongLong();
    if (auto a = audit(QStringLiteral("record"), f.recordId, QStringLiteral("finding"), QVariant(),
            QStringLiteral("%1.%2 %3").arg(p->code).arg(t->number).arg(text));
        !a)
        return Error { a.error() };
    if (auto c = tx.commit(); !c)
        return Error { c.error() };
    return id;
}

Status Ledger::removeFinding(qint64 id)
{
    Transaction tx(*this);
    if (!tx.status())
        return tx.status();
    auto old = finding(id);
    if (!old)
        return Error { old.error() };
    if (auto q = exec(QStringLiteral("DELETE FROM record_findings WHERE id = ?"), { id },
            tr("delete finding #%1").arg(id));
        !q)
        return Error { q.error() };
    if (auto a = audit(QStringLiteral("record"), old->recordId, QStringLiteral("finding"),
            QStringLiteral("#%1 %2").arg(old->taskId).arg(old->text), QVariant());
        !a)
        return a;
    return tx.commit();
}

Result<qint64> Ledger::findingToProgress(qint64 findingId, const QDate &date)
{
    Transaction tx(*this);
    if (!tx.status())
        return Error { tx.status().error() };
    auto f = finding(findingId);
    if (!f)
        return Error { f.error() };
    if (f->progressId > 0)
        return Error { tr("Finding #%1 is already progress entry #%2 of its task.")
                           .arg(findingId)
                           .arg(f->progressId) };
    auto round = record(f->recordId);
    if (!round)
        return Error { round.error() };
    ProgressEntry e;
    e.taskId = f->taskId;
    e.date = date;
    e.text = tr("Supervision round %1: %2").arg(round->number).arg(f->text);
    auto pid = addProgress(e);
    if (!pid)
        return Error { pid.error() };
    if (auto q = exec(QStringLiteral("UPDATE record_findings SET progress_id = ? WHERE id = ?"),
            { *pid, findingId }, tr("save finding #%1").arg(findingId));
        !q)
        return Error { q.error() };
    if (auto a = audit(QStringLiteral("record"), f->recordId, QStringLiteral("finding_progress"),
            QVariant(), QStringLiteral("finding #%1 -> progress #%2").arg(findingId).arg(*pid));
        !a)
        return Error { a.error() };
    if (auto c = tx.commit(); !c)
        return Error { c.error() };
    return *pid;
}

Result<RecordSummary> Ledger::recordSummary(qint64 inspectionId) const
{
    RecordSummary s;
    auto totals = exec(
        QStringLiteral("SELECT "
                       "COALESCE(SUM(CASE WHEN kind = 'meeting' THEN 1 ELSE 0 END), 0), "
                       "COALESCE(SUM(CASE WHEN kind = 'round' THEN 1 ELSE 0 END), 0), "
                       "COALESCE(SUM(CASE WHEN kind = 'round' THEN amount ELSE 0 END), 0), "
                       "COALESCE(SUM(CASE WHEN kind = 'rule' THEN 1 ELSE 0 END), 0), "
                       "COALESCE(SUM(CASE WHEN kind = 'accountability' THEN 1 ELSE 0 END), 0), "
                       "COALESCE(SUM(CASE WHEN kind = 'accountability' THEN amount ELSE 0 END), "
                       "0), "
                       "(SELECT count(*) FROM record_findings f JOIN records r ON r.id = "
                       "f.record_id WHERE r.inspection_id = ?) "
                       "FROM records WHERE inspection_id = ?"),
        { inspectionId, inspectionId }, tr("count the records"));
    if (!totals)
        return Error { totals.error() };
    if (totals->next()) {
        s.meetings = totals->value(0).toLongLong();
        s.supervisionRounds = totals->value(1).toLongLong();
        s.tasksChecked = totals->value(2).toLongLong();
        s.rulesEstablished = totals->value(3).toLongLong();
        s.accountabilityRecords = totals->value(4).toLongLong();
        s.heldAccountable = totals->value(5).toLongLong();
        s.findings = totals->value(6).toLongLong();
    }
    totals->finish();
    QString error;
    s.meetingsByKind = kindCounts(
        exec(QStringLiteral("SELECT category, count(*) FROM records WHERE inspection_id = ? AND "
                            "kind = 'meeting' GROUP BY category ORDER BY category"),
            { inspectionId }, tr("count the meetings")),
        &error);
    if (!error.isEmpty())
        return Error { error };
    s.accountabilityByKind = kindCounts(
        exec(QStringLiteral("SELECT category, SUM(amount) FROM records WHERE inspection_id = ? "
                            "AND kind = 'accountability' GROUP BY category ORDER BY category"),
            { inspectionId }, tr("count the accountability")),
        &error);
    if (!error.isEmpty())
        return Error { error };
    auto results = RowReader::all(
        exec(QStringLiteral("SELECT %1 FROM records WHERE inspection_id = ? AND kind = 'result' "
                            "ORDER BY COALESCE(record_date, ''), id")
                 .arg(recordColumns),
            { inspectionId }, tr("read the quantified results")),
        readRecord);
    if (!results)
        return Error { results.error() };
    s.results = *results;
    return s;
}

} // namespace rectify
