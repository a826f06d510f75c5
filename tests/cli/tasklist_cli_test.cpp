// rectify-cli task-list and responsibility-list as a script would use them: the
// filters of stats (--inspection, --unit, --category) and --status choose the
// rows, the file name chooses the format, bad input exits 2 naming it.
#include "tests/report/packagereader.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace rectify::test;

namespace {

struct CliResult
{
    int code = -1;
    QString out;
    QString err;
};

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

const char *ledgerCsv
    = "序号,反馈问题,整改措施,整改时限,牵头单位,责任领导,配合单位,责任人,完成情况\n"
      "1,问题甲,措施一,2024-06-30,办公室,王主任,财政局,李明,已完成\n"
      ",,措施二,2024-09-30,组织部,张部长,,赵六,推进中\n"
      "2,问题乙,措施三,2024-12-31,办公室,王主任,,李明,未启动\n"
      ",,措施四,2024-05-31,办公室,王主任,,周七,推进中\n";

class TaskListCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_EQ(run({ QStringLiteral("init"), QStringLiteral("--passwords-optional") }).code, 0);
        const QString csv = m_dir.filePath(QStringLiteral("in.csv"));
        QFile f(csv);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(ledgerCsv);
        f.close();
        const CliResult r = run({ QStringLiteral("import"), csv, QStringLiteral("--inspection"),
            s("区委巡察反馈"), QStringLiteral("--feedback-date"), QStringLiteral("2024-01-10") });
        ASSERT_EQ(r.code, 0) << r.err.toStdString() << r.out.toStdString();
    }

    CliResult run(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("RECTIFY_LANG"), QStringLiteral("en"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(RECTIFY_CLI_PATH),
            QStringList { QStringLiteral("--db"), m_dir.filePath(QStringLiteral("l.sqlite")) }
                + args);
        EXPECT_TRUE(p.waitForFinished(120000));
        CliResult r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    // The first cells of the table's rows after the header.
    static QStringList refs(const QString &docx)
    {
        QStringList out;
        const QVector<ReadRow> rows = docxTableRows(docx);
        for (qsizetype i = 1; i < rows.size(); ++i)
            out << rows[i].cells.value(0);
        return out;
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(TaskListCli, FiltersChooseTheRows)
{
    const QString all = m_dir.filePath(QStringLiteral("all.docx"));
    CliResult r = run({ QStringLiteral("task-list"), all, QStringLiteral("--today"),
        QStringLiteral("2024-03-15") });
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("4 task(s)"))) << r.out.toStdString();
    EXPECT_EQ(refs(all), QStringList({ s("1.1"), s("1.2"), s("2.1"), s("2.2") }));
    const QVector<ReadParagraph> paragraphs = docxParagraphs(all);
    ASSERT_GE(paragraphs.size(), 3);
    EXPECT_EQ(paragraphs[0].text, s("区委巡察反馈整改任务清单"));
    EXPECT_EQ(paragraphs[1].text, s("（截至2024年3月15日）"));

    // --unit: the tasks the unit leads; --status: keys or the words, comma-separated.
    const QString some = m_dir.filePath(QStringLiteral("some.docx"));
    r = run({ QStringLiteral("task-list"), some, QStringLiteral("--unit"), s("办公室"),
        QStringLiteral("--status"), s("in_progress,未启动"), QStringLiteral("--inspection"),
        s("区委巡察反馈"), QStringLiteral("--today"), QStringLiteral("2024-03-15") });
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(refs(some), QStringList({ s("2.1"), s("2.2") }));
    EXPECT_EQ(
        docxParagraphs(some).value(2).text, s("筛选条件：状态：推进中、未启动；牵头单位：办公室"));

    // The responsibility list, as ODT and as PDF.
    for (const char *name : { "resp.odt", "resp.pdf" }) {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        r = run({ QStringLiteral("responsibility-list"), path, QStringLiteral("--status"),
            QStringLiteral("completed") });
        ASSERT_EQ(r.code, 0) << name << r.err.toStdString();
        EXPECT_TRUE(r.out.contains(QStringLiteral("1 task(s)"))) << r.out.toStdString();
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << name;
        EXPECT_TRUE(f.size() > 0);
    }
    const QString content = QString::fromUtf8(
        zipPart(m_dir.filePath(QStringLiteral("resp.odt")), QStringLiteral("content.xml")));
    EXPECT_TRUE(content.contains(s("区委巡察反馈责任清单")));
    EXPECT_TRUE(content.contains(s("财政局")));
}

TEST_F(TaskListCli, BadInputExitsTwoAndWritesNothing)
{
    const QString out = m_dir.filePath(QStringLiteral("x.docx"));
    CliResult r = run({ QStringLiteral("task-list"), out, QStringLiteral("--status"),
        QStringLiteral("finished") });
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("\"finished\""))) << r.err.toStdString();
    r = run({ QStringLiteral("task-list"), m_dir.filePath(QStringLiteral("x.xlsx")) });
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral(".docx, .odt or .pdf"))) << r.err.toStdString();
    r = run({ QStringLiteral("responsibility-list") });
    EXPECT_EQ(r.code, 2);
    r = run({ QStringLiteral("task-list"), out, QStringLiteral("--inspection"), s("无此巡察") });
    EXPECT_EQ(r.code, 1);
    EXPECT_FALSE(QFile::exists(out));
}
