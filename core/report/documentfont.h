#pragma once

#include <QFont>
#include <QStringList>

namespace rectify {

// The fonts Rectify's documents and charts are drawn in, so that no PDF, print or
// chart export shows boxes for Chinese text.
class DocumentFont final
{
public:
    // Latin letters and digits from DejaVu Sans, Chinese from a CJK sans serif.
    static QFont sans(qreal pointSize, bool bold = false);

    // The fonts of an official document (GB/T 9704) on this machine: the font the
    // document names (方正小标宋简体, 黑体, 楷体_GB2312, 仿宋_GB2312) when it is
    // installed, else the font Windows ships under another name (仿宋, 楷体,
    // SimHei ...), else a CJK serif or sans of this machine, never boxes. Latin
    // letters and digits come from the named font or DejaVu (see sans()).
    enum class Official
    {
        Title,
        Heading1,
        Heading2,
        Body,
        PageNumber,
    };
    static QFont official(Official role, qreal pointSize);
    // The families tried, in order.
    static QStringList officialFamilies(Official role);
    // The first family of the list this machine has, and whether it is the named
    // one: a PDF says which font stood in ("仿宋_GB2312 → Noto Serif CJK SC").
    static QString resolvedFamily(Official role);
    static bool hasNamedFont(Official role);
};

} // namespace rectify
