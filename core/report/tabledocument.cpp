#include "report/tabledocument.h"

#include "report/documentfile.h"
#include "report/documentfont.h"
#include "report/officiallayout.h"
#include "report/packagenames.h"
#include "report/pdffile.h"
#include "report/zipwriter.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QXmlStreamWriter>
#include <numeric>

namespace rectify {

namespace {

using Style = OfficialDocument::Style;

constexpr double typeWidthMm = TableDocument::pageWidthMm - 2 * TableDocument::marginMm;
constexpr double typeHeightMm
    = TableDocument::pageHeightMm - TableDocument::topMm - TableDocument::bottomMm;
constexpr double cellPaddingPt = 3;

int twips(double mm)
{
    return OfficialLayout::twips(mm);
}

QString halfPoints(double pt)
{
    return QString::number(qRound(pt * 2));
}

// Characters XML 1.0 cannot carry (control characters a ledger cell might hold)
// are left out rather than making the whole document unreadable.
QString xmlSafe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if ((u < 0x20 && u != 0x9 && u != 0xA) || u == 0xFFFE || u == 0xFFFF)
            continue;
        out += c;
    }
    return out;
}

class Xml
{
public:
    Xml()
        : m_xml(&m_bytes)
    {
        m_xml.writeStartDocument(QStringLiteral("1.0"), true);
    }
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

// --- DOCX --------------------------------------------------------------------

const QString &w = PackageNames::word;
const QString &rNs = PackageNames::relationships;
const QString &pkgRels = PackageNames::packageRelationships;
const QString &officeRel = PackageNames::relationshipTypes;

void val(QXmlStreamWriter &x, const QString &element, const QString &value)
{
    x.writeEmptyElement(w, element);
    x.writeAttribute(w, QStringLiteral("val"), value);
}

void wFonts(QXmlStreamWriter &x, const QString &eastAsia)
{
    const QString latin = OfficialLayout::latinFontName();
    x.writeEmptyElement(w, QStringLiteral("rFonts"));
    x.writeAttribute(w, QStringLiteral("ascii"), latin);
    x.writeAttribute(w, QStringLiteral("hAnsi"), latin);
    x.writeAttribute(w, QStringLiteral("eastAsia"), eastAsia);
    x.writeAttribute(w, QStringLiteral("cs"), latin);
}

void wSize(QXmlStreamWriter &x, double pt)
{
    val(x, QStringLiteral("sz"), halfPoints(pt));
    val(x, QStringLiteral("szCs"), halfPoints(pt));
}

// A paragraph of one style; line breaks in the text stay line breaks.
void wParagraph(QXmlStreamWriter &x, const QString &style, const QString &text)
{
    x.writeStartElement(w, QStringLiteral("p"));
    x.writeStartElement(w, QStringLiteral("pPr"));
    val(x, QStringLiteral("pStyle"), style);
    x.writeEndElement();
    const QStringList lines = xmlSafe(text).split(QLatin1Char('\n'));
    if (!text.isEmpty()) {
        x.writeStartElement(w, QStringLiteral("r"));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                x.writeEmptyElement(w, QStringLiteral("br"));
            x.writeStartElement(w, QStringLiteral("t"));
            x.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            x.writeCharacters(lines.at(i));
            x.writeEndElement();
        }
        x.writeEndElement();
    }
    x.writeEndElement();
}

QByteArray docxContentTypes()
{
    Xml x;
    const QString ns
        = QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types");
    (*x).writeDefaultNamespace(ns);
    (*x).writeStartElement(ns, QStringLiteral("Types"));
    const auto def = [&](const char *ext, const char *type) {
        (*x).writeEmptyElement(ns, QStringLiteral("Default"));
        (*x).writeAttribute(QStringLiteral("Extension"), QString::fromLatin1(ext));
        (*x).writeAttribute(QStringLiteral("ContentType"), QString::fromLatin1(type));
    };
    def("rels", "application/vnd.openxmlformats-package.relationships+xml");
    def("xml", "application/xml");
    const auto part = [&](const char *name, const QString &type) {
        (*x).writeEmptyElement(ns, QStringLiteral("Override"));
        (*x).writeAttribute(QStringLiteral("PartName"), QString::fromLatin1(name));
        (*x).writeAttribute(QStringLiteral("ContentType"), type);
    };
    const QString wml
        = QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.");
    part("/word/document.xml", wml + QStringLiteral("document.main+xml"));
    part("/word/styles.xml", wml + QStringLiteral("styles+xml"));
    part("/word/footer1.xml", wml + QStringLiteral("footer+xml"));
    part("/docProps/core.xml",
        QStringLiteral("application/vnd.openxmlformats-package.core-properties+xml"));
    (*x).writeEndElement();
    return x.finish();
}

QByteArray docxRelationships(const QVector<std::tuple<QString, QString, QString>> &targets)
{
    Xml x;
    (*x).writeDefaultNamespace(pkgRels);
    (*x).writeStartElement(pkgRels, QStringLiteral("Relationships"));
    for (const auto &[id, type, target] : targets) {
        (*x).writeEmptyElement(pkgRels, QStringLiteral("Relationship"));
        (*x).writeAttribute(QStringLiteral("Id"), id);
        (*x).writeAttribute(QStringLiteral("Type"), type);
        (*x).writeAttribute(QStringLiteral("Target"), target);
    }
    (*x).writeEndElement();
    return x.finish();
}

QByteArray docxCore(const QString &title)
{
    Xml x;
    const QString cp
        = QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
    const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
    (*x).writeNamespace(cp, QStringLiteral("cp"));
    (*x).writeNamespace(dc, QStringLiteral("dc"));
    (*x).writeStartElement(cp, QStringLiteral("coreProperties"));
    (*x).writeTextElement(dc, QStringLiteral("title"), xmlSafe(title));
    (*x).writeTextElement(dc, QStringLiteral("creator"), QStringLiteral("Rectify"));
    (*x).writeEndElement();
    return x.finish();
}

QByteArray docxStyles()
{
    Xml x;
    QXmlStreamWriter &s = *x;
    s.writeNamespace(w, QStringLiteral("w"));
    s.writeStartElement(w, QStringLiteral("styles"));
    s.writeStartElement(w, QStringLiteral("docDefaults"));
    s.writeStartElement(w, QStringLiteral("rPrDefault"));
    s.writeStartElement(w, QStringLiteral("rPr"));
    wFonts(s, OfficialLayout::fontName(Style::Body));
    wSize(s, TableDocument::cellPt);
    s.writeEmptyElement(w, QStringLiteral("lang"));
    s.writeAttribute(w, QStringLiteral("val"), QStringLiteral("en-US"));
    s.writeAttribute(w, QStringLiteral("eastAsia"), QStringLiteral("zh-CN"));
    s.writeEndElement();
    s.writeEndElement();
    s.writeEndElement(); // docDefaults
    const auto style = [&](const char *id, const char *name, const QString &font, double pt,
                           const char *align, int after) {
        s.writeStartElement(w, QStringLiteral("style"));
        s.writeAttribute(w, QStringLiteral("type"), QStringLiteral("paragraph"));
        if (qstrcmp(id, "Normal") == 0)
            s.writeAttribute(w, QStringLiteral("default"), QStringLiteral("1"));
        s.writeAttribute(w, QStringLiteral("styleId"), QString::fromLatin1(id));
        val(s, QStringLiteral("name"), QString::fromLatin1(name));
        if (qstrcmp(id, "Normal") != 0)
            val(s, QStringLiteral("basedOn"), QStringLiteral("Normal"));
        s.writeStartElement(w, QStringLiteral("pPr"));
        s.writeEmptyElement(w, QStringLiteral("spacing"));
        s.writeAttribute(w, QStringLiteral("before"), QStringLiteral("0"));
        s.writeAttribute(w, QStringLiteral("after"), QString::number(after));
        s.writeAttribute(w, QStringLiteral("line"), QStringLiteral("240"));
        s.writeAttribute(w, QStringLiteral("lineRule"), QStringLiteral("auto"));
        val(s, QStringLiteral("jc"), QString::fromLatin1(align));
        s.writeEndElement();
        s.writeStartElement(w, QStringLiteral("rPr"));
        wFonts(s, font);
        wSize(s, pt);
        s.writeEndElement();
        s.writeEndElement();
    };
    style("Normal", "Normal", OfficialLayout::fontName(Style::Body), TableDocument::cellPt, "left",
        0);
    style("Title", "Title", OfficialLayout::fontName(Style::Title), TableDocument::titlePt,
        "center", 120);
    style("Subtitle", "Subtitle", OfficialLayout::fontName(Style::Heading2),
        TableDocument::subtitlePt, "center", 0);
    style("TableHeader", "Table Header", OfficialLayout::fontName(Style::Heading1),
        TableDocument::cellPt, "center", 0);
    style("TableText", "Table Text", OfficialLayout::fontName(Style::Body), TableDocument::cellPt,
        "left", 0);
    style("Footer", "footer", OfficialLayout::pageNumberFontName(), TableDocument::pageNumberPt,
        "center", 0);
    s.writeEndElement(); // styles
    return x.finish();
}

// "第 n 页 共 m 页", centred, with Word's PAGE and NUMPAGES fields.
QByteArray docxFooter()
{
    Xml x;
    QXmlStreamWriter &s = *x;
    s.writeNamespace(w, QStringLiteral("w"));
    s.writeStartElement(w, QStringLiteral("ftr"));
    s.writeStartElement(w, QStringLiteral("p"));
    s.writeStartElement(w, QStringLiteral("pPr"));
    val(s, QStringLiteral("pStyle"), QStringLiteral("Footer"));
    s.writeEndElement();
    const auto text = [&](const QString &t) {
        s.writeStartElement(w, QStringLiteral("r"));
        s.writeStartElement(w, QStringLiteral("t"));
        s.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
        s.writeCharacters(t);
        s.writeEndElement();
        s.writeEndElement();
    };
    const auto field = [&](const char *instruction, const char *shown) {
        const auto fldChar = [&](const char *type) {
            s.writeStartElement(w, QStringLiteral("r"));
            s.writeEmptyElement(w, QStringLiteral("fldChar"));
            s.writeAttribute(w, QStringLiteral("fldCharType"), QString::fromLatin1(type));
            s.writeEndElement();
        };
        fldChar("begin");
        s.writeStartElement(w, QStringLiteral("r"));
        s.writeStartElement(w, QStringLiteral("instrText"));
        s.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
        s.writeCharacters(QString::fromLatin1(instruction));
        s.writeEndElement();
        s.writeEndElement();
        fldChar("separate");
        text(QString::fromLatin1(shown));
        fldChar("end");
    };
    text(QStringLiteral("第 "));
    field(" PAGE ", "1");
    text(QStringLiteral(" 页 共 "));
    field(" NUMPAGES ", "1");
    text(QStringLiteral(" 页"));
    s.writeEndElement(); // p
    s.writeEndElement(); // ftr
    return x.finish();
}

void wBorders(QXmlStreamWriter &x)
{
    x.writeStartElement(w, QStringLiteral("tblBorders"));
    for (const char *side : { "top", "left", "bottom", "right", "insideH", "insideV" }) {
        x.writeEmptyElement(w, QString::fromLatin1(side));
        x.writeAttribute(w, QStringLiteral("val"), QStringLiteral("single"));
        x.writeAttribute(w, QStringLiteral("sz"), QStringLiteral("4"));
        x.writeAttribute(w, QStringLiteral("space"), QStringLiteral("0"));
        x.writeAttribute(w, QStringLiteral("color"), QStringLiteral("000000"));
    }
    x.writeEndElement();
}

// --- ODT ---------------------------------------------------------------------

const QString &office = PackageNames::odfOffice;
const QString &styleNs = PackageNames::odfStyle;
const QString &textNs = PackageNames::odfText;
const QString &tableNs = PackageNames::odfTable;
const QString &fo = PackageNames::odfFo;
const QString &svg = PackageNames::odfSvg;
const QString &manifestNs = PackageNames::odfManifest;
const QString &odtMime = PackageNames::odtMimeType;

QString mm(double value)
{
    return QString::number(value, 'f', 2) + QStringLiteral("mm");
}

QString pt(double value)
{
    return QString::number(value, 'f', 1) + QStringLiteral("pt");
}

void odtStart(QXmlStreamWriter &x, const QString &root)
{
    x.writeNamespace(office, QStringLiteral("office"));
    x.writeNamespace(styleNs, QStringLiteral("style"));
    x.writeNamespace(textNs, QStringLiteral("text"));
    x.writeNamespace(tableNs, QStringLiteral("table"));
    x.writeNamespace(fo, QStringLiteral("fo"));
    x.writeNamespace(svg, QStringLiteral("svg"));
    x.writeStartElement(office, root);
    x.writeAttribute(office, QStringLiteral("version"), QStringLiteral("1.3"));
}

void odtParagraph(QXmlStreamWriter &x, const QString &style, const QString &text)
{
    x.writeStartElement(textNs, QStringLiteral("p"));
    x.writeAttribute(textNs, QStringLiteral("style-name"), style);
    const QStringList lines = xmlSafe(text).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            x.writeEmptyElement(textNs, QStringLiteral("line-break"));
        x.writeCharacters(lines.at(i));
    }
    x.writeEndElement();
}

// A paragraph style with its East Asian font and size.
void odtTextStyle(QXmlStreamWriter &x, const QString &name, const QString &font, double size,
    const char *align, double belowMm = 0)
{
    x.writeStartElement(styleNs, QStringLiteral("style"));
    x.writeAttribute(styleNs, QStringLiteral("name"), name);
    x.writeAttribute(styleNs, QStringLiteral("family"), QStringLiteral("paragraph"));
    x.writeEmptyElement(styleNs, QStringLiteral("paragraph-properties"));
    x.writeAttribute(fo, QStringLiteral("text-align"), QString::fromLatin1(align));
    x.writeAttribute(fo, QStringLiteral("margin-top"), mm(0));
    x.writeAttribute(fo, QStringLiteral("margin-bottom"), mm(belowMm));
    x.writeEmptyElement(styleNs, QStringLiteral("text-properties"));
    x.writeAttribute(styleNs, QStringLiteral("font-name"), OfficialLayout::latinFontName());
    x.writeAttribute(styleNs, QStringLiteral("font-name-asian"), font);
    x.writeAttribute(fo, QStringLiteral("font-size"), pt(size));
    x.writeAttribute(styleNs, QStringLiteral("font-size-asian"), pt(size));
    x.writeAttribute(fo, QStringLiteral("language"), QStringLiteral("en"));
    x.writeAttribute(fo, QStringLiteral("country"), QStringLiteral("US"));
    x.writeAttribute(styleNs, QStringLiteral("language-asian"), QStringLiteral("zh"));
    x.writeAttribute(styleNs, QStringLiteral("country-asian"), QStringLiteral("CN"));
    x.writeEndElement();
}

void odtFontFaces(QXmlStreamWriter &x)
{
    x.writeStartElement(office, QStringLiteral("font-face-decls"));
    QStringList names { OfficialLayout::latinFontName(), OfficialLayout::fontName(Style::Title),
        OfficialLayout::fontName(Style::Heading1), OfficialLayout::fontName(Style::Heading2),
        OfficialLayout::fontName(Style::Body), OfficialLayout::pageNumberFontName() };
    for (const QString &name : names) {
        x.writeEmptyElement(styleNs, QStringLiteral("font-face"));
        x.writeAttribute(styleNs, QStringLiteral("name"), name);
        x.writeAttribute(svg, QStringLiteral("font-family"), name);
    }
    x.writeEndElement();
}

QByteArray odtStyles()
{
    Xml x;
    QXmlStreamWriter &s = *x;
    odtStart(s, QStringLiteral("document-styles"));
    odtFontFaces(s);
    s.writeStartElement(office, QStringLiteral("styles"));
    odtTextStyle(s, QStringLiteral("Standard"), OfficialLayout::fontName(Style::Body),
        TableDocument::cellPt, "start");
    odtTextStyle(s, QStringLiteral("Title"), OfficialLayout::fontName(Style::Title),
        TableDocument::titlePt, "center", 2);
    odtTextStyle(s, QStringLiteral("Subtitle"), OfficialLayout::fontName(Style::Heading2),
        TableDocument::subtitlePt, "center");
    odtTextStyle(s, QStringLiteral("Table_20_Heading"), OfficialLayout::fontName(Style::Heading1),
        TableDocument::cellPt, "center");
    odtTextStyle(s, QStringLiteral("Table_20_Contents"), OfficialLayout::fontName(Style::Body),
        TableDocument::cellPt, "start");
    odtTextStyle(s, QStringLiteral("Footer"), OfficialLayout::pageNumberFontName(),
        TableDocument::pageNumberPt, "center");
    s.writeEndElement(); // styles

    s.writeStartElement(office, QStringLiteral("automatic-styles"));
    s.writeStartElement(styleNs, QStringLiteral("page-layout"));
    s.writeAttribute(styleNs, QStringLiteral("name"), QStringLiteral("Landscape"));
    s.writeEmptyElement(styleNs, QStringLiteral("page-layout-properties"));
    s.writeAttribute(fo, QStringLiteral("page-width"), mm(TableDocument::pageWidthMm));
    s.writeAttribute(fo, QStringLiteral("page-height"), mm(TableDocument::pageHeightMm));
    s.writeAttribute(styleNs, QStringLiteral("print-orientation"), QStringLiteral("landscape"));
    s.writeAttribute(fo, QStringLiteral("margin-top"), mm(TableDocument::topMm));
    s.writeAttribute(fo, QStringLiteral("margin-bottom"), mm(TableDocument::bottomMm - 10));
    s.writeAttribute(fo, QStringLiteral("margin-left"), mm(TableDocument::marginMm));
    s.writeAttribute(fo, QStringLiteral("margin-right"), mm(TableDocument::marginMm));
    s.writeStartElement(styleNs, QStringLiteral("footer-style"));
    s.writeEmptyElement(styleNs, QStringLiteral("header-footer-properties"));
    s.writeAttribute(fo, QStringLiteral("min-height"), mm(5));
    s.writeAttribute(fo, QStringLiteral("margin-top"), mm(5));
    s.writeEndElement();
    s.writeEndElement(); // page-layout
    s.writeEndElement(); // automatic-styles

    s.writeStartElement(office, QStringLiteral("master-styles"));
    s.writeStartElement(styleNs, QStringLiteral("master-page"));
    s.writeAttribute(styleNs, QStringLiteral("name"), QStringLiteral("Standard"));
    s.writeAttribute(styleNs, QStringLiteral("page-layout-name"), QStringLiteral("Landscape"));
    s.writeStartElement(styleNs, QStringLiteral("footer"));
    s.writeStartElement(textNs, QStringLiteral("p"));
    s.writeAttribute(textNs, QStringLiteral("style-name"), QStringLiteral("Footer"));
    s.writeCharacters(QStringLiteral("第 "));
    s.writeStartElement(textNs, QStringLiteral("page-number"));
    s.writeAttribute(textNs, QStringLiteral("select-page"), QStringLiteral("current"));
    s.writeCharacters(QStringLiteral("1"));
    s.writeEndElement();
    s.writeCharacters(QStringLiteral(" 页 共 "));
    s.writeTextElement(textNs, QStringLiteral("page-count"), QStringLiteral("1"));
    s.writeCharacters(QStringLiteral(" 页"));
    s.writeEndElement(); // p
    s.writeEndElement(); // footer
    s.writeEndElement(); // master-page
    s.writeEndElement(); // master-styles
    s.writeEndElement();
    return x.finish();
}

QByteArray odtManifest()
{
    Xml x;
    QXmlStreamWriter &s = *x;
    s.writeNamespace(manifestNs, QStringLiteral("manifest"));
    s.writeStartElement(manifestNs, QStringLiteral("manifest"));
    s.writeAttribute(manifestNs, QStringLiteral("version"), QStringLiteral("1.3"));
    const auto entry = [&](const QString &path, const QString &type) {
        s.writeEmptyElement(manifestNs, QStringLiteral("file-entry"));
        s.writeAttribute(manifestNs, QStringLiteral("full-path"), path);
        if (path == QLatin1String("/"))
            s.writeAttribute(manifestNs, QStringLiteral("version"), QStringLiteral("1.3"));
        s.writeAttribute(manifestNs, QStringLiteral("media-type"), type);
    };
    entry(QStringLiteral("/"), odtMime);
    entry(QStringLiteral("content.xml"), QStringLiteral("text/xml"));
    entry(QStringLiteral("styles.xml"), QStringLiteral("text/xml"));
    s.writeEndElement();
    return x.finish();
}

} // namespace

QString TableDocument::plainText() const
{
    QString out = title + QLatin1Char('\n');
    for (const QString &line : subtitle)
        out += line + QLatin1Char('\n');
    QStringList headers;
    for (const Column &c : columns)
        headers << c.header;
    out += headers.join(QLatin1Char('\t')) + QLatin1Char('\n');
    for (const QStringList &row : rows)
        out += row.join(QLatin1Char('\t')) + QLatin1Char('\n');
    return out;
}

QPageLayout TableDocument::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0),
        QPageLayout::Millimeter);
}

QVector<int> TableDocument::columnTwips() const
{
    QVector<int> out;
    const int total = twips(typeWidthMm);
    double sum = 0;
    for (const Column &c : columns)
        sum += std::max(0.1, c.weight);
    int used = 0;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const int width = i + 1 == columns.size()
            ? total - used
            : static_cast<int>(total * std::max(0.1, columns.at(i).weight) / sum);
        out << width;
        used += width;
    }
    return out;
}

QByteArray TableDocument::docxDocumentXml() const
{
    Xml x;
    QXmlStreamWriter &s = *x;
    s.writeNamespace(w, QStringLiteral("w"));
    s.writeNamespace(rNs, QStringLiteral("r"));
    s.writeStartElement(w, QStringLiteral("document"));
    s.writeStartElement(w, QStringLiteral("body"));
    wParagraph(s, QStringLiteral("Title"), title);
    for (const QString &line : subtitle)
        wParagraph(s, QStringLiteral("Subtitle"), line);
    // A blank line between the lines above and the table.
    wParagraph(s, QStringLiteral("Subtitle"), QString());

    const QVector<int> widths = columnTwips();
    s.writeStartElement(w, QStringLiteral("tbl"));
    s.writeStartElement(w, QStringLiteral("tblPr"));
    s.writeEmptyElement(w, QStringLiteral("tblW"));
    s.writeAttribute(w, QStringLiteral("w"),
        QString::number(std::accumulate(widths.cbegin(), widths.cend(), 0)));
    s.writeAttribute(w, QStringLiteral("type"), QStringLiteral("dxa"));
    val(s, QStringLiteral("jc"), QStringLiteral("center"));
    wBorders(s);
    s.writeEmptyElement(w, QStringLiteral("tblLayout"));
    s.writeAttribute(w, QStringLiteral("type"), QStringLiteral("fixed"));
    s.writeStartElement(w, QStringLiteral("tblCellMar"));
    for (const char *side : { "top", "left", "bottom", "right" }) {
        s.writeEmptyElement(w, QString::fromLatin1(side));
        s.writeAttribute(w, QStringLiteral("w"), QString::number(qRound(cellPaddingPt * 20)));
        s.writeAttribute(w, QStringLiteral("type"), QStringLiteral("dxa"));
    }
    s.writeEndElement();
    s.writeEndElement(); // tblPr
    s.writeStartElement(w, QStringLiteral("tblGrid"));
    for (int width : widths) {
        s.writeEmptyElement(w, QStringLiteral("gridCol"));
        s.writeAttribute(w, QStringLiteral("w"), QString::number(width));
    }
    s.writeEndElement();

    const auto row = [&](const QStringList &cells, bool header) {
        s.writeStartElement(w, QStringLiteral("tr"));
        s.writeStartElement(w, QStringLiteral("trPr"));
        if (header) {
            // Repeated at the top of every page.
            s.writeEmptyElement(w, QStringLiteral("tblHeader"));
            s.writeEmptyElement(w, QStringLiteral("cantSplit"));
        }
        s.writeEndElement();
        for (qsizetype c = 0; c < widths.size(); ++c) {
            s.writeStartElement(w, QStringLiteral("tc"));
            s.writeStartElement(w, QStringLiteral("tcPr"));
            s.writeEmptyElement(w, QStringLiteral("tcW"));
            s.writeAttribute(w, QStringLiteral("w"), QString::number(widths.at(c)));
            s.writeAttribute(w, QStringLiteral("type"), QStringLiteral("dxa"));
            if (header) {
                s.writeEmptyElement(w, QStringLiteral("shd"));
                s.writeAttribute(w, QStringLiteral("val"), QStringLiteral("clear"));
                s.writeAttribute(w, QStringLiteral("color"), QStringLiteral("auto"));
                s.writeAttribute(w, QStringLiteral("fill"), QStringLiteral("D9D9D9"));
                val(s, QStringLiteral("vAlign"), QStringLiteral("center"));
            }
            s.writeEndElement(); // tcPr
            wParagraph(s, header ? QStringLiteral("TableHeader") : QStringLiteral("TableText"),
                cells.value(c));
            s.writeEndElement(); // tc
        }
        s.writeEndElement(); // tr
    };
    QStringList headers;
    for (const Column &c : columns)
        headers << c.header;
    row(headers, true);
    for (const QStringList &cells : rows)
        row(cells, false);
    s.writeEndElement(); // tbl
    // Word wants a paragraph after a table.
    wParagraph(s, QStringLiteral("Normal"), QString());

    s.writeStartElement(w, QStringLiteral("sectPr"));
    s.writeEmptyElement(w, QStringLiteral("footerReference"));
    s.writeAttribute(w, QStringLiteral("type"), QStringLiteral("default"));
    s.writeAttribute(rNs, QStringLiteral("id"), QStringLiteral("rIdFooter"));
    s.writeEmptyElement(w, QStringLiteral("pgSz"));
    s.writeAttribute(w, QStringLiteral("w"), QString::number(twips(pageWidthMm)));
    s.writeAttribute(w, QStringLiteral("h"), QString::number(twips(pageHeightMm)));
    s.writeAttribute(w, QStringLiteral("orient"), QStringLiteral("landscape"));
    s.writeEmptyElement(w, QStringLiteral("pgMar"));
    s.writeAttribute(w, QStringLiteral("top"), QString::number(twips(topMm)));
    s.writeAttribute(w, QStringLiteral("right"), QString::number(twips(marginMm)));
    s.writeAttribute(w, QStringLiteral("bottom"), QString::number(twips(bottomMm)));
    s.writeAttribute(w, QStringLiteral("left"), QString::number(twips(marginMm)));
    s.writeAttribute(w, QStringLiteral("header"), QString::number(twips(10)));
    s.writeAttribute(w, QStringLiteral("footer"), QString::number(twips(10)));
    s.writeAttribute(w, QStringLiteral("gutter"), QStringLiteral("0"));
    s.writeEndElement(); // sectPr
    s.writeEndElement(); // body
    s.writeEndElement(); // document
    return x.finish();
}

Status TableDocument::writeDocx(const QString &path) const
{
    ZipWriter zip;
    if (auto s = zip.open(path); !s)
        return s;
    const std::pair<QString, QByteArray> parts[] = {
        { QStringLiteral("[Content_Types].xml"), docxContentTypes() },
        { QStringLiteral("_rels/.rels"),
            docxRelationships({ { QStringLiteral("rId1"),
                                    officeRel + QStringLiteral("officeDocument"),
                                    QStringLiteral("word/document.xml") },
                { QStringLiteral("rId2"),
                    QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships/"
                                   "metadata/core-properties"),
                    QStringLiteral("docProps/core.xml") } }) },
        { QStringLiteral("docProps/core.xml"), docxCore(title) },
        { QStringLiteral("word/_rels/document.xml.rels"),
            docxRelationships({ { QStringLiteral("rIdStyles"), officeRel + QStringLiteral("styles"),
                                    QStringLiteral("styles.xml") },
                { QStringLiteral("rIdFooter"), officeRel + QStringLiteral("footer"),
                    QStringLiteral("footer1.xml") } }) },
        { QStringLiteral("word/document.xml"), docxDocumentXml() },
        { QStringLiteral("word/styles.xml"), docxStyles() },
        { QStringLiteral("word/footer1.xml"), docxFooter() },
    };
    for (const auto &[name, bytes] : parts) {
        if (auto s = zip.add(name, bytes); !s)
            return s;
    }
    return zip.commit();
}

QByteArray TableDocument::odtContentXml() const
{
    Xml x;
    QXmlStreamWriter &s = *x;
    odtStart(s, QStringLiteral("document-content"));
    odtFontFaces(s);
    s.writeStartElement(office, QStringLiteral("automatic-styles"));
    const QVector<int> widths = columnTwips();
    s.writeStartElement(styleNs, QStringLiteral("style"));
    s.writeAttribute(styleNs, QStringLiteral("name"), QStringLiteral("List"));
    s.writeAttribute(styleNs, QStringLiteral("family"), QStringLiteral("table"));
    s.writeEmptyElement(styleNs, QStringLiteral("table-properties"));
    s.writeAttribute(styleNs, QStringLiteral("width"), mm(typeWidthMm));
    s.writeAttribute(tableNs, QStringLiteral("align"), QStringLiteral("center"));
    s.writeEndElement();
    for (qsizetype c = 0; c < widths.size(); ++c) {
        s.writeStartElement(styleNs, QStringLiteral("style"));
        s.writeAttribute(styleNs, QStringLiteral("name"), QStringLiteral("List.C%1").arg(c + 1));
        s.writeAttribute(styleNs, QStringLiteral("family"), QStringLiteral("table-column"));
        s.writeEmptyElement(styleNs, QStringLiteral("table-column-properties"));
        s.writeAttribute(styleNs, QStringLiteral("column-width"), mm(widths.at(c) / 1440.0 * 25.4));
        s.writeEndElement();
    }
    for (const bool header : { true, false }) {
        s.writeStartElement(styleNs, QStringLiteral("style"));
        s.writeAttribute(styleNs, QStringLiteral("name"),
            header ? QStringLiteral("HeadCell") : QStringLiteral("Cell"));
        s.writeAttribute(styleNs, QStringLiteral("family"), QStringLiteral("table-cell"));
        s.writeEmptyElement(styleNs, QStringLiteral("table-cell-properties"));
        s.writeAttribute(fo, QStringLiteral("border"), QStringLiteral("0.5pt solid #000000"));
        s.writeAttribute(fo, QStringLiteral("padding"), pt(cellPaddingPt));
        if (header) {
            s.writeAttribute(fo, QStringLiteral("background-color"), QStringLiteral("#d9d9d9"));
            s.writeAttribute(styleNs, QStringLiteral("vertical-align"), QStringLiteral("middle"));
        }
        s.writeEndElement();
    }
    s.writeEndElement(); // automatic-styles

    s.writeStartElement(office, QStringLiteral("body"));
    s.writeStartElement(office, QStringLiteral("text"));
    odtParagraph(s, QStringLiteral("Title"), title);
    for (const QString &line : subtitle)
        odtParagraph(s, QStringLiteral("Subtitle"), line);
    odtParagraph(s, QStringLiteral("Subtitle"), QString());
    s.writeStartElement(tableNs, QStringLiteral("table"));
    s.writeAttribute(tableNs, QStringLiteral("name"), QStringLiteral("List"));
    s.writeAttribute(tableNs, QStringLiteral("style-name"), QStringLiteral("List"));
    for (qsizetype c = 0; c < widths.size(); ++c) {
        s.writeEmptyElement(tableNs, QStringLiteral("table-column"));
        s.writeAttribute(
            tableNs, QStringLiteral("style-name"), QStringLiteral("List.C%1").arg(c + 1));
    }
    const auto row = [&](const QStringList &cells, bool header) {
        s.writeStartElement(tableNs, QStringLiteral("table-row"));
        for (qsizetype c = 0; c < widths.size(); ++c) {
            s.writeStartElement(tableNs, QStringLiteral("table-cell"));
            s.writeAttribute(tableNs, QStringLiteral("style-name"),
                header ? QStringLiteral("HeadCell") : QStringLiteral("Cell"));
            s.writeAttribute(office, QStringLiteral("value-type"), QStringLiteral("string"));
            odtParagraph(s,
                header ? QStringLiteral("Table_20_Heading") : QStringLiteral("Table_20_Contents"),
                cells.value(c));
            s.writeEndElement();
        }
        s.writeEndElement();
    };
    // Repeated at the top of every page.
    s.writeStartElement(tableNs, QStringLiteral("table-header-rows"));
    QStringList headers;
    for (const Column &c : columns)
        headers << c.header;
    row(headers, true);
    s.writeEndElement();
    for (const QStringList &cells : rows)
        row(cells, false);
    s.writeEndElement(); // table
    s.writeEndElement(); // text
    s.writeEndElement(); // body
    s.writeEndElement(); // document-content
    return x.finish();
}

Status TableDocument::writeOdt(const QString &path) const
{
    ZipWriter zip;
    if (auto s = zip.open(path); !s)
        return s;
    // The mimetype first and stored, as ODF requires.
    if (auto s
        = zip.add(QStringLiteral("mimetype"), odtMime.toLatin1(), ZipWriter::Compression::Store);
        !s)
        return s;
    const std::pair<QString, QByteArray> parts[] = {
        { QStringLiteral("META-INF/manifest.xml"), odtManifest() },
        { QStringLiteral("content.xml"), odtContentXml() },
        { QStringLiteral("styles.xml"), odtStyles() },
    };
    for (const auto &[name, bytes] : parts) {
        if (auto s = zip.add(name, bytes); !s)
            return s;
    }
    return zip.commit();
}

Result<int> TableDocument::render(QPagedPaintDevice &device, const Progress &progress) const
{
    const double dpi = device.logicalDpiY();
    const auto px = [dpi](double mm) { return mm / 25.4 * dpi; };
    const auto ptPx = [dpi](double points) { return points / 72 * dpi; };
    // QTextDocument takes most format lengths in pixels at 96 dpi.
    const auto formatPx = [](double points) { return points / 72 * 96; };
    const double typeWidth = px(typeWidthMm);
    const double typeHeight = px(typeHeightMm);

    const QFont titleFont = DocumentFont::official(DocumentFont::Official::Title, titlePt);
    const QFont subtitleFont = DocumentFont::official(DocumentFont::Official::Heading2, subtitlePt);
    const QFont headFont = DocumentFont::official(DocumentFont::Official::Heading1, cellPt);
    const QFont cellFont = DocumentFont::official(DocumentFont::Official::Body, cellPt);
    const int columnCount = std::max<int>(1, static_cast<int>(columns.size()));
    QTextTableFormat format;
    format.setHeaderRowCount(1);
    format.setCellPadding(formatPx(cellPaddingPt));
    format.setCellSpacing(0);
    format.setBorder(formatPx(0.5));
    format.setBorderBrush(Qt::black);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderCollapse(true);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QVector<QTextLength> widths;
    const QVector<int> twipsWidths = columnTwips();
    const int total = std::max(1, std::accumulate(twipsWidths.cbegin(), twipsWidths.cend(), 0));
    for (int t : twipsWidths)
        widths << QTextLength(QTextLength::PercentageLength, 100.0 * t / total);
    format.setColumnWidthConstraints(widths);
    QStringList headers;
    for (const Column &c : columns)
        headers << c.header;

    // One page's text (or a slice of the table's, to measure its rows): the title
    // and the lines under it on the first page, the header row, the rows from `from`
    // up to `to` and then `extra` when given. A document of the whole list took
    // minutes and hundreds of MiB for 10,000 tasks (QTextDocument lays a table out
    // as a whole); page by page, the time and memory follow the page's rows.
    const auto build = [&](QTextDocument &text, bool withTitle, qsizetype from, qsizetype to,
                           const QStringList *extra, double pageHeight) {
        text.setUndoRedoEnabled(false);
        text.setDocumentMargin(0);
        QTextCursor cursor(&text);
        bool first = true;
        const auto centred = [&](const QString &line, const QFont &font, double below) {
            QTextBlockFormat block;
            block.setAlignment(Qt::AlignHCenter);
            block.setBottomMargin(formatPx(below));
            QTextCharFormat chars;
            chars.setFont(font);
            if (first)
                cursor.setBlockFormat(block);
            else
                cursor.insertBlock(block);
            first = false;
            cursor.setBlockCharFormat(chars);
            QString t = line;
            t.replace(QLatin1Char('\n'), QChar::LineSeparator);
            cursor.insertText(t, chars);
        };
        if (withTitle) {
            centred(title, titleFont, 8);
            for (qsizetype i = 0; i < subtitle.size(); ++i)
                centred(subtitle.at(i), subtitleFont, i + 1 == subtitle.size() ? 10 : 2);
        }
        const int count = static_cast<int>(to - from) + (extra ? 1 : 0);
        QTextTable *table = cursor.insertTable(count + 1, columnCount, format);
        const auto fill = [&](int r, const QStringList &cells, bool header) {
            for (int c = 0; c < columnCount; ++c) {
                QTextTableCell cell = table->cellAt(r, c);
                if (header) {
                    QTextCharFormat shade = cell.format();
                    shade.setBackground(QColor(0xd9, 0xd9, 0xd9));
                    cell.setFormat(shade);
                }
                QTextCursor at = cell.firstCursorPosition();
                QTextBlockFormat block;
                block.setAlignment(header ? Qt::AlignHCenter : Qt::AlignLeft);
                at.setBlockFormat(block);
                QTextCharFormat chars;
                chars.setFont(header ? headFont : cellFont);
                QString t = cells.value(c);
                t.replace(QLatin1Char('\n'), QChar::LineSeparator);
                at.insertText(t, chars);
            }
        };
        fill(0, headers, true);
        for (qsizetype r = from; r < to; ++r)
            fill(static_cast<int>(r - from) + 1, rows.at(r), false);
        if (extra)
            fill(count, *extra, false);
        // The device and the page size last: with them set first, every cell's text
        // laid the whole table out again (a table is laid out as a whole), so
        // filling a page of rows cost the square of its rows.
        text.documentLayout()->setPaintDevice(&device);
        text.setPageSize(QSizeF(typeWidth, pageHeight));
        return table;
    };
    // Where row r of a table starts, as the top of its first cell's text: the
    // difference between two rows is the first one's height.
    const auto rowTop = [](QTextDocument &text, QTextTable *table, int r) {
        return text.documentLayout()
            ->blockBoundingRect(table->cellAt(r, 0).firstCursorPosition().block())
            .top();
    };
    constexpr double unpaged = 1e9;
    const qsizetype rowCount = rows.size();
    const qint64 steps = 2 * qint64(rowCount);
    qint64 done = 0;
    const auto goOn = [&] { return !progress || progress(done, steps); };

    // The height of every row, a slice of rows at a time (the next row after each
    // slice closes its last one's height).
    constexpr qsizetype slice = 200;
    const QStringList sentinel { QStringLiteral("—") };
    QVector<double> heights(rowCount);
    double startTitled = 0; // where the first row starts on the first page
    double startPlain = 0; // and on the others
    {
        QTextDocument text;
        QTextTable *table = build(text, true, 0, 0, &sentinel, unpaged);
        startTitled = rowTop(text, table, 1);
        QTextDocument plain;
        table = build(plain, false, 0, 0, &sentinel, unpaged);
        startPlain = rowTop(plain, table, 1);
    }
    for (qsizetype from = 0; from < rowCount; from += slice) {
        if (!goOn())
            return Error { cancelledMessage() };
        const qsizetype to = std::min(rowCount, from + slice);
        QTextDocument text;
        const QStringList &next = to < rowCount ? rows.at(to) : sentinel;
        QTextTable *table = build(text, false, from, to, &next, unpaged);
        double top = rowTop(text, table, 1);
        for (qsizetype r = from; r < to; ++r) {
            const double below = rowTop(text, table, static_cast<int>(r - from) + 2);
            heights[r] = below - top;
            top = below;
        }
        done = to;
    }

    // Rows onto pages as QTextDocument would: a row that does not fit goes to the
    // next page, under the header again. A row taller than a page has a page of its
    // own, split over as many pages as it needs.
    struct Page
    {
        qsizetype from = 0;
        qsizetype to = 0;
        int sheets = 1; // more than 1: one row taller than a page
    };
    QVector<Page> pages;
    {
        Page page;
        double used = startTitled;
        for (qsizetype r = 0; r < rowCount; ++r) {
            if (page.to > page.from && used + heights.at(r) > typeHeight) {
                pages << page;
                page = Page { r, r, 1 };
                used = pages.isEmpty() ? startTitled : startPlain;
            }
            ++page.to;
            used += heights.at(r);
        }
        pages << page;
    }
    int sheetCount = 0;
    for (Page &page : pages) {
        const double start = &page == &pages.front() ? startTitled : startPlain;
        if (page.to - page.from == 1 && start + heights.at(page.from) > typeHeight) {
            QTextDocument text;
            build(text, &page == &pages.front(), page.from, page.to, nullptr, typeHeight);
            page.sheets = std::max(1, text.pageCount());
        }
        sheetCount += page.sheets;
    }

    QPainter painter;
    if (!painter.begin(&device))
        return Error { tr("Cannot draw the document.") };
    const QFont numberFont
        = DocumentFont::official(DocumentFont::Official::PageNumber, pageNumberPt);
    int sheet = 0;
    for (qsizetype p = 0; p < pages.size(); ++p) {
        if (!goOn())
            return Error { cancelledMessage() };
        const Page &page = pages.at(p);
        QTextDocument text;
        build(text, p == 0, page.from, page.to, nullptr, page.sheets > 1 ? typeHeight : unpaged);
        for (int part = 0; part < page.sheets; ++part, ++sheet) {
            if (sheet > 0 && !device.newPage())
                return Error { tr("Cannot start page %1 of the document.").arg(sheet + 1) };
            PdfFile::drawPage(painter, text, part, px(marginMm), px(topMm), typeWidth, typeHeight);
            painter.setFont(numberFont);
            painter.drawText(QRectF(px(marginMm), px(topMm + typeHeightMm + 5), typeWidth,
                                 ptPx(pageNumberPt * 1.6)),
                Qt::AlignHCenter | Qt::AlignTop,
                QStringLiteral("第 %1 页 共 %2 页").arg(sheet + 1).arg(sheetCount));
        }
        done = qint64(rowCount) + page.to;
    }
    if (!painter.end())
        return Error { tr("Cannot finish drawing the document.") };
    if (progress)
        (void)progress(steps, steps);
    return sheetCount;
}

QString TableDocument::cancelledMessage()
{
    return tr("The document was not written: cancelled.");
}

Result<int> TableDocument::writePdf(const QString &path, const Progress &progress) const
{
    return PdfFile::write(path, pageLayout(), title,
        [this, &progress](QPagedPaintDevice &device) { return render(device, progress); });
}

Status TableDocument::write(const QString &path) const
{
    const auto format = DocumentFile::formatFor(path);
    if (!format)
        return Error { tr("%1: the file name must end in .docx, .odt or .pdf.")
                           .arg(QDir::toNativeSeparators(path)) };
    switch (*format) {
    case DocumentFile::Format::Docx:
        return writeDocx(path);
    case DocumentFile::Format::Odt:
        return writeOdt(path);
    case DocumentFile::Format::Pdf:
        break;
    }
    auto pages = writePdf(path);
    if (!pages)
        return Error { pages.error() };
    return {};
}

} // namespace rectify
