#include "tests/report/packagereader.h"

#include "import/zippackage.h"

#include <QFile>
#include <QHash>
#include <QXmlStreamReader>
#include <zip.h>

namespace rectify::test {

QByteArray zipPart(const QString &path, const QString &name)
{
    ZipPackage package;
    if (!package.open(path) || !package.contains(name))
        return {};
    auto entry = package.openEntry(name, qint64(1) << 30);
    if (!entry)
        return {};
    return (*entry)->readAll();
}

QStringList zipPartNames(const QString &path)
{
    QStringList names;
    int code = 0;
    zip_t *z = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    if (!z)
        return names;
    const zip_int64_t n = zip_get_num_entries(z, 0);
    for (zip_int64_t i = 0; i < n; ++i)
        names << QString::fromUtf8(zip_get_name(z, static_cast<zip_uint64_t>(i), 0));
    zip_discard(z);
    return names;
}

bool zipPartStored(const QString &path, const QString &name)
{
    int code = 0;
    zip_t *z = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    if (!z)
        return false;
    zip_stat_t st;
    zip_stat_init(&st);
    const bool ok = zip_stat(z, name.toUtf8().constData(), 0, &st) == 0;
    zip_discard(z);
    return ok && (st.valid & ZIP_STAT_COMP_METHOD) && st.comp_method == ZIP_CM_STORE;
}

QVector<ReadRow> docxTableRows(const QString &path)
{
    QVector<ReadRow> rows;
    QXmlStreamReader r(zipPart(path, QStringLiteral("word/document.xml")));
    QString cell;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            if (r.name() == QLatin1String("tr"))
                rows.append(ReadRow {});
            else if (r.name() == QLatin1String("tblHeader") && !rows.isEmpty())
                rows.last().header = true;
            else if (r.name() == QLatin1String("tc"))
                cell.clear();
            else if (r.name() == QLatin1String("br"))
                cell += QLatin1Char('\n');
            else if (r.name() == QLatin1String("t"))
                cell += r.readElementText();
        } else if (r.isEndElement() && r.name() == QLatin1String("tc") && !rows.isEmpty()) {
            rows.last().cells << cell;
        } else if (r.isEndElement() && r.name() == QLatin1String("tbl")) {
            break;
        }
    }
    return rows;
}

QVector<ReadParagraph> docxParagraphs(const QString &path)
{
    QVector<ReadParagraph> out;
    QXmlStreamReader xml(zipPart(path, QStringLiteral("word/document.xml")));
    bool highlight = false;
    while (!xml.atEnd()) {
        xml.readNext();
        const auto name = xml.name();
        if (xml.isStartElement()) {
            if (name == QLatin1String("p")) {
                out.append(ReadParagraph {});
            } else if (name == QLatin1String("pStyle") && !out.isEmpty()) {
                out.last().style = xml.attributes().value(QLatin1String("w:val")).toString();
            } else if (name == QLatin1String("r")) {
                highlight = false;
            } else if (name == QLatin1String("highlight")) {
                highlight = true;
            } else if (name == QLatin1String("br") && !out.isEmpty()) {
                out.last().text += QLatin1Char('\n');
            } else if (name == QLatin1String("t") && !out.isEmpty()) {
                const QString t = xml.readElementText();
                out.last().text += t;
                if (highlight)
                    out.last().highlighted << t;
            }
        }
    }
    return out;
}

QVector<ReadParagraph> odtParagraphs(const QString &path)
{
    QVector<ReadParagraph> out;
    QXmlStreamReader xml(zipPart(path, QStringLiteral("content.xml")));
    int spanDepth = 0;
    bool inParagraph = false;
    while (!xml.atEnd()) {
        xml.readNext();
        const auto name = xml.name();
        if (xml.isStartElement()) {
            if (name == QLatin1String("p") || name == QLatin1String("h")) {
                out.append(ReadParagraph {});
                out.last().style
                    = xml.attributes().value(QLatin1String("text:style-name")).toString();
                inParagraph = true;
            } else if (name == QLatin1String("span")) {
                ++spanDepth;
                if (inParagraph)
                    out.last().highlighted << QString();
            } else if (name == QLatin1String("s")) {
                const auto c = xml.attributes().value(QLatin1String("text:c"));
                out.last().text += QString(c.isEmpty() ? 1 : c.toInt(), QLatin1Char(' '));
            } else if (name == QLatin1String("line-break")) {
                out.last().text += QLatin1Char('\n');
            } else if (name == QLatin1String("tab")) {
                out.last().text += QLatin1Char('\t');
            }
        } else if (xml.isEndElement()) {
            if (name == QLatin1String("p") || name == QLatin1String("h"))
                inParagraph = false;
            else if (name == QLatin1String("span"))
                --spanDepth;
        } else if (xml.isCharacters() && inParagraph) {
            out.last().text += xml.text();
            if (spanDepth > 0)
                out.last().highlighted.last() += xml.text();
        }
    }
    return out;
}

QString joined(const QVector<ReadParagraph> &paragraphs)
{
    QString out;
    for (const ReadParagraph &p : paragraphs)
        out += p.text + QLatin1Char('\n');
    return out;
}

QHash<QString, QString> findElement(
    const QByteArray &bytes, const QString &name, const QString &key, const QString &value)
{
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement() || xml.name() != name)
            continue;
        QHash<QString, QString> attributes;
        for (const QXmlStreamAttribute &a : xml.attributes())
            attributes.insert(a.name().toString(), a.value().toString());
        if (key.isEmpty() || attributes.value(key) == value)
            return attributes;
    }
    return {};
}

} // namespace rectify::test
