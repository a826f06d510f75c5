#include "import/csvreader.h"

#include <utility>

namespace rectify {

namespace {

// Rewrites a raw quoted cell [begin, end) in place: removes the enclosing quotes,
// turns "" into " and CRLF or CR into LF, keeps text after the closing quote.
// Returns the new length; the result never grows, so writing in place is safe.
std::size_t unescapeInPlace(char *cell, std::size_t size)
{
    std::size_t r = 1; // skip the opening quote
    std::size_t w = 0;
    bool quoted = true;
    while (r < size) {
        const char c = cell[r];
        if (quoted && c == '"') {
            if (r + 1 < size && cell[r + 1] == '"') {
                cell[w++] = '"';
                r += 2;
            } else {
                quoted = false;
                ++r;
            }
        } else if (c == '\r') {
            cell[w++] = '\n';
            r += (r + 1 < size && cell[r + 1] == '\n') ? 2 : 1;
        } else {
            cell[w++] = c;
            ++r;
        }
    }
    return w;
}

} // namespace

CsvReader::CsvReader(Source source, char delimiter)
    : m_source(std::move(source))
    , m_delimiter(delimiter)
{ }

bool CsvReader::fill()
{
    if (m_pos > 0) {
        m_buffer.erase(0, m_pos);
        m_pos = 0;
    }
    const std::size_t before = m_buffer.size();
    while (!m_sourceDone && m_buffer.size() == before) {
        if (!m_source(m_buffer))
            m_sourceDone = true;
    }
    return m_buffer.size() > before;
}

bool CsvReader::scan(bool atEnd, std::size_t *recordEnd, std::int64_t *lines, bool *unterminated)
{
    m_spans.clear();
    const char *b = m_buffer.data();
    const std::size_t n = m_buffer.size();
    const char delim = m_delimiter;
    std::size_t i = m_pos;
    std::int64_t nl = 0;
    for (;;) {
        const std::size_t cellStart = i;
        if (i < n && b[i] == '"') {
            ++i;
            bool unescape = false;
            bool closed = false;
            for (;;) {
                while (i < n && b[i] != '"' && b[i] != '\n' && b[i] != '\r')
                    ++i;
                if (i >= n) {
                    if (!atEnd)
                        return false;
                    *unterminated = true;
                    break;
                }
                const char c = b[i];
                if (c == '\n') {
                    ++nl;
                    ++i;
                } else if (c == '\r') {
                    unescape = true;
                    if (i + 1 >= n && !atEnd)
                        return false;
                    ++nl;
                    i += (i + 1 < n && b[i + 1] == '\n') ? 2 : 1;
                } else {
                    if (i + 1 >= n && !atEnd)
                        return false;
                    if (i + 1 < n && b[i + 1] == '"') {
                        unescape = true;
                        i += 2;
                    } else {
                        closed = true;
                        ++i;
                        break;
                    }
                }
            }
            if (closed) {
                // Lenient like Excel: text after the closing quote belongs to the cell.
                const std::size_t after = i;
                while (i < n && b[i] != delim && b[i] != '\n' && b[i] != '\r')
                    ++i;
                if (i >= n && !atEnd)
                    return false;
                if (i > after)
                    unescape = true;
            }
            if (unescape)
                m_spans.push_back({ cellStart, i, true });
            else
                m_spans.push_back({ cellStart + 1, closed ? i - 1 : i, false });
        } else {
            while (i < n && b[i] != delim && b[i] != '\n' && b[i] != '\r')
                ++i;
            if (i >= n && !atEnd)
                return false;
            m_spans.push_back({ cellStart, i, false });
        }

        if (i >= n) {
            *recordEnd = i;
            *lines = nl;
            return true;
        }
        const char c = b[i];
        if (c == delim) {
            ++i;
            continue;
        }
        if (c == '\r') {
            if (i + 1 >= n && !atEnd)
                return false;
            i += (i + 1 < n && b[i + 1] == '\n') ? 2 : 1;
        } else {
            ++i; // '\n'
        }
        *recordEnd = i;
        *lines = nl + 1;
        return true;
    }
}

bool CsvReader::next(CsvRecord &record)
{
    if (m_tooLong)
        return false;
    for (;;) {
        if (m_pos >= m_buffer.size()) {
            if (m_sourceDone || !fill())
                return false;
        }
        std::size_t end = 0;
        std::int64_t lines = 0;
        bool unterminated = false;
        if (scan(m_sourceDone, &end, &lines, &unterminated)) {
            record.cells.clear();
            char *data = m_buffer.data();
            for (const Span &s : m_spans) {
                if (s.unescape) {
                    const std::size_t size = unescapeInPlace(data + s.begin, s.end - s.begin);
                    record.cells.emplace_back(data + s.begin, size);
                } else {
                    record.cells.emplace_back(data + s.begin, s.end - s.begin);
                }
            }
            record.row = ++m_row;
            record.line = m_line;
            record.unterminatedQuote = unterminated;
            m_line += lines;
            m_pos = end;
            return true;
        }
        if (m_buffer.size() - m_pos > maxRecordBytes()) {
            m_tooLong = true;
            return false;
        }
        if (!fill() && !m_sourceDone)
            return false;
    }
}

std::vector<std::vector<std::string>> CsvReader::parseAll(std::string_view text, char delimiter)
{
    bool given = false;
    CsvReader reader(
        [&](std::string &out) {
            if (given)
                return false;
            given = true;
            out.append(text);
            return true;
        },
        delimiter);
    std::vector<std::vector<std::string>> rows;
    CsvRecord record;
    while (reader.next(record)) {
        std::vector<std::string> row;
        row.reserve(record.cells.size());
        for (std::string_view c : record.cells)
            row.emplace_back(c);
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace rectify
