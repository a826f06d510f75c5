#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace rectify {

class Ledger;

// Writes the ledger as CSV in the shape admins import: one row per task, the
// columns of LedgerExport::headers(), RFC 4180 quoting, CRLF line ends.
class CsvExporter final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::CsvExporter)

public:
    enum class Encoding
    {
        Gb18030, // what Chinese Excel reads and writes by default
        Utf8Bom, // UTF-8 with a byte-order mark, which Excel needs to recognise UTF-8
    };

    struct Options
    {
        Encoding encoding = Encoding::Gb18030;
        // Problem columns (序号, 问题类别, 反馈问题) on every row, or on a problem's
        // first row only, as in a ledger with merged cells.
        bool problemOnEveryRow = true;
        qint64 inspectionId = 0; // 0: every inspection
    };

    // Parses "gb18030" / "utf-8-bom" (and a few spellings of them).
    static Result<Encoding> encodingFromName(const QString &name);

    // One cell: neutralised against formula injection (a cell that begins with = + - @,
    // a tab or a carriage return gets a leading ') and quoted when it holds a comma, a
    // quote, a line break or leading/trailing spaces (quotes doubled).
    static QString field(const QString &text);
    // One record: the fields joined by commas, ended by CRLF.
    static QString record(const QStringList &cells);
    // Text in the chosen encoding (GB18030 through ICU), without a byte-order mark.
    static Result<QByteArray> encode(const QString &text, Encoding encoding);

    // Writes the file atomically (a temporary file renamed at the end). Returns the
    // number of data rows written.
    static Result<qint64> write(const Ledger &ledger, const QString &path, const Options &options);
};

} // namespace rectify
