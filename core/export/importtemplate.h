#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace rectify {

// The file a new user fills in to import a ledger: the columns of the export (which
// the importer reads back) and one example row, as an Excel workbook and as CSV.
// The example is written through the exporters from a throwaway ledger, so the
// template has exactly the shape of an export and imports cleanly.
class ImportTemplate final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::ImportTemplate)

public:
    // Writes the workbook to `xlsxPath` and the CSV (UTF-8 with a byte-order mark,
    // which Excel and WPS open) to `csvPath`; either path may be empty to skip it.
    // `today` dates the example (its deadline is three months on). Each file is
    // written whole or not at all; errors name the file.
    static Status write(const QString &xlsxPath, const QString &csvPath, const QDate &today);
};

} // namespace rectify
