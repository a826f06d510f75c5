#include "import/xlsxpartreader.h"

#include <algorithm>
#include <cstring>
#include <string_view>

namespace rectify {

namespace {

// Longer tag names are not looked at (no sheet has them): a sheetData so named
// is not found, and the part is then read whole, as without the skipping.
constexpr std::size_t maxName = 1024;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// "sheetData" or "x:sheetData".
bool isSheetData(std::string_view name)
{
    const std::size_t colon = name.rfind(':');
    return (colon == std::string_view::npos ? name : name.substr(colon + 1)) == "sheetData";
}

} // namespace

SheetDataSkipDevice::SheetDataSkipDevice(QIODevice *source, qint64 chunk)
    : m_source(source)
    , m_chunk(std::max<qint64>(chunk, 1))
    , m_buffer(new char[static_cast<std::size_t>(m_chunk)])
{
    QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

std::size_t SheetDataSkipDevice::scan(const char *p, std::size_t n)
{
    std::size_t i = 0;
    while (i < n) {
        const char c = p[i];
        switch (m_state) {
        case State::Text: {
            const void *lt = std::memchr(p + i, '<', n - i);
            if (!lt)
                return n;
            i = static_cast<std::size_t>(static_cast<const char *>(lt) - p) + 1;
            m_state = State::Open;
            continue;
        }
        case State::Open:
            m_name.clear();
            m_nameTooLong = false;
            if (c == '/') {
                m_state = State::EndName;
            } else if (c == '!') {
                m_state = State::Bang;
            } else if (c == '?') {
                m_state = State::Pi;
                m_last = 0;
            } else if (c == '<') {
                break; // not well-formed; the XML reader says so
            } else if (isSpace(c) || c == '>' || c == '/') {
                m_state = State::Text;
            } else {
                m_name += c;
                m_state = State::StartName;
            }
            break;
        case State::StartName:
            if (isSpace(c) || c == '/' || c == '>') {
                if (m_nameTooLong || !isSheetData(m_name)) {
                    m_state = State::Text;
                    break;
                }
                // The attributes, up to the '>' that says whether it is empty.
                m_state = State::StartRest;
                m_quote = 0;
                m_last = 0;
                continue;
            }
            if (c == '<') {
                m_state = State::Open;
            } else if (m_name.size() < maxName) {
                m_name += c;
            } else {
                m_nameTooLong = true;
            }
            break;
        case State::StartRest:
            if (m_quote) {
                if (c == m_quote)
                    m_quote = 0;
            } else if (c == '"' || c == '\'') {
                m_quote = c;
            } else if (c == '>') {
                const bool empty = m_last == '/';
                m_state = State::Text;
                if (m_mode == Mode::Before) {
                    // <sheetData/>: no rows, nothing to skip.
                    m_mode = empty ? Mode::After : Mode::Inside;
                    m_depth = 0;
                    return i + 1;
                }
                if (!empty)
                    ++m_depth;
                break;
            } else if (c == '<') {
                m_state = State::Open;
                break;
            }
            m_last = c;
            break;
        case State::EndName:
            if (isSpace(c) || c == '>') {
                if (m_mode == Mode::Inside && !m_nameTooLong && isSheetData(m_name)) {
                    m_state = State::EndRest;
                    continue;
                }
                m_state = State::Text;
            } else if (c == '<') {
                m_state = State::Open;
            } else if (m_name.size() < maxName) {
                m_name += c;
            } else {
                m_nameTooLong = true;
            }
            break;
        case State::EndRest:
            if (c == '>') {
                m_state = State::Text;
                if (m_depth > 0) {
                    --m_depth;
                    break;
                }
                m_mode = Mode::After;
                m_pending = "</" + m_name + '>';
                return i + 1;
            }
            if (c == '<')
                m_state = State::Open;
            else if (!isSpace(c))
                m_state = State::Text;
            break;
        case State::Bang: {
            m_name += c;
            static constexpr std::string_view comment = "--";
            static constexpr std::string_view cdata = "[CDATA[";
            if (m_name == comment || m_name == cdata) {
                m_state = m_name == comment ? State::Comment : State::CData;
                m_last = 0;
                m_beforeLast = 0;
            } else if (comment.substr(0, m_name.size()) != m_name
                && cdata.substr(0, m_name.size()) != m_name) {
                // A declaration (<!DOCTYPE ...): not in a sheet. Before the rows, the
                // part goes to the XML reader whole, which refuses it.
                if (m_mode == Mode::Before) {
                    m_mode = Mode::After;
                    return i + 1;
                }
                m_state = c == '<' ? State::Open : State::Text;
            }
            break;
        }
        case State::Comment:
        case State::CData: {
            const char mark = m_state == State::Comment ? '-' : ']';
            if (c == '>' && m_last == mark && m_beforeLast == mark)
                m_state = State::Text;
            m_beforeLast = m_last;
            m_last = c;
            break;
        }
        case State::Pi:
            if (c == '>' && m_last == '?')
                m_state = State::Text;
            m_last = c;
            break;
        }
        ++i;
    }
    return n;
}

qint64 SheetDataSkipDevice::readData(char *data, qint64 maxSize)
{
    qint64 written = 0;
    while (written < maxSize) {
        if (m_newlines > 0) {
            const qint64 n = std::min(m_newlines, maxSize - written);
            std::memset(data + written, '\n', static_cast<std::size_t>(n));
            written += n;
            m_newlines -= n;
            continue;
        }
        if (!m_pending.empty()) {
            const auto n = std::min(m_pending.size(), static_cast<std::size_t>(maxSize - written));
            std::memcpy(data + written, m_pending.data(), n);
            m_pending.erase(0, n);
            written += static_cast<qint64>(n);
            continue;
        }
        if (m_position == m_length) {
            if (m_sourceDone)
                break;
            const qint64 n = m_source->read(m_buffer.get(), m_chunk);
            if (n <= 0) {
                m_sourceDone = true;
                m_unterminated = m_mode == Mode::Inside;
                if (n < 0 && written == 0)
                    return -1;
                break;
            }
            m_length = static_cast<std::size_t>(n);
            m_position = 0;
        }
        const char *p = m_buffer.get() + m_position;
        const std::size_t available = m_length - m_position;
        if (m_mode == Mode::Inside) {
            const std::size_t used = scan(p, available);
            m_newlines += std::count(p, p + used, '\n');
            m_skipped += static_cast<qint64>(used);
            m_position += used;
            continue;
        }
        std::size_t n = std::min(available, static_cast<std::size_t>(maxSize - written));
        if (m_mode == Mode::Before)
            n = scan(p, n);
        std::memcpy(data + written, p, n);
        written += static_cast<qint64>(n);
        m_position += n;
    }
    return written;
}

Status XlsxPartReader::open(
    const ZipPackage &package, const QString &part, qint64 maxSize, bool skipRows)
{
    m_part = part;
    auto device = package.openEntry(part, maxSize);
    if (!device)
        return device.failure();
    m_device = std::move(device.value());
    if (skipRows) {
        m_skipRows = std::make_unique<SheetDataSkipDevice>(m_device.get());
        m_xml.setDevice(m_skipRows.get());
    } else {
        m_xml.setDevice(m_device.get());
    }
    return {};
}

bool XlsxPartReader::next()
{
    while (m_failure.isEmpty() && !m_xml.atEnd()) {
        switch (m_xml.readNext()) {
        case QXmlStreamReader::DTD:
        case QXmlStreamReader::EntityReference:
            fail(tr("the part %1 declares a document type or entities, which a workbook "
                    "never does")
                     .arg(m_part));
            return false;
        case QXmlStreamReader::StartElement:
        case QXmlStreamReader::EndElement:
        case QXmlStreamReader::Characters:
            return true;
        default:
            break;
        }
    }
    return false;
}

void XlsxPartReader::fail(const QString &reason)
{
    if (m_failure.isEmpty())
        m_failure = reason;
    m_xml.raiseError(reason);
}

Status XlsxPartReader::status() const
{
    if (!m_failure.isEmpty())
        return Error { m_failure };
    // A device failure (a damaged part) says more than the XML error it leads to.
    if (m_device && !m_device->failure().isEmpty())
        return Error { tr("%1 (in %2)").arg(m_device->failure(), m_part) };
    if (m_skipRows && m_skipRows->unterminated())
        return Error { tr("the rows of %1 never end (<sheetData> has no end tag): the part is "
                          "cut short or damaged")
                           .arg(m_part) };
    if (m_xml.hasError())
        return Error { tr("the part %1 is not well-formed XML: %2 (line %3)")
                           .arg(m_part, m_xml.errorString())
                           .arg(m_xml.lineNumber()) };
    return {};
}

QString XlsxPartReader::attribute(QLatin1String name) const
{
    return attributeView(name).toString();
}

QStringView XlsxPartReader::attributeView(QLatin1String name) const
{
    // The reader keeps its attributes until the next token; the copy shares them.
    const QXmlStreamAttributes attributes = m_xml.attributes();
    for (const QXmlStreamAttribute &a : attributes) {
        if (a.name() == name)
            return a.value();
    }
    return {};
}

} // namespace rectify
