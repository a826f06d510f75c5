// Ledger locations: a file path stays SQLite; a server address is read, and one
// with a password in it is refused without repeating the password.
#include "store/ledgerlocation.h"

#include <gtest/gtest.h>

using namespace rectify;

TEST(LedgerLocation, FilePathsStaySqlite)
{
    for (const QString &path :
        { QStringLiteral("ledger.sqlite"), QStringLiteral("/tmp/台账.sqlite"),
            QStringLiteral("postgresql.sqlite"), QStringLiteral("C:/data/postgresql://x") }) {
        auto l = LedgerLocation::parse(path);
        ASSERT_TRUE(l.ok()) << l.error().toStdString();
        EXPECT_EQ(l->dialect, SqlDialect::Sqlite);
        EXPECT_EQ(l->path, path);
        EXPECT_FALSE(LedgerLocation::isServerAddress(path));
    }
}

TEST(LedgerLocation, ServerAddressIsRead)
{
    auto l = LedgerLocation::parse(QStringLiteral("postgresql://rectify@db.example:6543/ledger"));
    ASSERT_TRUE(l.ok()) << l.error().toStdString();
    EXPECT_EQ(l->dialect, SqlDialect::Postgres);
    EXPECT_EQ(l->user, QStringLiteral("rectify"));
    EXPECT_EQ(l->host, QStringLiteral("db.example"));
    EXPECT_EQ(l->port, 6543);
    EXPECT_EQ(l->database, QStringLiteral("ledger"));
    EXPECT_EQ(l->display(), QStringLiteral("postgresql://rectify@db.example:6543/ledger"));

    auto bare
        = LedgerLocation::parse(QStringLiteral("postgres://db.example/ledger?sslmode=require"));
    ASSERT_TRUE(bare.ok()) << bare.error().toStdString();
    EXPECT_TRUE(bare->user.isEmpty());
    EXPECT_EQ(bare->port, -1);
    EXPECT_EQ(bare->options, QStringLiteral("sslmode=require"));
}

// The options stay with the address the ledger keeps, so that every connection
// opened from it (the automatic backup's, a second window's) uses the same TLS
// settings; they read back the same.
TEST(LedgerLocation, OptionsStayWithTheAddress)
{
    const QString address = QStringLiteral(
        "postgresql://rectify@db.example:6543/ledger?sslmode=verify-full&sslrootcert=/etc/"
        "rectify/root%20ca.crt");
    auto l = LedgerLocation::parse(address);
    ASSERT_TRUE(l.ok()) << l.error().toStdString();
    EXPECT_EQ(
        l->options, QStringLiteral("sslmode=verify-full;sslrootcert=/etc/rectify/root ca.crt"));
    EXPECT_EQ(l->display(), address);
    auto again = LedgerLocation::parse(l->display());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->options, l->options);
}

TEST(LedgerLocation, PasswordInTheAddressIsRefused)
{
    for (const QString &url : { QStringLiteral("postgresql://rectify:s3cret@db.example/ledger"),
             QStringLiteral("postgresql://rectify@db.example/ledger?password=s3cret") }) {
        auto l = LedgerLocation::parse(url);
        ASSERT_FALSE(l.ok()) << url.toStdString();
        EXPECT_TRUE(l.error().contains(QStringLiteral("PGPASSWORD"))) << l.error().toStdString();
        EXPECT_FALSE(l.error().contains(QStringLiteral("s3cret"))) << l.error().toStdString();
    }
}

TEST(LedgerLocation, AddressWithoutDatabaseIsRefused)
{
    auto l = LedgerLocation::parse(QStringLiteral("postgresql://rectify@db.example:5432"));
    ASSERT_FALSE(l.ok());
    EXPECT_TRUE(l.error().contains(QStringLiteral("names no database"))) << l.error().toStdString();
}

// A scheme without its "//" is a mistyped address: refused with the form to use
// (and without repeating what may be a password), never opened as a file in a
// folder called "postgresql:".
TEST(LedgerLocation, MistypedAddressIsRefusedNotAFile)
{
    for (const QString &url : { QStringLiteral("postgresql:/rectify@127.0.0.1:5432/ledger"),
             QStringLiteral("postgres:ledger"), QStringLiteral("PostgreSQL:/x:s3cret@h/db") }) {
        EXPECT_TRUE(LedgerLocation::isServerAddress(url)) << url.toStdString();
        auto l = LedgerLocation::parse(url);
        ASSERT_FALSE(l.ok()) << url.toStdString();
        EXPECT_TRUE(l.error().contains(QStringLiteral("postgresql://user@host:port/database")))
            << l.error().toStdString();
        EXPECT_FALSE(l.error().contains(QStringLiteral("s3cret"))) << l.error().toStdString();
    }
}
