// libFuzzer target for the CSV reader and the cell parsers: any bytes, any
// chunking, every delimiter. Build with clang: cmake -DRECTIFY_FUZZ=ON, then
// run tests/fuzz/csvreader_fuzz [-max_total_time=60] [CORPUS_DIR].
#include "import/cellvalues.h"
#include "import/csvreader.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the delimiter and the chunk size.
    const char delimiter = ",;\t"[data[0] % 3];
    const std::size_t chunk = 1 + (data[0] >> 2);
    const std::string_view text(reinterpret_cast<const char *>(data + 1), size - 1);
    std::size_t pos = 0;
    rectify::CsvReader reader(
        [&](std::string &out) {
            if (pos >= text.size())
                return false;
            const std::size_t n = std::min(chunk, text.size() - pos);
            out.append(text.substr(pos, n));
            pos += n;
            return true;
        },
        delimiter);
    rectify::CsvRecord record;
    std::size_t total = 0;
    std::vector<std::string_view> names;
    while (reader.next(record)) {
        for (std::string_view cell : record.cells) {
            total += cell.size();
            (void)rectify::parseDeadline(cell, QDate(2023, 10, 10));
            (void)rectify::parseStatusWord(cell);
            (void)rectify::parseTaskNumber(cell);
            rectify::splitNames(cell, names);
            std::string_view measure = cell;
            (void)rectify::takeTaskNumberPrefix(measure);
        }
    }
    // Cells never hold more bytes than the input.
    if (total > text.size())
        __builtin_trap();
    return 0;
}
