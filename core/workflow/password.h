#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
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
    Q_DECLARE_TR_FUNCTIONS(rectify::Password)

public:
    // What OWASP advises for PBKDF2-HMAC-SHA256 (2023): about half a second here.
    static constexpr int defaultIterations = 600000;
    // A stored form outside these is refused unchecked: below, a hash anyone could
    // break (not one Rectify wrote); above, a sign-in that would take minutes or
    // hours (a broken or hostile ledger must not hang the window).
    static constexpr int minIterations = 1000;
    static constexpr int maxIterations = 10000000;

    // PBKDF2-HMAC-SHA256 (RFC 8018, section 5.2): keyLength bytes derived from
    // password and salt. iterations and keyLength must be positive.
    static QByteArray pbkdf2Sha256(
        const QByteArray &password, const QByteArray &salt, int iterations, int keyLength);

    // A new stored form for `password`, with a random 16-byte salt. Tests pass a
    // low count to stay fast.
    static QString hash(const QString &password, int iterations = defaultIterations);
    // Whether `password` matches the stored form; an error saying why when the
    // stored form cannot be checked (malformed, or a count out of bounds).
    static Result<bool> check(const QString &password, const QString &stored);
    // True when `password` matches the stored form; false for a malformed one.
    static bool verify(const QString &password, const QString &stored);
    // True when `stored` was made with fewer iterations than `iterations`: after
    // a successful sign-in the caller stores a new hash of the password.
    static bool needsRehash(const QString &stored, int iterations = defaultIterations);
    // True when `stored` has the shape hash() writes.
    static bool isWellFormed(const QString &stored);
};

} // namespace rectify
