#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QString>

namespace rectify {

class Ledger;

// Reads a records CSV (the columns of RecordsExport, as rectify-cli export-records
// writes them; UTF-8 or GB18030) into a ledger: the inspections' stay on site
// (进驻), the 整改成效 records and the findings of supervision rounds.
//
// All or nothing: every row is checked first and any error (named by row and
// column) leaves the ledger as it was; the rows are then written in one
// transaction. Idempotent: a row that the ledger already holds as it is (the same
// fields, the same links) is counted as unchanged, so reading the same file twice
// adds nothing. A supervision round is known by its inspection and number: a row
// for a round the ledger holds with other values is an error, not a second round.
// Inspections, problems (问题序号) and tasks (任务, CODE.NUMBER) must exist.
// Who may import is the caller's check (Action::Import).
class RecordsImport final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::RecordsImport)

public:
    struct Report
    {
        qint64 rows = 0; // data rows read
        qint64 added = 0; // records added
        qint64 findingsAdded = 0;
        qint64 stationedSet = 0; // inspections whose 进驻 dates changed
        qint64 unchanged = 0; // rows the ledger already held
    };

    // dryRun checks and counts everything, then writes nothing.
    static Result<Report> run(Ledger &ledger, const QString &path, bool dryRun = false);
};

} // namespace rectify
