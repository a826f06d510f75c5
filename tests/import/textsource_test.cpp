// TextSource over files of several chunks: from the second chunk on it reads,
// hashes and decodes ahead of its caller on a thread of its own; what the caller
// sees must not depend on that.
#include "import/textsource.h"

#include <QCryptographicHash>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <algorithm>
#include <gtest/gtest.h>

using namespace rectify;

namespace {

// About `chunks` chunks of ledger-like text.
QString longText(double chunks)
{
    QString text = QStringLiteral("序号,反馈问题,整改措施\n");
    for (int n = 1; text.size() * 3 < chunks * TextSource::chunkSize; ++n)
        text += QStringLiteral("%1,问题%1,落实整改措施第%1项（长期坚持）\n").arg(n);
    return text;
}

QString writeFile(const QTemporaryDir &dir, const QByteArray &bytes)
{
    const QString path = dir.filePath(QStringLiteral("text.csv"));
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
    return path;
}

struct ReadBack
{
    std::string text;
    std::vector<qint64> bytesRead; // after each read()
    std::vector<bool> invalid; // hadInvalidBytes() after each read()
    QByteArray sha256;
};

ReadBack readAll(const QString &path, TextEncoding encoding)
{
    ReadBack r;
    TextSource source;
    EXPECT_TRUE(source.open(path, encoding));
    for (;;) {
        const bool more = source.read(r.text);
        r.bytesRead.push_back(source.bytesRead());
        r.invalid.push_back(source.hadInvalidBytes());
        EXPECT_TRUE(source.error().isEmpty());
        if (!more)
            break;
    }
    EXPECT_FALSE(source.read(r.text)); // and stays at the end
    r.sha256 = source.sha256();
    return r;
}

QByteArray sha256Of(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

} // namespace

TEST(TextSource, ReadsManyChunksInEveryEncoding)
{
    QTemporaryDir dir;
    const QString text = longText(8);
    for (const char *name : { "UTF-8", "GB18030", "UTF-16LE" }) {
        // A BOM where Excel writes one (GB18030 has one too, which nobody writes).
        QStringEncoder encoder(name,
            qstrcmp(name, "GB18030") ? QStringConverter::Flag::WriteBom
                                     : QStringConverter::Flag::Default);
        ASSERT_TRUE(encoder.isValid()) << name;
        const QByteArray bytes = encoder.encode(text);
        ASSERT_GT(bytes.size(), 3 * TextSource::chunkSize) << name;
        const QString path = writeFile(dir, bytes);
        const ReadBack r = readAll(path, TextEncoding::Auto);
        EXPECT_EQ(r.text, text.toStdString()) << name;
        EXPECT_EQ(r.sha256, sha256Of(bytes)) << name;
        // One chunk at a time, in order, up to the whole file.
        ASSERT_GE(r.bytesRead.size(), 4u) << name;
        for (std::size_t i = 1; i < r.bytesRead.size(); ++i)
            EXPECT_LE(r.bytesRead[i - 1], r.bytesRead[i]) << name;
        EXPECT_EQ(r.bytesRead.front(), TextSource::chunkSize) << name;
        EXPECT_EQ(r.bytesRead.back(), bytes.size()) << name;
        EXPECT_EQ(std::count(r.invalid.begin(), r.invalid.end(), true), 0) << name;
    }
}

// Broken bytes in the fourth chunk: hadInvalidBytes() turns true with the
// chunk that holds them, not when the thread reading ahead met them.
TEST(TextSource, InvalidBytesShowWithTheirChunk)
{
    QTemporaryDir dir;
    QByteArray bytes = longText(5.5).toUtf8();
    const qsizetype at = 3 * TextSource::chunkSize + 1000;
    // Replace one whole three-byte character with a lone continuation byte and two spaces.
    qsizetype start = at;
    while (static_cast<unsigned char>(bytes.at(start)) < 0xE0)
        ++start;
    ASSERT_LT(start, 4 * TextSource::chunkSize - 3);
    bytes[start] = '\x80';
    bytes[start + 1] = ' ';
    bytes[start + 2] = ' ';
    const QString path = writeFile(dir, bytes);
    const ReadBack r = readAll(path, TextEncoding::Utf8);
    ASSERT_GE(r.invalid.size(), 5u);
    std::vector<bool> expected(r.invalid.size(), true);
    std::fill_n(expected.begin(), 3, false);
    EXPECT_EQ(r.invalid, expected);
    EXPECT_EQ(r.sha256, sha256Of(bytes));
    const std::string replacement = "\xEF\xBF\xBD";
    EXPECT_EQ(r.text.find(replacement), static_cast<std::size_t>(start));
    EXPECT_EQ(r.text.size(), static_cast<std::size_t>(bytes.size()) + 2);
}

// A caller that stops early (a cancelled import): the thread reading ahead
// stops too, and the hash covers what was read.
TEST(TextSource, StopsReadingAheadWhenTheCallerStops)
{
    QTemporaryDir dir;
    const QByteArray bytes = longText(8).toUtf8();
    const QString path = writeFile(dir, bytes);
    {
        TextSource source;
        ASSERT_TRUE(source.open(path, TextEncoding::Utf8));
        std::string text;
        EXPECT_TRUE(source.read(text));
        EXPECT_TRUE(source.read(text));
        EXPECT_EQ(source.bytesRead(), 2 * TextSource::chunkSize);
        const QByteArray partial = source.sha256();
        EXPECT_EQ(partial.size(), 32);
        EXPECT_NE(partial, sha256Of(bytes));
        EXPECT_FALSE(source.read(text)); // the hash was taken: no more text
    }
    {
        TextSource source; // destroyed while reading ahead
        ASSERT_TRUE(source.open(path, TextEncoding::Utf8));
        std::string text;
        EXPECT_TRUE(source.read(text));
        EXPECT_TRUE(source.read(text));
    }
    {
        // Opened again after reading ahead: from the start.
        TextSource source;
        ASSERT_TRUE(source.open(path, TextEncoding::Utf8));
        std::string text;
        EXPECT_TRUE(source.read(text));
        EXPECT_TRUE(source.read(text));
        ASSERT_TRUE(source.open(path, TextEncoding::Utf8));
        text.clear();
        while (source.read(text)) { }
        EXPECT_EQ(text, bytes.toStdString());
        EXPECT_EQ(source.sha256(), sha256Of(bytes));
    }
}
