#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace rectify {

// A document in the layout of Chinese official documents (GB/T 9704-2012,
// 党政机关公文格式): a title and paragraphs, each in one of four styles. The
// writers (DocxWriter, OdtWriter, OfficialPdfWriter) give every style its font,
// size and indent (OfficialLayout); the document itself holds only text.
//
// A paragraph's text is kept verbatim: a line break inside it stays a line break,
// and the placeholders the office must fill in (【待填写】, see placeholder())
// are marked by the writers so that they cannot be missed.
class OfficialDocument final
{
public:
    enum class Style
    {
        Title, // 2号 方正小标宋简体, centred
        Heading1, // 一、 3号 黑体
        Heading2, // （一） 3号 楷体_GB2312
        Body, // 3号 仿宋_GB2312, first line indented two characters
    };
    struct Paragraph
    {
        Style style = Style::Body;
        QString text;
    };

    void add(Style style, QString text) { m_paragraphs.append({ style, std::move(text) }); }
    void reserve(qsizetype n) { m_paragraphs.reserve(n); }
    const QVector<Paragraph> &paragraphs() const { return m_paragraphs; }
    // The first Title paragraph's text, for the file's metadata.
    QString title() const;
    // Every paragraph's text, one a line (tests compare it with a converted file).
    QString plainText() const;

    // How many placeholders the office has to fill in.
    qsizetype placeholderCount() const;

    // 【待填写】, or 【待填写：what】: what the office writes in by hand.
    static QString placeholder(const QString &what = QString());
    // Splits text into runs, odd indices being placeholders: "a【待填写】b" gives
    // {"a", "【待填写】", "b"}. Writers highlight the odd runs.
    static QStringList splitPlaceholders(const QString &text);

private:
    QVector<Paragraph> m_paragraphs;
};

} // namespace rectify
