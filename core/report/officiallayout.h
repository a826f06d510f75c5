#pragma once

#include "report/officialdocument.h"

#include <QString>

namespace rectify {

// The page of GB/T 9704-2012 (党政机关公文格式), in the units each writer needs.
// One place for the numbers, so that the DOCX, the ODT and the PDF agree:
//
//   A4 (210 × 297 mm); margins top 37, bottom 35, left 28, right 26 mm, which
//   leaves a type area of 156 × 225 mm; 22 lines of 28 characters in it.
//   Line pitch: 225 mm / 22 = 28.99 pt, taken down to 579 twips (28.95 pt) so
//   that 22 lines fit whatever the rounding. Character pitch: 156 mm / 28 =
//   15.79 pt, a 3号 (16 pt) character squeezed by 0.21 pt with character
//   spacing. (Word's document grid of lines and characters would say it too,
//   but LibreOffice sets such a grid's characters twice as wide: the DOCX has
//   no grid, and exact line spacing gives the 22 lines.)
//   Title 2号 (22 pt) 方正小标宋简体; body 3号 仿宋_GB2312; 一、 headings 3号
//   黑体; （一） headings 3号 楷体_GB2312; page numbers "— 1 —" in 4号 (14 pt)
//   宋体, 7 mm below the type area, at the outside edge one character in: right
//   on odd pages, left on even pages.
namespace OfficialLayout {

constexpr double pageWidthMm = 210;
constexpr double pageHeightMm = 297;
constexpr double topMm = 37;
constexpr double bottomMm = 35;
constexpr double leftMm = 28;
constexpr double rightMm = 26;
constexpr double typeWidthMm = pageWidthMm - leftMm - rightMm; // 156
constexpr double typeHeightMm = pageHeightMm - topMm - bottomMm; // 225
constexpr int linesPerPage = 22;
constexpr int charsPerLine = 28;
// Page numbers sit this far below the type area.
constexpr double pageNumberGapMm = 7;

constexpr double titlePt = 22; // 2号
constexpr double bodyPt = 16; // 3号
constexpr double pageNumberPt = 14; // 4号

// Twentieths of a point, WordprocessingML's unit.
constexpr int twips(double mm)
{
    return static_cast<int>(mm / 25.4 * 1440 + 0.5);
}
constexpr int linePitchTwips = 579; // ≤ twips(225) / 22 = 579.8
constexpr double linePitchPt = linePitchTwips / 20.0; // 28.95
constexpr double charPitchPt = typeWidthMm / 25.4 * 72 / charsPerLine; // 15.79
// The squeeze per character (-0.21 pt), a little more than the exact pitch asks
// so that the 28th character never wraps from rounding: Word's character
// spacing in twentieths of a point (-5, -0.25 pt), LibreOffice's letter spacing
// and the PDF's.
constexpr double letterSpacingPt = charPitchPt - bodyPt - 0.01;
constexpr int wordCharacterSpacing = -5;

// The fonts named in the documents, as an office PC has them (Windows with the
// GB2312 fonts of the 公文 kit, or WPS). altName is what Word substitutes when the
// first is missing: the fonts Windows ships.
QString fontName(OfficialDocument::Style style);
QString fontAltName(OfficialDocument::Style style);
inline QString latinFontName()
{
    return QStringLiteral("Times New Roman");
}
inline QString pageNumberFontName()
{
    return QStringLiteral("宋体");
}
double pointSize(OfficialDocument::Style style);

} // namespace OfficialLayout

} // namespace rectify
