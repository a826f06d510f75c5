#pragma once

#include "domain/round.h"
#include "domain/user.h"
#include "util/result.h"

#include <QCoreApplication>

namespace rectify {

class Ledger;

// Opening and closing reporting rounds (报送轮次), acting for one user: a
// supervisor's work (Permission, Action::ManageRounds).
class Rounds final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::Rounds)

public:
    Rounds(Ledger &ledger, User actor);

    // A new open round; `inspection` (a name) limits it to that inspection's tasks.
    Result<Round> open(const QString &name, const QDate &due, const QString &inspection = {});
    Status close(const QString &name);

    // The round called `name`, or with an empty name the newest open round.
    static Result<Round> find(const Ledger &ledger, const QString &name);
    static QString stateLabel(Round::State state);

private:
    Ledger &m_ledger;
    User m_actor;
};

} // namespace rectify
