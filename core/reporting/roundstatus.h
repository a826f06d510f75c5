#pragma once

#include "domain/round.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QVector>

namespace rectify {

class Ledger;

// Who reported in a round (报送情况): each unit asked — a lead unit of a task not
// yet completed, of the round's inspection, or a unit that sent a form — on
// time (its first form collected by the due date), late, or not at all.
struct UnitReportStatus
{
    enum class State
    {
        OnTime,
        Late,
        Missing,
    };
    QString unit;
    State state = State::Missing;
    QDate reportedOn; // the first form's day
    int forms = 0;
    QString reporter;
};

struct RoundStatusReport
{
    Round round;
    QVector<UnitReportStatus> units; // missing first, then late, then on time; by name
    int onTime = 0;
    int late = 0;
    int missing = 0;
    // 报送率: units that reported (on time or late) / units asked; 0 when none asked.
    double rate() const
    {
        const int asked = onTime + late + missing;
        return asked == 0 ? 0.0 : double(onTime + late) / asked;
    }
};

class RoundStatus final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::RoundStatus)

public:
    static Result<RoundStatusReport> of(const Ledger &ledger, const Round &round);
    static QString stateKey(UnitReportStatus::State state);
    static QString stateLabel(UnitReportStatus::State state);
};

} // namespace rectify
