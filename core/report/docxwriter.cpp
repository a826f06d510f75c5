#include "report/docxwriter.h"

#include "report/officiallayout.h"
#include "report/packagenames.h"
#include "report/zipwriter.h"

#include <QXmlStreamWriter>
#include <functional>

namespace rectify {

namespace {

using Style = OfficialDocument::Style;
using namespace OfficialLayout;

const QString &w = PackageNames::word;
const QString &r = PackageNames::relationships;
const QString &pkgRels = PackageNames::packageRelationships;
const QString &officeRel = PackageNames::relationshipTypes;

QString styleId(Style style)
{
    switch (style) {
    case Style::Title:
        return QStringLiteral("Title");
    case Style::Heading1:
        return QStringLiteral("Heading1");
    case Style::Heading2:
        return QStringLiteral("Heading2");
    case Style::Body:
        break;
    }
    return QStringLiteral("Normal");
}

class Xml
{
public:
    Xml()
        : m_xml(&m_bytes)
    {
        m_xml.writeStartDocument(QStringLiteral("1.0"), true);
    }
    QXmlStreamWriter *operator->() { return &m_xml; }
    QXmlStreamWriter &operator*() { return m_xml; }
    QByteArray finish()
    {
        m_xml.writeEndDocument();
        return std::move(m_bytes);
    }

private:
    QByteArray m_bytes;
    QXmlStreamWriter m_xml;
};

void val(QXmlStreamWriter &x, const QString &element, const QString &value)
{
    x.writeEmptyElement(w, element);
    x.writeAttribute(w, QStringLiteral("val"), value);
}

void fonts(QXmlStreamWriter &x, const QString &latin, const QString &eastAsia)
{
    x.writeEmptyElement(w, QStringLiteral("rFonts"));
    x.writeAttribute(w, QStringLiteral("ascii"), latin);
    x.writeAttribute(w, QStringLiteral("hAnsi"), latin);
    x.writeAttribute(w, QStringLiteral("eastAsia"), eastAsia);
    x.writeAttribute(w, QStringLiteral("cs"), latin);
}

void size(QXmlStreamWriter &x, double pt)
{
    const QString halfPoints = QString::number(qRound(pt * 2));
    val(x, QStringLiteral("sz"), halfPoints);
    val(x, QStringLiteral("szCs"), halfPoints);
}

void spacing(QXmlStreamWriter &x, int before, int after, int line, const QString &rule)
{
    x.writeEmptyElement(w, QStringLiteral("spacing"));
    x.writeAttribute(w, QStringLiteral("before"), QString::number(before));
    x.writeAttribute(w, QStringLiteral("after"), QString::number(after));
    x.writeAttribute(w, QStringLiteral("line"), QString::number(line));
    x.writeAttribute(w, QStringLiteral("lineRule"), rule);
}

void firstLineIndent(QXmlStreamWriter &x, int chars)
{
    // firstLineChars (hundredths of a character) is what Word and WPS follow;
    // firstLine (twips) is for readers without it.
    x.writeEmptyElement(w, QStringLiteral("ind"));
    x.writeAttribute(w, QStringLiteral("firstLineChars"), QString::number(chars * 100));
    x.writeAttribute(w, QStringLiteral("firstLine"),
        QString::number(qRound(chars * (bodyPt * 20 + wordCharacterSpacing))));
}

// Text of one run: tabs and line breaks become Word's own elements.
void runText(QXmlStreamWriter &x, const QString &text)
{
    qsizetype from = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool end = i == text.size();
        const QChar c = end ? QChar() : text.at(i);
        if (!end && c != QLatin1Char('\n') && c != QLatin1Char('\t'))
            continue;
        if (i > from) {
            x.writeStartElement(w, QStringLiteral("t"));
            x.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            x.writeCharacters(text.mid(from, i - from));
            x.writeEndElement();
        }
        if (!end)
            x.writeEmptyElement(
                w, c == QLatin1Char('\t') ? QStringLiteral("tab") : QStringLiteral("br"));
        from = i + 1;
    }
}

// Characters XML 1.0 cannot carry (control characters a ledger cell might hold)
// are left out rather than making the whole document unreadable.
QString xmlSafe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if (u < 0x20 && u != 0x9 && u != 0xA)
            continue;
        if (u == 0xFFFE || u == 0xFFFF)
            continue;
        out += c;
    }
    return out;
}

void paragraph(QXmlStreamWriter &x, const OfficialDocument::Paragraph &p)
{
    x.writeStartElement(w, QStringLiteral("p"));
    x.writeStartElement(w, QStringLiteral("pPr"));
    val(x, QStringLiteral("pStyle"), styleId(p.style));
    x.writeEndElement();
    const QStringList runs = OfficialDocument::splitPlaceholders(xmlSafe(p.text));
    for (qsizetype i = 0; i < runs.size(); ++i) {
        if (runs.at(i).isEmpty())
            continue;
        x.writeStartElement(w, QStringLiteral("r"));
        if (i % 2 == 1) {
            // A placeholder: highlighted, as the office must write something there.
            x.writeStartElement(w, QStringLiteral("rPr"));
            val(x, QStringLiteral("highlight"), QStringLiteral("yellow"));
            x.writeEndElement();
        }
        runText(x, runs.at(i));
        x.writeEndElement();
    }
    x.writeEndElement();
}

QByteArray contentTypes()
{
    Xml x;
    const QString ns
        = QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types");
    x->writeDefaultNamespace(ns);
    x->writeStartElement(ns, QStringLiteral("Types"));
    const auto def = [&](const char *ext, const char *type) {
        x->writeEmptyElement(ns, QStringLiteral("Default"));
        x->writeAttribute(QStringLiteral("Extension"), QString::fromLatin1(ext));
        x->writeAttribute(QStringLiteral("ContentType"), QString::fromLatin1(type));
    };
    def("rels", "application/vnd.openxmlformats-package.relationships+xml");
    def("xml", "application/xml");
    const auto part = [&](const char *name, const char *type) {
        x->writeEmptyElement(ns, QStringLiteral("Override"));
        x->writeAttribute(QStringLiteral("PartName"), QString::fromLatin1(name));
        x->writeAttribute(QStringLiteral("ContentType"), QString::fromLatin1(type));
    };
    const char *wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    const auto wmlPart = [&](const char *name, const char *type) {
        part(name, (QByteArray(wml) + type).constData());
    };
    wmlPart("/word/document.xml", "document.main+xml");
    wmlPart("/word/styles.xml", "styles+xml");
    wmlPart("/word/settings.xml", "settings+xml");
    wmlPart("/word/fontTable.xml", "fontTable+xml");
    wmlPart("/word/footer1.xml", "footer+xml");
    wmlPart("/word/footer2.xml", "footer+xml");
    part("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
    x->writeEndElement();
    return x.finish();
}

QByteArray relationships(const QVector<std::pair<QString, QString>> &targets)
{
    Xml x;
    x->writeDefaultNamespace(pkgRels);
    x->writeStartElement(pkgRels, QStringLiteral("Relationships"));
    int n = 0;
    for (const auto &[type, target] : targets) {
        x->writeEmptyElement(pkgRels, QStringLiteral("Relationship"));
        x->writeAttribute(QStringLiteral("Id"), QStringLiteral("rId%1").arg(++n));
        x->writeAttribute(QStringLiteral("Type"), type);
        x->writeAttribute(QStringLiteral("Target"), target);
    }
    x->writeEndElement();
    return x.finish();
}

QByteArray coreProperties(const QString &title)
{
    Xml x;
    const QString cp
        = QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
    const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
    x->writeNamespace(cp, QStringLiteral("cp"));
    x->writeNamespace(dc, QStringLiteral("dc"));
    x->writeStartElement(cp, QStringLiteral("coreProperties"));
    x->writeTextElement(dc, QStringLiteral("title"), xmlSafe(title));
    x->writeTextElement(dc, QStringLiteral("creator"), QStringLiteral("Rectify"));
    x->writeEndElement();
    return x.finish();
}

QByteArray settingsXml()
{
    Xml x;
    x->writeNamespace(w, QStringLiteral("w"));
    x->writeStartElement(w, QStringLiteral("settings"));
    val(*x, QStringLiteral("defaultTabStop"), QString::number(qRound(bodyPt * 2 * 20)));
    // Odd and even pages have footers of their own: the page number sits at the
    // outside edge.
    x->writeEmptyElement(w, QStringLiteral("evenAndOddHeaders"));
    val(*x, QStringLiteral("characterSpacingControl"), QStringLiteral("compressPunctuation"));
    x->writeEndElement();
    return x.finish();
}

QByteArray fontTable()
{
    Xml x;
    x->writeNamespace(w, QStringLiteral("w"));
    x->writeStartElement(w, QStringLiteral("fonts"));
    const auto font
        = [&](const QString &name, const QString &alt, const char *family, bool gb2312) {
              x->writeStartElement(w, QStringLiteral("font"));
              x->writeAttribute(w, QStringLiteral("name"), name);
              if (!alt.isEmpty())
                  val(*x, QStringLiteral("altName"), alt);
              if (gb2312)
                  val(*x, QStringLiteral("charset"), QStringLiteral("86"));
              val(*x, QStringLiteral("family"), QString::fromLatin1(family));
              val(*x, QStringLiteral("pitch"), QStringLiteral("variable"));
              x->writeEndElement();
          };
    for (Style s : { Style::Title, Style::Heading1, Style::Heading2, Style::Body })
        font(fontName(s), fontAltName(s), s == Style::Heading1 ? "modern" : "roman", true);
    font(pageNumberFontName(), QStringLiteral("SimSun"), "roman", true);
    font(latinFontName(), QString(), "roman", false);
    x->writeEndElement();
    return x.finish();
}

// The footer of odd (right-hand) or even (left-hand) pages: "— n —" at the outside
// edge, one character in.
QByteArray footer(bool odd)
{
    Xml x;
    x->writeNamespace(w, QStringLiteral("w"));
    x->writeStartElement(w, QStringLiteral("ftr"));
    x->writeStartElement(w, QStringLiteral("p"));
    x->writeStartElement(w, QStringLiteral("pPr"));
    val(*x, QStringLiteral("pStyle"), QStringLiteral("Footer"));
    x->writeEmptyElement(w, QStringLiteral("ind"));
    x->writeAttribute(w, odd ? QStringLiteral("right") : QStringLiteral("left"),
        QString::number(qRound(pageNumberPt * 20)));
    val(*x, QStringLiteral("jc"), odd ? QStringLiteral("right") : QStringLiteral("left"));
    x->writeEndElement();
    const auto run = [&](const std::function<void()> &body) {
        x->writeStartElement(w, QStringLiteral("r"));
        body();
        x->writeEndElement();
    };
    const auto field = [&](const char *type) {
        x->writeEmptyElement(w, QStringLiteral("fldChar"));
        x->writeAttribute(w, QStringLiteral("fldCharType"), QString::fromLatin1(type));
    };
    run([&] { runText(*x, QStringLiteral("— ")); });
    run([&] { field("begin"); });
    run([&] {
        x->writeStartElement(w, QStringLiteral("instrText"));
        x->writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
        x->writeCharacters(QStringLiteral(" PAGE "));
        x->writeEndElement();
    });
    run([&] { field("separate"); });
    run([&] { runText(*x, odd ? QStringLiteral("1") : QStringLiteral("2")); });
    run([&] { field("end"); });
    run([&] { runText(*x, QStringLiteral(" —")); });
    x->writeEndElement(); // p
    x->writeEndElement(); // ftr
    return x.finish();
}

// The document's parts; the footers have named ids, which sectPr refers to.
QByteArray documentRelationships()
{
    Xml x;
    x->writeDefaultNamespace(pkgRels);
    x->writeStartElement(pkgRels, QStringLiteral("Relationships"));
    const auto rel = [&](const char *id, const char *kind, const char *target) {
        x->writeEmptyElement(pkgRels, QStringLiteral("Relationship"));
        x->writeAttribute(QStringLiteral("Id"), QString::fromLatin1(id));
        x->writeAttribute(QStringLiteral("Type"), officeRel + QString::fromLatin1(kind));
        x->writeAttribute(QStringLiteral("Target"), QString::fromLatin1(target));
    };
    rel("rIdStyles", "styles", "styles.xml");
    rel("rIdSettings", "settings", "settings.xml");
    rel("rIdFontTable", "fontTable", "fontTable.xml");
    rel("rIdFooterOdd", "footer", "footer1.xml");
    rel("rIdFooterEven", "footer", "footer2.xml");
    x->writeEndElement();
    return x.finish();
}

} // namespace

QByteArray DocxWriter::stylesXml()
{
    Xml x;
    x->writeNamespace(w, QStringLiteral("w"));
    x->writeStartElement(w, QStringLiteral("styles"));

    x->writeStartElement(w, QStringLiteral("docDefaults"));
    x->writeStartElement(w, QStringLiteral("rPrDefault"));
    x->writeStartElement(w, QStringLiteral("rPr"));
    fonts(*x, latinFontName(), fontName(Style::Body));
    x->writeEmptyElement(w, QStringLiteral("kern"));
    x->writeAttribute(w, QStringLiteral("val"), QStringLiteral("2"));
    size(*x, bodyPt);
    x->writeEmptyElement(w, QStringLiteral("lang"));
    x->writeAttribute(w, QStringLiteral("val"), QStringLiteral("en-US"));
    x->writeAttribute(w, QStringLiteral("eastAsia"), QStringLiteral("zh-CN"));
    x->writeEndElement(); // rPr
    x->writeEndElement(); // rPrDefault
    x->writeStartElement(w, QStringLiteral("pPrDefault"));
    x->writeStartElement(w, QStringLiteral("pPr"));
    spacing(*x, 0, 0, linePitchTwips, QStringLiteral("exact"));
    val(*x, QStringLiteral("jc"), QStringLiteral("both"));
    x->writeEndElement();
    x->writeEndElement();
    x->writeEndElement(); // docDefaults

    // One paragraph style per document style; Word knows the built-in names
    // ("heading 1"), so its navigation pane and outline see the headings.
    const auto paragraphStyle = [&](Style s, const QString &name, bool isDefault) {
        x->writeStartElement(w, QStringLiteral("style"));
        x->writeAttribute(w, QStringLiteral("type"), QStringLiteral("paragraph"));
        if (isDefault)
            x->writeAttribute(w, QStringLiteral("default"), QStringLiteral("1"));
        x->writeAttribute(w, QStringLiteral("styleId"), styleId(s));
        val(*x, QStringLiteral("name"), name);
        if (!isDefault) {
            val(*x, QStringLiteral("basedOn"), QStringLiteral("Normal"));
            val(*x, QStringLiteral("next"), QStringLiteral("Normal"));
        }
        val(*x, QStringLiteral("qFormat"), QStringLiteral("1"));
        x->writeStartElement(w, QStringLiteral("pPr"));
        if (s == Style::Heading1 || s == Style::Heading2)
            x->writeEmptyElement(w, QStringLiteral("keepNext"));
        if (s == Style::Title) {
            // A blank line between the title and the text.
            spacing(*x, 0, linePitchTwips, linePitchTwips, QStringLiteral("exact"));
            x->writeEmptyElement(w, QStringLiteral("ind"));
            x->writeAttribute(w, QStringLiteral("firstLineChars"), QStringLiteral("0"));
            x->writeAttribute(w, QStringLiteral("firstLine"), QStringLiteral("0"));
            val(*x, QStringLiteral("jc"), QStringLiteral("center"));
        } else {
            spacing(*x, 0, 0, linePitchTwips, QStringLiteral("exact"));
            firstLineIndent(*x, 2);
            val(*x, QStringLiteral("jc"), QStringLiteral("both"));
        }
        if (s == Style::Heading1)
            val(*x, QStringLiteral("outlineLvl"), QStringLiteral("0"));
        else if (s == Style::Heading2)
            val(*x, QStringLiteral("outlineLvl"), QStringLiteral("1"));
        x->writeEndElement(); // pPr
        x->writeStartElement(w, QStringLiteral("rPr"));
        const QString font = fontName(s);
        fonts(*x, s == Style::Body ? latinFontName() : font, font);
        val(*x, QStringLiteral("b"), QStringLiteral("0"));
        val(*x, QStringLiteral("bCs"), QStringLiteral("0"));
        if (s != Style::Title) // 28 characters a line
            val(*x, QStringLiteral("spacing"), QString::number(wordCharacterSpacing));
        size(*x, pointSize(s));
        x->writeEndElement(); // rPr
        x->writeEndElement(); // style
    };
    paragraphStyle(Style::Body, QStringLiteral("Normal"), true);
    paragraphStyle(Style::Title, QStringLiteral("Title"), false);
    paragraphStyle(Style::Heading1, QStringLiteral("heading 1"), false);
    paragraphStyle(Style::Heading2, QStringLiteral("heading 2"), false);

    x->writeStartElement(w, QStringLiteral("style"));
    x->writeAttribute(w, QStringLiteral("type"), QStringLiteral("paragraph"));
    x->writeAttribute(w, QStringLiteral("styleId"), QStringLiteral("Footer"));
    val(*x, QStringLiteral("name"), QStringLiteral("footer"));
    val(*x, QStringLiteral("basedOn"), QStringLiteral("Normal"));
    x->writeStartElement(w, QStringLiteral("pPr"));
    spacing(*x, 0, 0, 240, QStringLiteral("auto"));
    x->writeEmptyElement(w, QStringLiteral("ind"));
    x->writeAttribute(w, QStringLiteral("firstLineChars"), QStringLiteral("0"));
    x->writeAttribute(w, QStringLiteral("firstLine"), QStringLiteral("0"));
    x->writeEndElement();
    x->writeStartElement(w, QStringLiteral("rPr"));
    fonts(*x, pageNumberFontName(), pageNumberFontName());
    size(*x, pageNumberPt);
    x->writeEndElement();
    x->writeEndElement();

    x->writeEndElement(); // styles
    return x.finish();
}

QByteArray DocxWriter::documentXml(const OfficialDocument &document)
{
    Xml x;
    x->setAutoFormatting(false);
    x->writeNamespace(w, QStringLiteral("w"));
    x->writeNamespace(r, QStringLiteral("r"));
    x->writeStartElement(w, QStringLiteral("document"));
    x->writeStartElement(w, QStringLiteral("body"));
    for (const OfficialDocument::Paragraph &p : document.paragraphs())
        paragraph(*x, p);

    x->writeStartElement(w, QStringLiteral("sectPr"));
    const auto footerRef = [&](const char *type, const char *id) {
        x->writeEmptyElement(w, QStringLiteral("footerReference"));
        x->writeAttribute(w, QStringLiteral("type"), QString::fromLatin1(type));
        x->writeAttribute(r, QStringLiteral("id"), QString::fromLatin1(id));
    };
    footerRef("default", "rIdFooterOdd");
    footerRef("even", "rIdFooterEven");
    x->writeEmptyElement(w, QStringLiteral("pgSz"));
    x->writeAttribute(w, QStringLiteral("w"), QString::number(twips(pageWidthMm)));
    x->writeAttribute(w, QStringLiteral("h"), QString::number(twips(pageHeightMm)));
    x->writeEmptyElement(w, QStringLiteral("pgMar"));
    x->writeAttribute(w, QStringLiteral("top"), QString::number(twips(topMm)));
    x->writeAttribute(w, QStringLiteral("right"), QString::number(twips(rightMm)));
    x->writeAttribute(w, QStringLiteral("bottom"), QString::number(twips(bottomMm)));
    x->writeAttribute(w, QStringLiteral("left"), QString::number(twips(leftMm)));
    x->writeAttribute(w, QStringLiteral("header"), QString::number(twips(15)));
    // The footer's distance from the page's edge: its line starts 7 mm below the
    // type area (35 - 7 mm from the edge), a 4号 line of about 5 mm above its foot.
    x->writeAttribute(w, QStringLiteral("footer"),
        QString::number(twips(bottomMm - pageNumberGapMm - pageNumberPt * 25.4 / 72)));
    x->writeAttribute(w, QStringLiteral("gutter"), QStringLiteral("0"));
    x->writeEmptyElement(w, QStringLiteral("cols"));
    x->writeAttribute(w, QStringLiteral("space"), QStringLiteral("425"));
    // No grid (see OfficialLayout): the pitch only says what a grid would be.
    x->writeEmptyElement(w, QStringLiteral("docGrid"));
    x->writeAttribute(w, QStringLiteral("linePitch"), QString::number(linePitchTwips));
    x->writeEndElement(); // sectPr

    x->writeEndElement(); // body
    x->writeEndElement(); // document
    return x.finish();
}

Status DocxWriter::write(const OfficialDocument &document, const QString &path)
{
    ZipWriter zip;
    if (auto s = zip.open(path); !s)
        return s;
    const QString type = officeRel;
    const std::pair<QString, QByteArray> parts[] = {
        { QStringLiteral("[Content_Types].xml"), contentTypes() },
        { QStringLiteral("_rels/.rels"),
            relationships(
                { { type + QStringLiteral("officeDocument"), QStringLiteral("word/document.xml") },
                    { QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships/"
                                     "metadata/core-properties"),
                        QStringLiteral("docProps/core.xml") } }) },
        { QStringLiteral("docProps/core.xml"), coreProperties(document.title()) },
        { QStringLiteral("word/_rels/document.xml.rels"), documentRelationships() },
        { QStringLiteral("word/document.xml"), documentXml(document) },
        { QStringLiteral("word/styles.xml"), stylesXml() },
        { QStringLiteral("word/settings.xml"), settingsXml() },
        { QStringLiteral("word/fontTable.xml"), fontTable() },
        { QStringLiteral("word/footer1.xml"), footer(true) },
        { QStringLiteral("word/footer2.xml"), footer(false) },
    };
    for (const auto &[name, bytes] : parts) {
        if (auto s = zip.add(name, bytes); !s)
            return s;
    }
    return zip.commit();
}

} // namespace rectify
