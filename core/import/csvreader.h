#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace rectify {

// One record (row) of a CSV file. The cells point into the reader's buffer and
// stay valid until the next call to CsvReader::next().
struct CsvRecord
{
    std::vector<std::string_view> cells;
    std::int64_t row = 0; // 1-based record number, blank lines included (Excel's row number)
    std::int64_t line = 0; // 1-based line of the file where the record starts
    bool unterminatedQuote = false; // a quoted cell ran to the end of the file

    // True for a blank line or a row of empty cells.
    bool isBlank() const
    {
        for (std::string_view c : cells) {
            if (!c.empty())
                return false;
        }
        return true;
    }
};

// An RFC 4180 reader working on UTF-8 bytes, streamed in chunks: memory holds one
// chunk plus the record being read, whatever the size of the file.
//
// Quoted cells may hold delimiters, doubled quotes and line breaks (kept as "\n").
// Line ends are CRLF, LF or a lone CR. Like Excel, the reader is lenient: a quote
// inside an unquoted cell is a literal character, and text after a closing quote
// is appended to the cell.
class CsvReader final
{
public:
    // Appends the next piece of UTF-8 text to `out`; returns false at the end.
    using Source = std::function<bool(std::string &out)>;

    CsvReader(Source source, char delimiter);
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // Reads the next record; false at the end of the input or when a record is
    // longer than maxRecordBytes() (then tooLong() is true).
    bool next(CsvRecord &record);
    bool tooLong() const { return m_tooLong; }
    static constexpr std::size_t maxRecordBytes() { return 64u << 20; }

    // Convenience for tests and previews: reads every record of a UTF-8 string.
    static std::vector<std::vector<std::string>> parseAll(std::string_view text, char delimiter);

private:
    struct Span
    {
        std::size_t begin;
        std::size_t end;
        bool unescape; // quoted cell with "" or CR inside: rewritten before it is handed out
    };
    bool fill();
    // Scans one record from m_pos; false when the buffer ends before the record does.
    bool scan(bool atEnd, std::size_t *recordEnd, std::int64_t *lines, bool *unterminated);

    Source m_source;
    char m_delimiter;
    std::string m_buffer;
    std::size_t m_pos = 0;
    bool m_sourceDone = false;
    bool m_tooLong = false;
    std::int64_t m_row = 0;
    std::int64_t m_line = 1;
    std::vector<Span> m_spans;
};

} // namespace rectify
