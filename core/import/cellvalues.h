#pragma once

#include "domain/taskstatus.h"

#include <QDate>
#include <QString>
#include <string_view>
#include <vector>

namespace rectify {

// Parsers for the cells of an imported ledger. They work on UTF-8 bytes and do
// not allocate, because they run for every row of files of a million rows.

// Cuts ASCII whitespace, ideographic spaces (U+3000) and no-break spaces from both ends.
std::string_view trimCell(std::string_view cell);
// Undoes the export's formula neutralisation: "'=x" -> "=x". Only an apostrophe
// before = + - @ tab or CR is dropped, so other text that starts with one is kept.
std::string_view unneutralise(std::string_view cell);
// A cell's UTF-8 bytes as text.
QString cellText(std::string_view cell);

// A deadline cell (整改时限).
struct DeadlineValue
{
    enum class Kind
    {
        Empty, // no deadline given
        Date,
        LongTerm, // 长期坚持: no deadline, never overdue
        Invalid,
    };
    enum class Problem
    {
        None,
        Unreadable, // not a date spelling we know
        NoSuchDate, // 2023-02-30, month 13 ...
        NeedsFeedbackDate, // 立行立改 or 12月底前 without the inspection's feedback date
    };
    Kind kind = Kind::Empty;
    QDate date;
    Problem problem = Problem::None;
};

// Reads 2023-12-31, 2023/12/31, 2023.12.31, 2023年12月31日, 20231231, 2023年12月底,
// 2024年6月底前, 2024年1月, 2024-06, 2024年底, 12月底前 and 3月15日 (year of the
// feedback date, or the next year when that date would fall before it), Excel
// serial numbers (45291), 长期坚持 (long term) and 立行立改 (the feedback date).
// Full-width digits and a time of day after the date are accepted.
DeadlineValue parseDeadline(std::string_view cell, const QDate &feedbackDate);

// A date that opens a cell: a progress cell "2024.1.5 已召开…", "1月5日：…",
// "2024年1月5日，…", "2024-01-05 …", or a whole 完成时间 cell.
struct LeadingDate
{
    enum class Problem
    {
        None,
        NoSuchDate, // 2024.2.30, 13月1日
        NoYear, // a month and day whose year cannot be settled (see parseLeadingDate)
        Future, // after the import day
    };
    bool found = false; // the cell opens with a date spelling; false: no date at all
    QDate date; // valid when found and no problem
    Problem problem = Problem::None;
    std::size_t length = 0; // bytes of the date and the separator after it
};

// Reads a date at the start of `cell` (trimmed): yyyy.m.d, yyyy-m-d, yyyy/m/d,
// yyyy年m月d日 (日 or 号, or nothing before a non-digit) and m月d日 (or 号), with
// full-width digits, followed by the end of the cell or a non-digit; then the
// separator is taken too: blanks and one of ：:，,、。；; blanks. A month and day
// without a year take the latest year whose date is not after `today` (the import
// day); when that date falls before `feedback` (the inspection's feedback date,
// if known) the year is not settled (Problem::NoYear): the work of an inspection
// is not reported before it. A date after `today` is Problem::Future.
// A cell that opens with "—" (U+2014) and a blank says its date is not known, as
// Rectify's export writes it: found, no problem, the date invalid.
LeadingDate parseLeadingDate(std::string_view cell, const QDate &today, const QDate &feedback);
// A date cell that says the date is not known: —, ——, -, －, /, 不详, 日期不详.
bool isUnknownDateMark(std::string_view cell);

// A status cell (完成情况).
struct StatusValue
{
    bool known = true; // false: a word we do not know (status is then NotStarted)
    TaskStatus status = TaskStatus::NotStarted;
    bool longTerm = false; // 长期坚持
};
StatusValue parseStatusWord(std::string_view cell);

// Splits a cell naming several units or people at 、，,;；/／ and line breaks;
// the pieces are trimmed, empty ones dropped, duplicates removed (order kept).
void splitNames(std::string_view cell, std::vector<std::string_view> &out);

// A task number cell: "3", "(3)", "（3）", "3." → 3; 0 when it is not a number.
int parseTaskNumber(std::string_view cell);
// A measure that starts with its number, "(2)…", "（2）…", "2.…", "2、…": returns 2
// and cuts the prefix from `measure`; 0 and no change otherwise.
int takeTaskNumberPrefix(std::string_view &measure);

} // namespace rectify
