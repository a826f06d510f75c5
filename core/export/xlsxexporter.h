#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace rectify {

class Ledger;

// Writes the ledger as an Excel workbook (.xlsx) with the columns of the CSV export,
// laid out as offices print it: a title row (the inspection's name and 整改台账)
// merged across, a bold header row that stays in view (frozen) with a filter and
// repeats on every printed page, A4 landscape one page wide, column widths that
// show the measure, wrapped text, a problem's cells merged down over its task rows,
// deadlines and completion dates as real dates and the 完成情况 cell coloured by
// its alert (green done, yellow due soon, red overdue, orange stale, purple missing
// deadline). Cell text is written as text, never as a formula. The importer reads
// the workbook back as it was exported (title row, merged cells, dates).
class XlsxExporter final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::XlsxExporter)

public:
    struct Options
    {
        QDate today; // for the alert colours; the caller's clock
        bool problemOnEveryRow = true; // merged down its rows; false: on its first row only
        qint64 inspectionId = 0; // 0: every inspection
    };

    // Fill colours (RGB) of the 完成情况 cell, by alert level key (done, red ...).
    static quint32 statusColour(const QString &alertKey);

    // Writes the workbook atomically. Returns the number of data rows written.
    static Result<qint64> write(const Ledger &ledger, const QString &path, const Options &options);
};

} // namespace rectify
