// PartFile: the written-beside-and-renamed file the xlsx writers share. The
// target changes only on commit; a discarded or abandoned write leaves no file.
#include "util/partfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace rectify;

namespace {

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeTo(const QByteArray &encodedPath, const QByteArray &bytes)
{
    QFile f(QFile::decodeName(encodedPath));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QStringList entries(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

TEST(PartFile, CommitReplacesTheTargetInOneStep)
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("台账.xlsx"));
    {
        QFile f(target);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("old");
    }
    PartFile part(target);
    QString why;
    ASSERT_TRUE(part.create(&why)) << why.toStdString();
    writeTo(part.encodedPath(), "new");
    // Until the commit, the target is the old file and the new one is hidden beside it.
    EXPECT_EQ(contents(target), QByteArray("old"));
    EXPECT_EQ(entries(dir).size(), 2);
    EXPECT_TRUE(QFile::decodeName(part.encodedPath()).endsWith(QStringLiteral(".part")));
    ASSERT_TRUE(part.commit());
    EXPECT_EQ(contents(target), QByteArray("new"));
    EXPECT_EQ(entries(dir), QStringList { QStringLiteral("台账.xlsx") });
}

TEST(PartFile, DiscardedOrAbandonedWritesLeaveNothing)
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("out.xlsx"));
    {
        PartFile part(target);
        ASSERT_TRUE(part.create(nullptr));
        writeTo(part.encodedPath(), "half");
        // Left without commit: an error return in a writer.
    }
    EXPECT_TRUE(entries(dir).isEmpty());
    PartFile part(target);
    ASSERT_TRUE(part.create(nullptr));
    part.discard();
    EXPECT_TRUE(entries(dir).isEmpty());
    EXPECT_FALSE(part.commit()); // nothing left to commit
    EXPECT_FALSE(QFile::exists(target));
}

TEST(PartFile, AFolderThatCannotBeWrittenGivesTheReason)
{
    QTemporaryDir dir;
    PartFile part(dir.filePath(QStringLiteral("missing/out.xlsx")));
    QString why;
    EXPECT_FALSE(part.create(&why));
    EXPECT_FALSE(why.isEmpty());
    EXPECT_TRUE(
        part.shown().endsWith(QDir::toNativeSeparators(QStringLiteral("missing/out.xlsx"))));
}
