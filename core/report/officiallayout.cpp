#include "report/officiallayout.h"

namespace rectify::OfficialLayout {

static_assert(twips(typeHeightMm) / linesPerPage >= linePitchTwips, "22 lines fit");
static_assert(28 * (bodyPt + wordCharacterSpacing / 20.0) <= typeWidthMm / 25.4 * 72,
    "28 characters fit a line in Word");
static_assert(29 * (bodyPt + wordCharacterSpacing / 20.0) > typeWidthMm / 25.4 * 72, "and not 29");

QString fontName(OfficialDocument::Style style)
{
    switch (style) {
    case OfficialDocument::Style::Title:
        return QStringLiteral("方正小标宋简体");
    case OfficialDocument::Style::Heading1:
        return QStringLiteral("黑体");
    case OfficialDocument::Style::Heading2:
        return QStringLiteral("楷体_GB2312");
    case OfficialDocument::Style::Body:
        break;
    }
    return QStringLiteral("仿宋_GB2312");
}

QString fontAltName(OfficialDocument::Style style)
{
    switch (style) {
    case OfficialDocument::Style::Title:
        return QStringLiteral("宋体");
    case OfficialDocument::Style::Heading1:
        return QStringLiteral("SimHei");
    case OfficialDocument::Style::Heading2:
        return QStringLiteral("楷体");
    case OfficialDocument::Style::Body:
        break;
    }
    return QStringLiteral("仿宋");
}

double pointSize(OfficialDocument::Style style)
{
    return style == OfficialDocument::Style::Title ? titlePt : bodyPt;
}

} // namespace rectify::OfficialLayout
