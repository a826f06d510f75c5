#include "import/xlsxworkbook.h"

#include "import/xlsxpartreader.h"

#include <QDir>
#include <QHash>

namespace rectify {

namespace {

const QString workbookPart = QStringLiteral("xl/workbook.xml");
const QString relationshipsPart = QStringLiteral("xl/_rels/workbook.xml.rels");

bool isTrue(QStringView value)
{
    return value == QLatin1String("1") || value == QLatin1String("true");
}

// A relationship's target, relative to xl/ unless it starts at the package's root.
QString partPath(const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return QDir::cleanPath(target.mid(1));
    return QDir::cleanPath(QStringLiteral("xl/") + target);
}

} // namespace

std::string_view XlsxWorkbook::sharedString(qint64 index) const
{
    if (index < 0 || index >= sharedStringCount())
        return {};
    const auto i = static_cast<std::size_t>(index);
    const std::size_t begin = i == 0 ? 0 : m_stringEnds[i - 1];
    return std::string_view(m_strings).substr(begin, m_stringEnds[i] - begin);
}

bool XlsxWorkbook::isDateStyle(qint64 xf) const
{
    return xf >= 0 && static_cast<std::size_t>(xf) < m_dateStyles.size()
        && m_dateStyles[static_cast<std::size_t>(xf)];
}

bool XlsxWorkbook::isDateFormat(int numFmtId, QStringView code)
{
    if (code.isEmpty()) {
        return (numFmtId >= 14 && numFmtId <= 22) || (numFmtId >= 45 && numFmtId <= 47)
            || (numFmtId >= 27 && numFmtId <= 36) || (numFmtId >= 50 && numFmtId <= 58);
    }
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == QLatin1Char('"')) {
            const qsizetype end = code.indexOf(QLatin1Char('"'), i + 1);
            i = end < 0 ? code.size() : end;
        } else if (c == QLatin1Char('[')) {
            const qsizetype end = code.indexOf(QLatin1Char(']'), i + 1);
            i = end < 0 ? code.size() : end;
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i; // the next character is shown as it is, or is padding
        } else {
            const char l = static_cast<char>(c.toLower().unicode());
            if (l == 'y' || l == 'm' || l == 'd' || l == 'h')
                return true;
        }
    }
    return false;
}

QString XlsxWorkbook::decodeEscapes(const QString &text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('_') && i + 6 < text.size()
            && text.at(i + 1) == QLatin1Char('x') && text.at(i + 6) == QLatin1Char('_')) {
            bool ok = false;
            const ushort code = QStringView(text).mid(i + 2, 4).toUShort(&ok, 16);
            if (ok) {
                out += QChar(code);
                i += 6;
                continue;
            }
        }
        out += text.at(i);
    }
    return out;
}

Status XlsxWorkbook::load(const ZipPackage &package)
{
    if (auto s = readWorkbook(package); !s)
        return s;
    if (auto s = readRelationships(package); !s)
        return s;
    if (package.contains(m_sharedStringsPart)) {
        if (auto s = readSharedStrings(package, m_sharedStringsPart); !s)
            return s;
    }
    if (package.contains(m_stylesPart)) {
        if (auto s = readStyles(package, m_stylesPart); !s)
            return s;
    }
    return {};
}

Status XlsxWorkbook::readWorkbook(const ZipPackage &package)
{
    XlsxPartReader part;
    if (auto s = part.open(package, workbookPart, maxSmallPartBytes); !s)
        return s;
    QXmlStreamReader &xml = part.xml();
    while (part.next()) {
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("workbookPr")) {
            m_date1904 = isTrue(part.attribute(QLatin1String("date1904")));
        } else if (xml.name() == QLatin1String("sheet")) {
            m_sheets << XlsxSheet { part.attribute(QLatin1String("name")), QString() };
            m_sheetIds << part.attribute(QLatin1String("id"));
        }
    }
    if (auto s = part.status(); !s)
        return s;
    if (m_sheets.isEmpty())
        return Error { tr("the workbook has no sheets") };
    return {};
}

Status XlsxWorkbook::readRelationships(const ZipPackage &package)
{
    XlsxPartReader part;
    if (auto s = part.open(package, relationshipsPart, maxSmallPartBytes); !s)
        return s;
    QHash<QString, QString> targets;
    m_sharedStringsPart = QStringLiteral("xl/sharedStrings.xml");
    m_stylesPart = QStringLiteral("xl/styles.xml");
    QXmlStreamReader &xml = part.xml();
    while (part.next()) {
        if (!xml.isStartElement() || xml.name() != QLatin1String("Relationship"))
            continue;
        const QString target = partPath(part.attribute(QLatin1String("Target")));
        const QString type = part.attribute(QLatin1String("Type"));
        targets.insert(part.attribute(QLatin1String("Id")), target);
        if (type.endsWith(QLatin1String("/sharedStrings")))
            m_sharedStringsPart = target;
        else if (type.endsWith(QLatin1String("/styles")))
            m_stylesPart = target;
    }
    if (auto s = part.status(); !s)
        return s;
    for (qsizetype i = 0; i < m_sheets.size(); ++i)
        m_sheets[i].part = targets.value(m_sheetIds.at(i));
    return {};
}

Status XlsxWorkbook::readSharedStrings(const ZipPackage &package, const QString &path)
{
    XlsxPartReader part;
    if (auto s = part.open(package, path, maxSharedStringsBytes); !s)
        return s;
    QXmlStreamReader &xml = part.xml();
    QString text;
    while (part.next()) {
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("si")) {
                text.clear();
            } else if (xml.name() == QLatin1String("rPh")) {
                part.skipElement(); // the phonetic reading, not part of the text
            } else if (xml.name() == QLatin1String("t")) {
                text += xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("si")) {
            m_strings += decodeEscapes(text).toStdString();
            m_stringEnds.push_back(m_strings.size());
        }
    }
    return part.status();
}

Status XlsxWorkbook::readStyles(const ZipPackage &package, const QString &path)
{
    XlsxPartReader part;
    if (auto s = part.open(package, path, maxSmallPartBytes); !s)
        return s;
    QXmlStreamReader &xml = part.xml();
    QHash<int, bool> customDates;
    bool inCellXfs = false;
    while (part.next()) {
        if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("numFmt")) {
            const int id = part.attribute(QLatin1String("numFmtId")).toInt();
            customDates.insert(id, isDateFormat(id, part.attribute(QLatin1String("formatCode"))));
        } else if (xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = true;
        } else if (inCellXfs && xml.name() == QLatin1String("xf")) {
            const int id = part.attribute(QLatin1String("numFmtId")).toInt();
            const auto custom = customDates.constFind(id);
            m_dateStyles.push_back(
                custom != customDates.cend() ? *custom : isDateFormat(id, QStringView()));
            part.skipElement();
        }
    }
    return part.status();
}

} // namespace rectify
