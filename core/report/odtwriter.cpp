#include "report/odtwriter.h"

#include "report/officiallayout.h"
#include "report/packagenames.h"
#include "report/zipwriter.h"

#include <QXmlStreamWriter>

namespace rectify {

namespace {

using Style = OfficialDocument::Style;
using namespace OfficialLayout;

const QString &office = PackageNames::odfOffice;
const QString &styleNs = PackageNames::odfStyle;
const QString &text = PackageNames::odfText;
const QString &fo = PackageNames::odfFo;
const QString &svg = PackageNames::odfSvg;
const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
const QString &manifestNs = PackageNames::odfManifest;
const QString &mimeType = PackageNames::odtMimeType;

QString pt(double value)
{
    return QString::number(value, 'f', 2) + QStringLiteral("pt");
}

QString mm(double value)
{
    return QString::number(value, 'f', 1) + QStringLiteral("mm");
}

QString styleName(Style style)
{
    switch (style) {
    case Style::Title:
        return QStringLiteral("Title");
    case Style::Heading1:
        return QStringLiteral("Heading_20_1");
    case Style::Heading2:
        return QStringLiteral("Heading_20_2");
    case Style::Body:
        break;
    }
    return QStringLiteral("Standard");
}

void startDocument(QXmlStreamWriter &x, const QString &root)
{
    x.writeStartDocument(QStringLiteral("1.0"), true);
    x.writeNamespace(office, QStringLiteral("office"));
    x.writeNamespace(styleNs, QStringLiteral("style"));
    x.writeNamespace(text, QStringLiteral("text"));
    x.writeNamespace(fo, QStringLiteral("fo"));
    x.writeNamespace(svg, QStringLiteral("svg"));
    x.writeStartElement(office, root);
    x.writeAttribute(office, QStringLiteral("version"), QStringLiteral("1.3"));
}

// The text of a paragraph or span: ODF collapses spaces, so runs of them are
// counted (text:s), and breaks and tabs are elements.
void writeText(QXmlStreamWriter &x, const QString &s)
{
    QString pending;
    const auto flush = [&] {
        if (!pending.isEmpty())
            x.writeCharacters(pending);
        pending.clear();
    };
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        const ushort u = c.unicode();
        if (c == QLatin1Char(' ') && (i == 0 || s.at(i - 1) == QLatin1Char(' '))) {
            qsizetype n = 1;
            while (i + n < s.size() && s.at(i + n) == QLatin1Char(' '))
                ++n;
            flush();
            x.writeEmptyElement(text, QStringLiteral("s"));
            if (n > 1)
                x.writeAttribute(text, QStringLiteral("c"), QString::number(n));
            i += n - 1;
        } else if (c == QLatin1Char('\n')) {
            flush();
            x.writeEmptyElement(text, QStringLiteral("line-break"));
        } else if (c == QLatin1Char('\t')) {
            flush();
            x.writeEmptyElement(text, QStringLiteral("tab"));
        } else if ((u < 0x20) || u == 0xFFFE || u == 0xFFFF) {
            continue; // not representable in XML 1.0
        } else {
            pending += c;
        }
    }
    flush();
}

void textProperties(QXmlStreamWriter &x, const QString &latin, const QString &asian, double size,
    double letterSpacing)
{
    x.writeEmptyElement(styleNs, QStringLiteral("text-properties"));
    x.writeAttribute(styleNs, QStringLiteral("font-name"), latin);
    x.writeAttribute(fo, QStringLiteral("font-size"), pt(size));
    x.writeAttribute(styleNs, QStringLiteral("font-name-asian"), asian);
    x.writeAttribute(styleNs, QStringLiteral("font-size-asian"), pt(size));
    x.writeAttribute(styleNs, QStringLiteral("font-name-complex"), latin);
    x.writeAttribute(styleNs, QStringLiteral("font-size-complex"), pt(size));
    x.writeAttribute(fo, QStringLiteral("font-weight"), QStringLiteral("normal"));
    x.writeAttribute(styleNs, QStringLiteral("font-weight-asian"), QStringLiteral("normal"));
    x.writeAttribute(fo, QStringLiteral("letter-spacing"),
        letterSpacing == 0 ? QStringLiteral("normal") : pt(letterSpacing));
    x.writeAttribute(fo, QStringLiteral("language"), QStringLiteral("zh"));
    x.writeAttribute(fo, QStringLiteral("country"), QStringLiteral("CN"));
    x.writeAttribute(styleNs, QStringLiteral("language-asian"), QStringLiteral("zh"));
    x.writeAttribute(styleNs, QStringLiteral("country-asian"), QStringLiteral("CN"));
}

QByteArray manifest()
{
    QByteArray bytes;
    QXmlStreamWriter x(&bytes);
    x.writeStartDocument(QStringLiteral("1.0"), true);
    x.writeNamespace(manifestNs, QStringLiteral("manifest"));
    x.writeStartElement(manifestNs, QStringLiteral("manifest"));
    x.writeAttribute(manifestNs, QStringLiteral("version"), QStringLiteral("1.3"));
    const auto entry = [&](const QString &path, const QString &type) {
        x.writeEmptyElement(manifestNs, QStringLiteral("file-entry"));
        x.writeAttribute(manifestNs, QStringLiteral("full-path"), path);
        if (path == QLatin1String("/"))
            x.writeAttribute(manifestNs, QStringLiteral("version"), QStringLiteral("1.3"));
        x.writeAttribute(manifestNs, QStringLiteral("media-type"), type);
    };
    entry(QStringLiteral("/"), mimeType);
    for (const char *part : { "content.xml", "styles.xml", "meta.xml" })
        entry(QString::fromLatin1(part), QStringLiteral("text/xml"));
    x.writeEndElement();
    x.writeEndDocument();
    return bytes;
}

QByteArray meta(const QString &title)
{
    QByteArray bytes;
    QXmlStreamWriter x(&bytes);
    startDocument(x, QStringLiteral("document-meta"));
    x.writeNamespace(dc, QStringLiteral("dc"));
    x.writeStartElement(office, QStringLiteral("meta"));
    QString clean = title;
    clean.remove(QLatin1Char('\n'));
    x.writeTextElement(dc, QStringLiteral("title"), clean);
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndDocument();
    return bytes;
}

} // namespace

QByteArray OdtWriter::stylesXml()
{
    QByteArray bytes;
    QXmlStreamWriter x(&bytes);
    startDocument(x, QStringLiteral("document-styles"));

    x.writeStartElement(office, QStringLiteral("font-face-decls"));
    QStringList names { latinFontName(), pageNumberFontName() };
    for (Style s : { Style::Title, Style::Heading1, Style::Heading2, Style::Body })
        names << fontName(s);
    for (const QString &name : names) {
        x.writeEmptyElement(styleNs, QStringLiteral("font-face"));
        x.writeAttribute(styleNs, QStringLiteral("name"), name);
        x.writeAttribute(svg, QStringLiteral("font-family"), name);
        x.writeAttribute(styleNs, QStringLiteral("font-family-generic"),
            name == fontName(Style::Heading1) ? QStringLiteral("swiss") : QStringLiteral("roman"));
        x.writeAttribute(styleNs, QStringLiteral("font-pitch"), QStringLiteral("variable"));
    }
    x.writeEndElement();

    x.writeStartElement(office, QStringLiteral("styles"));
    x.writeStartElement(styleNs, QStringLiteral("default-style"));
    x.writeAttribute(styleNs, QStringLiteral("family"), QStringLiteral("paragraph"));
    x.writeEmptyElement(styleNs, QStringLiteral("paragraph-properties"));
    x.writeAttribute(fo, QStringLiteral("line-height"), pt(linePitchPt));
    x.writeAttribute(fo, QStringLiteral("text-align"), QStringLiteral("justify"));
    x.writeAttribute(fo, QStringLiteral("orphans"), QStringLiteral("0"));
    x.writeAttribute(fo, QStringLiteral("widows"), QStringLiteral("0"));
    textProperties(x, latinFontName(), fontName(Style::Body), bodyPt, letterSpacingPt);
    x.writeEndElement();

    const auto paragraphStyle = [&](Style s, const QString &display) {
        x.writeStartElement(styleNs, QStringLiteral("style"));
        x.writeAttribute(styleNs, QStringLiteral("name"), styleName(s));
        if (!display.isEmpty())
            x.writeAttribute(styleNs, QStringLiteral("display-name"), display);
        x.writeAttribute(styleNs, QStringLiteral("family"), QStringLiteral("paragraph"));
        if (s != Style::Body) {
            x.writeAttribute(
                styleNs, QStringLiteral("parent-style-name"), QStringLiteral("Standard"));
            x.writeAttribute(
                styleNs, QStringLiteral("next-style-name"), QStringLiteral("Standard"));
        }
        if (s == Style::Heading1 || s == Style::Heading2)
            x.writeAttribute(styleNs, QStringLiteral("default-outline-level"),
                s == Style::Heading1 ? QStringLiteral("1") : QStringLiteral("2"));
        x.writeEmptyElement(styleNs, QStringLiteral("paragraph-properties"));
        x.writeAttribute(fo, QStringLiteral("line-height"), pt(linePitchPt));
        x.writeAttribute(fo, QStringLiteral("margin-top"), QStringLiteral("0pt"));
        if (s == Style::Title) {
            x.writeAttribute(fo, QStringLiteral("margin-bottom"), pt(linePitchPt));
            x.writeAttribute(fo, QStringLiteral("text-indent"), QStringLiteral("0pt"));
            x.writeAttribute(fo, QStringLiteral("text-align"), QStringLiteral("center"));
        } else {
            x.writeAttribute(fo, QStringLiteral("margin-bottom"), QStringLiteral("0pt"));
            // Two characters of the squeezed pitch.
            x.writeAttribute(fo, QStringLiteral("text-indent"), pt(2 * charPitchPt));
            x.writeAttribute(fo, QStringLiteral("text-align"), QStringLiteral("justify"));
        }
        if (s == Style::Heading1 || s == Style::Heading2)
            x.writeAttribute(fo, QStringLiteral("keep-with-next"), QStringLiteral("always"));
        const QString font = fontName(s);
        textProperties(x, s == Style::Body ? latinFontName() : font, font, pointSize(s),
            s == Style::Title ? 0 : letterSpacingPt);
        x.writeEndElement();
    };
    paragraphStyle(Style::Body, QString());
    paragraphStyle(Style::Title, QString());
    paragraphStyle(Style::Heading1, QStringLiteral("Heading 1"));
    paragraphStyle(Style::Heading2, QStringLiteral("Heading 2"));

    // Page numbers: 4号 宋体, one character in from the outside edge.
    const auto footerStyle = [&](const char *name, bool odd) {
        x.writeStartElement(styleNs, QStringLiteral("style"));
        x.writeAttribute(styleNs, QStringLiteral("name"), QString::fromLatin1(name));
        x.writeAttribute(styleNs, QStringLiteral("family"), QStringLiteral("paragraph"));
        x.writeAttribute(styleNs, QStringLiteral("class"), QStringLiteral("extra"));
        x.writeEmptyElement(styleNs, QStringLiteral("paragraph-properties"));
        x.writeAttribute(fo, QStringLiteral("line-height"), QStringLiteral("100%"));
        x.writeAttribute(fo, QStringLiteral("text-indent"), QStringLiteral("0pt"));
        x.writeAttribute(fo, QStringLiteral("text-align"),
            odd ? QStringLiteral("end") : QStringLiteral("start"));
        x.writeAttribute(fo, odd ? QStringLiteral("margin-right") : QStringLiteral("margin-left"),
            pt(pageNumberPt));
        textProperties(x, pageNumberFontName(), pageNumberFontName(), pageNumberPt, 0);
        x.writeEndElement();
    };
    footerStyle("Footer_20_Odd", true);
    footerStyle("Footer_20_Even", false);
    x.writeEndElement(); // styles

    x.writeStartElement(office, QStringLiteral("automatic-styles"));
    x.writeStartElement(styleNs, QStringLiteral("page-layout"));
    x.writeAttribute(styleNs, QStringLiteral("name"), QStringLiteral("pm1"));
    x.writeEmptyElement(styleNs, QStringLiteral("page-layout-properties"));
    x.writeAttribute(fo, QStringLiteral("page-width"), mm(pageWidthMm));
    x.writeAttribute(fo, QStringLiteral("page-height"), mm(pageHeightMm));
    x.writeAttribute(styleNs, QStringLiteral("print-orientation"), QStringLiteral("portrait"));
    x.writeAttribute(fo, QStringLiteral("margin-top"), mm(topMm));
    // The footer lies inside the bottom margin of GB/T 9704: the page's margin
    // reaches to the footer's foot, the footer's height and its spacing make up the
    // rest of the 35 mm, so the type area stays 225 mm high.
    const double footerHeightMm = pageNumberPt * 25.4 / 72 + 0.5;
    x.writeAttribute(
        fo, QStringLiteral("margin-bottom"), mm(bottomMm - pageNumberGapMm - footerHeightMm));
    x.writeAttribute(fo, QStringLiteral("margin-left"), mm(leftMm));
    x.writeAttribute(fo, QStringLiteral("margin-right"), mm(rightMm));
    x.writeAttribute(styleNs, QStringLiteral("writing-mode"), QStringLiteral("lr-tb"));
    x.writeStartElement(styleNs, QStringLiteral("footer-style"));
    x.writeEmptyElement(styleNs, QStringLiteral("header-footer-properties"));
    x.writeAttribute(fo, QStringLiteral("min-height"), mm(footerHeightMm));
    x.writeAttribute(fo, QStringLiteral("margin-top"), mm(pageNumberGapMm));
    x.writeAttribute(styleNs, QStringLiteral("dynamic-spacing"), QStringLiteral("false"));
    x.writeEndElement(); // footer-style
    x.writeEndElement(); // page-layout
    x.writeEndElement(); // automatic-styles

    x.writeStartElement(office, QStringLiteral("master-styles"));
    x.writeStartElement(styleNs, QStringLiteral("master-page"));
    x.writeAttribute(styleNs, QStringLiteral("name"), QStringLiteral("Standard"));
    x.writeAttribute(styleNs, QStringLiteral("page-layout-name"), QStringLiteral("pm1"));
    // style:footer is every page's unless footer-left is given, which is then the
    // left-hand (even) pages'.
    const auto footer = [&](const char *element, const char *style, const char *sample) {
        x.writeStartElement(styleNs, QString::fromLatin1(element));
        x.writeStartElement(text, QStringLiteral("p"));
        x.writeAttribute(text, QStringLiteral("style-name"), QString::fromLatin1(style));
        x.writeCharacters(QStringLiteral("— "));
        x.writeStartElement(text, QStringLiteral("page-number"));
        x.writeAttribute(text, QStringLiteral("select-page"), QStringLiteral("current"));
        x.writeCharacters(QString::fromLatin1(sample));
        x.writeEndElement();
        x.writeCharacters(QStringLiteral(" —"));
        x.writeEndElement();
        x.writeEndElement();
    };
    footer("footer", "Footer_20_Odd", "1");
    footer("footer-left", "Footer_20_Even", "2");
    x.writeEndElement(); // master-page
    x.writeEndElement(); // master-styles

    x.writeEndElement(); // document-styles
    x.writeEndDocument();
    return bytes;
}

QByteArray OdtWriter::contentXml(const OfficialDocument &document)
{
    QByteArray bytes;
    QXmlStreamWriter x(&bytes);
    startDocument(x, QStringLiteral("document-content"));
    x.writeStartElement(office, QStringLiteral("automatic-styles"));
    x.writeStartElement(styleNs, QStringLiteral("style"));
    x.writeAttribute(styleNs, QStringLiteral("name"), QStringLiteral("Placeholder"));
    x.writeAttribute(styleNs, QStringLiteral("family"), QStringLiteral("text"));
    x.writeEmptyElement(styleNs, QStringLiteral("text-properties"));
    x.writeAttribute(fo, QStringLiteral("background-color"), QStringLiteral("#ffff00"));
    x.writeEndElement();
    x.writeEndElement();

    x.writeStartElement(office, QStringLiteral("body"));
    x.writeStartElement(office, QStringLiteral("text"));
    for (const OfficialDocument::Paragraph &p : document.paragraphs()) {
        const bool heading = p.style == Style::Heading1 || p.style == Style::Heading2;
        x.writeStartElement(text, heading ? QStringLiteral("h") : QStringLiteral("p"));
        x.writeAttribute(text, QStringLiteral("style-name"), styleName(p.style));
        if (heading)
            x.writeAttribute(text, QStringLiteral("outline-level"),
                p.style == Style::Heading1 ? QStringLiteral("1") : QStringLiteral("2"));
        const QStringList runs = OfficialDocument::splitPlaceholders(p.text);
        for (qsizetype i = 0; i < runs.size(); ++i) {
            if (i % 2 == 0) {
                writeText(x, runs.at(i));
                continue;
            }
            x.writeStartElement(text, QStringLiteral("span"));
            x.writeAttribute(text, QStringLiteral("style-name"), QStringLiteral("Placeholder"));
            writeText(x, runs.at(i));
            x.writeEndElement();
        }
        x.writeEndElement();
    }
    x.writeEndElement(); // text
    x.writeEndElement(); // body
    x.writeEndElement(); // document-content
    x.writeEndDocument();
    return bytes;
}

Status OdtWriter::write(const OfficialDocument &document, const QString &path)
{
    ZipWriter zip;
    if (auto s = zip.open(path); !s)
        return s;
    // The mimetype first and stored, as ODF requires, so that a reader finds it at
    // a fixed offset.
    if (auto s
        = zip.add(QStringLiteral("mimetype"), mimeType.toLatin1(), ZipWriter::Compression::Store);
        !s)
        return s;
    const std::pair<const char *, QByteArray> parts[] = {
        { "META-INF/manifest.xml", manifest() },
        { "meta.xml", meta(document.title()) },
        { "styles.xml", stylesXml() },
        { "content.xml", contentXml(document) },
    };
    for (const auto &[name, bytes] : parts) {
        if (auto s = zip.add(QString::fromLatin1(name), bytes); !s)
            return s;
    }
    return zip.commit();
}

} // namespace rectify
