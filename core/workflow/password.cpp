#include "workflow/password.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QStringList>
#include <QtEndian>

namespace rectify {

namespace {

const QLatin1String scheme("pbkdf2-sha256");
constexpr int saltBytes = 16;
constexpr int hashBytes = 32;
enum class Parse
{
    Ok,
    Malformed,
    CountOutOfBounds
};

struct Parsed
{
    qint64 iterations = 0;
    QByteArray salt;
    QByteArray hash;
};

Parse parseForm(const QString &stored, Parsed *out)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != scheme)
        return Parse::Malformed;
    bool ok = false;
    out->iterations = parts.at(1).toLongLong(&ok);
    if (!ok)
        return Parse::Malformed;
    const auto decode = [](const QString &text, QByteArray *bytes) {
        auto r = QByteArray::fromBase64Encoding(
            text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!r)
            return false;
        *bytes = *r;
        return !bytes->isEmpty();
    };
    if (!decode(parts.at(2), &out->salt) || !decode(parts.at(3), &out->hash))
        return Parse::Malformed;
    // Refused before any work: a hostile count must not hang the sign-in.
    if (out->iterations < Password::minIterations || out->iterations > Password::maxIterations)
        return Parse::CountOutOfBounds;
    return Parse::Ok;
}

bool parse(const QString &stored, Parsed *out)
{
    return parseForm(stored, out) == Parse::Ok;
}

// Compares without an early exit, so the time taken says nothing about where
// the first difference is.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace

QByteArray Password::pbkdf2Sha256(
    const QByteArray &password, const QByteArray &salt, int iterations, int keyLength)
{
    if (iterations < 1 || keyLength < 1)
        return {};
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, password);
    QByteArray key;
    key.reserve(keyLength + hashBytes);
    for (quint32 block = 1; key.size() < keyLength; ++block) {
        uchar index[4];
        qToBigEndian(block, index);
        mac.reset();
        mac.addData(salt);
        mac.addData(reinterpret_cast<const char *>(index), 4);
        QByteArray u = mac.result();
        QByteArray t = u;
        for (int i = 1; i < iterations; ++i) {
            mac.reset();
            mac.addData(u);
            u = mac.result();
            for (qsizetype j = 0; j < t.size(); ++j)
                t[j] = static_cast<char>(t.at(j) ^ u.at(j));
        }
        key += t;
    }
    key.truncate(keyLength);
    return key;
}

QString Password::hash(const QString &password, int iterations)
{
    quint32 words[saltBytes / 4];
    QRandomGenerator::system()->fillRange(words);
    const QByteArray salt(reinterpret_cast<const char *>(words), saltBytes);
    const QByteArray derived = pbkdf2Sha256(password.toUtf8(), salt, iterations, hashBytes);
    return QStringLiteral("%1$%2$%3$%4")
        .arg(scheme)
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(derived.toBase64()));
}

Result<bool> Password::check(const QString &password, const QString &stored)
{
    Parsed p;
    switch (parseForm(stored, &p)) {
    case Parse::Ok:
        break;
    case Parse::Malformed:
        return Error { tr("The stored password is not in a form Rectify reads.") };
    case Parse::CountOutOfBounds:
        return Error { tr("The stored password uses %1 iterations, outside %2 to %3: it is "
                          "refused unchecked (it would be too weak, or take too long to "
                          "check).")
                           .arg(p.iterations)
                           .arg(minIterations)
                           .arg(maxIterations) };
    }
    const QByteArray derived = pbkdf2Sha256(
        password.toUtf8(), p.salt, static_cast<int>(p.iterations), static_cast<int>(p.hash.size()));
    return sameBytes(derived, p.hash);
}

bool Password::verify(const QString &password, const QString &stored)
{
    const auto r = check(password, stored);
    return r.ok() && *r;
}

bool Password::needsRehash(const QString &stored, int iterations)
{
    Parsed p;
    return parse(stored, &p) && p.iterations < iterations;
}

bool Password::isWellFormed(const QString &stored)
{
    Parsed p;
    return parse(stored, &p);
}

} // namespace rectify
