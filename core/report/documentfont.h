#pragma once

#include <QFont>

namespace rectify {

// The fonts Rectify's documents and charts are drawn in, so that no PDF, print or
// chart export shows boxes for Chinese text.
class DocumentFont final
{
public:
    // Latin letters and digits from DejaVu Sans, Chinese from a CJK sans serif.
    static QFont sans(qreal pointSize, bool bold = false);
};

} // namespace rectify
