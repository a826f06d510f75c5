#pragma once

#include "domain/round.h"
#include "reporting/roundforms.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace rectify {

class Ledger;

// Writes a round's forms (报送表单), one file per responsible unit, into a folder
// (docs/reporting.md):
// - .xlsx: the unit's open tasks, key columns locked (the sheet is protected
//   without a password), the columns to fill in unlocked, a dropdown for 完成情况
//   and date validation for 申请延期至, an instructions row, the tasks it
//   co-operates on in a read-only section below, and its keys with their
//   checksum in a hidden sheet;
// - CSV (UTF-8 with a byte-order mark): a key line, the header and the unit's
//   lead tasks, for units without a spreadsheet program that writes .xlsx.
// Each file is written beside its name and renamed into place when complete.
class FormWriter final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::FormWriter)

public:
    enum class Format
    {
        Xlsx,
        Csv,
    };

    // Writes one file per unit of `round` into `folder` (created if missing);
    // returns the files written. `units`, when not empty, limits the forms to those units.
    static Result<QStringList> write(const Ledger &ledger, const Round &round,
        const QString &folder, Format format, const QStringList &units = {});

    // One unit's form (the workhorse of write(), for tests).
    static Status writeXlsx(const Round &round, const UnitForm &form, const QString &path);
    static Status writeCsv(const Round &round, const UnitForm &form, const QString &path);
};

} // namespace rectify
