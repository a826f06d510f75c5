#include "import/textsource.h"

#include <QDir>
#include <cstring>

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

// Counts the multi-byte UTF-8 sequences of a sample and the bytes that fit none;
// a sequence cut at the end of the sample counts as neither.
struct Utf8Census
{
    qsizetype valid = 0;
    qsizetype invalid = 0;
};

Utf8Census utf8Census(const QByteArray &bytes)
{
    Utf8Census census;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const auto *end = p + bytes.size();
    while (p < end) {
        if (*p < 0x80) {
            ++p;
            continue;
        }
        const int length = utf8SequenceLength(p, end);
        if (length < 0)
            break;
        if (length == 0) {
            ++census.invalid;
            ++p;
        } else {
            ++census.valid;
            p += length;
        }
    }
    return census;
}

// Appends [p, end) to out with every byte that is not part of a valid UTF-8
// sequence replaced by U+FFFD (counted in *invalid). Unless `last`, a sequence cut
// by the end is not appended: the number of its bytes is returned, for the caller
// to put in front of the next chunk.
std::size_t appendValidUtf8(
    const unsigned char *p, const unsigned char *end, bool last, std::string &out, qint64 *invalid)
{
    const unsigned char *run = p;
    const auto flush = [&](const unsigned char *to) {
        out.append(reinterpret_cast<const char *>(run), static_cast<std::size_t>(to - run));
    };
    while (p < end) {
        // ASCII eight bytes at a time.
        while (end - p >= 8) {
            quint64 v;
            std::memcpy(&v, p, 8);
            if (v & 0x8080808080808080ull)
                break;
            p += 8;
        }
        if (p >= end)
            break;
        if (*p < 0x80) {
            ++p;
            continue;
        }
        // Chinese text and full-width punctuation: three-byte sequences whose lead
        // byte allows any continuation bytes (not E0, not ED).
        if (*p >= 0xE1 && *p <= 0xEF && *p != 0xED && end - p >= 3 && (p[1] & 0xC0) == 0x80
            && (p[2] & 0xC0) == 0x80) {
            p += 3;
            continue;
        }
        const int length = utf8SequenceLength(p, end);
        if (length > 0) {
            p += length;
            continue;
        }
        if (length < 0 && !last) {
            flush(p);
            return static_cast<std::size_t>(end - p);
        }
        flush(p);
        out += "\xEF\xBF\xBD";
        ++*invalid;
        run = ++p;
    }
    flush(p);
    return 0;
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
    const Utf8Census utf8 = utf8Census(head);
    if (utf8.invalid == 0)
        return TextEncoding::Utf8;
    // Not valid UTF-8: GB18030 when the bytes are valid GB18030 (a sequence cut at
    // the end of the sample is not an error: the decoder waits for more bytes).
    QStringDecoder gb18030("GB18030");
    if (gb18030.isValid()) {
        const QString decoded = gb18030.decode(head);
        if (!gb18030.hasError())
            return TextEncoding::Gb18030;
    }
    // Valid in neither: UTF-8 with a few broken bytes (a cell pasted from elsewhere,
    // a file cut and joined) rather than GB18030, when most of its multi-byte
    // sequences are valid UTF-8. GB18030 text rarely forms one by chance. The rows
    // with the broken bytes are then reported.
    return utf8.valid >= 4 * utf8.invalid ? TextEncoding::Utf8 : TextEncoding::Gb18030;
}

TextSource::~TextSource()
{
    stopReadingAhead();
}

void TextSource::stopReadingAhead()
{
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        m_changed.notify_all();
    }
    m_thread.join();
    m_chunks.clear();
    m_stop = false;
    m_ended = true; // what it read ahead is gone
}

Status TextSource::open(const QString &path, TextEncoding encoding)
{
    stopReadingAhead();
    m_calls = 0;
    m_ended = false;
    m_file.close();
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
    m_invalid = 0;
    m_error.clear();
    m_shown = {};
    m_carry.clear();
    m_hash.reset();
    return {};
}

bool TextSource::read(std::string &out)
{
    if (m_ended)
        return false;
    // The first chunk is read here: it is all that the analysis of a file's
    // head needs. From the second on, a thread of its own reads, hashes and
    // decodes the file a chunk or two ahead of the caller, on another core.
    if (m_calls++ == 0) {
        const bool more = readChunk(out);
        m_shown = { m_read, m_invalid, m_error };
        m_ended = !more;
        return more;
    }
    if (!m_thread.joinable())
        m_thread = std::thread([this] { readAhead(); });
    Chunk chunk;
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_chunks.empty(); });
        chunk = std::move(m_chunks.front());
        m_chunks.pop_front();
        m_changed.notify_all();
    }
    if (out.empty())
        out.swap(chunk.text);
    else
        out.append(chunk.text);
    m_shown = chunk.state;
    if (!chunk.more) {
        m_thread.join(); // it ended with this chunk: the hash is complete
        m_ended = true;
    }
    return chunk.more;
}

void TextSource::readAhead()
{
    for (;;) {
        Chunk chunk;
        chunk.more = readChunk(chunk.text);
        chunk.state = { m_read, m_invalid, m_error };
        const bool more = chunk.more;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_chunks.size() < chunksAhead || m_stop; });
            if (m_stop)
                return;
            m_chunks.push_back(std::move(chunk));
            m_changed.notify_all();
        }
        if (!more)
            return;
    }
}

bool TextSource::readChunk(std::string &out)
{
    if (!m_first) {
        m_raw = m_file.read(chunkSize);
        if (m_raw.isEmpty() && !m_file.atEnd() && m_file.error() != QFileDevice::NoError) {
            m_error = m_file.errorString();
            return false;
        }
    }
    if (m_raw.isEmpty()) {
        // A sequence cut off at the end of the file is not valid.
        if (m_decoder) {
            const QString rest = m_decoder->decode(QByteArrayView());
            if (!rest.isEmpty()) {
                const QByteArray utf8 = rest.toUtf8();
                out.append(utf8.constData(), static_cast<std::size_t>(utf8.size()));
            }
            if (m_decoder->hasError())
                m_invalid = std::max<qint64>(m_invalid, 1);
        } else if (!m_carry.empty()) {
            const auto *p = reinterpret_cast<const unsigned char *>(m_carry.data());
            appendValidUtf8(p, p + m_carry.size(), true, out, &m_invalid);
            m_carry.clear();
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
        // The decoders put U+FFFD where the bytes are not valid; they only say
        // whether that happened at all.
        if (m_decoder->hasError())
            m_invalid = std::max<qint64>(m_invalid, 1);
    } else {
        // UTF-8 is checked here too: bytes that are not valid UTF-8 must not reach
        // the ledger as they are.
        if (!m_carry.empty()) {
            m_carry.append(bytes.data(), static_cast<std::size_t>(bytes.size()));
            const auto *p = reinterpret_cast<const unsigned char *>(m_carry.data());
            const std::size_t cut = appendValidUtf8(p, p + m_carry.size(), false, out, &m_invalid);
            m_carry.erase(0, m_carry.size() - cut);
        } else {
            const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
            const std::size_t cut = appendValidUtf8(p, p + bytes.size(), false, out, &m_invalid);
            m_carry.assign(bytes.data() + bytes.size() - cut, cut);
        }
    }
    return true;
}

QByteArray TextSource::sha256()
{
    stopReadingAhead();
    return m_hash.result();
}

} // namespace rectify
