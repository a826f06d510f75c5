#pragma once

#include "import/sha256.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace rectify {

// The text encodings of CSV files that Excel and WPS write.
enum class TextEncoding
{
    Auto,
    Utf8, // with or without BOM
    Gb18030, // GBK/GB2312 are subsets: Chinese Excel's "CSV (逗号分隔)"
    Utf16Le, // Excel's "Unicode 文本"
    Utf16Be,
};

// "utf-8", "gb18030", "utf-16le" ...: for reports and the command line.
QString textEncodingName(TextEncoding encoding);
// Accepts auto, utf-8/utf8, gb18030/gbk/gb2312, utf-16/utf-16le/utf-16be (any case).
std::optional<TextEncoding> textEncodingFromName(const QString &name);
// Guesses the encoding of the first bytes of a file: a BOM, else UTF-16 by its
// zero bytes, else UTF-8 when the bytes are valid UTF-8, else GB18030 when they
// are valid GB18030, else whichever fits most of them (UTF-8 with a few broken
// bytes is more common than GB18030 with some).
TextEncoding detectTextEncoding(const QByteArray &head);

// A file read in chunks and handed out as UTF-8 bytes, whatever its encoding;
// the SHA-256 of the raw bytes is computed on the way. Bytes that are not valid
// in the encoding are handed out as U+FFFD (the replacement character) and
// hadInvalidBytes() becomes true.
class TextSource final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::TextSource)

public:
    static constexpr qint64 chunkSize = 1 << 20;

    TextSource() = default;
    ~TextSource();
    Q_DISABLE_COPY_MOVE(TextSource)

    // Opens the file; Auto detects the encoding from its first chunk.
    Status open(const QString &path, TextEncoding encoding);
    TextEncoding encoding() const { return m_encoding; }
    // Appends the next chunk as UTF-8; false at the end of the file or on a read
    // error (see error()).
    bool read(std::string &out);
    // These three describe the text handed out so far (the file may be read
    // further ahead).
    const QString &error() const { return m_shown.error; }
    qint64 size() const { return m_size; }
    qint64 bytesRead() const { return m_shown.read; }
    // True once bytes that are not valid in the encoding were read: the text
    // handed out holds U+FFFD where they were.
    bool hadInvalidBytes() const { return m_shown.invalid > 0; }
    // The SHA-256 of the bytes read so far (of the whole file once read() returned
    // false). Stops reading ahead: no read() after it.
    QByteArray sha256();

private:
    struct State
    {
        qint64 read = 0;
        qint64 invalid = 0;
        QString error;
    };
    struct Chunk
    {
        std::string text;
        bool more = false;
        State state; // after this chunk
    };
    static constexpr std::size_t chunksAhead = 2;

    // Reads, hashes and decodes the next chunk (the members below m_file).
    bool readChunk(std::string &out);
    void readAhead(); // the thread's loop
    void stopReadingAhead();

    // Read by the thread that reads ahead while it runs.
    QFile m_file;
    TextEncoding m_encoding = TextEncoding::Utf8;
    std::unique_ptr<QStringDecoder> m_decoder;
    Sha256 m_hash;
    QByteArray m_raw;
    QString m_error;
    qint64 m_size = 0;
    qint64 m_read = 0;
    qint64 m_invalid = 0;
    std::string m_carry; // UTF-8 only: a sequence cut by the end of the last chunk
    bool m_first = true;

    // The caller's side.
    State m_shown; // as of the last chunk handed out
    int m_calls = 0;
    bool m_ended = false;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Chunk> m_chunks; // guarded by m_mutex
    bool m_stop = false; // guarded by m_mutex
};

} // namespace rectify
