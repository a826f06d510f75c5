// Global options before the command (--db, --user, --lang) are read in any
// order: --lang after --db FILE used to be ignored, because the early scan for
// the language stopped at the first word that is not an option — the FILE.
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

struct CliRun
{
    int code = -1;
    QString err;
};

class GlobalOptions : public ::testing::Test
{
protected:
    // Runs rectify-cli with RECTIFY_LANG set to `envLang` and the given args.
    CliRun run(const QString &envLang, const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("RECTIFY_LANG"), envLang);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(RECTIFY_CLI_PATH), args);
        EXPECT_TRUE(p.waitForFinished(60000));
        CliRun r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    QString db() const { return m_dir.filePath(QStringLiteral("ledger.sqlite")); }

    QTemporaryDir m_dir;
};

const QString kEnglish = QStringLiteral("Unknown command");
const QString kChinese = QStringLiteral("未知命令");

TEST_F(GlobalOptions, LangAfterDbIsHonoured)
{
    const CliRun en = run(QStringLiteral("zh_CN"),
        { QStringLiteral("--db"), db(), QStringLiteral("--lang"), QStringLiteral("en"),
            QStringLiteral("no-such-command") });
    EXPECT_NE(en.code, 0);
    EXPECT_TRUE(en.err.contains(kEnglish)) << en.err.toStdString();

    const CliRun zh = run(QStringLiteral("en"),
        { QStringLiteral("--db"), db(), QStringLiteral("--lang"), QStringLiteral("zh_CN"),
            QStringLiteral("no-such-command") });
    EXPECT_NE(zh.code, 0);
    EXPECT_TRUE(zh.err.contains(kChinese)) << zh.err.toStdString();
}

TEST_F(GlobalOptions, LangAfterUserAndInEqualsFormIsHonoured)
{
    const CliRun en = run(QStringLiteral("zh_CN"),
        { QStringLiteral("--user"), QStringLiteral("wang"), QStringLiteral("--db=") + db(),
            QStringLiteral("--lang=en"), QStringLiteral("no-such-command") });
    EXPECT_TRUE(en.err.contains(kEnglish)) << en.err.toStdString();
}

TEST_F(GlobalOptions, LangBeforeDbStillWorksAndCommandArgumentsAreNotOptions)
{
    const CliRun en = run(QStringLiteral("zh_CN"),
        { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), db(),
            QStringLiteral("no-such-command") });
    EXPECT_TRUE(en.err.contains(kEnglish)) << en.err.toStdString();

    // A "--lang" after the command belongs to the command, not to the program.
    const CliRun zh = run(QStringLiteral("zh_CN"),
        { QStringLiteral("--db"), db(), QStringLiteral("no-such-command"), QStringLiteral("--lang"),
            QStringLiteral("en") });
    EXPECT_TRUE(zh.err.contains(kChinese)) << zh.err.toStdString();
}

} // namespace
