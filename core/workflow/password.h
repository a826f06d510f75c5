#pragma once

#include <QByteArray>
#include <QString>

namespace rectify {

// Salted slow hashes of user passwords, stored as
// "pbkdf2-sha256$ITERATIONS$SALT$HASH" (salt and hash in base64). A password is
// never stored or logged in plain text.
//
// PBKDF2 is built on QMessageAuthenticationCode because the core links Qt Core
// and Qt Sql only (QPasswordDigestor lives in Qt Network).
class Password final
{
public:
    static constexpr int defaultIterations = 150000;

    // PBKDF2-HMAC-SHA256 (RFC 8018, section 5.2): keyLength bytes derived from
    // password and salt. iterations and keyLength must be positive.
    static QByteArray pbkdf2Sha256(
        const QByteArray &password, const QByteArray &salt, int iterations, int keyLength);

    // A new stored form for `password`, with a random 16-byte salt.
    static QString hash(const QString &password, int iterations = defaultIterations);
    // True when `password` matches the stored form; false for a malformed one.
    static bool verify(const QString &password, const QString &stored);
    // True when `stored` has the shape hash() writes.
    static bool isWellFormed(const QString &stored);
};

} // namespace rectify
