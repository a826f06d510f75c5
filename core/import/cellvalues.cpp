#include "import/cellvalues.h"

#include <algorithm>

namespace rectify {

namespace {

// Decodes one UTF-8 code point at s[*pos] and advances; invalid bytes give U+FFFD.
char32_t nextCodePoint(std::string_view s, std::size_t *pos)
{
    const auto c = static_cast<unsigned char>(s[*pos]);
    int length = 1;
    char32_t cp = c;
    if (c >= 0xF0) {
        length = 4;
        cp = c & 0x07;
    } else if (c >= 0xE0) {
        length = 3;
        cp = c & 0x0F;
    } else if (c >= 0xC0) {
        length = 2;
        cp = c & 0x1F;
    } else if (c >= 0x80) {
        ++*pos;
        return 0xFFFD;
    }
    if (*pos + static_cast<std::size_t>(length) > s.size()) {
        *pos = s.size();
        return 0xFFFD;
    }
    for (int k = 1; k < length; ++k)
        cp = (cp << 6) | (static_cast<unsigned char>(s[*pos + static_cast<std::size_t>(k)]) & 0x3F);
    *pos += static_cast<std::size_t>(length);
    return cp;
}

bool isBlank(char32_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x3000 || c == 0xA0
        || c == 0xFEFF;
}

// Up to 48 code points of a cell, without blanks, full-width digits and
// punctuation folded to ASCII. Returns false when the cell is longer.
struct Folded
{
    char32_t c[48];
    int n = 0;
    bool contains(std::u32string_view word) const
    {
        return std::u32string_view(c, static_cast<std::size_t>(n)).find(word)
            != std::u32string_view::npos;
    }
    bool endsWith(std::u32string_view word) const
    {
        const std::u32string_view all(c, static_cast<std::size_t>(n));
        return all.size() >= word.size() && all.substr(all.size() - word.size()) == word;
    }
};

bool fold(std::string_view s, Folded *out)
{
    std::size_t pos = 0;
    out->n = 0;
    while (pos < s.size()) {
        char32_t c = nextCodePoint(s, &pos);
        if (isBlank(c))
            continue;
        if (c >= 0xFF01 && c <= 0xFF5E)
            c -= 0xFEE0;
        if (out->n == static_cast<int>(std::size(out->c)))
            return false;
        out->c[out->n++] = c;
    }
    return true;
}

bool isDigit(char32_t c)
{
    return c >= '0' && c <= '9';
}

QDate endOfMonth(int year, int month)
{
    const QDate first(year, month, 1);
    return first.isValid() ? QDate(year, month, first.daysInMonth()) : QDate();
}

DeadlineValue invalid(DeadlineValue::Problem p)
{
    DeadlineValue v;
    v.kind = DeadlineValue::Kind::Invalid;
    v.problem = p;
    return v;
}

DeadlineValue dateValue(const QDate &d)
{
    if (!d.isValid() || d.year() < 1990 || d.year() > 2200)
        return invalid(DeadlineValue::Problem::NoSuchDate);
    DeadlineValue v;
    v.kind = DeadlineValue::Kind::Date;
    v.date = d;
    return v;
}

// A month (and day) without a year: the year of the feedback date, or the next
// one when the date would otherwise fall before the feedback.
DeadlineValue withoutYear(int month, int day, const QDate &feedback)
{
    if (month < 1 || month > 12 || day < 0 || day > 31)
        return invalid(DeadlineValue::Problem::NoSuchDate);
    if (!feedback.isValid())
        return invalid(DeadlineValue::Problem::NeedsFeedbackDate);
    for (int year : { feedback.year(), feedback.year() + 1 }) {
        const QDate d = day ? QDate(year, month, day) : endOfMonth(year, month);
        if (!d.isValid())
            return invalid(DeadlineValue::Problem::NoSuchDate);
        if (d >= feedback)
            return dateValue(d);
    }
    return invalid(DeadlineValue::Problem::NoSuchDate);
}

} // namespace

std::string_view trimCell(std::string_view cell)
{
    const auto blankAt = [&](std::size_t i, bool front) -> std::size_t {
        // Length of the blank ending (front: starting) at i, 0 when none.
        const auto c = static_cast<unsigned char>(cell[i]);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            return 1;
        if (front) {
            if (cell.substr(i, 3) == "\xE3\x80\x80" || cell.substr(i, 3) == "\xEF\xBB\xBF")
                return 3;
            if (cell.substr(i, 2) == "\xC2\xA0")
                return 2;
        } else {
            if (i >= 2 && cell.substr(i - 2, 3) == "\xE3\x80\x80")
                return 3;
            if (i >= 1 && cell.substr(i - 1, 2) == "\xC2\xA0")
                return 2;
        }
        return 0;
    };
    while (!cell.empty()) {
        const std::size_t k = blankAt(0, true);
        if (!k)
            break;
        cell.remove_prefix(k);
    }
    while (!cell.empty()) {
        const std::size_t k = blankAt(cell.size() - 1, false);
        if (!k)
            break;
        cell.remove_suffix(k);
    }
    return cell;
}

QString cellText(std::string_view cell)
{
    return QString::fromUtf8(cell.data(), static_cast<qsizetype>(cell.size()));
}

std::string_view unneutralise(std::string_view cell)
{
    if (cell.size() >= 2 && cell[0] == '\'') {
        switch (cell[1]) {
        case '=':
        case '+':
        case '-':
        case '@':
        case '\t':
        case '\r':
            cell.remove_prefix(1);
            break;
        default:
            break;
        }
    }
    return cell;
}

DeadlineValue parseDeadline(std::string_view cell, const QDate &feedbackDate)
{
    using Kind = DeadlineValue::Kind;
    using P = DeadlineValue::Problem;
    cell = trimCell(cell);
    if (cell.empty())
        return {};
    // Drop a time of day after a date: "2023/12/31 0:00", "2023-12-31T00:00:00".
    if (const std::size_t colon = cell.find(':'); colon != std::string_view::npos) {
        const std::size_t cut = cell.find_last_of(" T", colon);
        if (cut != std::string_view::npos && cut > 0)
            cell = trimCell(cell.substr(0, cut));
    }
    Folded f;
    if (!fold(cell, &f))
        return invalid(P::Unreadable);
    if (f.contains(U"长期"))
        return DeadlineValue { Kind::LongTerm, QDate(), P::None };
    if (f.contains(U"立行立改")) {
        if (!feedbackDate.isValid())
            return invalid(P::NeedsFeedbackDate);
        return dateValue(feedbackDate);
    }
    // "前", "之前", "以前": by that date.
    for (std::u32string_view suffix : { U"之前", U"以前", U"前" }) {
        if (f.endsWith(suffix)) {
            f.n -= static_cast<int>(suffix.size());
            break;
        }
    }

    // Up to three numbers, each followed by one separator character.
    long long num[3] = { 0, 0, 0 };
    int digits[3] = { 0, 0, 0 };
    char32_t sep[3] = { 0, 0, 0 };
    int count = 0;
    int i = 0;
    while (i < f.n && count < 3) {
        if (!isDigit(f.c[i]))
            return invalid(P::Unreadable);
        while (i < f.n && isDigit(f.c[i])) {
            if (digits[count] < 12)
                num[count] = num[count] * 10 + (f.c[i] - '0');
            ++digits[count];
            ++i;
        }
        if (i < f.n)
            sep[count] = f.c[i++];
        ++count;
        // Text after the last number: 底, 末, 份 and 日 end the date.
        if (sep[count - 1] == U'月' || sep[count - 1] == U'年') {
            if (i < f.n && (f.c[i] == U'底' || f.c[i] == U'末' || f.c[i] == U'份')) {
                if (i + 1 != f.n)
                    return invalid(P::Unreadable);
                ++i;
                if (f.c[i - 1] == U'份' && sep[count - 1] == U'年')
                    return invalid(P::Unreadable);
                break;
            }
        }
    }
    if (i < f.n)
        return invalid(P::Unreadable);
    const auto isDateSep = [](char32_t c) { return c == '-' || c == '/' || c == '.'; };

    if (count == 1 && sep[0] == 0) {
        if (digits[0] == 8) {
            return dateValue(QDate(static_cast<int>(num[0] / 10000),
                static_cast<int>(num[0] / 100 % 100), static_cast<int>(num[0] % 100)));
        }
        // An Excel serial number: days since 1899-12-30 (which absorbs Excel's
        // 1900 leap-year bug for every date after February 1900).
        if (digits[0] == 5)
            return dateValue(QDate(1899, 12, 30).addDays(num[0]));
        return invalid(P::Unreadable);
    }
    // "45291.0": a serial number that went through a float.
    if (count == 2 && sep[0] == '.' && sep[1] == 0 && digits[0] == 5 && num[1] == 0)
        return dateValue(QDate(1899, 12, 30).addDays(num[0]));

    const bool yearFirst = digits[0] == 4;
    if (yearFirst) {
        const int year = static_cast<int>(num[0]);
        if (count == 1) {
            // 2024年, 2024年底, 2024年末: the end of the year.
            if (sep[0] == U'年')
                return dateValue(QDate(year, 12, 31));
            return invalid(P::Unreadable);
        }
        const int month = static_cast<int>(num[1]);
        if (month < 1 || month > 12)
            return invalid(P::NoSuchDate);
        const bool chinese = sep[0] == U'年';
        if (!chinese && !isDateSep(sep[0]))
            return invalid(P::Unreadable);
        if (count == 2) {
            // 2024年6月, 2024年6月底, 2024-06, 2024/6
            if ((chinese && (sep[1] == U'月' || sep[1] == 0)) || (!chinese && sep[1] == 0))
                return dateValue(endOfMonth(year, month));
            return invalid(P::Unreadable);
        }
        const bool sepOk = chinese
            ? (sep[1] == U'月' && (sep[2] == 0 || sep[2] == U'日' || sep[2] == U'号'))
            : (sep[1] == sep[0] && sep[2] == 0);
        if (!sepOk)
            return invalid(P::Unreadable);
        return dateValue(QDate(year, month, static_cast<int>(num[2])));
    }
    if (digits[0] <= 2 && sep[0] == U'月') {
        if (count == 1)
            return withoutYear(static_cast<int>(num[0]), 0, feedbackDate);
        if (count == 2 && digits[1] <= 2 && (sep[1] == U'日' || sep[1] == U'号' || sep[1] == 0))
            return withoutYear(static_cast<int>(num[0]), static_cast<int>(num[1]), feedbackDate);
    }
    return invalid(P::Unreadable);
}

LeadingDate parseLeadingDate(std::string_view cell, const QDate &today, const QDate &feedback)
{
    using P = LeadingDate::Problem;
    LeadingDate out;
    const std::string_view trimmed = trimCell(cell);
    const std::size_t skipped = static_cast<std::size_t>(trimmed.data() - cell.data());
    std::size_t pos = 0;
    // The next code point without consuming it, full-width forms folded.
    const auto peek = [&](std::size_t *next) -> char32_t {
        if (pos >= trimmed.size())
            return 0;
        *next = pos;
        char32_t c = nextCodePoint(trimmed, next);
        if (c >= 0xFF01 && c <= 0xFF5E)
            c -= 0xFEE0;
        return c;
    };
    const auto number = [&](int maxDigits, int *digits) {
        int value = 0;
        *digits = 0;
        std::size_t next = 0;
        for (char32_t c = peek(&next); isDigit(c) && *digits < maxDigits + 1; c = peek(&next)) {
            value = value * 10 + static_cast<int>(c - '0');
            ++*digits;
            pos = next;
        }
        return value;
    };
    const auto take = [&](std::u32string_view any) -> char32_t {
        std::size_t next = 0;
        const char32_t c = peek(&next);
        if (c && any.find(c) != std::u32string_view::npos) {
            pos = next;
            return c;
        }
        return 0;
    };

    // "— text": the export's mark of an unknown date.
    if (trimmed.substr(0, 3) == "\xE2\x80\x94") {
        pos = 3;
        std::size_t next = 0;
        if (!isBlank(peek(&next)))
            return out;
        while (isBlank(peek(&next)))
            pos = next;
        out.found = true;
        out.length = skipped + pos;
        return out;
    }

    int year = 0;
    int month = 0;
    int day = 0;
    int digits = 0;
    const int first = number(4, &digits);
    if (digits == 4) {
        year = first;
        const char32_t sep = take(U".-/年");
        if (!sep)
            return out;
        month = number(2, &digits);
        if (digits < 1 || digits > 2)
            return out;
        if (!take(sep == U'年' ? std::u32string_view(U"月") : std::u32string_view(&sep, 1)))
            return out;
        day = number(2, &digits);
        if (digits < 1 || digits > 2)
            return out;
        if (sep == U'年')
            take(U"日号");
    } else if (digits >= 1 && digits <= 2) {
        month = first;
        if (!take(U"月"))
            return out;
        day = number(2, &digits);
        if (digits < 1 || digits > 2 || !take(U"日号"))
            return out;
    } else {
        return out;
    }
    // A digit or a date separator right after the date: not a date we read
    // ("2024.1.5.3", "1月5日3时").
    {
        std::size_t next = 0;
        const char32_t after = peek(&next);
        if (isDigit(after) || after == '.' || after == '-' || after == '/')
            return out;
    }
    out.found = true;
    // The separator: blanks, one punctuation mark, blanks.
    const auto blanks = [&] {
        std::size_t next = 0;
        for (char32_t c = peek(&next); c && isBlank(c); c = peek(&next))
            pos = next;
    };
    blanks();
    if (take(U":,;\u3001\u3002"))
        blanks();
    out.length = skipped + pos;
    const auto failed = [&out](P problem) {
        out.problem = problem;
        return out;
    };

    if (month < 1 || month > 12 || day < 1 || day > 31)
        return failed(P::NoSuchDate);
    QDate date;
    if (year) {
        date = QDate(year, month, day);
        if (!date.isValid() || year < 1990)
            return failed(P::NoSuchDate);
    } else {
        // The latest year whose date is not after today (29 February looks back
        // to the last leap year).
        if (!QDate(2000, month, day).isValid())
            return failed(P::NoSuchDate);
        for (int y = today.year(); y > today.year() - 8 && !date.isValid(); --y) {
            const QDate d(y, month, day);
            if (d.isValid() && d <= today)
                date = d;
        }
        if (!date.isValid() || (feedback.isValid() && date < feedback))
            return failed(P::NoYear);
    }
    if (today.isValid() && date > today)
        return failed(P::Future);
    out.date = date;
    return out;
}

bool isUnknownDateMark(std::string_view cell)
{
    cell = trimCell(cell);
    for (std::string_view mark : { "\xE2\x80\x94" /* — */, "\xE2\x80\x94\xE2\x80\x94", "-",
             "\xEF\xBC\x8D" /* － */, "/", "不详", "日期不详" }) {
        if (cell == mark)
            return true;
    }
    return false;
}

StatusValue parseStatusWord(std::string_view cell)
{
    cell = trimCell(cell);
    // Trailing full stops and semicolons are noise.
    for (bool cut = true; cut && !cell.empty();) {
        cut = false;
        for (std::string_view p : { "\xE3\x80\x82" /* 。 */, "\xEF\xBC\x9B" /* ； */, ";", "." }) {
            if (cell.size() >= p.size() && cell.substr(cell.size() - p.size()) == p) {
                cell.remove_suffix(p.size());
                cell = trimCell(cell);
                cut = true;
            }
        }
    }
    StatusValue v;
    if (cell.empty())
        return v;
    struct Word
    {
        std::string_view word;
        TaskStatus status;
        bool longTerm;
    };
    static const Word words[] = {
        { "已完成", TaskStatus::Completed, false },
        { "完成", TaskStatus::Completed, false },
        { "已整改", TaskStatus::Completed, false },
        { "整改完成", TaskStatus::Completed, false },
        { "已整改完成", TaskStatus::Completed, false },
        { "是", TaskStatus::Completed, false },
        { "已销号", TaskStatus::Closed, false },
        { "销号", TaskStatus::Closed, false },
        { "推进中", TaskStatus::InProgress, false },
        { "正在推进", TaskStatus::InProgress, false },
        { "持续推进", TaskStatus::InProgress, false },
        { "整改中", TaskStatus::InProgress, false },
        { "进行中", TaskStatus::InProgress, false },
        { "正在整改", TaskStatus::InProgress, false },
        { "未完成", TaskStatus::InProgress, false },
        { "否", TaskStatus::InProgress, false },
        { "未启动", TaskStatus::NotStarted, false },
        { "未开始", TaskStatus::NotStarted, false },
        { "长期坚持", TaskStatus::InProgress, true },
    };
    for (const Word &w : words) {
        if (cell == w.word) {
            v.status = w.status;
            v.longTerm = w.longTerm;
            return v;
        }
    }
    v.known = false;
    return v;
}

void splitNames(std::string_view cell, std::vector<std::string_view> &out)
{
    out.clear();
    std::size_t start = 0;
    std::size_t pos = 0;
    const auto emit = [&](std::size_t end) {
        const std::string_view name = trimCell(cell.substr(start, end - start));
        if (!name.empty() && std::find(out.begin(), out.end(), name) == out.end())
            out.push_back(name);
    };
    while (pos < cell.size()) {
        const char c = cell[pos];
        std::size_t sepLength = 0;
        if (c == ',' || c == ';' || c == '/' || c == '\n' || c == '\r') {
            sepLength = 1;
        } else if (static_cast<unsigned char>(c) >= 0xE0 && pos + 3 <= cell.size()) {
            const std::string_view three = cell.substr(pos, 3);
            if (three == "\xE3\x80\x81" /* 、 */ || three == "\xEF\xBC\x8C" /* ， */
                || three == "\xEF\xBC\x9B" /* ； */ || three == "\xEF\xBC\x8F" /* ／ */)
                sepLength = 3;
        }
        if (sepLength) {
            emit(pos);
            pos += sepLength;
            start = pos;
        } else {
            ++pos;
        }
    }
    emit(cell.size());
}

int parseTaskNumber(std::string_view cell)
{
    Folded f;
    if (!fold(trimCell(cell), &f))
        return 0;
    int i = 0;
    int end = f.n;
    if (end >= 2 && f.c[0] == '(' && f.c[end - 1] == ')') {
        i = 1;
        --end;
    } else if (end >= 1 && (f.c[end - 1] == '.' || f.c[end - 1] == U'、')) {
        --end;
    }
    if (i >= end || end - i > 4)
        return 0;
    int n = 0;
    for (; i < end; ++i) {
        if (!isDigit(f.c[i]))
            return 0;
        n = n * 10 + static_cast<int>(f.c[i] - '0');
    }
    return n;
}

int takeTaskNumberPrefix(std::string_view &measure)
{
    const std::string_view s = trimCell(measure);
    std::size_t pos = 0;
    bool paren = false;
    if (s.substr(0, 1) == "(") {
        paren = true;
        pos = 1;
    } else if (s.substr(0, 3) == "\xEF\xBC\x88" /* （ */) {
        paren = true;
        pos = 3;
    }
    int n = 0;
    int digits = 0;
    while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9' && digits < 4) {
        n = n * 10 + (s[pos] - '0');
        ++pos;
        ++digits;
    }
    if (!digits || n == 0)
        return 0;
    std::size_t after = 0;
    if (paren) {
        if (s.substr(pos, 1) == ")")
            after = 1;
        else if (s.substr(pos, 3) == "\xEF\xBC\x89" /* ） */)
            after = 3;
    } else {
        if (s.substr(pos, 3) == "\xE3\x80\x81" /* 、 */
            || s.substr(pos, 3) == "\xEF\xBC\x8E" /* ． */)
            after = 3;
        else if (s.substr(pos, 1) == "."
            && !(pos + 1 < s.size() && s[pos + 1] >= '0' && s[pos + 1] <= '9'))
            after = 1;
    }
    if (!after)
        return 0;
    const std::string_view rest = trimCell(s.substr(pos + after));
    if (rest.empty())
        return 0;
    measure = rest;
    return n;
}

} // namespace rectify
