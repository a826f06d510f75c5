#include "import/xlsxsheetreader.h"

#include <QDate>
#include <algorithm>
#include <cmath>

namespace rectify {

namespace {

bool isTrue(QStringView value)
{
    return value == QLatin1String("1") || value == QLatin1String("true");
}

} // namespace

XlsxSheetReader::XlsxSheetReader(const XlsxWorkbook &workbook, const XlsxSheetLayout &layout)
    : m_workbook(workbook)
    , m_layout(layout)
{ }

bool XlsxSheetReader::parseReference(QStringView reference, int *column, qint64 *row)
{
    qsizetype i = 0;
    qint64 c = 0;
    while (i < reference.size() && i < 4) {
        const char16_t ch = reference.at(i).unicode();
        if (ch >= u'A' && ch <= u'Z')
            c = c * 26 + (ch - u'A' + 1);
        else if (ch >= u'a' && ch <= u'z')
            c = c * 26 + (ch - u'a' + 1);
        else
            break;
        ++i;
    }
    if (i == 0 || c > maxColumns)
        return false;
    qint64 r = 0;
    const qsizetype digits = i;
    while (i < reference.size()) {
        const char16_t ch = reference.at(i).unicode();
        if (ch < u'0' || ch > u'9' || r > maxRows)
            return false;
        r = r * 10 + (ch - u'0');
        ++i;
    }
    if (i == digits || r < 1 || r > maxRows)
        return false;
    *column = static_cast<int>(c - 1);
    *row = r;
    return true;
}

QString XlsxSheetReader::serialDate(double serial, bool date1904)
{
    // 2958465 is 9999-12-31, the last day Excel knows.
    if (!std::isfinite(serial) || serial < (date1904 ? 0 : 1) || serial >= 2958466)
        return {};
    const auto day = static_cast<qint64>(std::floor(serial));
    QDate date;
    if (date1904) {
        date = QDate(1904, 1, 1).addDays(day);
    } else if (day == 60) {
        // Excel's 1900 system counts a 29 February 1900 that never was (Lotus did).
        return QStringLiteral("1900-02-29");
    } else {
        date = day < 60 ? QDate(1899, 12, 31).addDays(day) : QDate(1899, 12, 30).addDays(day);
    }
    return date.toString(Qt::ISODate);
}

QString XlsxSheetReader::numberText(const QString &value)
{
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return value.trimmed();
    if (std::floor(number) == number && std::fabs(number) < 1e15)
        return QString::number(static_cast<qint64>(number));
    // 15 digits, as Excel shows: 0.30000000000000004 is 0.3.
    return QString::number(number, 'g', 15);
}

Result<XlsxSheetLayout> XlsxSheetReader::readLayout(const ZipPackage &package, const QString &part)
{
    XlsxPartReader reader;
    if (auto s = reader.open(package, part, maxSheetBytes, true); !s)
        return s.failure();
    XlsxSheetLayout layout;
    QXmlStreamReader &xml = reader.xml();
    while (reader.next()) {
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("sheetData")) {
            reader.skipElement();
        } else if (xml.name() == QLatin1String("col")) {
            if (!isTrue(reader.attribute(QLatin1String("hidden"))))
                continue;
            const int first = std::max(1, reader.attribute(QLatin1String("min")).toInt());
            const int last = std::min(maxColumns, reader.attribute(QLatin1String("max")).toInt());
            if (first <= last && layout.hiddenColumns.size() < std::size_t(maxColumns))
                layout.hiddenColumns.emplace_back(first - 1, last - 1);
        } else if (xml.name() == QLatin1String("mergeCell")) {
            const QString ref = reader.attribute(QLatin1String("ref"));
            const qsizetype colon = ref.indexOf(QLatin1Char(':'));
            XlsxMerge merge;
            int right = 0;
            if (colon < 0 || !parseReference(QStringView(ref).left(colon), &merge.left, &merge.top)
                || !parseReference(QStringView(ref).mid(colon + 1), &right, &merge.bottom)) {
                reader.fail(tr("the merged range %1 is beyond XFD1048576 or not a range").arg(ref));
                break;
            }
            if (merge.bottom <= merge.top)
                continue; // within one row: the value is already in its row
            if (layout.merges.size() >= maxMerges) {
                reader.fail(tr("the sheet has more than %1 merged ranges").arg(maxMerges));
                break;
            }
            layout.merges.push_back(merge);
        }
    }
    if (auto s = reader.status(); !s)
        return s.failure();
    std::stable_sort(layout.merges.begin(), layout.merges.end(),
        [](const XlsxMerge &a, const XlsxMerge &b) { return a.top < b.top; });
    return layout;
}

Status XlsxSheetReader::open(const ZipPackage &package, const QString &part)
{
    return m_part.open(package, part, maxSheetBytes);
}

Status XlsxSheetReader::status() const
{
    return m_part.status();
}

bool XlsxSheetReader::next(XlsxRow &row)
{
    if (m_part.xml().hasError() || m_last >= maxRows)
        return false;
    const qint64 number = m_last + 1;
    closeMergesAbove(number);
    if (!m_havePending && !m_rowsDone) {
        m_havePending = readRow(m_pending);
        m_rowsDone = !m_havePending;
        if (m_part.xml().hasError())
            return false;
    }
    if (m_havePending && m_pending.number == number) {
        std::swap(row, m_pending);
        m_havePending = false;
    } else {
        // A row the file leaves out: empty, unless a merged range above reaches it.
        if (!m_havePending && m_open.empty())
            return false;
        row.number = number;
        row.cells.clear();
        row.hidden = false;
        row.problems.clear();
        row.unreadableCells.clear();
        row.warnings.clear();
    }
    m_last = number;
    applyMerges(row);
    return !m_part.xml().hasError();
}

bool XlsxSheetReader::readRow(XlsxRow &row)
{
    QXmlStreamReader &xml = m_part.xml();
    while (m_part.next()) {
        if (xml.isEndElement() && xml.name() == QLatin1String("sheetData"))
            return false; // what follows (the merged ranges) was read by the first pass
        if (!xml.isStartElement() || xml.name() != QLatin1String("row"))
            continue;
        const QStringView r = m_part.attributeView(QLatin1String("r"));
        bool ok = true;
        const qint64 number = r.isEmpty() ? m_lastXmlRow + 1 : r.toLongLong(&ok);
        if (!ok || number < 1 || number > maxRows) {
            m_part.fail(tr("the row number %1 is beyond row %2").arg(r).arg(maxRows));
            return false;
        }
        if (number <= m_lastXmlRow) {
            m_part.fail(tr("row %1 comes after row %2; the rows are not in order")
                            .arg(number)
                            .arg(m_lastXmlRow));
            return false;
        }
        m_lastXmlRow = number;
        row.number = number;
        row.hidden = isTrue(m_part.attributeView(QLatin1String("hidden")));
        row.cells.clear();
        row.problems.clear();
        row.unreadableCells.clear();
        row.warnings.clear();
        int lastColumn = -1;
        while (m_part.next()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("row"))
                return true;
            if (xml.isStartElement() && xml.name() == QLatin1String("c"))
                readCell(row, &lastColumn);
        }
        return false;
    }
    return false;
}

void XlsxSheetReader::readCell(XlsxRow &row, int *lastColumn)
{
    QXmlStreamReader &xml = m_part.xml();
    int column = *lastColumn + 1;
    {
        const QStringView reference = m_part.attributeView(QLatin1String("r"));
        qint64 referenceRow = row.number;
        if (!reference.isEmpty() && !parseReference(reference, &column, &referenceRow)) {
            m_part.fail(
                tr("the cell reference %1 is beyond XFD1048576 or not a cell").arg(reference));
            return;
        }
    }
    if (column >= maxColumns) {
        m_part.fail(tr("row %1 has a cell beyond column XFD").arg(row.number));
        return;
    }
    *lastColumn = column;
    // The cell's type, kept past the tokens of its value (the view would not be).
    const QStringView typeName = m_part.attributeView(QLatin1String("t"));
    enum class Type
    {
        Number,
        Shared,
        Inline,
        Text,
        Boolean,
        Date
    };
    Type type = Type::Number; // also for a type the reader does not know, as before
    if (typeName == QLatin1String("s"))
        type = Type::Shared;
    else if (typeName == QLatin1String("inlineStr"))
        type = Type::Inline;
    else if (typeName == QLatin1String("str") || typeName == QLatin1String("e"))
        type = Type::Text;
    else if (typeName == QLatin1String("b"))
        type = Type::Boolean;
    else if (typeName == QLatin1String("d"))
        type = Type::Date;
    const qint64 style = m_part.attributeView(QLatin1String("s")).toLongLong();
    // One buffer for every cell's value: no allocation once it is large enough.
    QString &value = m_value;
    value.resize(0);
    QString inlineText;
    bool hasValue = false;
    bool hasFormula = false;
    while (m_part.next()) {
        if (xml.isEndElement() && xml.name() == QLatin1String("c"))
            break;
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("v")) {
            // The text of <v>, as readElementText() gives it, into the one buffer.
            value.resize(0);
            while (m_part.next()) {
                if (xml.isEndElement())
                    break;
                if (xml.isCharacters()) {
                    value.append(xml.text());
                } else if (xml.isStartElement()) {
                    // What readElementText() says of it, in Qt's own words (and
                    // translation: the context is Qt's, not one of ours).
                    static const char qtContext[] = "QXmlStream";
                    xml.raiseError(
                        QCoreApplication::translate(qtContext, "Expected character data."));
                    return;
                }
            }
            hasValue = true;
        } else if (xml.name() == QLatin1String("f")) {
            hasFormula = true;
            m_part.skipElement();
        } else if (xml.name() == QLatin1String("rPh")) {
            m_part.skipElement(); // a phonetic reading, not the text
        } else if (xml.name() == QLatin1String("t")) {
            inlineText += xml.readElementText(); // in <is>, an inline string
        }
    }
    if (xml.hasError())
        return;

    std::string text;
    if (type == Type::Shared) {
        bool ok = false;
        const qint64 index = QStringView(value).trimmed().toLongLong(&ok);
        if (!ok || index < 0 || index >= m_workbook.sharedStringCount()) {
            row.problems.push_back({ row.number, column,
                tr("the cell refers to shared text %1, which the workbook does not have.")
                    .arg(value.trimmed()) });
            row.unreadableCells.push_back(column);
        } else {
            text = std::string(m_workbook.sharedString(index));
        }
    } else if (type == Type::Inline) {
        text = XlsxWorkbook::decodeEscapes(inlineText).toStdString();
    } else if (type == Type::Text) {
        text = XlsxWorkbook::decodeEscapes(value).toStdString();
    } else if (type == Type::Boolean) {
        if (hasValue)
            text = value.trimmed() == QLatin1String("1") ? "TRUE" : "FALSE";
    } else if (type == Type::Date) {
        text = value.trimmed().left(10).toStdString();
    } else if (hasValue) {
        QString shown;
        if (m_workbook.isDateStyle(style))
            shown = serialDate(value.toDouble(), m_workbook.date1904());
        if (shown.isEmpty())
            shown = numberText(value);
        text = shown.toStdString();
    }
    if (hasFormula && !hasValue) {
        row.warnings.push_back({ row.number, column,
            tr("the formula has no saved result, so the cell is read as empty; open the "
               "workbook in Excel or WPS and save it to keep the results.") });
    }
    if (text.empty())
        return;
    std::size_t bytes = text.size();
    for (const std::string &c : row.cells)
        bytes += c.size();
    if (bytes > maxRowBytes) {
        m_part.fail(
            tr("row %1 holds more than %2 MiB of text").arg(row.number).arg(maxRowBytes >> 20));
        return;
    }
    if (row.cells.size() <= static_cast<std::size_t>(column))
        row.cells.resize(static_cast<std::size_t>(column) + 1);
    row.cells[static_cast<std::size_t>(column)] = std::move(text);
}

void XlsxSheetReader::closeMergesAbove(qint64 row)
{
    for (auto it = m_open.begin(); it != m_open.end();) {
        if (it->second.bottom < row) {
            m_openBytes -= it->second.value.size();
            it = m_open.erase(it);
        } else {
            ++it;
        }
    }
}

void XlsxSheetReader::applyMerges(XlsxRow &row)
{
    // A value merged over several rows belongs to each of them (a problem merged
    // down its tasks), in the range's first column.
    for (const auto &[column, open] : m_open) {
        const auto c = static_cast<std::size_t>(column);
        if (row.cells.size() <= c)
            row.cells.resize(c + 1);
        if (row.cells[c].empty())
            row.cells[c] = open.value;
    }
    const std::vector<XlsxMerge> &merges = m_layout.merges;
    while (m_nextMerge < merges.size() && merges[m_nextMerge].top <= row.number) {
        const XlsxMerge &merge = merges[m_nextMerge++];
        const auto c = static_cast<std::size_t>(merge.left);
        if (merge.top != row.number || c >= row.cells.size() || row.cells[c].empty())
            continue;
        OpenMerge &open = m_open[merge.left];
        m_openBytes -= open.value.size();
        open.bottom = merge.bottom;
        open.value = row.cells[c];
        m_openBytes += open.value.size();
        if (m_openBytes > maxRowBytes) {
            m_part.fail(tr("the merged cells of row %1 hold more than %2 MiB of text")
                            .arg(row.number)
                            .arg(maxRowBytes >> 20));
            return;
        }
    }
}

} // namespace rectify
