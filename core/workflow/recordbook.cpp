#include "workflow/recordbook.h"

#include "store/ledger.h"

namespace rectify {

namespace {

Status refused(const Decision &d)
{
    return Error { d.refusal };
}

} // namespace

RecordBook::RecordBook(Ledger &ledger, User actor)
    : m_ledger(ledger)
    , m_actor(std::move(actor))
{ }

Status RecordBook::mayChange(qint64 recordId) const
{
    auto existing = m_ledger.record(recordId);
    if (!existing)
        return Error { existing.error() };
    if (auto d = Permission::checkRecord(m_actor, existing->kind, &*existing); !d)
        return refused(d);
    return {};
}

Result<qint64> RecordBook::add(Record record)
{
    if (auto d = Permission::checkRecord(m_actor, record.kind); !d)
        return Error { d.refusal };
    if (m_actor.role == UserRole::Official)
        record.ownerUnit = m_actor.unit.simplified();
    return m_ledger.addRecord(record);
}

Status RecordBook::update(Record record)
{
    Ledger::Transaction tx(m_ledger);
    if (!tx.status())
        return tx.status();
    auto existing = m_ledger.record(record.id);
    if (!existing)
        return Error { existing.error() };
    if (auto d = Permission::checkRecord(m_actor, existing->kind, &*existing); !d)
        return refused(d);
    if (m_actor.role == UserRole::Official)
        record.ownerUnit = existing->ownerUnit;
    if (auto s = m_ledger.updateRecord(record); !s)
        return s;
    return tx.commit();
}

Status RecordBook::remove(qint64 id)
{
    Ledger::Transaction tx(m_ledger);
    if (!tx.status())
        return tx.status();
    if (auto may = mayChange(id); !may)
        return may;
    if (auto s = m_ledger.removeRecord(id); !s)
        return s;
    return tx.commit();
}

Result<qint64> RecordBook::addFinding(const SupervisionFinding &finding)
{
    Ledger::Transaction tx(m_ledger);
    if (!tx.status())
        return Error { tx.status().error() };
    if (auto may = mayChange(finding.recordId); !may)
        return Error { may.error() };
    auto id = m_ledger.addFinding(finding);
    if (!id)
        return id;
    if (auto c = tx.commit(); !c)
        return Error { c.error() };
    return id;
}

Status RecordBook::removeFinding(qint64 id)
{
    Ledger::Transaction tx(m_ledger);
    if (!tx.status())
        return tx.status();
    auto f = m_ledger.finding(id);
    if (!f)
        return Error { f.error() };
    if (auto may = mayChange(f->recordId); !may)
        return may;
    if (auto s = m_ledger.removeFinding(id); !s)
        return s;
    return tx.commit();
}

Status RecordBook::updateFinding(qint64 id, const QString &text)
{
    Ledger::Transaction tx(m_ledger);
    if (!tx.status())
        return tx.status();
    auto f = m_ledger.finding(id);
    if (!f)
        return Error { f.error() };
    if (auto may = mayChange(f->recordId); !may)
        return may;
    if (text.trimmed() == f->text)
        return {};
    SupervisionFinding changed = *f;
    changed.text = text;
    if (auto s = m_ledger.removeFinding(id); !s)
        return s;
    if (auto added = m_ledger.addFinding(changed); !added)
        return Error { added.error() };
    return tx.commit();
}

Result<qint64> RecordBook::findingToProgress(qint64 findingId, const QDate &date)
{
    Ledger::Transaction tx(m_ledger);
    if (!tx.status())
        return Error { tx.status().error() };
    auto f = m_ledger.finding(findingId);
    if (!f)
        return Error { f.error() };
    if (auto may = mayChange(f->recordId); !may)
        return Error { may.error() };
    auto task = m_ledger.task(f->taskId);
    if (!task)
        return Error { task.error() };
    if (auto d = Permission::check(m_actor, Action::AddProgress, &task->responsibilities); !d)
        return Error { d.refusal };
    auto id = m_ledger.findingToProgress(findingId, date);
    if (!id)
        return id;
    if (auto c = tx.commit(); !c)
        return Error { c.error() };
    return id;
}

Status RecordBook::setStationed(qint64 inspectionId, const QDate &from, const QDate &to)
{
    if (auto d = Permission::checkInspection(m_actor); !d)
        return refused(d);
    Ledger::Transaction tx(m_ledger);
    if (!tx.status())
        return tx.status();
    auto i = m_ledger.inspection(inspectionId);
    if (!i)
        return Error { i.error() };
    Inspection changed = *i;
    changed.stationedFrom = from;
    changed.stationedTo = to;
    if (auto s = m_ledger.updateInspection(changed); !s)
        return s;
    return tx.commit();
}

} // namespace rectify
