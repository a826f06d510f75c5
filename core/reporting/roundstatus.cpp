#include "reporting/roundstatus.h"

#include "reporting/roundforms.h"
#include "store/ledger.h"

#include <QMap>

namespace rectify {

QString RoundStatus::stateKey(UnitReportStatus::State state)
{
    switch (state) {
    case UnitReportStatus::State::OnTime:
        return QStringLiteral("on_time");
    case UnitReportStatus::State::Late:
        return QStringLiteral("late");
    case UnitReportStatus::State::Missing:
        break;
    }
    return QStringLiteral("missing");
}

QString RoundStatus::stateLabel(UnitReportStatus::State state)
{
    switch (state) {
    case UnitReportStatus::State::OnTime:
        return tr("on time");
    case UnitReportStatus::State::Late:
        return tr("late");
    case UnitReportStatus::State::Missing:
        break;
    }
    return tr("not reported");
}

Result<RoundStatusReport> RoundStatus::of(const Ledger &ledger, const Round &round)
{
    RoundStatusReport out;
    out.round = round;
    auto forms = RoundForms::unitForms(ledger, round);
    if (!forms)
        return Error { forms.error() };
    QMap<QString, UnitReportStatus> units;
    for (const UnitForm &f : std::as_const(*forms)) {
        if (!f.lead.isEmpty())
            units[f.unit].unit = f.unit;
    }
    auto reports = ledger.roundReports(round.id);
    if (!reports)
        return Error { reports.error() };
    for (const RoundReport &r : std::as_const(*reports)) {
        UnitReportStatus &u = units[r.unit];
        u.unit = r.unit;
        ++u.forms;
        if (!u.reportedOn.isValid() || r.reportedOn < u.reportedOn) {
            u.reportedOn = r.reportedOn;
            u.reporter = r.reporter;
        }
    }
    for (UnitReportStatus &u : units) {
        if (u.forms == 0) {
            u.state = UnitReportStatus::State::Missing;
            ++out.missing;
        } else if (u.reportedOn <= round.dueDate) {
            u.state = UnitReportStatus::State::OnTime;
            ++out.onTime;
        } else {
            u.state = UnitReportStatus::State::Late;
            ++out.late;
        }
    }
    for (auto state : { UnitReportStatus::State::Missing, UnitReportStatus::State::Late,
             UnitReportStatus::State::OnTime }) {
        for (const UnitReportStatus &u : std::as_const(units)) {
            if (u.state == state)
                out.units << u;
        }
    }
    return out;
}

} // namespace rectify
