// Ledger's inspections (rounds of inspection feedback).
#include "store/ledger.h"
#include "store/rowreader.h"
#include "util/sqlvalues.h"

namespace rectify {

namespace {

const QString inspectionColumns
    = QStringLiteral("id, name, kind, feedback_date, rectification_end, notes, stationed_from, "
                     "stationed_to");

Inspection readInspection(const QSqlQuery &q)
{
    Inspection i;
    i.id = q.value(0).toLongLong();
    i.name = q.value(1).toString();
    i.kind = q.value(2).toString();
    i.feedbackDate = dateFromSql(q.value(3));
    i.rectificationEnd = dateFromSql(q.value(4));
    i.notes = q.value(5).toString();
    i.stationedFrom = dateFromSql(q.value(6));
    i.stationedTo = dateFromSql(q.value(7));
    return i;
}

} // namespace

Result<QVector<Inspection>> Ledger::inspections() const
{
    return RowReader::all(
        exec(QStringLiteral("SELECT %1 FROM inspections ORDER BY id").arg(inspectionColumns), {},
            tr("read the inspections")),
        readInspection);
}

Result<Inspection> Ledger::inspection(qint64 id) const
{
    return RowReader::one(
        exec(QStringLiteral("SELECT %1 FROM inspections WHERE id = ?").arg(inspectionColumns),
            { id }, tr("read an inspection")),
        readInspection, tr("Inspection #%1 does not exist.").arg(id));
}

Result<std::optional<Inspection>> Ledger::findInspection(const QString &name) const
{
    return RowReader::first(
        exec(QStringLiteral("SELECT %1 FROM inspections WHERE name = ?").arg(inspectionColumns),
            { name.trimmed() }, tr("find an inspection")),
        readInspection);
}

namespace {

// The stay on site (进驻) ends on or after its first day.
Status checkStationed(const Inspection &i)
{
    if (i.stationedFrom.isValid() && i.stationedTo.isValid() && i.stationedTo < i.stationedFrom) {
        return Error { Ledger::tr(
            "The inspection %1 cannot leave (%2) before it is stationed (%3).")
                           .arg(i.name.trimmed(), i.stationedTo.toString(Qt::ISODate),
                               i.stationedFrom.toString(Qt::ISODate)) };
    }
    return {};
}

} // namespace

Result<qint64> Ledger::addInspection(const Inspection &i)
{
    const QString name = i.name.trimmed();
    if (name.isEmpty())
        return Error { tr("An inspection needs a name.") };
    if (auto s = checkStationed(i); !s)
        return Error { s.error() };
    Transaction tx(*this);
    if (!tx.status())
        return Error { tx.status().error() };
    auto q = exec(QStringLiteral("INSERT INTO inspections (name, kind, feedback_date, "
                                 "rectification_end, notes, stationed_from, stationed_to) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        { name, i.kind, dateToSql(i.feedbackDate), dateToSql(i.rectificationEnd), i.notes,
            dateToSql(i.stationedFrom), dateToSql(i.stationedTo) },
        tr("add the inspection %1").arg(name));
    if (!q)
        return Error { q.error() };
    const qint64 id = q->lastInsertId().toLongLong();
    if (auto a = audit(QStringLiteral("inspection"), id, QString(), QVariant(), name); !a)
        return Error { a.error() };
    if (auto c = tx.commit(); !c)
        return Error { c.error() };
    return id;
}

Status Ledger::updateInspection(const Inspection &i)
{
    Transaction tx(*this);
    if (!tx.status())
        return tx.status();
    auto old = inspection(i.id);
    if (!old)
        return Error { old.error() };
    const QString name = i.name.trimmed();
    if (name.isEmpty())
        return Error { tr("An inspection needs a name.") };
    if (auto s = checkStationed(i); !s)
        return s;
    auto q = exec(QStringLiteral("UPDATE inspections SET name = ?, kind = ?, feedback_date = ?, "
                                 "rectification_end = ?, notes = ?, stationed_from = ?, "
                                 "stationed_to = ? WHERE id = ?"),
        { name, i.kind, dateToSql(i.feedbackDate), dateToSql(i.rectificationEnd), i.notes,
            dateToSql(i.stationedFrom), dateToSql(i.stationedTo), i.id },
        tr("save the inspection %1").arg(name));
    if (!q)
        return Error { q.error() };
    if (auto a = auditChanges(QStringLiteral("inspection"), i.id,
            {
                { "name", old->name, name },
                { "kind", old->kind, i.kind },
                { "feedback_date", dateToSql(old->feedbackDate), dateToSql(i.feedbackDate) },
                { "rectification_end", dateToSql(old->rectificationEnd),
                    dateToSql(i.rectificationEnd) },
                { "notes", old->notes, i.notes },
                { "stationed_from", dateToSql(old->stationedFrom), dateToSql(i.stationedFrom) },
                { "stationed_to", dateToSql(old->stationedTo), dateToSql(i.stationedTo) },
            },
            QString());
        !a)
        return a;
    return tx.commit();
}

Status Ledger::removeInspection(qint64 id)
{
    Transaction tx(*this);
    if (!tx.status())
        return tx.status();
    auto old = inspection(id);
    if (!old)
        return Error { old.error() };
    if (auto q = exec(QStringLiteral("DELETE FROM inspections WHERE id = ?"), { id },
            tr("delete the inspection %1").arg(old->name));
        !q)
        return Error { q.error() };
    if (auto a = audit(QStringLiteral("inspection"), id, QString(), old->name, QVariant()); !a)
        return a;
    return tx.commit();
}

Result<Inspection> Ledger::defaultInspection()
{
    auto key = setting(QStringLiteral("default_inspection"));
    if (!key)
        return Error { key.error() };
    if (!key->isEmpty()) {
        auto i = inspection(key->toLongLong());
        if (i)
            return i;
    }
    auto all = inspections();
    if (!all)
        return Error { all.error() };
    if (!all->isEmpty())
        return all->first();
    Transaction tx(*this);
    if (!tx.status())
        return Error { tx.status().error() };
    Inspection i;
    i.name = tr("Inspection feedback");
    auto id = addInspection(i);
    if (!id)
        return Error { id.error() };
    if (auto s = setSetting(QStringLiteral("default_inspection"), QString::number(*id)); !s)
        return Error { s.error() };
    if (auto c = tx.commit(); !c)
        return Error { c.error() };
    i.id = *id;
    return i;
}

} // namespace rectify
