#include "reporting/rounds.h"

#include "store/ledger.h"
#include "workflow/permission.h"

namespace rectify {

Rounds::Rounds(Ledger &ledger, User actor)
    : m_ledger(ledger)
    , m_actor(std::move(actor))
{ }

QString Rounds::stateLabel(Round::State state)
{
    return state == Round::State::Closed ? tr("closed") : tr("open");
}

Result<Round> Rounds::open(const QString &name, const QDate &due, const QString &inspection)
{
    if (const Decision d = Permission::check(m_actor, Action::ManageRounds); !d)
        return Error { d.refusal };
    if (name.trimmed().isEmpty())
        return Error { tr("Name the round, e.g. 2024年1月进展报送.") };
    if (!due.isValid())
        return Error { tr("Give the round's due date, e.g. 2024-01-25.") };
    Round round;
    round.name = name.trimmed();
    round.dueDate = due;
    round.openedBy = m_actor.name;
    if (!inspection.trimmed().isEmpty()) {
        auto found = m_ledger.findInspection(inspection);
        if (!found)
            return Error { found.error() };
        if (!found->has_value())
            return Error { tr("The ledger has no inspection named \"%1\".").arg(inspection) };
        round.inspectionId = (*found)->id;
    }
    m_ledger.setActor(m_actor.name);
    auto id = m_ledger.addRound(round);
    if (!id)
        return Error { id.error() };
    return find(m_ledger, round.name);
}

Status Rounds::close(const QString &name)
{
    if (const Decision d = Permission::check(m_actor, Action::ManageRounds); !d)
        return Error { d.refusal };
    auto round = find(m_ledger, name);
    if (!round)
        return round.failure();
    m_ledger.setActor(m_actor.name);
    return m_ledger.setRoundState(round->id, Round::State::Closed);
}

Result<Round> Rounds::find(const Ledger &ledger, const QString &name)
{
    if (!name.trimmed().isEmpty()) {
        auto found = ledger.findRound(name);
        if (!found)
            return Error { found.error() };
        if (!found->has_value())
            return Error { tr("The ledger has no reporting round named \"%1\".").arg(name) };
        return **found;
    }
    auto all = ledger.rounds();
    if (!all)
        return Error { all.error() };
    for (auto it = all->crbegin(); it != all->crend(); ++it) {
        if (it->state == Round::State::Open)
            return *it;
    }
    return Error { tr("The ledger has no open reporting round: open one, or name a round.") };
}

} // namespace rectify
