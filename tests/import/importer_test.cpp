// The importer against real ledgers: every encoding and delimiter, fill-down,
// aliases, errors with row and column, all-or-nothing, re-import rules, audit.
#include "import/importer.h"
#include "store/auditchain.h"
#include "store/searchindexworker.h"
#include "tests/support/templedger.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <thread>

// Not the whole namespace: the fixture is called Importer, like the class under test.
using rectify::ImportField;
using rectify::ImportIssue;
using rectify::ImportOptions;
using rectify::ImportReport;
using rectify::Inspection;
using rectify::Ledger;
using rectify::Problem;
using rectify::ProgressEntry;
using rectify::SearchIndexWorker;
using rectify::SourceDetail;
using rectify::Task;
using rectify::TaskStatus;
using rectify::TextEncoding;
using rectify::textEncodingName;
using rectify::TextSource;
using rectify::test::TempLedger;

namespace {

// A small ledger the way offices write it: a title row, merged problem cells
// (filled only on a problem's first row), quoted cells with commas, quotes and
// line breaks, several units in one cell, an unknown column, trailing empty
// columns and a blank line.
QString ledgerText(
    const QString &d = QStringLiteral(","), const QString &eol = QStringLiteral("\r\n"))
{
    const QStringList rows = {
        QStringLiteral("2023年巡视反馈意见整改落实台账||||"),
        QStringLiteral("序号|问题类别|反馈问题|整改措施|整改目标|责任领导|牵头单位|配合单位|责任人|"
                       "整改时限（年月日）|整改进展|完成情况|佐证材料||"),
        QStringLiteral("1|政治建设|\"理论学习不深入,\"\"第一议题\"\"落实不到位\"|"
                       "（1）建立第一议题学习制度|制度健全|张明|办公室|\"组织部、宣传部\"|李华|"
                       "2023年12月底|已印发制度|已完成|会议纪要||"),
        QStringLiteral(
            "|||（2）开展专题学习|学习常态化|张明|办公室||李华|长期坚持|每月学习一次|持续推进|||"),
        QString(),
        QStringLiteral("2|作风建设|\"调研不深入\n走过场\"|深入基层调研|形成调研报告|王强|"
                       "政策研究室||赵敏|2024/6/30||推进中|||"),
        QStringLiteral(
            "|||完善调研制度|形成制度|王强|政策研究室|\"办公室，组织部\"|赵敏|12月底前|||||"),
        QStringLiteral("3|基层党建|组织生活不规范|规范三会一课|全面规范|刘洋|组织部||\"陈静/"
                       "周涛\"|立行立改||已销号|||"),
    };
    QString text;
    // Rows are written with '|' where the delimiter goes.
    for (QString row : rows)
        text += row.replace(QLatin1Char('|'), d) + eol;
    return text;
}

// What the row source reported about the file ("encoding", "delimiter"), as in the JSON.
QString sourceDetail(const ImportReport &r, const char *key)
{
    for (const SourceDetail &d : r.source) {
        if (d.key == QLatin1String(key))
            return d.json;
    }
    return QStringLiteral("<none>");
}

class Importer : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Inspection i;
        i.name = QStringLiteral("2023年省委巡视反馈");
        i.feedbackDate = QDate(2023, 10, 10);
        auto id = m_ledger->addInspection(i);
        ASSERT_TRUE(id.ok()) << id.error().toStdString();
        m_inspection = *id;
        m_options.inspectionId = m_inspection;
        m_options.today = QDate(2024, 3, 15);
    }
    QString write(const QByteArray &bytes, const QString &name = QStringLiteral("ledger.csv"))
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
        return path;
    }
    qint64 count(const QString &sql)
    {
        QSqlQuery q(m_ledger->database());
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
        return q.next() ? q.value(0).toLongLong() : -1;
    }
    QString value(const QString &sql)
    {
        QSqlQuery q(m_ledger->database());
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
        return q.next() ? q.value(0).toString() : QStringLiteral("<none>");
    }
    // The first column of every row, joined by commas (group_concat is SQLite's).
    QString column(const QString &sql)
    {
        QSqlQuery q(m_ledger->database());
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
        QStringList all;
        while (q.next())
            all << q.value(0).toString();
        return all.join(QLatin1Char(','));
    }
    ImportReport import(const QString &path)
    {
        rectify::Importer importer(*m_ledger);
        auto r = importer.import(path, m_options);
        EXPECT_TRUE(r.ok()) << r.error().toStdString();
        return r.ok() ? *r : ImportReport();
    }
    // What the fixture must become, whatever its encoding and delimiter.
    void expectFixtureImported(const ImportReport &r)
    {
        EXPECT_TRUE(r.committed);
        EXPECT_EQ(r.errorCount, 0) << r.text().toStdString();
        EXPECT_EQ(r.headerRow, 2);
        EXPECT_EQ(r.blankRows, 1);
        EXPECT_EQ(r.dataRows, 5);
        EXPECT_EQ(r.problems.added, 3);
        EXPECT_EQ(r.tasks.added, 5);
        EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM problems")), 3);
        EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM tasks")), 5);
        EXPECT_EQ(value(QStringLiteral("SELECT title FROM problems WHERE code = '1'")),
            QStringLiteral("理论学习不深入,\"第一议题\"落实不到位"));
        EXPECT_EQ(value(QStringLiteral("SELECT title FROM problems WHERE code = '2'")),
            QStringLiteral("调研不深入\n走过场"));
        // Fill-down: the second task belongs to problem 1, numbered from its prefix.
        EXPECT_EQ(value(QStringLiteral("SELECT p.code || '.' || t.number || ' ' || t.measure FROM "
                                       "tasks t JOIN problems p ON p.id = t.problem_id WHERE "
                                       "t.measure = '开展专题学习'")),
            QStringLiteral("1.2 开展专题学习"));
        EXPECT_EQ(value(QStringLiteral(
                      "SELECT deadline FROM tasks WHERE measure = '建立第一议题学习制度'")),
            QStringLiteral("2023-12-31"));
        EXPECT_EQ(value(QStringLiteral(
                      "SELECT status FROM tasks WHERE measure = '建立第一议题学习制度'")),
            QStringLiteral("completed"));
        EXPECT_EQ(value(QStringLiteral("SELECT long_term || status || COALESCE(deadline, '-') FROM "
                                       "tasks WHERE measure = '开展专题学习'")),
            QStringLiteral("1in_progress-"));
        EXPECT_EQ(
            value(QStringLiteral("SELECT deadline FROM tasks WHERE measure = '完善调研制度'")),
            QStringLiteral("2023-12-31"));
        EXPECT_EQ(value(QStringLiteral(
                      "SELECT deadline || status FROM tasks WHERE measure = '规范三会一课'")),
            QStringLiteral("2023-10-10closed"));
        EXPECT_EQ(value(QStringLiteral(
                      "SELECT remarks FROM tasks WHERE measure = '建立第一议题学习制度'")),
            QStringLiteral("佐证材料：会议纪要"));
        // Several units and people in one cell; de-duplicated by name.
        EXPECT_EQ(
            count(QStringLiteral("SELECT count(*) FROM responsibilities WHERE role = 'co_unit'")),
            4);
        EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM units")), 4);
        EXPECT_EQ(
            count(QStringLiteral("SELECT count(*) FROM people WHERE name IN ('陈静', '周涛')")), 2);
        EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM progress_entries")), 2);
        // One audit entry for the file, one for each task it added.
        EXPECT_EQ(
            count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'import'")), 1);
        EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'task'")), 5);
    }

    QTemporaryDir m_dir;
    TempLedger m_ledger;
    qint64 m_inspection = 0;
    ImportOptions m_options;
};

QByteArray encode(const QString &text, const char *encoding, bool bom = false)
{
    QStringEncoder e(
        encoding, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    EXPECT_TRUE(e.isValid()) << encoding;
    return e.encode(text);
}

} // namespace

TEST_F(Importer, Utf8WithoutBom)
{
    const QString indexes = m_ledger.isPostgres()
        ? QStringLiteral("SELECT string_agg(indexdef, ';' ORDER BY indexname) FROM pg_indexes "
                         "WHERE schemaname = current_schema()")
        : QStringLiteral("SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_master "
                         "WHERE type = 'index' ORDER BY name)");
    const QString before = value(indexes);
    const ImportReport r = import(write(ledgerText().toUtf8()));
    EXPECT_EQ(sourceDetail(r, "encoding"), textEncodingName(TextEncoding::Utf8));
    EXPECT_EQ(sourceDetail(r, "delimiter"), QStringLiteral(","));
    expectFixtureImported(r);
    // The indexes set aside for the bulk insert are back, and CHECKs are enforced again.
    EXPECT_EQ(value(indexes), before);
    QSqlQuery q(m_ledger->database());
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE tasks SET status = 'bogus'")));
}

TEST_F(Importer, Utf8WithBomAndLfLineEnds)
{
    const ImportReport r = import(write(QByteArray("\xEF\xBB\xBF")
        + ledgerText(QStringLiteral(","), QStringLiteral("\n")).toUtf8()));
    EXPECT_EQ(sourceDetail(r, "encoding"), textEncodingName(TextEncoding::Utf8));
    expectFixtureImported(r);
    EXPECT_EQ(r.columns.at(0).field, ImportField::Code); // the BOM is not part of 序号
}

TEST_F(Importer, Gb18030WithoutBom)
{
    const ImportReport r = import(write(encode(ledgerText(), "GB18030")));
    EXPECT_EQ(sourceDetail(r, "encoding"), textEncodingName(TextEncoding::Gb18030));
    expectFixtureImported(r);
}

TEST_F(Importer, Utf16LeWithBomAndTabs)
{
    const ImportReport r
        = import(write(encode(ledgerText(QStringLiteral("\t")), "UTF-16LE", true)));
    EXPECT_EQ(sourceDetail(r, "encoding"), textEncodingName(TextEncoding::Utf16Le));
    EXPECT_EQ(sourceDetail(r, "delimiter"), QStringLiteral("tab"));
    expectFixtureImported(r);
}

TEST_F(Importer, SemicolonsDetected)
{
    const ImportReport r = import(write(ledgerText(QStringLiteral(";")).toUtf8()));
    EXPECT_EQ(sourceDetail(r, "delimiter"), QStringLiteral(";"));
    expectFixtureImported(r);
}

TEST_F(Importer, OverridesForEncodingAndDelimiter)
{
    const QString path = write(encode(ledgerText(QStringLiteral(";")), "GB18030"));
    m_options.encoding = TextEncoding::Gb18030;
    m_options.delimiter = ';';
    rectify::Importer importer(*m_ledger);
    auto preview = importer.preview(path, m_options);
    ASSERT_TRUE(preview.ok()) << preview.error().toStdString();
    EXPECT_EQ(preview->headerRow, 2);
    EXPECT_EQ(preview->rows.at(1).at(3), QStringLiteral("整改措施"));
    expectFixtureImported(import(path));

    // A wrong override is not silently corrected: no header can be found.
    m_options.delimiter = '\t';
    auto wrong = importer.analyse(path, m_options);
    ASSERT_FALSE(wrong.ok());
    EXPECT_TRUE(wrong.error().contains(QStringLiteral("header"))) << wrong.error().toStdString();
}

TEST_F(Importer, AnalyseWritesNothingAndReportsTheSame)
{
    const QString path = write(ledgerText().toUtf8());
    rectify::Importer importer(*m_ledger);
    auto analysis = importer.analyse(path, m_options);
    ASSERT_TRUE(analysis.ok()) << analysis.error().toStdString();
    EXPECT_FALSE(analysis->committed);
    EXPECT_EQ(analysis->tasks.added, 5);
    EXPECT_EQ(analysis->unitsAdded, 4);
    EXPECT_EQ(analysis->peopleAdded, 7);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM tasks")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM units")), 0);
    const ImportReport r = import(path);
    EXPECT_EQ(r.unitsAdded, analysis->unitsAdded);
    EXPECT_EQ(r.peopleAdded, analysis->peopleAdded);
    EXPECT_EQ(r.sha256, analysis->sha256);
    EXPECT_EQ(r.sha256.size(), 32);
}

TEST_F(Importer, UnknownColumnIsKeptWithAWarning)
{
    const ImportReport r = import(write(ledgerText().toUtf8()));
    bool warned = false;
    for (const ImportIssue &i : r.issues) {
        if (i.severity == ImportIssue::Severity::Warning && i.column == 12 && i.row == 2) {
            warned = true;
            EXPECT_EQ(i.header, QStringLiteral("佐证材料"));
        }
    }
    EXPECT_TRUE(warned) << r.text().toStdString();
}

TEST_F(Importer, ErrorsNameRowAndColumnAndNothingIsWritten)
{
    QString text = ledgerText();
    text.replace(QStringLiteral("2024/6/30"), QStringLiteral("2024/2/30"));
    text.replace(QStringLiteral("推进中"), QStringLiteral("差不多"));
    const ImportReport r = import(write(text.toUtf8()));
    EXPECT_FALSE(r.committed);
    EXPECT_EQ(r.errorCount, 1);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM tasks")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM problems")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'import'")), 0);
    // The rollback brought back the indexes set aside for the bulk insert and the
    // connection's settings (a file's; a server's indexes are never set aside).
    if (!m_ledger.isPostgres()) {
        EXPECT_EQ(count(QStringLiteral(
                      "SELECT count(*) FROM sqlite_master WHERE name = 'tasks_deadline'")),
            1);
        EXPECT_EQ(count(QStringLiteral("PRAGMA foreign_keys")), 1);
        EXPECT_EQ(count(QStringLiteral("PRAGMA ignore_check_constraints")), 0);
    }
    const ImportIssue *err = nullptr;
    const ImportIssue *warn = nullptr;
    for (const ImportIssue &i : r.issues) {
        if (i.severity == ImportIssue::Severity::Error)
            err = &i;
        else if (i.message.contains(QStringLiteral("差不多")))
            warn = &i;
    }
    ASSERT_NE(err, nullptr);
    EXPECT_EQ(err->row, 6); // the file's row: title, header, two rows, a blank line
    EXPECT_EQ(err->column, 9);
    EXPECT_EQ(err->header, QStringLiteral("整改时限（年月日）"));
    EXPECT_TRUE(err->text().contains(QStringLiteral("Row 6, column J")))
        << err->text().toStdString();
    ASSERT_NE(warn, nullptr); // an unknown status word is a warning, not silence
    EXPECT_EQ(warn->column, 11);
    EXPECT_EQ(r.skippedRowNumbers, QVector<qint64> { 6 });
}

TEST_F(Importer, SkipBadRowsImportsTheRest)
{
    QString text = ledgerText();
    text.replace(QStringLiteral("2024/6/30"), QStringLiteral("尽快"));
    m_options.skipBadRows = true;
    const ImportReport r = import(write(text.toUtf8()));
    EXPECT_TRUE(r.committed);
    EXPECT_EQ(r.skippedRows, 1);
    EXPECT_EQ(r.importedRows, 4);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM tasks")), 4);
    EXPECT_EQ(
        count(QStringLiteral("SELECT count(*) FROM tasks WHERE measure = '深入基层调研'")), 0);
    EXPECT_EQ(
        count(QStringLiteral("SELECT count(*) FROM tasks WHERE measure = '完善调研制度'")), 1);
}

TEST_F(Importer, ProblemRowsWithoutNumberOrTextAreErrors)
{
    const QString text
        = QStringLiteral("序号,反馈问题,整改措施,整改时限\n"
                         ",问题甲,措施一,2024-01-31\n" // no problem above to belong to
                         "1,,措施二,2024-01-31\n" // a new problem needs its text
                         ",,措施三,2024-01-31\n" // belongs to the bad problem
                         "2,问题乙,措施四,2024-01-31\n"
                         ",问题丙,措施五,2024-01-31\n" // new text without a number
                         ",,,\n"
                         "3,问题丁,措施六,2024-01-31\n"
                         "3,问题丁,措施六,2024-01-31\n"); // the same task twice
    rectify::Importer importer(*m_ledger);
    auto r = importer.analyse(write(text.toUtf8()), m_options);
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    EXPECT_EQ(r->skippedRowNumbers, (QVector<qint64> { 2, 3, 4, 6, 9 })) << r->text().toStdString();
    EXPECT_EQ(r->importedRows, 2);
}

TEST_F(Importer, HeadingRowsWithoutMeasureAreIgnoredWithAWarning)
{
    const QString text
        = QStringLiteral("序号,反馈问题,整改措施\n一、政治建设方面,,\n1,问题甲,措施一\n");
    const ImportReport r = import(write(text.toUtf8()));
    EXPECT_TRUE(r.committed);
    EXPECT_EQ(r.ignoredRows, 1);
    EXPECT_EQ(r.warningCount, 1);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM tasks")), 1);
}

TEST_F(Importer, WithoutNumberColumnProblemsFollowTheText)
{
    const QString text = QStringLiteral("存在问题,具体措施,协办单位\n"
                                        "问题甲,措施一,\n,措施二,甲单位\n问题乙,措施三,\n");
    const ImportReport r = import(write(text.toUtf8()));
    EXPECT_TRUE(r.committed) << r.text().toStdString();
    QSqlQuery q(m_ledger->database());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT code || ':' || title FROM problems ORDER BY id")));
    QStringList problems;
    while (q.next())
        problems << q.value(0).toString();
    EXPECT_EQ(problems.join(QLatin1Char('|')), QStringLiteral("1:问题甲|2:问题乙"));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM tasks t JOIN problems p ON p.id = "
                                   "t.problem_id WHERE p.code = '1'")),
        2);
}

TEST_F(Importer, ReimportUpdatesInsteadOfDuplicating)
{
    const QString path = write(ledgerText().toUtf8());
    expectFixtureImported(import(path));

    const ImportReport same = import(path);
    EXPECT_TRUE(same.committed);
    EXPECT_EQ(same.problems.unchanged, 3);
    EXPECT_EQ(same.tasks.unchanged, 5);
    EXPECT_EQ(same.tasks.added + same.tasks.updated, 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM tasks")), 5);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM progress_entries")), 2);

    // In the app: a progress report on one task, a sign-off of another.
    const qint64 taskId
        = count(QStringLiteral("SELECT id FROM tasks WHERE measure = '深入基层调研'"));
    ProgressEntry e;
    e.taskId = taskId;
    e.date = QDate(2024, 2, 1);
    e.text = QStringLiteral("已完成三次调研");
    ASSERT_TRUE(m_ledger->addProgress(e).ok());
    const qint64 closedId
        = count(QStringLiteral("SELECT id FROM tasks WHERE measure = '完善调研制度'"));
    auto task = m_ledger->task(closedId);
    ASSERT_TRUE(task.ok());
    Task signedOff = *task;
    signedOff.status = TaskStatus::Closed;
    signedOff.closedOn = QDate(2024, 3, 1);
    ASSERT_TRUE(m_ledger->updateTask(signedOff).ok());
    const qint64 closedVersion
        = count(QStringLiteral("SELECT version FROM tasks WHERE id = %1").arg(closedId));

    // Edited in Excel: new progress, a new target, a new co-operating unit, a new
    // task; and a new target and progress for the task signed off in the meantime.
    QString edited = ledgerText();
    edited.replace(QStringLiteral("形成调研报告,王强,政策研究室,,赵敏,2024/6/30,,推进中"),
        QStringLiteral(
            "形成调研报告并转化成果,王强,政策研究室,财务科,赵敏,2024/6/30,完成四次调研,推进中"));
    const QString closedRow = QStringLiteral(
        "完善调研制度,形成制度,王强,政策研究室,\"办公室，组织部\",赵敏,12月底前,,");
    ASSERT_TRUE(edited.contains(closedRow));
    edited.replace(closedRow,
        QStringLiteral("完善调研制度,形成长效制度,王强,政策研究室,\"办公室，组织部\",赵敏,12月底前,"
                       "制度已起草,"));
    edited += QStringLiteral(
        "4,纪律建设,违规发放津贴,清退违规津贴,全部清退,刘洋,财务科,,陈静,2024年3月底,,未启动\r\n");
    const ImportReport r = import(write(edited.toUtf8(), QStringLiteral("edited.csv")));
    EXPECT_TRUE(r.committed) << r.text().toStdString();
    EXPECT_EQ(r.problems.added, 1);
    EXPECT_EQ(r.problems.unchanged, 3);
    EXPECT_EQ(r.tasks.added, 1);
    EXPECT_EQ(r.tasks.updated, 1);
    EXPECT_EQ(r.tasks.unchanged, 4);
    EXPECT_EQ(r.progressAdded, 1);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM tasks")), 6);
    auto after = m_ledger->task(taskId);
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after->target, QStringLiteral("形成调研报告并转化成果"));
    EXPECT_EQ(after->status, TaskStatus::InProgress);
    EXPECT_EQ(after->responsibilities.coUnits, QStringList { QStringLiteral("财务科") });

    // The closed task is left as it was, and the report names its row.
    auto closed = m_ledger->task(closedId);
    ASSERT_TRUE(closed.ok());
    EXPECT_EQ(closed->target, QStringLiteral("形成制度"));
    EXPECT_EQ(closed->status, TaskStatus::Closed);
    EXPECT_EQ(closed->closedOn, QDate(2024, 3, 1));
    EXPECT_EQ(count(QStringLiteral("SELECT version FROM tasks WHERE id = %1").arg(closedId)),
        closedVersion);
    EXPECT_TRUE(m_ledger->progress(closedId)->isEmpty());
    QVector<ImportIssue> closedIssues;
    for (const ImportIssue &i : r.issues)
        if (i.message.contains(QStringLiteral("closed")))
            closedIssues << i;
    ASSERT_EQ(closedIssues.size(), 1) << r.text().toStdString();
    EXPECT_EQ(closedIssues[0].severity, ImportIssue::Severity::Warning);
    EXPECT_EQ(closedIssues[0].row, 7); // the seventh row, as a spreadsheet counts them
    EXPECT_TRUE(closedIssues[0].message.contains(QStringLiteral("task (2) of problem 2")))
        << closedIssues[0].message.toStdString();
    EXPECT_TRUE(
        r.text().contains(QStringLiteral("Row 7: warning: task (2) of problem 2 is closed")))
        << r.text().toStdString();
    auto history = m_ledger->progress(taskId);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 2); // the app's entry is kept, the file's is added
    // The file's cell gave no date: unknown, listed before the dated entries.
    EXPECT_EQ(history->at(0).text, QStringLiteral("完成四次调研"));
    EXPECT_FALSE(history->at(0).date.isValid());
    EXPECT_EQ(history->at(0).author, ProgressEntry::importAuthor());
    EXPECT_EQ(history->at(1).text, QStringLiteral("已完成三次调研"));
    EXPECT_EQ(history->at(1).date, QDate(2024, 2, 1));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM units WHERE name = '财务科'")), 1);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'import'")), 3);
    const QJsonObject audit = QJsonDocument::fromJson(
        value(QStringLiteral(
                  "SELECT new_value FROM audit_log WHERE entity = 'import' ORDER BY id DESC"))
            .toUtf8())
                                  .object();
    EXPECT_EQ(audit.value(QStringLiteral("file")).toString(), QStringLiteral("edited.csv"));
    EXPECT_EQ(audit.value(QStringLiteral("tasksAdded")).toInt(), 1);
    EXPECT_EQ(audit.value(QStringLiteral("sha256")).toString().size(), 64);
    EXPECT_EQ(value(QStringLiteral("SELECT user_name FROM audit_log WHERE entity = 'import'")),
        QStringLiteral("tester"));
}

TEST_F(Importer, ReimportMatchesTasksByMeasureWithoutNumbers)
{
    const QString first
        = QStringLiteral("序号,反馈问题,整改措施,完成情况\n1,问题甲,措施一,\n,,措施二,\n");
    import(write(first.toUtf8()));
    // The order changed and a status was filled in: same tasks, one updated.
    const QString second = QStringLiteral(
        "序号,反馈问题,整改措施,完成情况\n1,问题甲,措施二,已完成\n,,措施一,\n,,措施三,\n");
    const ImportReport r = import(write(second.toUtf8(), QStringLiteral("b.csv")));
    EXPECT_EQ(r.tasks.added, 1);
    EXPECT_EQ(r.tasks.updated, 1);
    EXPECT_EQ(r.tasks.unchanged, 1);
    QSqlQuery q(m_ledger->database());
    ASSERT_TRUE(
        q.exec(QStringLiteral("SELECT number, measure, status FROM tasks ORDER BY number")));
    QStringList tasks;
    while (q.next())
        tasks << q.value(0).toString() + q.value(1).toString() + q.value(2).toString();
    EXPECT_EQ(tasks.join(QLatin1Char('|')),
        QStringLiteral("1措施一not_started|2措施二completed|3措施三not_started"));
}

TEST_F(Importer, NamedInspectionIsCreatedWithItsFeedbackDate)
{
    m_options.inspectionId = 0;
    m_options.inspectionName = QStringLiteral("2024年主题教育检视");
    m_options.feedbackDate = QDate(2024, 5, 6);
    const ImportReport r = import(write(ledgerText().toUtf8()));
    EXPECT_TRUE(r.committed) << r.text().toStdString();
    auto found = m_ledger->findInspection(m_options.inspectionName);
    ASSERT_TRUE(found.ok() && found->has_value());
    EXPECT_EQ((*found)->feedbackDate, QDate(2024, 5, 6));
    EXPECT_EQ(value(QStringLiteral("SELECT deadline FROM tasks WHERE measure = '规范三会一课'")),
        QStringLiteral("2024-05-06"));
}

TEST_F(Importer, CancelRollsBack)
{
    QString text = QStringLiteral("序号,反馈问题,整改措施\n");
    for (int i = 1; i <= 9000; ++i)
        text += QStringLiteral("%1,问题%1,措施%1\n").arg(i);
    rectify::Importer importer(*m_ledger);
    int calls = 0;
    auto r = importer.import(write(text.toUtf8()), m_options, [&](qint64, qint64) {
        ++calls;
        return false;
    });
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    EXPECT_TRUE(r->cancelled);
    EXPECT_FALSE(r->committed);
    EXPECT_EQ(calls, 1);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM problems")), 0);
}

namespace {

// Every row of the tables an import writes, in id order: what "as it was" means.
QString snapshot(Ledger &ledger)
{
    QStringList out;
    for (const char *table : { "inspections", "units", "people", "problems", "tasks",
             "responsibilities", "progress_entries", "audit_log", "audit_head", "settings" }) {
        QSqlQuery q(ledger.database());
        const QString order
            = qstrcmp(table, "settings") == 0 ? QStringLiteral("key") : QStringLiteral("id");
        EXPECT_TRUE(
            q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(QLatin1String(table), order)))
            << table;
        while (q.next()) {
            QStringList cells { QLatin1String(table) };
            for (int c = 0; c < q.record().count(); ++c)
                cells << (q.isNull(c) ? QStringLiteral("NULL") : q.value(c).toString());
            out << cells.join(QLatin1Char('|'));
        }
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace

// A failed import (an error on its last row, after every other row was written)
// and a cancelled one leave the ledger exactly as it was, on a file and on a server.
TEST_F(Importer, FailedOrCancelledImportLeavesTheLedgerAsItWas)
{
    expectFixtureImported(import(write(ledgerText().toUtf8())));
    const QString before = snapshot(*m_ledger);
    ASSERT_TRUE(before.contains(QStringLiteral("规范三会一课")));

    QString bad = ledgerText();
    bad.replace(
        QStringLiteral("深入基层调研,形成调研报告"), QStringLiteral("深入基层调研,形成专题报告"));
    for (int i = 5; i < 400; ++i)
        bad += QStringLiteral("%1,类别,新问题%1,新措施%1,新目标,新领导,新单位%1,,新人,2024-05-01,"
                              "进展%1,推进中\r\n")
                   .arg(i);
    bad += QStringLiteral("400,纪律建设,违规发放津贴,清退违规津贴,全部清退,刘洋,财务科,,陈静,"
                          "2024年2月30日,,未启动\r\n");
    const QString path = write(bad.toUtf8(), QStringLiteral("bad.csv"));
    const ImportReport r = import(path);
    EXPECT_FALSE(r.committed);
    EXPECT_EQ(r.errorCount, 1) << r.text().toStdString();
    EXPECT_EQ(snapshot(*m_ledger), before);

    // Cancelled at the first progress report (after 4,096 rows were written).
    QString longer = ledgerText();
    for (int i = 5; i < 5000; ++i)
        longer += QStringLiteral("%1,类别,又一问题%1,又一措施%1,,,又一单位%1,,,2024-05-01,,\r\n")
                      .arg(i);
    rectify::Importer importer(*m_ledger);
    auto cancelled = importer.import(write(longer.toUtf8(), QStringLiteral("long.csv")), m_options,
        [](qint64, qint64) { return false; });
    ASSERT_TRUE(cancelled.ok()) << cancelled.error().toStdString();
    EXPECT_TRUE(cancelled->cancelled);
    EXPECT_EQ(snapshot(*m_ledger), before);

    // The ledger still takes an import and the app's own writes afterwards.
    m_options.skipBadRows = true;
    const ImportReport good = import(path);
    EXPECT_TRUE(good.committed) << good.text().toStdString();
    EXPECT_EQ(good.tasks.added, 395);
    EXPECT_EQ(good.tasks.updated, 1);
    Task t;
    t.problemId = count(QStringLiteral("SELECT id FROM problems WHERE code = '1'"));
    t.measure = QStringLiteral("导入后新增的措施");
    t.responsibilities.leadUnits = { QStringLiteral("导入后新增的单位") };
    auto added = m_ledger->addTask(t);
    ASSERT_TRUE(added.ok()) << added.error().toStdString();
    EXPECT_EQ(*added, count(QStringLiteral("SELECT max(id) FROM tasks")));
}

TEST_F(Importer, MappingOverride)
{
    // Headers nobody recognises, mapped by hand.
    const QString text = QStringLiteral("A,B,C\n1,问题甲,措施一\n");
    const QString path = write(text.toUtf8());
    rectify::Importer importer(*m_ledger);
    m_options.headerRow = 1;
    EXPECT_FALSE(importer.analyse(path, m_options).ok());
    m_options.mapping = { ImportField::Code, ImportField::Problem, ImportField::Measure };
    const ImportReport r = import(path);
    EXPECT_TRUE(r.committed) << r.text().toStdString();
    EXPECT_EQ(value(QStringLiteral("SELECT measure FROM tasks")), QStringLiteral("措施一"));
}

TEST_F(Importer, FileLevelErrorsNameTheFile)
{
    rectify::Importer importer(*m_ledger);
    auto missing = importer.analyse(m_dir.filePath(QStringLiteral("nope.csv")), m_options);
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().contains(QStringLiteral("nope.csv")));
    auto noHeader
        = importer.analyse(write("a,b,c\n1,2,3\n", QStringLiteral("plain.csv")), m_options);
    ASSERT_FALSE(noHeader.ok());
    EXPECT_TRUE(noHeader.error().contains(QStringLiteral("plain.csv")));
}

namespace {

// Every row of the search index (problem_search, then task_search), in rowid order.
QString searchRows(Ledger &ledger)
{
    QSqlQuery q(ledger.database());
    EXPECT_TRUE(q.exec(QStringLiteral(
        "SELECT * FROM (SELECT 'problem', rowid, problem FROM problem_search ORDER BY rowid) "
        "UNION ALL SELECT * FROM (SELECT 'task', rowid, task FROM task_search ORDER BY rowid)")));
    QStringList rows;
    while (q.next())
        rows << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString() + QLatin1Char('|')
                + q.value(2).toString();
    return rows.join(QLatin1Char('\n'));
}

QString triggers(Ledger &ledger)
{
    QSqlQuery q(ledger.database());
    EXPECT_TRUE(q.exec(
        QStringLiteral("SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'trigger' "
                       "ORDER BY name")));
    QStringList all;
    while (q.next())
        all << q.value(0).toString();
    return all.join(QLatin1Char('\n'));
}

} // namespace

// The import indexes its rows for search in bulk, with the search triggers set
// aside; what it writes must be what the triggers would have written.
TEST_F(Importer, SearchIndexIsWhatTheTriggersWouldWrite)
{
    const QString before = triggers(*m_ledger);
    ASSERT_TRUE(before.contains(QStringLiteral("task_search_insert")));
    expectFixtureImported(import(write(ledgerText().toUtf8())));
    EXPECT_EQ(triggers(*m_ledger), before);

    // A re-import that renames a problem, changes a task and adds one.
    QString edited = ledgerText();
    edited.replace(QStringLiteral("\"调研不深入\n走过场\""), QStringLiteral("调研浮于表面"));
    // (Task 3.1 is signed off in the file: a re-import leaves it alone.)
    edited.replace(
        QStringLiteral("完善调研制度,形成制度"), QStringLiteral("完善调研制度,形成长效制度"));
    edited += QStringLiteral("4,纪律建设,违规发放津贴,清退违规津贴,全部清退,刘洋,财务科,,陈静,"
                             "2024年3月底,,未启动\r\n");
    const ImportReport r = import(write(edited.toUtf8(), QStringLiteral("edited.csv")));
    ASSERT_TRUE(r.committed) << r.text().toStdString();
    EXPECT_EQ(r.problems.updated, 1);
    EXPECT_EQ(r.tasks.updated, 1);
    EXPECT_EQ(r.tasks.added, 1);
    EXPECT_EQ(triggers(*m_ledger), before);

    const QString imported = searchRows(*m_ledger);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM task_search")), 6);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM problem_search")),
        count(QStringLiteral("SELECT count(*) FROM problems")));
    // Problem text is indexed once, under the problem's id; its two tasks find it.
    const auto problemHits = [&](const char *phrase) {
        return count(QStringLiteral("SELECT count(*) FROM problem_search WHERE problem_search "
                                    "MATCH '\"%1\"'")
                         .arg(QString::fromUtf8(phrase)));
    };
    const auto taskHits = [&](const char *phrase) {
        return count(QStringLiteral("SELECT count(*) FROM task_search WHERE task_search "
                                    "MATCH '\"%1\"'")
                         .arg(QString::fromUtf8(phrase)));
    };
    EXPECT_EQ(problemHits("浮于表面"), 1);
    EXPECT_EQ(count(QString::fromUtf8("SELECT count(*) FROM tasks WHERE problem_id IN (SELECT "
                                      "rowid FROM problem_search WHERE problem_search MATCH "
                                      "'\"浮于表面\"')")),
        2);
    EXPECT_EQ(problemHits("走过场"), 0);
    EXPECT_EQ(taskHits("浮于表面"), 0);
    EXPECT_EQ(taskHits("形成长效制度"), 1);
    EXPECT_EQ(taskHits("清退违规津贴"), 1);
    EXPECT_EQ(problemHits("违规发放津贴"), 1);
    // The triggers rewrite every row of the index; nothing may change.
    QSqlQuery q(m_ledger->database());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE tasks SET measure = measure")));
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE problems SET title = title")));
    EXPECT_EQ(searchRows(*m_ledger), imported);
    for (const char *table : { "problem_search", "task_search" }) {
        EXPECT_EQ(value(QStringLiteral("SELECT group_concat(k || '=' || v, ',') FROM "
                                       "(SELECT * FROM %1_config WHERE k IN "
                                       "('automerge', 'hashsize') ORDER BY k)")
                            .arg(QLatin1String(table))),
            QStringLiteral("automerge=4,hashsize=1048576"))
            << table;
    }
}

TEST_F(Importer, FailedImportLeavesTheSearchIndexAndTriggers)
{
    expectFixtureImported(import(write(ledgerText().toUtf8())));
    const QString before = triggers(*m_ledger);
    const QString rows = searchRows(*m_ledger);
    QString bad = ledgerText();
    bad.replace(
        QStringLiteral("完善调研制度,形成制度"), QStringLiteral("完善调研制度,形成长效制度"));
    bad += QStringLiteral("4,纪律建设,违规发放津贴,清退违规津贴,全部清退,刘洋,财务科,,陈静,"
                          "2024年2月30日,,未启动\r\n");
    const ImportReport r = import(write(bad.toUtf8(), QStringLiteral("bad.csv")));
    EXPECT_FALSE(r.committed);
    EXPECT_EQ(r.errorCount, 1) << r.text().toStdString();
    EXPECT_EQ(triggers(*m_ledger), before);
    EXPECT_EQ(searchRows(*m_ledger), rows);
}

namespace {

// A ledger of `rows` tasks, four to a problem, with texts that differ from row
// to row: enough rows for the search index built on another core to come in
// several batches. Row `badRow` (1-based data row), if any, has an impossible
// deadline.
QString manyRows(int rows, int badRow = 0)
{
    QString text = QStringLiteral("序号,问题类别,反馈问题,整改措施,整改目标,整改时限,备注\n");
    const QStringList words = { QStringLiteral("调研浮于表面"), QStringLiteral("制度执行不严"),
        QStringLiteral("台账不规范"), QStringLiteral("整改不到位"), QStringLiteral("学习不深入") };
    for (int i = 1; i <= rows; ++i) {
        const QString &w = words[i % words.size()];
        if (i % 4 == 1)
            text += QStringLiteral("%1,类别%2,%3问题%1,").arg((i + 3) / 4).arg(i % 7).arg(w);
        else
            text += QStringLiteral(",,,");
        text += QStringLiteral("（%1）针对%2制定措施%3,目标%4,%5,备注%6\n")
                    .arg((i - 1) % 4 + 1)
                    .arg(w)
                    .arg(i)
                    .arg(i % 13)
                    .arg(i == badRow ? QStringLiteral("2024年2月30日")
                                     : QStringLiteral("2024年%1月底").arg(i % 12 + 1))
                    .arg(i * 7);
    }
    return text;
}

} // namespace

// Where a search table stands in the schema: a table created again (the import
// that builds the search index on another core replaces its empty table) comes
// later.
qint64 schemaRowid(Ledger &ledger, const char *table)
{
    QSqlQuery q(ledger.database());
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT rowid FROM sqlite_master WHERE name = '%1'")
                           .arg(QLatin1String(table))));
    return q.next() ? q.value(0).toLongLong() : -1;
}

// Compares a search table's index, posting by posting (term, row, column,
// position), with an FTS5 table built from the ledger's rows in one statement
// the way the triggers index them, and runs FTS5's own check of the table.
// Returns the differences (empty when the two are the same).
std::string indexDifferences(Ledger &ledger, const char *table)
{
    const QString name = QLatin1String(table);
    const QString text = name == QLatin1String("task_search")
        ? QStringLiteral("measure || ' ' || target || ' ' || remarks FROM tasks")
        : QStringLiteral(
            "code || ' ' || category || ' ' || title || ' ' || description FROM problems");
    QSqlQuery q(ledger.database());
    const auto run = [&](const QString &sql) {
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString() << ": " << q.lastError().text().toStdString();
    };
    run(QStringLiteral("INSERT INTO %1 (%1) VALUES ('integrity-check')").arg(name));
    run(QStringLiteral("DROP TABLE IF EXISTS temp.expected"));
    run(QStringLiteral("CREATE VIRTUAL TABLE temp.expected USING fts5(x, tokenize = 'trigram')"));
    run(QStringLiteral("INSERT INTO temp.expected (rowid, x) SELECT id, %1").arg(text));
    run(QStringLiteral("DROP TABLE IF EXISTS temp.got_vocab"));
    run(QStringLiteral("DROP TABLE IF EXISTS temp.expected_vocab"));
    run(QStringLiteral("CREATE VIRTUAL TABLE temp.got_vocab USING fts5vocab(main, %1, instance)")
            .arg(name));
    run(QStringLiteral(
        "CREATE VIRTUAL TABLE temp.expected_vocab USING fts5vocab(temp, expected, instance)"));
    QStringList diff;
    for (const auto &[label, sql] :
        { std::pair { "missing",
              "SELECT term, doc, offset FROM temp.expected_vocab EXCEPT "
              "SELECT term, doc, offset FROM temp.got_vocab" },
            std::pair { "extra",
                "SELECT term, doc, offset FROM temp.got_vocab EXCEPT "
                "SELECT term, doc, offset FROM temp.expected_vocab" } }) {
        run(QString::fromLatin1(sql) + QStringLiteral(" LIMIT 5"));
        while (q.next())
            diff << QStringLiteral("%1: %2 row %3 at %4")
                        .arg(QLatin1String(label), q.value(0).toString(), q.value(1).toString(),
                            q.value(2).toString());
    }
    run(QStringLiteral("SELECT (SELECT count(*) FROM temp.got_vocab), "
                       "(SELECT count(*) FROM temp.expected_vocab), "
                       "(SELECT group_concat(rowid || ':' || %2, '|') FROM "
                       "(SELECT rowid, %2 FROM %1 ORDER BY rowid)), "
                       "(SELECT group_concat(rowid || ':' || x, '|') FROM "
                       "(SELECT rowid, x FROM temp.expected ORDER BY rowid))")
            .arg(name, name.left(name.indexOf(QLatin1Char('_')))));
    if (q.next()) {
        if (q.value(0) != q.value(1))
            diff << QStringLiteral("%1 postings, expected %2")
                        .arg(q.value(0).toString(), q.value(1).toString());
        if (q.value(2) != q.value(3))
            diff << QStringLiteral("the stored texts differ");
        if (q.value(1).toLongLong() == 0)
            diff << QStringLiteral("nothing indexed");
    }
    for (const char *t : { "got_vocab", "expected_vocab", "expected" })
        run(QStringLiteral("DROP TABLE temp.%1").arg(QLatin1String(t)));
    return diff.join(QLatin1Char('\n')).toStdString();
}

// The first import into a ledger without problems and tasks builds the search
// index on another core and copies it in: the same postings the triggers write,
// FTS5's own check passes, and the ledger keeps indexing edits afterwards.
TEST_F(Importer, SearchIndexBuiltAlongsideIsWhatTheTriggersWouldWrite)
{
    RECTIFY_SQLITE_ONLY("the FTS5 search tables");
    const QString before = triggers(*m_ledger);
    const qint64 taskTable = schemaRowid(*m_ledger, "task_search");
    const qint64 problemTable = schemaRowid(*m_ledger, "problem_search");
    const QString config = value(QStringLiteral("SELECT group_concat(k || '=' || v, ',') FROM "
                                                "(SELECT * FROM task_search_config ORDER BY k)"));
    // A search before the import: FTS5 keeps what it read of the (empty) index
    // in the connection, which must not outlive the table copied in.
    EXPECT_EQ(count(QString::fromUtf8(
                  "SELECT count(*) FROM task_search WHERE task_search MATCH '\"台账不规范\"'")),
        0);
    EXPECT_EQ(
        count(QString::fromUtf8(
            "SELECT count(*) FROM problem_search WHERE problem_search MATCH '\"台账不规范\"'")),
        0);
    const ImportReport r = import(write(manyRows(5000).toUtf8()));
    ASSERT_TRUE(r.committed) << r.text().toStdString();
    ASSERT_EQ(r.tasks.added, 5000);
    ASSERT_EQ(r.problems.added, 1250);
    if (std::thread::hardware_concurrency() >= 2) {
        EXPECT_GT(schemaRowid(*m_ledger, "task_search"), taskTable);
        EXPECT_GT(schemaRowid(*m_ledger, "problem_search"), problemTable);
    }
    EXPECT_EQ(triggers(*m_ledger), before);
    // The database the index was built in is gone from the ledger's connection.
    EXPECT_EQ(value(QStringLiteral("SELECT group_concat(name) FROM pragma_database_list")),
        QStringLiteral("main"));
    EXPECT_EQ(indexDifferences(*m_ledger, "task_search"), "");
    EXPECT_EQ(indexDifferences(*m_ledger, "problem_search"), "");
    EXPECT_EQ(count(QString::fromUtf8(
                  "SELECT count(*) FROM task_search WHERE task_search MATCH '\"针对台账不规范\"'")),
        count(
            QString::fromUtf8("SELECT count(*) FROM tasks WHERE measure LIKE '%针对台账不规范%'")));
    EXPECT_EQ(count(QString::fromUtf8(
                  "SELECT count(*) FROM task_search WHERE task_search MATCH '\"措施4999 目标\"'")),
        1);
    // The table's settings are what the import on the ledger's connection leaves.
    EXPECT_EQ(value(QStringLiteral("SELECT group_concat(k || '=' || v, ',') FROM "
                                   "(SELECT * FROM task_search_config ORDER BY k)")),
        QStringLiteral("automerge=4,hashsize=1048576,") + config);

    // Edits through the triggers after the import, on the same connection.
    QSqlQuery q(m_ledger->database());
    ASSERT_TRUE(q.exec(
        QString::fromUtf8("UPDATE tasks SET measure = measure || '补充台账' WHERE id % 100 = 0")));
    ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM progress_entries WHERE task_id % 99 = 0")));
    ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM responsibilities WHERE task_id % 99 = 0")));
    ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM tasks WHERE id % 99 = 0")));
    ASSERT_TRUE(
        q.exec(QString::fromUtf8("UPDATE problems SET title = title || '复查' WHERE id % 7 = 0")));
    EXPECT_EQ(indexDifferences(*m_ledger, "task_search"), "");
    EXPECT_EQ(indexDifferences(*m_ledger, "problem_search"), "");
    EXPECT_EQ(count(QString::fromUtf8(
                  "SELECT count(*) FROM task_search WHERE task_search MATCH '\"补充台账\"'")),
        count(QString::fromUtf8("SELECT count(*) FROM tasks WHERE measure LIKE '%补充台账%'")));

    // Another connection sees the same index.
    Ledger other;
    ASSERT_TRUE(other.open(m_ledger.path(), Ledger::OpenMode::ExistingOnly));
    QSqlQuery o(other.database());
    ASSERT_TRUE(o.exec(QString::fromUtf8(
        "SELECT count(*) FROM task_search WHERE task_search MATCH '\"补充台账\"'")));
    ASSERT_TRUE(o.next());
    EXPECT_EQ(o.value(0).toLongLong(),
        count(QString::fromUtf8("SELECT count(*) FROM tasks WHERE measure LIKE '%补充台账%'")));
}

// An import that fails or is cancelled while the search index is being built
// on another core leaves the search tables as they were.
TEST_F(Importer, SearchIndexBuiltAlongsideIsDroppedOnFailureAndCancel)
{
    RECTIFY_SQLITE_ONLY("the FTS5 search tables");
    const QString before = triggers(*m_ledger);
    const qint64 taskTable = schemaRowid(*m_ledger, "task_search");
    const qint64 problemTable = schemaRowid(*m_ledger, "problem_search");
    const auto unchanged = [&] {
        EXPECT_EQ(triggers(*m_ledger), before);
        EXPECT_EQ(schemaRowid(*m_ledger, "task_search"), taskTable);
        EXPECT_EQ(schemaRowid(*m_ledger, "problem_search"), problemTable);
        for (const char *table : { "task_search", "problem_search", "tasks", "problems" })
            EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))), 0)
                << table;
        for (const char *table : { "task_search", "problem_search" })
            EXPECT_EQ(count(QStringLiteral("INSERT INTO %1 (%1) VALUES ('integrity-check')")
                                .arg(QLatin1String(table))),
                -1); // a statement without rows, and no error
    };
    // An error in the last row: nothing is written.
    const ImportReport bad
        = import(write(manyRows(6000, 6000).toUtf8(), QStringLiteral("bad.csv")));
    EXPECT_FALSE(bad.committed);
    EXPECT_EQ(bad.errorCount, 1) << bad.text().toStdString();
    unchanged();

    // Cancelled at the first progress report (after 4,096 rows: two batches
    // handed to the other core).
    rectify::Importer importer(*m_ledger);
    const QString path = write(manyRows(6000).toUtf8(), QStringLiteral("cancel.csv"));
    int calls = 0;
    auto r = importer.import(path, m_options, [&](qint64, qint64) {
        ++calls;
        return false;
    });
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    EXPECT_TRUE(r->cancelled);
    EXPECT_FALSE(r->committed);
    EXPECT_EQ(calls, 1);
    unchanged();

    // The ledger is none the worse: the same file imports.
    const ImportReport ok = import(path);
    EXPECT_TRUE(ok.committed) << ok.text().toStdString();
    EXPECT_EQ(indexDifferences(*m_ledger, "task_search"), "");
    EXPECT_EQ(indexDifferences(*m_ledger, "problem_search"), "");
}

// The private database of an import that was killed stays in the temporary
// folder; the next import's worker removes it. One of a process that still runs
// (this one) stays, and so does anything else in the folder.
TEST_F(Importer, SearchIndexFileOfAKilledImportIsRemovedByTheNext)
{
    RECTIFY_SQLITE_ONLY("the FTS5 search tables");
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    // No process has a number above the kernel's largest (4,194,304).
    const QString stale = folder.filePath(QStringLiteral("rectify-search-4194309-a1B2c3.sqlite"));
    const QString live = folder.filePath(
        QStringLiteral("rectify-search-%1-d4E5f6.sqlite").arg(QCoreApplication::applicationPid()));
    const QString other = folder.filePath(QStringLiteral("rectify-search-notes.sqlite"));
    // Earlier versions' names, without a process number: removed when a day old.
    const QString oldStale = folder.filePath(QStringLiteral("rectify-search-g7H8i9.sqlite"));
    const QString oldRecent = folder.filePath(QStringLiteral("rectify-search-j1K2l3.sqlite"));
    for (const QString &path : { stale, live, other, oldStale, oldRecent }) {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("SQLite format 3");
        ASSERT_TRUE(f.flush()); // before the time is set: a later write would set it again
        if (path == oldStale) {
            ASSERT_TRUE(f.setFileTime(
                QDateTime::currentDateTimeUtc().addDays(-2), QFileDevice::FileModificationTime));
        }
    }
    SearchIndexWorker::removeStaleFiles(folder.path());
    EXPECT_FALSE(QFile::exists(stale));
    EXPECT_TRUE(QFile::exists(live));
    EXPECT_TRUE(QFile::exists(other));
    EXPECT_FALSE(QFile::exists(oldStale));
    EXPECT_TRUE(QFile::exists(oldRecent));

    // An import built alongside leaves no file of its own behind.
    const QStringList before
        = QDir::temp().entryList({ QStringLiteral("rectify-search-*.sqlite") }, QDir::Files);
    ASSERT_TRUE(import(write(manyRows(3000).toUtf8())).committed);
    const QStringList after
        = QDir::temp().entryList({ QStringLiteral("rectify-search-*.sqlite") }, QDir::Files);
    for (const QString &name : after)
        EXPECT_TRUE(before.contains(name)) << name.toStdString();
}

// A re-import into a ledger with tasks indexes on the ledger's own connection,
// in the table it has.
TEST_F(Importer, ReimportIndexesInTheLedgersOwnSearchTables)
{
    RECTIFY_SQLITE_ONLY("the FTS5 search tables");
    ASSERT_TRUE(import(write(manyRows(3000).toUtf8())).committed);
    const qint64 taskTable = schemaRowid(*m_ledger, "task_search");
    const qint64 problemTable = schemaRowid(*m_ledger, "problem_search");
    QString edited = manyRows(3100);
    edited.replace(QString::fromUtf8("措施17,"), QString::fromUtf8("措施17改,"));
    const ImportReport r = import(write(edited.toUtf8(), QStringLiteral("edited.csv")));
    ASSERT_TRUE(r.committed) << r.text().toStdString();
    EXPECT_EQ(r.tasks.added, 100);
    EXPECT_EQ(r.tasks.updated, 1);
    EXPECT_EQ(schemaRowid(*m_ledger, "task_search"), taskTable);
    EXPECT_EQ(schemaRowid(*m_ledger, "problem_search"), problemTable);
    EXPECT_EQ(indexDifferences(*m_ledger, "task_search"), "");
    EXPECT_EQ(indexDifferences(*m_ledger, "problem_search"), "");
    EXPECT_EQ(count(QString::fromUtf8(
                  "SELECT count(*) FROM task_search WHERE task_search MATCH '\"措施17改\"'")),
        1);
}

// A UTF-8 ledger with broken bytes in row 2 (here a word pasted in GB18030): the
// importer names the row and the column instead of finding no header.
TEST_F(Importer, InvalidUtf8BytesAreNamedByRowAndColumn)
{
    QByteArray bytes = QStringLiteral("序号,反馈问题,整改措施,责任单位\n1,问题甲,措施").toUtf8();
    bytes += encode(QStringLiteral("整改"), "GB18030"); // not UTF-8
    bytes += QStringLiteral(",办公室\n,,措施二,组织部\n2,问题乙,措施三,宣传部\n").toUtf8();
    const QString path = write(bytes);

    const ImportReport r = import(path);
    EXPECT_EQ(sourceDetail(r, "encoding"), textEncodingName(TextEncoding::Utf8));
    EXPECT_EQ(r.headerRow, 1);
    EXPECT_FALSE(r.committed);
    EXPECT_EQ(r.errorCount, 1) << r.text().toStdString();
    ASSERT_FALSE(r.issues.isEmpty());
    const ImportIssue &e = r.issues.constFirst();
    EXPECT_EQ(e.severity, ImportIssue::Severity::Error);
    EXPECT_EQ(e.row, 2);
    EXPECT_EQ(e.column, 2);
    EXPECT_TRUE(e.text().contains(QStringLiteral("Row 2, column C"))) << e.text().toStdString();
    EXPECT_TRUE(e.message.contains(QStringLiteral("UTF-8"))) << e.message.toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM tasks")), 0);

    // Skipping the row imports the others; no broken bytes reach the ledger.
    m_options.skipBadRows = true;
    const ImportReport skipped = import(path);
    EXPECT_TRUE(skipped.committed);
    EXPECT_EQ(skipped.skippedRowNumbers, QVector<qint64> { 2 });
    EXPECT_EQ(column(QStringLiteral("SELECT measure FROM tasks ORDER BY id")),
        QStringLiteral("措施二,措施三"));
}

TEST_F(Importer, BrokenBytesAtTheEndOfTheFileAreNamed)
{
    QByteArray bytes
        = QStringLiteral("序号,反馈问题,整改措施\n1,问题甲,措施一\n2,问题乙,措施").toUtf8();
    bytes += QStringLiteral("二").toUtf8().left(2); // a character cut off
    const ImportReport r = import(write(bytes));
    EXPECT_EQ(sourceDetail(r, "encoding"), textEncodingName(TextEncoding::Utf8));
    EXPECT_EQ(r.errorCount, 1) << r.text().toStdString();
    ASSERT_FALSE(r.issues.isEmpty());
    EXPECT_EQ(r.issues.constFirst().row, 3);
    EXPECT_EQ(r.issues.constFirst().column, 2);
}

// A character cut by the end of a 1 MiB read is not broken.
TEST_F(Importer, CharactersAcrossReadChunksAreWhole)
{
    QByteArray bytes = QStringLiteral("序号,反馈问题,整改措施\n").toUtf8();
    int n = 0;
    while (bytes.size() < TextSource::chunkSize + 4096) {
        ++n;
        bytes += QStringLiteral("%1,问题%1,落实整改措施第%1项\n").arg(n).toUtf8();
    }
    // Shift the text by one ASCII byte at a time until the chunk boundary falls
    // inside a three-byte character.
    const qsizetype afterHeader = bytes.indexOf('\n') + 1;
    for (int pad = 0; (static_cast<unsigned char>(bytes.at(TextSource::chunkSize)) & 0xC0) != 0x80;
         ++pad) {
        ASSERT_LT(pad, 4);
        bytes.insert(afterHeader, ' ');
    }
    ASSERT_EQ(static_cast<unsigned char>(bytes.at(TextSource::chunkSize)) & 0xC0, 0x80);
    const ImportReport r = import(write(bytes));
    EXPECT_EQ(r.errorCount, 0) << r.text().toStdString();
    EXPECT_TRUE(r.committed);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM tasks")), n);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM tasks WHERE measure LIKE '%\uFFFD%'")), 0);
}

TEST_F(Importer, WrongEncodingNamesTheBytesNotTheHeader)
{
    const QString path = write(encode(ledgerText(), "GB18030"), QStringLiteral("gb.csv"));
    m_options.encoding = TextEncoding::Utf8;
    rectify::Importer importer(*m_ledger);
    auto r = importer.analyse(path, m_options);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().contains(QStringLiteral("gb.csv")));
    EXPECT_TRUE(r.error().contains(QStringLiteral("not valid UTF-8"))) << r.error().toStdString();
    EXPECT_TRUE(r.error().contains(QStringLiteral("row 1, column A"))) << r.error().toStdString();
}

// Broken bytes in a problem's own cells: the problem is not written, nor its tasks.
TEST_F(Importer, BrokenBytesInAProblemSkipItsRows)
{
    QByteArray bytes = QStringLiteral("序号,反馈问题,整改措施\n1,问题").toUtf8();
    bytes += "\xFF";
    bytes += QStringLiteral(",措施一\n,,措施二\n2,问题乙,措施三\n").toUtf8();
    m_options.skipBadRows = true;
    const ImportReport r = import(write(bytes));
    EXPECT_TRUE(r.committed);
    EXPECT_EQ(r.skippedRowNumbers, (QVector<qint64> { 2, 3 })) << r.text().toStdString();
    EXPECT_EQ(column(QStringLiteral("SELECT title FROM problems")), QStringLiteral("问题乙"));
    EXPECT_EQ(column(QStringLiteral("SELECT measure FROM tasks")), QStringLiteral("措施三"));
}

// Signing off is a supervisor's step in the app (workflow.md): a file that says an
// existing task is 已销号 must not close it, whoever imports it.
TEST_F(Importer, ReimportDoesNotSignOffAnExistingTask)
{
    import(write(ledgerText().toUtf8()));
    const qint64 id
        = count(QStringLiteral("SELECT id FROM tasks WHERE measure = '建立第一议题学习制度'"));
    const qint64 version = count(QStringLiteral("SELECT version FROM tasks WHERE id = %1").arg(id));
    QString edited = ledgerText();
    const QString row = QStringLiteral("2023年12月底,已印发制度,已完成,");
    ASSERT_TRUE(edited.contains(row));
    edited.replace(row, QStringLiteral("2023年12月底,制度已全面落实,已销号,"));
    // Another row's change still goes in.
    edited.replace(QStringLiteral("形成调研报告,"), QStringLiteral("形成调研报告并转化,"));
    const ImportReport r = import(write(edited.toUtf8(), QStringLiteral("signed.csv")));
    EXPECT_TRUE(r.committed) << r.text().toStdString();
    EXPECT_EQ(r.tasks.updated, 1) << r.text().toStdString();

    auto task = m_ledger->task(id);
    ASSERT_TRUE(task.ok());
    EXPECT_EQ(task->status, TaskStatus::Completed);
    EXPECT_FALSE(task->closedOn.isValid());
    EXPECT_EQ(count(QStringLiteral("SELECT version FROM tasks WHERE id = %1").arg(id)), version);
    EXPECT_EQ(m_ledger->progress(id)->size(), 1); // the row's new progress is left out too
    EXPECT_EQ(value(QStringLiteral("SELECT target FROM tasks WHERE measure = '深入基层调研'")),
        QStringLiteral("形成调研报告并转化"));
    QVector<ImportIssue> signoff;
    for (const ImportIssue &i : r.issues)
        if (i.message.contains(QStringLiteral("sign")))
            signoff << i;
    ASSERT_EQ(signoff.size(), 1) << r.text().toStdString();
    EXPECT_EQ(signoff[0].severity, ImportIssue::Severity::Warning);
    EXPECT_EQ(signoff[0].row, 3);
    EXPECT_EQ(signoff[0].column, 11); // 完成情况
    EXPECT_TRUE(signoff[0].message.contains(QStringLiteral("task (1) of problem 1")))
        << signoff[0].message.toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM tasks WHERE status = 'closed'")), 1);
}

// A task first met as 已销号 was signed off before the ledger existed: it is
// closed, and its history says how it came to be.
TEST_F(Importer, FirstImportOfASignedOffTaskSaysSoInItsHistory)
{
    import(write(ledgerText().toUtf8()));
    const qint64 id = count(QStringLiteral("SELECT id FROM tasks WHERE measure = '规范三会一课'"));
    auto history = m_ledger->auditLog(QStringLiteral("task"), id);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 1);
    EXPECT_EQ(history->at(0).field, QStringLiteral("import"));
    EXPECT_EQ(history->at(0).reason, QStringLiteral("imported as signed off"));
    EXPECT_TRUE(history->at(0).newValue.contains(QStringLiteral("ledger.csv")))
        << history->at(0).newValue.toStdString();
    EXPECT_TRUE(history->at(0).newValue.contains(QStringLiteral("closed")))
        << history->at(0).newValue.toStdString();
}

// The history of a task shows what each import did to it, and the chain holds.
TEST_F(Importer, EveryTaskAnImportChangesHasItsOwnAuditEntry)
{
    import(write(ledgerText().toUtf8()));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'task' "
                                   "AND field = 'import'")),
        5);
    const qint64 id = count(QStringLiteral("SELECT id FROM tasks WHERE measure = '深入基层调研'"));
    QString edited = ledgerText();
    edited.replace(QStringLiteral("形成调研报告,王强,政策研究室,,赵敏,2024/6/30,,推进中"),
        QStringLiteral("形成调研报告并转化,王强,政策研究室,,赵敏,2024/9/30,完成四次调研,推进中"));
    const ImportReport r = import(write(edited.toUtf8(), QStringLiteral("second.csv")));
    ASSERT_TRUE(r.committed) << r.text().toStdString();
    EXPECT_EQ(r.tasks.updated, 1);
    // Only the changed task gets one more; the file has its entry as before.
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'task' "
                                   "AND field = 'import'")),
        6);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'import'")), 2);
    auto history = m_ledger->auditLog(QStringLiteral("task"), id);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 2);
    const rectify::AuditEntry &e = history->at(1);
    EXPECT_EQ(e.field, QStringLiteral("import"));
    EXPECT_EQ(e.user, QStringLiteral("tester"));
    EXPECT_EQ(e.reason, QStringLiteral("imported second.csv"));
    for (const char *what : { "second.csv", "target", "deadline", "progress" })
        EXPECT_TRUE(e.newValue.contains(QLatin1String(what))) << e.newValue.toStdString();
    EXPECT_FALSE(e.newValue.contains(QLatin1String("measure"))) << e.newValue.toStdString();
    auto chain = rectify::AuditChain::verify(*m_ledger);
    ASSERT_TRUE(chain.ok()) << chain.error().toStdString();
    EXPECT_TRUE(chain->intact) << chain->problem.toStdString();
    EXPECT_EQ(chain->entries, count(QStringLiteral("SELECT count(*) FROM audit_log")));
}
