// The byte-level CSV reader: RFC 4180 quoting, line ends, chunk boundaries, and
// a randomized test (random bytes never crash; written cells read back the same).
#include "import/csvreader.h"

#include <gtest/gtest.h>
#include <random>

using namespace rectify;

namespace {

using Rows = std::vector<std::vector<std::string>>;

// Reads text handed out `chunk` bytes at a time, to cross every buffer boundary.
Rows readInChunks(const std::string &text, char delimiter, std::size_t chunk,
    std::vector<std::int64_t> *rowNumbers = nullptr, std::vector<std::int64_t> *lines = nullptr)
{
    std::size_t pos = 0;
    CsvReader reader(
        [&](std::string &out) {
            if (pos >= text.size())
                return false;
            const std::size_t n = std::min(chunk, text.size() - pos);
            out.append(text, pos, n);
            pos += n;
            return true;
        },
        delimiter);
    Rows rows;
    CsvRecord r;
    while (reader.next(r)) {
        std::vector<std::string> row;
        for (std::string_view c : r.cells)
            row.emplace_back(c);
        rows.push_back(row);
        if (rowNumbers)
            rowNumbers->push_back(r.row);
        if (lines)
            lines->push_back(r.line);
    }
    return rows;
}

std::string quoteCell(const std::string &cell, char delimiter)
{
    const bool needs = cell.find_first_of(std::string("\"\r\n") + delimiter) != std::string::npos;
    if (!needs)
        return cell;
    std::string out = "\"";
    for (char c : cell) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + '"';
}

} // namespace

TEST(CsvReader, QuotedCellsHoldDelimitersQuotesAndLineBreaks)
{
    const std::string text = "a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"line1\nline2\",x,\"\"\n";
    const Rows rows = CsvReader::parseAll(text, ',');
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0], (std::vector<std::string> { "a", "b,c", "say \"hi\"" }));
    EXPECT_EQ(rows[1], (std::vector<std::string> { "line1\nline2", "x", "" }));
}

TEST(CsvReader, LineEndsBlankLinesAndTrailingEmptyColumns)
{
    std::vector<std::int64_t> numbers;
    std::vector<std::int64_t> lines;
    const std::string text = "a,b,,\r\n\r\nc,\"d\r\ne\",\rf\n";
    const Rows rows = readInChunks(text, ',', 1 << 20, &numbers, &lines);
    ASSERT_EQ(rows.size(), 4u);
    EXPECT_EQ(rows[0], (std::vector<std::string> { "a", "b", "", "" }));
    EXPECT_EQ(rows[1], (std::vector<std::string> { "" })); // blank line
    EXPECT_EQ(rows[2], (std::vector<std::string> { "c", "d\ne", "" })); // CRLF inside → LF
    EXPECT_EQ(rows[3], (std::vector<std::string> { "f" })); // after a lone CR
    EXPECT_EQ(numbers, (std::vector<std::int64_t> { 1, 2, 3, 4 }));
    EXPECT_EQ(lines, (std::vector<std::int64_t> { 1, 2, 3, 5 }));
}

TEST(CsvReader, LastRowWithoutLineEndAndEmptyInput)
{
    EXPECT_EQ(CsvReader::parseAll("x;y", ';'), (Rows { { "x", "y" } }));
    EXPECT_TRUE(CsvReader::parseAll("", ',').empty());
    EXPECT_EQ(CsvReader::parseAll("a,", ','), (Rows { { "a", "" } }));
}

TEST(CsvReader, LenientLikeExcel)
{
    // A quote inside an unquoted cell is literal; text after a closing quote is kept.
    EXPECT_EQ(CsvReader::parseAll("ab\"c,\"d\"e\n", ','), (Rows { { "ab\"c", "de" } }));
}

TEST(CsvReader, UnterminatedQuoteIsFlagged)
{
    bool given = false;
    CsvReader reader(
        [&](std::string &out) {
            if (given)
                return false;
            given = true;
            out = "a,b\n\"open,c\nd\n";
            return true;
        },
        ',');
    CsvRecord r;
    ASSERT_TRUE(reader.next(r));
    EXPECT_FALSE(r.unterminatedQuote);
    ASSERT_TRUE(reader.next(r));
    EXPECT_TRUE(r.unterminatedQuote);
    EXPECT_EQ(r.row, 2);
    ASSERT_EQ(r.cells.size(), 1u);
    EXPECT_EQ(r.cells[0], "open,c\nd\n");
    EXPECT_FALSE(reader.next(r));
}

TEST(CsvReader, ChunkBoundariesDoNotMatter)
{
    const std::string text
        = "序号,\"整改\"\"措施\"\"\"\r\n1,\"第一行\r\n第二行\"\r\n\r\n2,中文,\r\n";
    const Rows whole = CsvReader::parseAll(text, ',');
    ASSERT_EQ(whole.size(), 4u);
    for (std::size_t chunk : { 1u, 2u, 3u, 5u, 7u, 64u })
        EXPECT_EQ(readInChunks(text, ',', chunk), whole) << "chunk " << chunk;
}

TEST(CsvReaderRandom, RandomBytesNeverCrash)
{
    std::mt19937 rng(4242);
    const std::string alphabet[]
        = { "a", ",", "\"", "\n", "\r", "\t", ";", "中", "\xE4", " ", "\"\"" };
    for (int iter = 0; iter < 2000; ++iter) {
        std::string text;
        const int len = static_cast<int>(rng() % 200);
        for (int i = 0; i < len; ++i)
            text += alphabet[rng() % std::size(alphabet)];
        const char delimiter = ",;\t"[rng() % 3];
        const Rows whole = CsvReader::parseAll(text, delimiter);
        // Any chunking gives the same records.
        EXPECT_EQ(readInChunks(text, delimiter, 1 + rng() % 9), whole) << text;
        std::size_t bytes = 0;
        for (const auto &row : whole)
            for (const auto &c : row)
                bytes += c.size();
        EXPECT_LE(bytes, text.size());
    }
}

TEST(CsvReaderRandom, WrittenCellsReadBackTheSame)
{
    std::mt19937 rng(7);
    const std::string pieces[] = { "a", "整改", ",", ";", "\t", "\"", "\n", " ", "x y", "" };
    for (int iter = 0; iter < 500; ++iter) {
        const char delimiter = ",;\t"[rng() % 3];
        Rows grid;
        const int rows = 1 + static_cast<int>(rng() % 8);
        const int cols = 2 + static_cast<int>(rng() % 5);
        std::string text;
        for (int r = 0; r < rows; ++r) {
            std::vector<std::string> row;
            for (int c = 0; c < cols; ++c) {
                std::string cell;
                const int n = static_cast<int>(rng() % 4);
                for (int k = 0; k < n; ++k)
                    cell += pieces[rng() % std::size(pieces)];
                row.push_back(cell);
                if (c)
                    text += delimiter;
                text += quoteCell(cell, delimiter);
            }
            text += (rng() % 2) ? "\r\n" : "\n";
            grid.push_back(row);
        }
        EXPECT_EQ(readInChunks(text, delimiter, 1 + rng() % 16), grid) << text;
    }
}
