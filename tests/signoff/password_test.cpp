// PBKDF2-HMAC-SHA256 against published vectors, and the stored password form.
#include "workflow/password.h"

#include <QStringList>
#include <gtest/gtest.h>

using namespace rectify;

namespace {

std::string derive(const QByteArray &password, const QByteArray &salt, int iterations, int length)
{
    return Password::pbkdf2Sha256(password, salt, iterations, length).toHex().toStdString();
}

} // namespace

// RFC 7914 section 11 gives the PBKDF2-HMAC-SHA256 vectors; RFC 6070's inputs
// (written for SHA-1) with SHA-256 are the other widely published set.
TEST(Pbkdf2, Rfc7914Vectors)
{
    EXPECT_EQ(derive("passwd", "salt", 1, 64),
        "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc49ca9cccf179b645991664b39"
        "d77ef317c71b845b1e30bd509112041d3a19783");
    EXPECT_EQ(derive("Password", "NaCl", 80000, 64),
        "4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56a1d425a1225833549adb841b5"
        "1c9b3176a272bdebba1d078478f62b397f33c8d");
}

TEST(Pbkdf2, Rfc6070InputsWithSha256)
{
    EXPECT_EQ(derive("password", "salt", 1, 32),
        "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b");
    EXPECT_EQ(derive("password", "salt", 2, 32),
        "ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43");
    EXPECT_EQ(derive("password", "salt", 4096, 32),
        "c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a");
    // Two output blocks, the second one truncated.
    EXPECT_EQ(derive("passwordPASSWORDpassword", "saltSALTsaltSALTsaltSALTsaltSALTsalt", 4096, 40),
        "348c89dbcbd32b2f32d814b8116e84cf2b17347ebc1800181c4e2a1fb8dd53e1c635518c7dac47e9");
    // Embedded NUL bytes.
    EXPECT_EQ(derive(QByteArray("pass\0word", 9), QByteArray("sa\0lt", 5), 4096, 16),
        "89b69d0516f829893c696226650a8687");
}

TEST(Password, StoredFormVerifiesOnlyTheRightPassword)
{
    const QString stored = Password::hash(QStringLiteral("秘密-123"), 1000);
    const QStringList parts = stored.split(QLatin1Char('$'));
    ASSERT_EQ(parts.size(), 4);
    EXPECT_EQ(parts.at(0), QStringLiteral("pbkdf2-sha256"));
    EXPECT_EQ(parts.at(1), QStringLiteral("1000"));
    EXPECT_EQ(QByteArray::fromBase64(parts.at(2).toLatin1()).size(), 16);
    EXPECT_EQ(QByteArray::fromBase64(parts.at(3).toLatin1()).size(), 32);
    EXPECT_FALSE(stored.contains(QStringLiteral("秘密")));
    EXPECT_TRUE(Password::isWellFormed(stored));
    EXPECT_TRUE(Password::verify(QStringLiteral("秘密-123"), stored));
    EXPECT_FALSE(Password::verify(QStringLiteral("秘密-124"), stored));
    EXPECT_FALSE(Password::verify(QString(), stored));
    // A fresh salt each time: the same password never gives the same stored form.
    EXPECT_NE(Password::hash(QStringLiteral("秘密-123"), 1000), stored);
}

TEST(Password, MalformedStoredFormsNeverVerify)
{
    for (const char *bad : { "", "plain", "pbkdf2-sha256$1000$c2FsdA==", "md5$1$c2FsdA==$aGFzaA==",
             "pbkdf2-sha256$0$c2FsdA==$aGFzaA==", "pbkdf2-sha256$-5$c2FsdA==$aGFzaA==",
             "pbkdf2-sha256$99999999$c2FsdA==$aGFzaA==", "pbkdf2-sha256$10$!!$aGFzaA==" }) {
        EXPECT_FALSE(Password::isWellFormed(QString::fromLatin1(bad))) << bad;
        EXPECT_FALSE(Password::verify(QStringLiteral("plain"), QString::fromLatin1(bad))) << bad;
    }
}

// New hashes are made with 600 000 iterations; an older count is to be redone on
// the next successful sign-in.
TEST(Password, NewHashesUseTheCurrentCountAndOlderOnesAskForARehash)
{
    EXPECT_EQ(Password::defaultIterations, 600000);
    const QString old = Password::hash(QStringLiteral("pw"), 1000);
    EXPECT_TRUE(old.startsWith(QStringLiteral("pbkdf2-sha256$1000$")));
    EXPECT_TRUE(Password::needsRehash(old));
    EXPECT_FALSE(Password::needsRehash(old, 1000));
    const QString current = Password::hash(QStringLiteral("pw"), 2000);
    EXPECT_FALSE(Password::needsRehash(current, 2000));
    EXPECT_TRUE(Password::needsRehash(current, 3000));
}

// A stored count out of bounds is refused at once, saying why, instead of taking
// hours (or being a trivially weak hash) — whatever the password typed.
TEST(Password, CountsOutOfBoundsAreRefusedWithAReason)
{
    const QString salt = QStringLiteral("c2FsdHNhbHRzYWx0c2FsdA==");
    const QString hash = QStringLiteral("aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g=");
    for (const char *count : { "999", "1", "10000001", "2147483647" }) {
        const QString stored
            = QStringLiteral("pbkdf2-sha256$%1$%2$%3").arg(QLatin1String(count), salt, hash);
        const auto r = Password::check(QStringLiteral("pw"), stored);
        ASSERT_FALSE(r.ok()) << count;
        EXPECT_TRUE(r.error().contains(QLatin1String(count))) << r.error().toStdString();
        EXPECT_TRUE(r.error().contains(QStringLiteral("iteration"))) << r.error().toStdString();
        EXPECT_FALSE(Password::verify(QStringLiteral("pw"), stored));
    }
    const QString good = Password::hash(QStringLiteral("pw"), 1000);
    ASSERT_TRUE(Password::check(QStringLiteral("pw"), good).ok());
    EXPECT_TRUE(*Password::check(QStringLiteral("pw"), good));
    EXPECT_FALSE(*Password::check(QStringLiteral("px"), good));
    EXPECT_FALSE(Password::check(QStringLiteral("pw"), QStringLiteral("plain")).ok());
}
