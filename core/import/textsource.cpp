#include "import/textsource.h"

#include <QDir>

namespace rectify {

namespace {

// Length of a valid UTF-8 sequence starting at p, 0 when invalid, -1 when the
// bytes end inside a sequence that is valid so far.
int utf8SequenceLength(const unsigned char *p, const unsigned char *end)
{
    const unsigned char c = p[0];
    int length = 0;
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        length = 2;
    else if (c >= 0xE0 && c <= 0xEF)
        length = 3;
    else if (c >= 0xF0 && c <= 0xF4)
        length = 4;
    else
        return 0;
    for (int k = 1; k < length; ++k) {
        if (p + k >= end)
            return -1;
        if ((p[k] & 0xC0) != 0x80)
            return 0;
    }
    // Overlong three-byte forms and surrogates, and code points above U+10FFFF.
    if (length == 3 && ((c == 0xE0 && p[1] < 0xA0) || (c == 0xED && p[1] >= 0xA0)))
        return 0;
    if (length == 4 && ((c == 0xF0 && p[1] < 0x90) || (c == 0xF4 && p[1] >= 0x90)))
        return 0;
    return length;
}

bool isValidUtf8Prefix(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const auto *end = p + bytes.size();
    while (p < end) {
        const int length = utf8SequenceLength(p, end);
        if (length < 0)
            return true; // cut at the end of the sample
        if (length == 0)
            return false;
        p += length;
    }
    return true;
}

} // namespace

QString textEncodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Auto:
        return QStringLiteral("auto");
    case TextEncoding::Utf8:
        return QStringLiteral("utf-8");
    case TextEncoding::Gb18030:
        return QStringLiteral("gb18030");
    case TextEncoding::Utf16Le:
        return QStringLiteral("utf-16le");
    case TextEncoding::Utf16Be:
        return QStringLiteral("utf-16be");
    }
    return QString();
}

std::optional<TextEncoding> textEncodingFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("auto") || n.isEmpty())
        return TextEncoding::Auto;
    if (n == QLatin1String("utf-8") || n == QLatin1String("utf8"))
        return TextEncoding::Utf8;
    if (n == QLatin1String("gb18030") || n == QLatin1String("gbk") || n == QLatin1String("gb2312"))
        return TextEncoding::Gb18030;
    // Excel writes little-endian; a BOM saying otherwise is honoured when reading.
    if (n == QLatin1String("utf-16") || n == QLatin1String("utf16")
        || n == QLatin1String("utf-16le"))
        return TextEncoding::Utf16Le;
    if (n == QLatin1String("utf-16be"))
        return TextEncoding::Utf16Be;
    return std::nullopt;
}

TextEncoding detectTextEncoding(const QByteArray &head)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        return TextEncoding::Utf8;
    if (head.startsWith("\xFF\xFE"))
        return TextEncoding::Utf16Le;
    if (head.startsWith("\xFE\xFF"))
        return TextEncoding::Utf16Be;
    // UTF-16 without a BOM: ASCII text has every other byte zero.
    qsizetype zeroEven = 0;
    qsizetype zeroOdd = 0;
    const qsizetype n = std::min<qsizetype>(head.size(), 4096);
    for (qsizetype i = 0; i < n; ++i) {
        if (head.at(i) == '\0')
            ++(i % 2 ? zeroOdd : zeroEven);
    }
    if (n >= 4 && zeroOdd > n / 8 && zeroOdd > 4 * zeroEven)
        return TextEncoding::Utf16Le;
    if (n >= 4 && zeroEven > n / 8 && zeroEven > 4 * zeroOdd)
        return TextEncoding::Utf16Be;
    return isValidUtf8Prefix(head) ? TextEncoding::Utf8 : TextEncoding::Gb18030;
}

Status TextSource::open(const QString &path, TextEncoding encoding)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        return Error {
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), m_file.errorString())
        };
    }
    m_size = m_file.size();
    m_raw = m_file.read(chunkSize);
    if (encoding == TextEncoding::Auto)
        encoding = detectTextEncoding(m_raw);
    // A BOM wins over a UTF-16 override of the wrong byte order.
    if (encoding == TextEncoding::Utf16Le && m_raw.startsWith("\xFE\xFF"))
        encoding = TextEncoding::Utf16Be;
    else if (encoding == TextEncoding::Utf16Be && m_raw.startsWith("\xFF\xFE"))
        encoding = TextEncoding::Utf16Le;
    m_encoding = encoding;
    switch (encoding) {
    case TextEncoding::Gb18030:
        // QStringConverter::encodingForName() does not know GB18030; the ICU
        // backend of QStringDecoder does.
        m_decoder = std::make_unique<QStringDecoder>("GB18030");
        if (!m_decoder->isValid())
            return Error { tr("This build of Qt cannot read GB18030 (it lacks ICU).") };
        break;
    case TextEncoding::Utf16Le:
        m_decoder = std::make_unique<QStringDecoder>(QStringConverter::Utf16LE);
        break;
    case TextEncoding::Utf16Be:
        m_decoder = std::make_unique<QStringDecoder>(QStringConverter::Utf16BE);
        break;
    case TextEncoding::Auto:
    case TextEncoding::Utf8:
        m_decoder.reset();
        break;
    }
    m_first = true;
    m_read = 0;
    m_hash.reset();
    return {};
}

bool TextSource::read(std::string &out)
{
    if (!m_first) {
        m_raw = m_file.read(chunkSize);
        if (m_raw.isEmpty() && !m_file.atEnd() && m_file.error() != QFileDevice::NoError) {
            m_error = m_file.errorString();
            return false;
        }
    }
    if (m_raw.isEmpty()) {
        // Let a decoder report a sequence cut off at the end of the file.
        if (m_decoder) {
            const QString rest = m_decoder->decode(QByteArrayView());
            if (!rest.isEmpty()) {
                const QByteArray utf8 = rest.toUtf8();
                out.append(utf8.constData(), static_cast<std::size_t>(utf8.size()));
            }
        }
        return false;
    }
    m_hash.addData(m_raw);
    m_read += m_raw.size();
    QByteArrayView bytes(m_raw);
    if (m_first && !m_decoder && bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    m_first = false;
    if (m_decoder) {
        // The decoders skip a leading BOM and keep state across chunks.
        const QString text = m_decoder->decode(bytes);
        const QByteArray utf8 = text.toUtf8();
        out.append(utf8.constData(), static_cast<std::size_t>(utf8.size()));
    } else {
        out.append(bytes.data(), static_cast<std::size_t>(bytes.size()));
    }
    return true;
}

QByteArray TextSource::sha256() const
{
    return m_hash.result();
}

} // namespace rectify
