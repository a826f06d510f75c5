// The official-document engine: the DOCX and ODT packages read back (zip + XML)
// for their structure, page, fonts, line grid and page-number footers, and the
// PDF of the same document.
#include "report/documentfile.h"
#include "report/docxwriter.h"
#include "report/odtwriter.h"
#include "report/officiallayout.h"
#include "report/officialpdfwriter.h"
#include "tests/report/packagereader.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

using namespace rectify;
using namespace rectify::test;
using Style = OfficialDocument::Style;

namespace {

OfficialDocument sampleDocument()
{
    OfficialDocument d;
    d.add(Style::Title, QStringLiteral("关于试验整改进展情况的通报"));
    d.add(Style::Body, QStringLiteral("开头段落，含【待填写】一处。"));
    d.add(Style::Heading1, QStringLiteral("一、第一部分"));
    d.add(Style::Heading2, QStringLiteral("（一）第一小节"));
    d.add(Style::Body,
        QStringLiteral("两个  空格、换行\n第二行<&>\"及【待填写：下一步工作打算】结束。"));
    return d;
}

} // namespace

TEST(OfficialDocument, SplitsPlaceholders)
{
    EXPECT_EQ(OfficialDocument::splitPlaceholders(QStringLiteral("a【待填写】b")),
        (QStringList { QStringLiteral("a"), QStringLiteral("【待填写】"), QStringLiteral("b") }));
    EXPECT_EQ(OfficialDocument::splitPlaceholders(QStringLiteral("【其他】x")),
        QStringList { QStringLiteral("【其他】x") });
    EXPECT_EQ(sampleDocument().placeholderCount(), 2);
}

TEST(OfficialLayout, NumbersOfGbt9704)
{
    using namespace OfficialLayout;
    EXPECT_EQ(twips(topMm), 2098);
    EXPECT_EQ(twips(bottomMm), 1984);
    EXPECT_EQ(twips(leftMm), 1587);
    EXPECT_EQ(twips(rightMm), 1474);
    EXPECT_EQ(twips(pageWidthMm), 11906);
    EXPECT_EQ(twips(pageHeightMm), 16838);
    // 22 lines in the 225 mm type area, 28 characters in its 156 mm.
    EXPECT_LE(22 * linePitchTwips, twips(typeHeightMm));
    EXPECT_GT(23 * linePitchTwips, twips(typeHeightMm));
    EXPECT_LE(28 * (bodyPt + wordCharacterSpacing / 20.0), typeWidthMm / 25.4 * 72);
    EXPECT_LE(28 * (bodyPt + letterSpacingPt), typeWidthMm / 25.4 * 72);
}

TEST(DocxWriter, PackageStructure)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.docx"));
    ASSERT_TRUE(DocxWriter::write(sampleDocument(), path).ok());
    const QStringList names = zipPartNames(path);
    ASSERT_FALSE(names.isEmpty());
    EXPECT_EQ(names.first(), QStringLiteral("[Content_Types].xml"));
    for (const char *part : { "_rels/.rels", "word/document.xml", "word/styles.xml",
             "word/settings.xml", "word/fontTable.xml", "word/footer1.xml", "word/footer2.xml",
             "word/_rels/document.xml.rels", "docProps/core.xml" })
        EXPECT_TRUE(names.contains(QString::fromLatin1(part))) << part;

    const QByteArray types = zipPart(path, QStringLiteral("[Content_Types].xml"));
    EXPECT_EQ(findElement(types, QStringLiteral("Override"), QStringLiteral("PartName"),
                  QStringLiteral("/word/document.xml"))
                  .value(QStringLiteral("ContentType")),
        QStringLiteral(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"));
    const QByteArray rels = zipPart(path, QStringLiteral("_rels/.rels"));
    EXPECT_EQ(findElement(rels, QStringLiteral("Relationship")).value(QStringLiteral("Target")),
        QStringLiteral("word/document.xml"));
    const QByteArray docRels = zipPart(path, QStringLiteral("word/_rels/document.xml.rels"));
    EXPECT_EQ(findElement(docRels, QStringLiteral("Relationship"), QStringLiteral("Id"),
                  QStringLiteral("rIdFooterEven"))
                  .value(QStringLiteral("Target")),
        QStringLiteral("footer2.xml"));
}

TEST(DocxWriter, TextStylesAndPlaceholders)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.docx"));
    const OfficialDocument doc = sampleDocument();
    ASSERT_TRUE(DocxWriter::write(doc, path).ok());
    const QVector<ReadParagraph> read = docxParagraphs(path);
    ASSERT_EQ(read.size(), doc.paragraphs().size());
    const QStringList styles { QStringLiteral("Title"), QStringLiteral("Normal"),
        QStringLiteral("Heading1"), QStringLiteral("Heading2"), QStringLiteral("Normal") };
    for (int i = 0; i < read.size(); ++i) {
        EXPECT_EQ(read[i].text, doc.paragraphs()[i].text) << i;
        EXPECT_EQ(read[i].style, styles[i]) << i;
    }
    EXPECT_EQ(read[1].highlighted, QStringList { QStringLiteral("【待填写】") });
    EXPECT_EQ(read[4].highlighted, QStringList { QStringLiteral("【待填写：下一步工作打算】") });
    EXPECT_EQ(QString::fromUtf8(zipPart(path, QStringLiteral("docProps/core.xml")))
                  .count(QStringLiteral("关于试验整改进展情况的通报")),
        1);
}

TEST(DocxWriter, PageMarginsGridAndFonts)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.docx"));
    ASSERT_TRUE(DocxWriter::write(sampleDocument(), path).ok());
    const QByteArray document = zipPart(path, QStringLiteral("word/document.xml"));
    const auto size = findElement(document, QStringLiteral("pgSz"));
    EXPECT_EQ(size.value(QStringLiteral("w")), QStringLiteral("11906"));
    EXPECT_EQ(size.value(QStringLiteral("h")), QStringLiteral("16838"));
    const auto margins = findElement(document, QStringLiteral("pgMar"));
    EXPECT_EQ(margins.value(QStringLiteral("top")), QStringLiteral("2098")); // 37 mm
    EXPECT_EQ(margins.value(QStringLiteral("bottom")), QStringLiteral("1984")); // 35 mm
    EXPECT_EQ(margins.value(QStringLiteral("left")), QStringLiteral("1587")); // 28 mm
    EXPECT_EQ(margins.value(QStringLiteral("right")), QStringLiteral("1474")); // 26 mm
    EXPECT_EQ(findElement(document, QStringLiteral("footerReference"), QStringLiteral("type"),
                  QStringLiteral("even"))
                  .value(QStringLiteral("id")),
        QStringLiteral("rIdFooterEven"));
    EXPECT_FALSE(findElement(document, QStringLiteral("footerReference"), QStringLiteral("type"),
        QStringLiteral("default"))
                     .isEmpty());

    // Each style's East Asian font and size (half-points), the body's exact line
    // pitch and two-character indent.
    const QByteArray styles = zipPart(path, QStringLiteral("word/styles.xml"));
    QXmlStreamReader xml(styles);
    QHash<QString, QHash<QString, QString>> seen; // styleId -> what it says
    QString current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto a = xml.attributes();
        if (xml.name() == QLatin1String("style"))
            current = a.value(QLatin1String("w:styleId")).toString();
        else if (xml.name() == QLatin1String("rFonts"))
            seen[current][QStringLiteral("eastAsia")]
                = a.value(QLatin1String("w:eastAsia")).toString();
        else if (xml.name() == QLatin1String("spacing") && a.hasAttribute(QLatin1String("w:val")))
            seen[current][QStringLiteral("characterSpacing")]
                = a.value(QLatin1String("w:val")).toString();
        else if (xml.name() == QLatin1String("sz"))
            seen[current][QStringLiteral("sz")] = a.value(QLatin1String("w:val")).toString();
        else if (xml.name() == QLatin1String("spacing")
            && a.hasAttribute(QLatin1String("w:line"))) {
            seen[current][QStringLiteral("line")] = a.value(QLatin1String("w:line")).toString();
            seen[current][QStringLiteral("rule")] = a.value(QLatin1String("w:lineRule")).toString();
        } else if (xml.name() == QLatin1String("ind"))
            seen[current][QStringLiteral("indent")]
                = a.value(QLatin1String("w:firstLineChars")).toString();
        else if (xml.name() == QLatin1String("outlineLvl"))
            seen[current][QStringLiteral("outline")] = a.value(QLatin1String("w:val")).toString();
    }
    ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_EQ(seen[QStringLiteral("Title")][QStringLiteral("eastAsia")],
        QStringLiteral("方正小标宋简体"));
    EXPECT_EQ(seen[QStringLiteral("Title")][QStringLiteral("sz")], QStringLiteral("44"));
    EXPECT_EQ(
        seen[QStringLiteral("Normal")][QStringLiteral("eastAsia")], QStringLiteral("仿宋_GB2312"));
    EXPECT_EQ(seen[QStringLiteral("Normal")][QStringLiteral("sz")], QStringLiteral("32"));
    EXPECT_EQ(seen[QStringLiteral("Normal")][QStringLiteral("line")], QStringLiteral("579"));
    EXPECT_EQ(seen[QStringLiteral("Normal")][QStringLiteral("rule")], QStringLiteral("exact"));
    EXPECT_EQ(seen[QStringLiteral("Normal")][QStringLiteral("indent")], QStringLiteral("200"));
    // 28 characters a line: each squeezed by a quarter point.
    EXPECT_EQ(
        seen[QStringLiteral("Normal")][QStringLiteral("characterSpacing")], QStringLiteral("-5"));
    EXPECT_EQ(seen[QStringLiteral("Heading1")][QStringLiteral("eastAsia")], QStringLiteral("黑体"));
    EXPECT_EQ(seen[QStringLiteral("Heading1")][QStringLiteral("sz")], QStringLiteral("32"));
    EXPECT_EQ(seen[QStringLiteral("Heading1")][QStringLiteral("outline")], QStringLiteral("0"));
    EXPECT_EQ(seen[QStringLiteral("Heading2")][QStringLiteral("eastAsia")],
        QStringLiteral("楷体_GB2312"));
    EXPECT_EQ(seen[QStringLiteral("Heading2")][QStringLiteral("outline")], QStringLiteral("1"));
    EXPECT_EQ(seen[QStringLiteral("Footer")][QStringLiteral("sz")], QStringLiteral("28")); // 4号

    // Word substitutes the fonts Windows ships when the GB2312 ones are missing.
    const QByteArray fonts = zipPart(path, QStringLiteral("word/fontTable.xml"));
    EXPECT_TRUE(QString::fromUtf8(fonts).contains(QStringLiteral("仿宋_GB2312")));
    EXPECT_FALSE(
        findElement(fonts, QStringLiteral("altName"), QStringLiteral("val"), QStringLiteral("仿宋"))
            .isEmpty());
}

TEST(DocxWriter, PageNumberFootersAtTheOutsideEdge)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.docx"));
    ASSERT_TRUE(DocxWriter::write(sampleDocument(), path).ok());
    EXPECT_TRUE(QString::fromUtf8(zipPart(path, QStringLiteral("word/settings.xml")))
                    .contains(QStringLiteral("<w:evenAndOddHeaders/>")));
    for (const auto &[part, side] :
        { std::pair { "word/footer1.xml", "right" }, std::pair { "word/footer2.xml", "left" } }) {
        const QByteArray xml = zipPart(path, QString::fromLatin1(part));
        EXPECT_EQ(findElement(xml, QStringLiteral("jc")).value(QStringLiteral("val")),
            QString::fromLatin1(side))
            << part;
        EXPECT_EQ(findElement(xml, QStringLiteral("ind")).value(QString::fromLatin1(side)),
            QStringLiteral("280"))
            << part; // one 4号 character in
        const QString text = QString::fromUtf8(xml);
        EXPECT_TRUE(text.contains(QStringLiteral(">— <"))) << part;
        EXPECT_TRUE(text.contains(QStringLiteral("> —<"))) << part;
        EXPECT_TRUE(text.contains(QStringLiteral(" PAGE "))) << part;
        EXPECT_EQ(text.count(QStringLiteral("fldCharType")), 3) << part;
    }
}

TEST(OdtWriter, PackageStylesAndText)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.odt"));
    const OfficialDocument doc = sampleDocument();
    ASSERT_TRUE(OdtWriter::write(doc, path).ok());
    const QStringList names = zipPartNames(path);
    ASSERT_FALSE(names.isEmpty());
    EXPECT_EQ(names.first(), QStringLiteral("mimetype"));
    EXPECT_TRUE(zipPartStored(path, QStringLiteral("mimetype")));
    EXPECT_EQ(zipPart(path, QStringLiteral("mimetype")),
        QByteArray("application/vnd.oasis.opendocument.text"));
    for (const char *part : { "META-INF/manifest.xml", "content.xml", "styles.xml", "meta.xml" })
        EXPECT_TRUE(names.contains(QString::fromLatin1(part))) << part;

    const QVector<ReadParagraph> read = odtParagraphs(path);
    ASSERT_EQ(read.size(), doc.paragraphs().size());
    for (int i = 0; i < read.size(); ++i)
        EXPECT_EQ(read[i].text, doc.paragraphs()[i].text) << i;
    EXPECT_EQ(read[0].style, QStringLiteral("Title"));
    EXPECT_EQ(read[2].style, QStringLiteral("Heading_20_1"));
    EXPECT_EQ(read[3].style, QStringLiteral("Heading_20_2"));
    EXPECT_EQ(read[4].highlighted, QStringList { QStringLiteral("【待填写：下一步工作打算】") });

    const QByteArray styles = zipPart(path, QStringLiteral("styles.xml"));
    const auto page = findElement(styles, QStringLiteral("page-layout-properties"));
    EXPECT_EQ(page.value(QStringLiteral("page-width")), QStringLiteral("210.0mm"));
    EXPECT_EQ(page.value(QStringLiteral("page-height")), QStringLiteral("297.0mm"));
    EXPECT_EQ(page.value(QStringLiteral("margin-top")), QStringLiteral("37.0mm"));
    EXPECT_EQ(page.value(QStringLiteral("margin-left")), QStringLiteral("28.0mm"));
    EXPECT_EQ(page.value(QStringLiteral("margin-right")), QStringLiteral("26.0mm"));
    // The bottom margin reaches to the footer's foot; with the footer and the gap
    // above it, the type area ends 35 mm above the page's edge.
    const auto footer = findElement(styles, QStringLiteral("header-footer-properties"));
    const double bottom = page.value(QStringLiteral("margin-bottom")).chopped(2).toDouble()
        + footer.value(QStringLiteral("min-height")).chopped(2).toDouble()
        + footer.value(QStringLiteral("margin-top")).chopped(2).toDouble();
    EXPECT_NEAR(bottom, 35.0, 0.11);
    const QString text = QString::fromUtf8(styles);
    for (const char *font : { "方正小标宋简体", "黑体", "楷体_GB2312", "仿宋_GB2312" })
        EXPECT_TRUE(
            text.contains(QStringLiteral("font-name-asian=\"%1\"").arg(QString::fromUtf8(font))))
            << font;
    EXPECT_TRUE(text.contains(QStringLiteral("fo:line-height=\"28.95pt\"")));
    EXPECT_TRUE(text.contains(QStringLiteral("fo:text-indent=\"31.59pt\"")));
    // Page numbers: odd pages' footer at the right, even (left-hand) pages' at the left.
    EXPECT_EQ(text.count(QStringLiteral("<text:page-number")), 2);
    EXPECT_TRUE(text.contains(QStringLiteral("<style:footer-left>")));
    EXPECT_EQ(findElement(styles, QStringLiteral("paragraph-properties"),
                  QStringLiteral("margin-right"), QStringLiteral("14.00pt"))
                  .value(QStringLiteral("text-align")),
        QStringLiteral("end"));
}

TEST(OfficialPdfWriter, WritesPagesWithPageNumbers)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.pdf"));
    OfficialDocument doc = sampleDocument();
    // Enough text for three pages.
    for (int i = 0; i < 70; ++i)
        doc.add(Style::Body, QStringLiteral("第%1段正文。").arg(i + 1));
    auto pages = OfficialPdfWriter::write(doc, path);
    ASSERT_TRUE(pages.ok()) << pages.error().toStdString();
    EXPECT_EQ(*pages, 4); // 77 lines (the title's blank line too) at 22 a page
    EXPECT_FALSE(QFile::exists(path + QStringLiteral(".part")));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.read(5).startsWith("%PDF"));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        GTEST_SKIP() << "pdftotext is not installed: the PDF's text is not checked";
    QProcess p;
    p.start(pdftotext, { QStringLiteral("-layout"), path, QStringLiteral("-") });
    ASSERT_TRUE(p.waitForFinished(60000));
    QString text = QString::fromUtf8(p.readAllStandardOutput());
    text.remove(QLatin1Char(' ')); // the layout's spaces are not the document's
    EXPECT_TRUE(text.contains(QStringLiteral("关于试验整改进展情况的通报")));
    EXPECT_TRUE(text.contains(QStringLiteral("第70段正文。")));
    for (int page = 1; page <= 4; ++page)
        EXPECT_TRUE(text.contains(QStringLiteral("—%1—").arg(page))) << page;
}

TEST(DocumentFile, RefusesOtherFormatsAndKeepsAnExistingFileOnFailure)
{
    QTemporaryDir dir;
    EXPECT_FALSE(DocumentFile::write(sampleDocument(), dir.filePath(QStringLiteral("a.doc"))).ok());
    const QString missing = dir.filePath(QStringLiteral("no/such/folder/a.docx"));
    const Status s = DocumentFile::write(sampleDocument(), missing);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().contains(QStringLiteral("a.docx"))) << s.error().toStdString();
}

// A long document is laid out a slice at a time; the slices follow each other on
// the same page, so the pages hold 22 lines each all through.
TEST(OfficialPdfWriter, LongDocumentsRunOnAcrossSlices)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.pdf"));
    OfficialDocument doc;
    doc.add(Style::Title, QStringLiteral("长文档"));
    for (int i = 0; i < 4000; ++i)
        doc.add(Style::Body, QStringLiteral("第%1段。").arg(i + 1));
    auto pages = OfficialPdfWriter::write(doc, path);
    ASSERT_TRUE(pages.ok()) << pages.error().toStdString();
    EXPECT_EQ(*pages, (4002 + 21) / 22); // the title, its blank line and 4000 lines
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        GTEST_SKIP() << "pdftotext is not installed: the PDF's text is not checked";
    QProcess p;
    p.start(pdftotext, { path, QStringLiteral("-") });
    ASSERT_TRUE(p.waitForFinished(120000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    for (int i : { 1, 1499, 1500, 1501, 3000, 4000 })
        EXPECT_EQ(text.count(QStringLiteral("第%1段。").arg(i)), 1) << i;
}
