#include "report/officialdocument.h"

namespace rectify {

namespace {

const QString &placeholderOpen()
{
    static const QString s = QStringLiteral("【待填写");
    return s;
}

} // namespace

QString OfficialDocument::title() const
{
    for (const Paragraph &p : m_paragraphs) {
        if (p.style == Style::Title)
            return p.text;
    }
    return {};
}

QString OfficialDocument::plainText() const
{
    QString out;
    for (const Paragraph &p : m_paragraphs) {
        out += p.text;
        out += QLatin1Char('\n');
    }
    return out;
}

qsizetype OfficialDocument::placeholderCount() const
{
    qsizetype n = 0;
    for (const Paragraph &p : m_paragraphs)
        n += p.text.count(placeholderOpen());
    return n;
}

QString OfficialDocument::placeholder(const QString &what)
{
    if (what.isEmpty())
        return placeholderOpen() + QStringLiteral("】");
    return placeholderOpen() + QStringLiteral("：") + what + QStringLiteral("】");
}

QStringList OfficialDocument::splitPlaceholders(const QString &text)
{
    QStringList runs;
    qsizetype from = 0;
    for (;;) {
        const qsizetype open = text.indexOf(placeholderOpen(), from);
        const qsizetype close = open < 0 ? -1 : text.indexOf(QChar(0x3011), open); // 】
        if (open < 0 || close < 0) {
            runs << text.mid(from);
            return runs;
        }
        runs << text.mid(from, open - from) << text.mid(open, close + 1 - open);
        from = close + 1;
    }
}

} // namespace rectify
