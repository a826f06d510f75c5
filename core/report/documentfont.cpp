#include "report/documentfont.h"

#include <QFontDatabase>
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

QStringList DocumentFont::officialFamilies(Official role)
{
    // The named font, its Windows and Linux names, then this machine's CJK fonts
    // of a similar look (serif for 仿宋 and 楷体 and the title, sans for 黑体).
    // DejaVu comes before the Noto CJK fonts for the digits (see sans()).
    QStringList named;
    bool serif = true;
    switch (role) {
    case Official::Title:
        named = { QStringLiteral("方正小标宋简体"), QStringLiteral("FZXiaoBiaoSong-B05S"),
            QStringLiteral("方正小标宋_GBK"), QStringLiteral("华文中宋"),
            QStringLiteral("STZhongsong") };
        break;
    case Official::Heading1:
        named = { QStringLiteral("黑体"), QStringLiteral("SimHei") };
        serif = false;
        break;
    case Official::Heading2:
        named = { QStringLiteral("楷体_GB2312"), QStringLiteral("楷体"), QStringLiteral("KaiTi"),
            QStringLiteral("KaiTi_GB2312"), QStringLiteral("AR PL UKai CN") };
        break;
    case Official::Body:
        named = { QStringLiteral("仿宋_GB2312"), QStringLiteral("仿宋"), QStringLiteral("FangSong"),
            QStringLiteral("FangSong_GB2312") };
        break;
    case Official::PageNumber:
        named = { QStringLiteral("宋体"), QStringLiteral("SimSun"),
            QStringLiteral("AR PL UMing CN") };
        break;
    }
    // This machine's CJK fonts: WenQuanYi before Noto CJK, whose glyphs that are
    // shared with the Kangxi radicals (一 二 工 长 ...) Qt's PDF writer maps back
    // to the radicals, so that the PDF's text reads wrong when searched or copied.
    named << (serif ? QStringLiteral("DejaVu Serif") : QStringLiteral("DejaVu Sans"))
          << QStringLiteral("WenQuanYi Micro Hei") << QStringLiteral("AR PL UMing CN")
          << QStringLiteral("Noto Serif CJK SC") << QStringLiteral("Noto Sans CJK SC")
          << QStringLiteral("Noto Sans SC") << QStringLiteral("Sans Serif");
    return named;
}

QFont DocumentFont::official(Official role, qreal pointSize)
{
    const QStringList families = officialFamilies(role);
    QFont f(families.first());
    f.setFamilies(families);
    f.setPointSizeF(pointSize);
    f.setBold(false);
    return f;
}

QString DocumentFont::resolvedFamily(Official role)
{
    const QStringList families = officialFamilies(role);
    for (const QString &family : families) {
        // DejaVu carries no Chinese: it is not what stands in for a CJK font.
        if (family.startsWith(QLatin1String("DejaVu")))
            continue;
        if (QFontDatabase::hasFamily(family))
            return family;
    }
    return families.last();
}

bool DocumentFont::hasNamedFont(Official role)
{
    return resolvedFamily(role) == officialFamilies(role).first();
}

} // namespace rectify
