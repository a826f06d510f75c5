#include "import/csvsource.h"

#include "import/cellvalues.h"

#include <QDir>
#include <QFileInfo>
#include <algorithm>
#include <array>

namespace rectify {

namespace {

constexpr std::array<char, 3> delimiterCandidates { ',', '\t', ';' };
// 256 KiB of text hold the title and header rows of any real ledger.
constexpr std::size_t detectionBytes = 256u << 10;

// The text decoders hand out U+FFFD for bytes that are not valid in the encoding.
constexpr std::string_view replacementCharacter = "\xEF\xBF\xBD";

bool holdsReplacement(std::string_view cell)
{
    return cell.find(replacementCharacter) != std::string_view::npos;
}

} // namespace

CsvSource::CsvSource(const QString &path, const ImportOptions &options)
    : m_path(path)
    , m_chosenEncoding(options.encoding)
    , m_chosenDelimiter(options.delimiter)
    , m_chosenHeaderRow(options.headerRow)
    , m_mapping(options.mapping)
{ }

CsvSource::~CsvSource() = default;

QString CsvSource::delimiterName(char delimiter)
{
    switch (delimiter) {
    case '\t':
        return tr("tab");
    case ';':
        return tr("semicolon");
    default:
        return tr("comma");
    }
}

Status CsvSource::open()
{
    if (auto s = detect(); !s)
        return s;
    // The rows are read again from the start, in the encoding found.
    if (auto s = m_text.open(m_path, m_encoding); !s)
        return s;
    m_reader = std::make_unique<CsvReader>(
        [this](std::string &out) { return m_text.read(out); }, m_delimiter);
    m_opened = true;
    return {};
}

Status CsvSource::detect()
{
    const QString shown = QDir::toNativeSeparators(m_path);
    TextSource source;
    if (auto opened = source.open(m_path, m_chosenEncoding); !opened)
        return opened;
    std::string text;
    while (text.size() < detectionBytes && source.read(text)) { }
    if (!source.error().isEmpty())
        return Error { tr("Cannot read %1: %2").arg(shown, source.error()) };
    if (text.size() > detectionBytes)
        text.resize(detectionBytes);

    m_encoding = source.encoding();
    int bestScore = -1;
    for (char delimiter : delimiterCandidates) {
        if (m_chosenDelimiter && delimiter != m_chosenDelimiter)
            continue;
        auto rows = CsvReader::parseAll(text, delimiter);
        if (rows.size() > 200)
            rows.resize(200);
        int matches = 0;
        const qint64 headerRow = findHeaderRow(rows, m_chosenHeaderRow, &matches);
        // Rows below the header that have the header's width break ties.
        int consistent = 0;
        if (headerRow > 0 && static_cast<std::size_t>(headerRow) <= rows.size()) {
            const std::size_t width = rows[static_cast<std::size_t>(headerRow - 1)].size();
            for (std::size_t i = static_cast<std::size_t>(headerRow); i < rows.size() && i < 60;
                 ++i)
                consistent += rows[i].size() == width ? 1 : 0;
        }
        const int score = matches * 100 + consistent;
        if (score > bestScore) {
            bestScore = score;
            m_delimiter = delimiter;
            m_headerRow = headerRow;
            m_sample = std::move(rows);
        }
    }
    if (m_headerRow <= 0 || static_cast<std::size_t>(m_headerRow) > m_sample.size()) {
        if (source.hadInvalidBytes()) {
            // Most likely the wrong encoding (chosen, or guessed from broken bytes):
            // say where the bytes are rather than that no header was found.
            for (std::size_t r = 0; r < m_sample.size(); ++r) {
                const auto &cells = m_sample[r];
                const auto bad = std::find_if(cells.begin(), cells.end(),
                    [](const std::string &c) { return holdsReplacement(c); });
                if (bad == cells.end())
                    continue;
                return Error { tr("%1 is not valid %2 text: row %3, column %4 holds bytes that "
                                  "are not valid %2, and no header row was found. Choose the "
                                  "file's encoding.")
                                   .arg(shown, textEncodingName(m_encoding).toUpper())
                                   .arg(r + 1)
                                   .arg(columnLetters(static_cast<int>(bad - cells.begin()))) };
            }
        }
        if (m_chosenHeaderRow > 0)
            return Error {
                tr("%1 has no row %2 to take the header from.").arg(shown).arg(m_chosenHeaderRow)
            };
        return Error { tr("%1 has no header row: none of its first %2 rows names a measure column "
                          "(整改措施, 整改任务, 具体措施 or 任务清单) next to other known columns. "
                          "Check the encoding and the delimiter, or choose the header row.")
                           .arg(shown)
                           .arg(headerSearchRows) };
    }
    m_columns = columnsOf(m_sample[static_cast<std::size_t>(m_headerRow - 1)], m_mapping);
    return {};
}

SourceDescription CsvSource::description() const
{
    SourceDescription d;
    d.options = QStringList { QStringLiteral("encoding"), QStringLiteral("delimiter") };
    if (!m_opened)
        return d;
    const QString encoding = textEncodingName(m_encoding);
    d.details << SourceDetail { QStringLiteral("encoding"), tr("Encoding"), encoding, encoding };
    d.details << SourceDetail { QStringLiteral("delimiter"), tr("Delimiter"),
        delimiterName(m_delimiter),
        m_delimiter == '\t' ? QStringLiteral("tab") : QString(QLatin1Char(m_delimiter)) };
    return d;
}

QVector<QStringList> CsvSource::sampleRows(int rows, QVector<qint64> *rowNumbers) const
{
    return sampleRowsOf(m_sample, rows, rowNumbers);
}

bool CsvSource::next(SourceRow &row)
{
    if (!m_reader)
        return false;
    do {
        if (!m_reader->next(m_record))
            return false;
    } while (m_record.row <= m_headerRow);
    row.number = m_record.row;
    row.cells = m_record.cells;
    row.problems.clear();
    row.unreadableCells.clear();
    row.incomplete = m_record.unterminatedQuote;
    if (m_record.unterminatedQuote)
        row.problems.push_back(
            { row.number, -1, tr("a quoted cell is not closed before the end of the file.") });
    if (m_text.hadInvalidBytes()) {
        for (std::size_t c = 0; c < row.cells.size(); ++c) {
            if (holdsReplacement(row.cells[c]))
                row.unreadableCells.push_back(static_cast<int>(c));
        }
        if (!row.unreadableCells.empty()) {
            row.problems.push_back({ row.number, row.unreadableCells.front(),
                tr("the cell holds bytes that are not valid %1 text (shown as \uFFFD). Is the "
                   "file in another encoding? Choose it, or correct the cell.")
                    .arg(textEncodingName(m_encoding).toUpper()) });
        }
    }
    return true;
}

Status CsvSource::status() const
{
    if (!m_text.error().isEmpty())
        return Error { tr("Cannot read %1: %2")
                           .arg(QDir::toNativeSeparators(QFileInfo(m_path).absoluteFilePath()),
                               m_text.error()) };
    return {};
}

std::optional<SourceProblem> CsvSource::stoppedAt() const
{
    if (!m_reader || !m_reader->tooLong())
        return std::nullopt;
    return SourceProblem { m_record.row + 1, -1,
        tr("the row is longer than %1 MiB; a quote is probably not closed.")
            .arg(CsvReader::maxRecordBytes() >> 20) };
}

} // namespace rectify
