// The ledger's own dates: completion and sign-off dates from their columns, the
// date a progress cell opens with, and "unknown" (never the import day) otherwise;
// imported progress signed by the import; the statistics of tasks completed at an
// unknown date; and the Excel export read back as the same ledger.
#include "export/exportrows.h"
#include "export/xlsxexporter.h"
#include "import/cellvalues.h"
#include "import/importer.h"
#include "sample/sampleledger.h"
#include "stats/alert.h"
#include "stats/statsquery.h"
#include "tests/support/templedger.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <xlsxwriter.h>

using namespace rectify;
using rectify::test::TempLedger;

namespace {

const QDate importDay(2024, 3, 15);
const QDate feedback(2023, 10, 10);

LeadingDate leading(const char *cell)
{
    return parseLeadingDate(cell, importDay, feedback);
}

class OwnDates : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Inspection i;
        i.name = QStringLiteral("2023年省委巡视反馈");
        i.feedbackDate = feedback;
        auto id = m_ledger->addInspection(i);
        ASSERT_TRUE(id.ok()) << id.error().toStdString();
        m_options.inspectionId = *id;
        m_options.today = importDay;
    }
    QString write(const QByteArray &bytes, const QString &name = QStringLiteral("ledger.csv"))
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
        return path;
    }
    ImportReport import(const QString &path)
    {
        rectify::Importer importer(*m_ledger);
        auto r = importer.import(path, m_options);
        EXPECT_TRUE(r.ok()) << r.error().toStdString();
        return r.ok() ? *r : ImportReport();
    }
    // One task by its measure: status, completed_on, closed_on ("-" for NULL).
    QString dates(const QString &measure)
    {
        QSqlQuery q(m_ledger->database());
        q.prepare(QStringLiteral("SELECT status, completed_on, closed_on FROM tasks "
                                 "WHERE measure = ?"));
        q.addBindValue(measure);
        EXPECT_TRUE(q.exec());
        if (!q.next())
            return QStringLiteral("<none>");
        QStringList out;
        for (int i = 0; i < 3; ++i)
            out << (q.value(i).isNull() ? QStringLiteral("-") : q.value(i).toString());
        return out.join(QLatin1Char(' '));
    }
    // A task's progress entries as the window lists them: date|author|text.
    QStringList progress(const QString &measure)
    {
        QSqlQuery q(m_ledger->database());
        q.prepare(QStringLiteral("SELECT id FROM tasks WHERE measure = ?"));
        q.addBindValue(measure);
        EXPECT_TRUE(q.exec());
        if (!q.next())
            return { QStringLiteral("<none>") };
        auto entries = m_ledger->progress(q.value(0).toLongLong());
        EXPECT_TRUE(entries.ok());
        QStringList out;
        for (const ProgressEntry &e : *entries)
            out << QStringLiteral("%1|%2|%3").arg(knownDateText(e.date), e.author, e.text);
        return out;
    }

    QTemporaryDir m_dir;
    TempLedger m_ledger;
    ImportOptions m_options;
};

// The ledger of these tests, with a completion and a sign-off date column and
// progress cells that open with dates in the spellings offices use.
const char *datedCsv
    = "序号,反馈问题,整改措施,整改时限,整改进展,完成情况,完成时间,销号日期\n"
      "1,学习不深入,建立学习制度,2023-12-31,2024.1.5 已召开专题会议,已完成,2024年1月5日,\n"
      "1,学习不深入,开展专题学习,2024-06-30,1月5日：制定学习计划,推进中,,\n"
      "1,学习不深入,完善考核办法,2023-12-31,\"2024年1月8日，考核办法已印发\",已销号,2024/1/8,"
      "2024-02-01\n"
      "2,调研不深入,深入基层调研,2023-12-31,已形成调研报告,已完成,,\n"
      "2,调研不深入,健全调研制度,2023-12-31,9月1日 启动调研,已销号,,\n"
      "2,调研不深入,印发调研清单,2023-11-30,2024-01-05 清单已印发,已完成,45300,\n";

} // namespace

TEST(LeadingDate, SpellingsOfficesUse)
{
    EXPECT_EQ(leading("2024.1.5 已召开").date, QDate(2024, 1, 5));
    EXPECT_EQ(leading("2024-01-05 已召开").date, QDate(2024, 1, 5));
    EXPECT_EQ(leading("2024/1/5已召开").date, QDate(2024, 1, 5));
    EXPECT_EQ(leading("2024年1月5日，已召开").date, QDate(2024, 1, 5));
    EXPECT_EQ(leading("２０２４年１月５日：已召开").date, QDate(2024, 1, 5));
    EXPECT_EQ(leading("2024年1月5号 已召开").date, QDate(2024, 1, 5));
    EXPECT_EQ(leading("1月5日：已召开").date, QDate(2024, 1, 5));
    // The separator goes with the date; the text after it stays.
    const char *cell = "2024年1月5日， 考核办法已印发";
    const LeadingDate d = leading(cell);
    EXPECT_EQ(std::string_view(cell).substr(d.length), "考核办法已印发");
    EXPECT_EQ(std::string_view("1月5日：制定计划").substr(leading("1月5日：制定计划").length),
        "制定计划");
    // "— ": the export's mark of an unknown date, taken off the text.
    const LeadingDate dash = leading("— 已形成调研报告");
    EXPECT_TRUE(dash.found);
    EXPECT_EQ(dash.problem, LeadingDate::Problem::None);
    EXPECT_FALSE(dash.date.isValid());
    EXPECT_EQ(std::string_view("— 已形成调研报告").substr(dash.length), "已形成调研报告");
    EXPECT_FALSE(leading("—已形成").found);
    EXPECT_TRUE(isUnknownDateMark("—"));
    EXPECT_TRUE(isUnknownDateMark(" 不详 "));
    EXPECT_FALSE(isUnknownDateMark("2024-01-05"));
    // Not a date at the start: nothing found.
    for (const char *text : { "已召开会议", "2024年1月已召开", "2024.1", "第1月5日", "12345 项",
             "1.5 已召开", "2024.1.5.3 条", "" })
        EXPECT_FALSE(leading(text).found) << text;
}

TEST(LeadingDate, MonthAndDayTakeTheLatestYearNotAfterTheImport)
{
    // Import on 2024-03-15, feedback on 2023-10-10.
    EXPECT_EQ(leading("3月15日 开会").date, QDate(2024, 3, 15));
    // 2023-03-16 would be before the feedback: no year fits.
    EXPECT_EQ(leading("3月16日 开会").problem, LeadingDate::Problem::NoYear);
    EXPECT_EQ(leading("12月20日 开会").date, QDate(2023, 12, 20));
    EXPECT_EQ(leading("10月10日 开会").date, QDate(2023, 10, 10));
    EXPECT_EQ(leading("9月1日 开会").problem, LeadingDate::Problem::NoYear);
    // Without a feedback date, the latest year not after the import.
    EXPECT_EQ(parseLeadingDate("9月1日 开会", importDay, QDate()).date, QDate(2023, 9, 1));
    EXPECT_EQ(
        parseLeadingDate("2月29日 开会", QDate(2025, 3, 1), QDate()).date, QDate(2024, 2, 29));
    EXPECT_EQ(leading("2024.2.30 开会").problem, LeadingDate::Problem::NoSuchDate);
    EXPECT_EQ(leading("13月1日 开会").problem, LeadingDate::Problem::NoSuchDate);
    EXPECT_EQ(leading("2024.3.16 开会").problem, LeadingDate::Problem::Future);
}

TEST_F(OwnDates, CompletionDatesFromTheirColumnsAndUnknownOtherwise)
{
    const ImportReport r = import(write(datedCsv));
    ASSERT_TRUE(r.committed) << r.text().toStdString();
    EXPECT_EQ(r.errorCount, 0) << r.text().toStdString();
    EXPECT_EQ(dates(QStringLiteral("建立学习制度")), QStringLiteral("completed 2024-01-05 -"));
    EXPECT_EQ(
        dates(QStringLiteral("完善考核办法")), QStringLiteral("closed 2024-01-08 2024-02-01"));
    EXPECT_EQ(dates(QStringLiteral("印发调研清单")), QStringLiteral("completed 2024-01-09 -"));
    // Done without a date: unknown, never the import day.
    EXPECT_EQ(dates(QStringLiteral("深入基层调研")), QStringLiteral("completed - -"));
    EXPECT_EQ(dates(QStringLiteral("健全调研制度")), QStringLiteral("closed - -"));
    EXPECT_EQ(dates(QStringLiteral("开展专题学习")), QStringLiteral("in_progress - -"));
}

TEST_F(OwnDates, ProgressKeepsTheDateItOpensWithAndIsSignedByTheImport)
{
    const ImportReport r = import(write(datedCsv));
    ASSERT_TRUE(r.committed) << r.text().toStdString();
    const QString by = ProgressEntry::importAuthor();
    EXPECT_EQ(progress(QStringLiteral("建立学习制度")),
        QStringList { QStringLiteral("2024-01-05|%1|已召开专题会议").arg(by) });
    EXPECT_EQ(progress(QStringLiteral("开展专题学习")),
        QStringList { QStringLiteral("2024-01-05|%1|制定学习计划").arg(by) });
    EXPECT_EQ(progress(QStringLiteral("完善考核办法")),
        QStringList { QStringLiteral("2024-01-08|%1|考核办法已印发").arg(by) });
    // No date: unknown ("—"), the text as written.
    EXPECT_EQ(progress(QStringLiteral("深入基层调研")),
        QStringList { QStringLiteral("—|%1|已形成调研报告").arg(by) });
    // A month and day whose year would fall before the feedback: unknown, the text
    // kept whole, and a warning on the row.
    EXPECT_EQ(progress(QStringLiteral("健全调研制度")),
        QStringList { QStringLiteral("—|%1|9月1日 启动调研").arg(by) });
    bool warned = false;
    for (const ImportIssue &i : r.issues)
        warned = warned || (i.row == 6 && i.message.contains(QStringLiteral("9月1日")));
    EXPECT_TRUE(warned) << r.text().toStdString();
    // Shown translated, stored as the marker; the admin ran the import.
    EXPECT_EQ(progressAuthorLabel(by), QStringLiteral("Import"));
    EXPECT_NE(m_ledger->actor(), by);

    // The same file again changes nothing: no second entry, no new date.
    const ImportReport again = import(write(datedCsv));
    EXPECT_EQ(again.tasks.unchanged, 6) << again.text().toStdString();
    EXPECT_EQ(again.progressAdded, 0);
    EXPECT_EQ(progress(QStringLiteral("深入基层调研")).size(), 1);
}

TEST_F(OwnDates, BadAndFutureCompletionDatesAreErrorsOnTheirRow)
{
    const ImportReport r = import(write("序号,反馈问题,整改措施,整改时限,完成情况,完成日期\n"
                                        "1,问题,措施一,2023-12-31,已完成,2024-03-16\n"
                                        "1,问题,措施二,2023-12-31,已完成,上半年\n"
                                        "1,问题,措施三,2023-12-31,推进中,2024-01-01\n"));
    EXPECT_FALSE(r.committed);
    EXPECT_EQ(r.errorCount, 2) << r.text().toStdString();
    QStringList where;
    for (const ImportIssue &i : r.issues)
        where << QStringLiteral("%1:%2:%3")
                     .arg(i.row)
                     .arg(i.column)
                     .arg(i.severity == ImportIssue::Severity::Error ? QLatin1Char('E')
                                                                     : QLatin1Char('W'));
    EXPECT_TRUE(where.contains(QStringLiteral("2:5:E"))) << where.join(u' ').toStdString();
    EXPECT_TRUE(where.contains(QStringLiteral("3:5:E"))) << where.join(u' ').toStdString();
    // A date on a task that is not done is not imported, with a warning.
    EXPECT_TRUE(where.contains(QStringLiteral("4:5:W"))) << where.join(u' ').toStdString();
}

TEST_F(OwnDates, CompletionTimeIsTheDeadlineInAPlanWithoutOne)
{
    const ImportReport r = import(write("序号,反馈问题,整改措施,完成时间,完成情况\n"
                                        "1,问题,措施一,2024年6月底,推进中\n"));
    ASSERT_TRUE(r.committed) << r.text().toStdString();
    ASSERT_EQ(r.columns.size(), 5);
    EXPECT_EQ(r.columns.at(3).field, ImportField::Deadline);
    QSqlQuery q(m_ledger->database());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT deadline FROM tasks")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("2024-06-30"));
    EXPECT_EQ(matchHeader(QStringLiteral("完成时间")), ImportField::CompletedOn);
    EXPECT_EQ(matchHeader(QStringLiteral("销号时间")), ImportField::ClosedOn);
    EXPECT_EQ(matchHeader(QStringLiteral("完成日期")), ImportField::CompletedOn);
    EXPECT_EQ(matchHeader(QStringLiteral("销号日期")), ImportField::ClosedOn);
}

TEST_F(OwnDates, WorkbookTypedDatesAsTheCsvText)
{
    const QString file = m_dir.filePath(QStringLiteral("dated.xlsx"));
    lxw_workbook *book = workbook_new(QFile::encodeName(file).constData());
    lxw_worksheet *sheet = workbook_add_worksheet(book, "台账");
    lxw_format *date = workbook_add_format(book);
    format_set_num_format(date, "yyyy\"年\"m\"月\"d\"日\"");
    const char *header[] = { "序号", "反馈问题", "整改措施", "整改时限", "整改进展", "完成情况",
        "完成时间", "销号时间" };
    for (lxw_col_t c = 0; c < 8; ++c)
        worksheet_write_string(sheet, 0, c, header[c], nullptr);
    worksheet_merge_range(sheet, 1, 0, 2, 0, "1", nullptr);
    worksheet_merge_range(sheet, 1, 1, 2, 1, "学习不深入", nullptr);
    worksheet_write_string(sheet, 1, 2, "建立学习制度", nullptr);
    worksheet_write_number(sheet, 1, 3, 45291, date);
    worksheet_write_string(sheet, 1, 4, "2024.1.5 已召开专题会议", nullptr);
    worksheet_write_string(sheet, 1, 5, "已销号", nullptr);
    worksheet_write_number(sheet, 1, 6, 45296, date); // 2024-01-05
    worksheet_write_number(sheet, 1, 7, 45323, date); // 2024-02-01
    worksheet_write_string(sheet, 2, 2, "深入基层调研", nullptr);
    worksheet_write_string(sheet, 2, 4, "已形成调研报告", nullptr);
    worksheet_write_string(sheet, 2, 5, "已完成", nullptr);
    ASSERT_EQ(workbook_close(book), LXW_NO_ERROR);

    const ImportReport r = import(file);
    ASSERT_TRUE(r.committed) << r.text().toStdString();
    EXPECT_EQ(
        dates(QStringLiteral("建立学习制度")), QStringLiteral("closed 2024-01-05 2024-02-01"));
    EXPECT_EQ(dates(QStringLiteral("深入基层调研")), QStringLiteral("completed - -"));
    const QString by = ProgressEntry::importAuthor();
    EXPECT_EQ(progress(QStringLiteral("建立学习制度")),
        QStringList { QStringLiteral("2024-01-05|%1|已召开专题会议").arg(by) });
    EXPECT_EQ(progress(QStringLiteral("深入基层调研")),
        QStringList { QStringLiteral("—|%1|已形成调研报告").arg(by) });
}

TEST_F(OwnDates, StatisticsKeepUnknownCompletionOutOfTheSeriesAndNeverLate)
{
    ASSERT_TRUE(import(write(datedCsv)).committed);
    StatsRequest request;
    request.today = importDay;
    auto s = StatsQuery::compute(*m_ledger, request);
    ASSERT_TRUE(s.ok()) << s.error().toStdString();
    EXPECT_EQ(s->tasks.total, 6);
    EXPECT_EQ(s->tasks.completed, 5); // the undated ones count as done
    EXPECT_EQ(s->tasks.closed, 2);
    // Two done at an unknown date: completed before the import, in no period.
    EXPECT_EQ(s->burnup.undated, 2);
    EXPECT_EQ(s->burnup.completedTotal, 3);
    qint64 last = 0;
    for (const BurnupPoint &p : s->burnup.points) {
        if (p.future)
            continue;
        // Nothing is placed on the import day: the series ends at the dated three.
        EXPECT_LE(p.completed, 3);
        last = p.completed;
    }
    EXPECT_EQ(last, 3);

    // 超期完成: a known date after the deadline is late; an unknown one is not.
    Task late;
    late.status = TaskStatus::Completed;
    late.deadline = QDate(2023, 12, 31);
    late.completedOn = QDate(2024, 1, 5);
    EXPECT_TRUE(isCompletedLate(late));
    late.completedOn = QDate();
    EXPECT_FALSE(isCompletedLate(late));
    late.status = TaskStatus::Closed;
    EXPECT_FALSE(isCompletedLate(late));
}

// export-xlsx, then import into a fresh ledger: the same rows and the same
// statistics, the office layout (title row, merged problems) read back.
TEST(ExportRoundTrip, SampleLedgerThroughExcelAndBack)
{
    const QDate today = importDay;
    TempLedger source;
    ASSERT_TRUE(writeSampleLedger(*source, today).ok());
    auto inspections = source->inspections();
    ASSERT_TRUE(inspections.ok());
    QTemporaryDir dir;
    TempLedger target;
    for (const Inspection &i : *inspections) {
        auto rows = LedgerExport::rows(*source, i.id);
        ASSERT_TRUE(rows.ok());
        if (rows->isEmpty())
            continue;
        const QString file = dir.filePath(QStringLiteral("export-%1.xlsx").arg(i.id));
        XlsxExporter::Options o;
        o.today = today;
        o.inspectionId = i.id;
        auto written = XlsxExporter::write(*source, file, o);
        ASSERT_TRUE(written.ok()) << written.error().toStdString();

        Inspection copy = i;
        copy.id = 0;
        auto id = target->addInspection(copy);
        if (!id.ok()) { // the fresh ledger's default inspection has the name
            auto all = target->inspections();
            ASSERT_TRUE(all.ok());
            for (const Inspection &t : *all)
                if (t.name == i.name)
                    id = t.id;
        }
        ASSERT_TRUE(id.ok()) << id.error().toStdString();
        ImportOptions options;
        options.inspectionId = *id;
        options.today = today;
        rectify::Importer importer(*target);
        auto r = importer.import(file, options);
        ASSERT_TRUE(r.ok()) << r.error().toStdString();
        EXPECT_TRUE(r->committed) << r->text().toStdString();
        EXPECT_EQ(r->errorCount, 0) << r->text().toStdString();
        EXPECT_EQ(r->headerRow, 2); // below the title row
        EXPECT_EQ(r->tasks.added, *written);

        auto back = LedgerExport::rows(*target, *id);
        ASSERT_TRUE(back.ok());
        ASSERT_EQ(back->size(), rows->size());
        for (qsizetype k = 0; k < rows->size(); ++k) {
            for (int c = 0; c < LedgerExport::ColumnCount; ++c) {
                const auto column = static_cast<LedgerExport::Column>(c);
                EXPECT_EQ(LedgerExport::cellText(back->at(k), column),
                    LedgerExport::cellText(rows->at(k), column))
                    << "row " << k << " column " << LedgerExport::headers().at(c).toStdString();
            }
        }
    }

    StatsRequest request;
    request.today = today;
    request.parts = StatsRequest::AllParts & ~StatsRequest::Inspections;
    auto before = StatsQuery::compute(*source, request);
    auto after = StatsQuery::compute(*target, request);
    ASSERT_TRUE(before.ok() && after.ok());
    const auto same = [](const TaskCounts &a, const TaskCounts &b) {
        return a.total == b.total && a.notStarted == b.notStarted && a.inProgress == b.inProgress
            && a.completed == b.completed && a.closed == b.closed && a.longTerm == b.longTerm
            && a.overdue == b.overdue && a.dueSoon == b.dueSoon && a.notice == b.notice
            && a.stale == b.stale && a.noDeadline == b.noDeadline;
    };
    EXPECT_TRUE(same(before->tasks, after->tasks));
    EXPECT_EQ(before->tasks.completed, after->tasks.completed);
    EXPECT_EQ(before->tasks.stale, after->tasks.stale);
    EXPECT_EQ(before->problems.total, after->problems.total);
    EXPECT_EQ(before->problems.completed, after->problems.completed);
    EXPECT_EQ(before->problems.inProgress, after->problems.inProgress);
    ASSERT_EQ(before->units.size(), after->units.size());
    for (qsizetype k = 0; k < before->units.size(); ++k) {
        EXPECT_EQ(before->units.at(k).name, after->units.at(k).name);
        EXPECT_TRUE(same(before->units.at(k).counts, after->units.at(k).counts))
            << before->units.at(k).name.toStdString();
    }
    ASSERT_EQ(before->leaders.size(), after->leaders.size());
    ASSERT_EQ(before->categories.size(), after->categories.size());
    ASSERT_EQ(before->burnup.points.size(), after->burnup.points.size());
    for (qsizetype k = 0; k < before->burnup.points.size(); ++k) {
        EXPECT_EQ(before->burnup.points.at(k).due, after->burnup.points.at(k).due);
        EXPECT_EQ(before->burnup.points.at(k).completed, after->burnup.points.at(k).completed);
    }
    EXPECT_EQ(before->burnup.undated, after->burnup.undated);
}

// The exported workbook as LibreOffice prints it, when the machine has it: the
// conversion to PDF succeeds (the layout is looked at by eye, see the docs).
TEST(ExportRoundTrip, LibreOfficePrintsTheExport)
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        GTEST_SKIP() << "LibreOffice (soffice) is not installed";
    TempLedger l;
    ASSERT_TRUE(writeSampleLedger(*l, importDay).ok());
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("ledger.xlsx"));
    XlsxExporter::Options o;
    o.today = importDay;
    ASSERT_TRUE(XlsxExporter::write(*l, file, o).ok());
    QProcess p;
    p.setWorkingDirectory(dir.path());
    p.start(soffice,
        { QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("lo")),
            QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
            QStringLiteral("--outdir"), dir.path(), file });
    ASSERT_TRUE(p.waitForFinished(240000));
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("ledger.pdf"))))
        << p.readAllStandardError().toStdString();
}

// `rectify-cli history REF` lists the task's progress after its audit trail: an
// imported entry without a date shows "—" and is reported by the import.
TEST(OwnDatesCli, HistoryShowsUnknownDatesAsADash)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("l.sqlite"));
    const QString csv = dir.filePath(QStringLiteral("in.csv"));
    {
        QFile f(csv);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(datedCsv);
    }
    const auto run = [&](QStringList args) {
        args.prepend(db);
        args.prepend(QStringLiteral("--db"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("RECTIFY_LANG"), QStringLiteral("en"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(RECTIFY_CLI_PATH), args);
        EXPECT_TRUE(p.waitForFinished(60000));
        EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
        return QString::fromUtf8(p.readAllStandardOutput());
    };
    run({ QStringLiteral("import"), csv, QStringLiteral("--feedback-date"),
        QStringLiteral("2023-10-10") });
    // Task 2.1 (深入基层调研): done, its progress without a date.
    const QString undated = run({ QStringLiteral("history"), QStringLiteral("2.1") });
    EXPECT_TRUE(undated.contains(QStringLiteral("Progress:"))) << undated.toStdString();
    EXPECT_TRUE(undated.contains(QStringLiteral("  — Import: 已形成调研报告")))
        << undated.toStdString();
    // Task 1.1: the date its cell opened with.
    const QString dated = run({ QStringLiteral("history"), QStringLiteral("1.1") });
    EXPECT_TRUE(dated.contains(QStringLiteral("  2024-01-05 Import: 已召开专题会议")))
        << dated.toStdString();
}

TEST_F(OwnDates, NoUserCanTakeTheImportsName)
{
    User u;
    u.name = ProgressEntry::importAuthor();
    u.role = UserRole::Official;
    EXPECT_FALSE(m_ledger->addUser(u).ok());
    u.name = QStringLiteral("导入");
    EXPECT_TRUE(m_ledger->addUser(u).ok()); // only the marker is reserved
}

// Unknown dates leave as "—" (the progress cell opens with it, the date columns
// hold it) and come back unknown: never the day of the export or of the import.
TEST_F(OwnDates, UnknownDatesExportAsADashAndImportBackUnknown)
{
    ASSERT_TRUE(import(write(datedCsv)).committed);
    auto rows = LedgerExport::rows(*m_ledger, m_options.inspectionId);
    ASSERT_TRUE(rows.ok());
    QHash<QString, const ExportRow *> byMeasure;
    for (const ExportRow &r : *rows)
        byMeasure.insert(r.task.measure, &r);
    const ExportRow &undated = *byMeasure.value(QStringLiteral("深入基层调研"));
    EXPECT_EQ(LedgerExport::cellText(undated, LedgerExport::Progress),
        QStringLiteral("— 已形成调研报告"));
    EXPECT_EQ(LedgerExport::cellText(undated, LedgerExport::CompletedOn), QStringLiteral("—"));
    EXPECT_EQ(LedgerExport::cellText(undated, LedgerExport::ClosedOn), QString());
    const ExportRow &closed = *byMeasure.value(QStringLiteral("健全调研制度"));
    EXPECT_EQ(LedgerExport::cellText(closed, LedgerExport::ClosedOn), QStringLiteral("—"));
    const ExportRow &dated = *byMeasure.value(QStringLiteral("完善考核办法"));
    EXPECT_EQ(LedgerExport::cellText(dated, LedgerExport::Progress),
        QStringLiteral("2024-01-08 考核办法已印发"));
    EXPECT_EQ(
        LedgerExport::cellText(dated, LedgerExport::CompletedOn), QStringLiteral("2024-01-08"));
    EXPECT_EQ(LedgerExport::cellText(dated, LedgerExport::ClosedOn), QStringLiteral("2024-02-01"));
    const ExportRow &open = *byMeasure.value(QStringLiteral("开展专题学习"));
    EXPECT_EQ(LedgerExport::cellText(open, LedgerExport::CompletedOn), QString());

    // Through the workbook into a fresh ledger, a day later.
    const QString file = m_dir.filePath(QStringLiteral("back.xlsx"));
    XlsxExporter::Options o;
    o.today = importDay;
    o.inspectionId = m_options.inspectionId;
    ASSERT_TRUE(XlsxExporter::write(*m_ledger, file, o).ok());
    TempLedger other;
    Inspection i;
    i.name = QStringLiteral("2023年省委巡视反馈");
    i.feedbackDate = feedback;
    auto id = other->addInspection(i);
    ASSERT_TRUE(id.ok());
    ImportOptions options;
    options.inspectionId = *id;
    options.today = importDay.addDays(1);
    rectify::Importer importer(*other);
    auto r = importer.import(file, options);
    ASSERT_TRUE(r.ok() && r->committed) << (r.ok() ? r->text() : r.error()).toStdString();
    EXPECT_EQ(r->errorCount, 0) << r->text().toStdString();
    auto back = LedgerExport::rows(*other, *id);
    ASSERT_TRUE(back.ok());
    ASSERT_EQ(back->size(), rows->size());
    for (qsizetype k = 0; k < rows->size(); ++k) {
        for (int c = 0; c < LedgerExport::ColumnCount; ++c) {
            const auto column = static_cast<LedgerExport::Column>(c);
            EXPECT_EQ(LedgerExport::cellText(back->at(k), column),
                LedgerExport::cellText(rows->at(k), column))
                << k << ' ' << LedgerExport::headers().at(c).toStdString();
        }
    }
}
