#include "export/csvexporter.h"

#include "export/exportrows.h"
#include "store/ledger.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringEncoder>

namespace rectify {

namespace {

bool startsFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    switch (text.at(0).unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

bool needsQuotes(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c == u',' || c == u'"' || c == u'\n' || c == u'\r')
            return true;
    }
    return text.front().isSpace() || text.back().isSpace();
}

} // namespace

Result<CsvExporter::Encoding> CsvExporter::encodingFromName(const QString &name)
{
    const QString n = name.trimmed().toLower().remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    if (n == QLatin1String("gb18030") || n == QLatin1String("gbk"))
        return Encoding::Gb18030;
    if (n == QLatin1String("utf8bom") || n == QLatin1String("utf8"))
        return Encoding::Utf8Bom;
    return Error { tr("Unknown encoding \"%1\"; use gb18030 or utf-8-bom.").arg(name) };
}

QString CsvExporter::field(const QString &text)
{
    QString cell = startsFormula(text) ? QLatin1Char('\'') + text : text;
    if (!needsQuotes(cell))
        return cell;
    cell.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + cell + QLatin1Char('"');
}

QString CsvExporter::record(const QStringList &cells)
{
    QString line;
    for (int i = 0; i < cells.size(); ++i) {
        if (i)
            line += QLatin1Char(',');
        line += field(cells.at(i));
    }
    line += QLatin1String("\r\n");
    return line;
}

Result<QByteArray> CsvExporter::encode(const QString &text, Encoding encoding)
{
    if (encoding == Encoding::Utf8Bom)
        return text.toUtf8();
    // GB18030 covers all of Unicode; Qt reaches it through ICU, not by enum.
    QStringEncoder encoder("GB18030");
    if (!encoder.isValid())
        return Error { tr("This build of Qt cannot write GB18030; export as UTF-8 instead.") };
    QByteArray bytes = encoder.encode(text);
    if (encoder.hasError())
        return Error { tr("The text cannot be written in GB18030.") };
    return bytes;
}

Result<qint64> CsvExporter::write(const Ledger &ledger, const QString &path, const Options &options)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    auto rows = LedgerExport::rows(ledger, options.inspectionId);
    if (!rows)
        return Error { rows.error() };

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error { tr("Cannot write %1: %2").arg(shown, file.errorString()) };

    QString chunk;
    if (options.encoding == Encoding::Utf8Bom)
        chunk += QChar(0xFEFF);
    chunk += record(LedgerExport::headers());
    const auto flush = [&]() -> Status {
        auto bytes = encode(chunk, options.encoding);
        if (!bytes)
            return Error { tr("Cannot write %1: %2").arg(shown, bytes.error()) };
        if (file.write(*bytes) != bytes->size())
            return Error { tr("Cannot write %1: %2").arg(shown, file.errorString()) };
        chunk.clear();
        return {};
    };

    QStringList cells;
    cells.reserve(LedgerExport::ColumnCount);
    for (const ExportRow &row : std::as_const(*rows)) {
        cells.clear();
        for (int c = 0; c < LedgerExport::ColumnCount; ++c) {
            const auto column = static_cast<LedgerExport::Column>(c);
            const bool problemColumn = column == LedgerExport::Code
                || column == LedgerExport::Category || column == LedgerExport::Title;
            if (problemColumn && !row.firstOfProblem && !options.problemOnEveryRow)
                cells << QString();
            else
                cells << LedgerExport::cellText(row, column);
        }
        chunk += record(cells);
        if (chunk.size() > 1 << 16) {
            if (auto s = flush(); !s)
                return Error { s.error() };
        }
    }
    if (auto s = flush(); !s)
        return Error { s.error() };
    if (!file.commit())
        return Error { tr("Cannot write %1: %2").arg(shown, file.errorString()) };
    return static_cast<qint64>(rows->size());
}

} // namespace rectify
