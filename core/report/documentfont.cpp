#include "report/documentfont.h"

#include <QStringList>

namespace rectify {

QFont DocumentFont::sans(qreal pointSize, bool bold)
{
    // Latin letters and digits from DejaVu Sans, Chinese from Noto Sans CJK: Qt's
    // PDF writer loses the text of Noto CJK's digits (pdftotext and copy-paste
    // see nothing), while DejaVu's come through.
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setFamilies({ QStringLiteral("DejaVu Sans"), QStringLiteral("WenQuanYi Micro Hei"),
        QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans SC"),
        QStringLiteral("Sans Serif") });
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

} // namespace rectify
