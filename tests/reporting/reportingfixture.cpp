#include "tests/reporting/reportingfixture.h"

#include "import/cellvalues.h"
#include "import/xlsxsheetreader.h"
#include "import/xlsxworkbook.h"
#include "import/zippackage.h"
#include "reporting/roundforms.h"
#include "store/sqlaccess.h"
#include "workflow/workflow.h"

#include <QDir>
#include <xlsxwriter.h>

namespace rectify::test {

QMap<qint64, QStringList> readSheet(const QString &path, const QString &sheet)
{
    QMap<qint64, QStringList> out;
    ZipPackage package;
    EXPECT_TRUE(package.open(path).ok());
    XlsxWorkbook workbook;
    EXPECT_TRUE(workbook.load(package).ok());
    for (const XlsxSheet &s : workbook.sheets()) {
        if (s.name != sheet)
            continue;
        auto layout = XlsxSheetReader::readLayout(package, s.part);
        EXPECT_TRUE(layout.ok());
        XlsxSheetReader reader(workbook, *layout);
        EXPECT_TRUE(reader.open(package, s.part).ok());
        XlsxRow row;
        while (reader.next(row)) {
            QStringList cells;
            for (const std::string &c : row.cells)
                cells << cellText(c);
            out.insert(row.number, cells);
        }
    }
    return out;
}

void writeForm(const QString &path, const QMap<qint64, QStringList> &main,
    const QMap<qint64, QStringList> &keys)
{
    lxw_workbook *book = workbook_new(QFile::encodeName(path).constData());
    ASSERT_NE(book, nullptr);
    const QByteArray mainName = RoundForms::mainSheet().toUtf8();
    const QByteArray keyName = RoundForms::keySheet().toUtf8();
    lxw_worksheet *m = workbook_add_worksheet(book, mainName.constData());
    lxw_worksheet *k = workbook_add_worksheet(book, keyName.constData());
    const auto fill = [](lxw_worksheet *sheet, const QMap<qint64, QStringList> &rows) {
        for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
            for (int c = 0; c < it->size(); ++c) {
                if (it->at(c).isEmpty())
                    continue;
                const QByteArray utf8 = it->at(c).toUtf8();
                worksheet_write_string(sheet, static_cast<lxw_row_t>(it.key() - 1),
                    static_cast<lxw_col_t>(c), utf8.constData(), nullptr);
            }
        }
    };
    fill(m, main);
    fill(k, keys);
    worksheet_hide(k);
    ASSERT_EQ(workbook_close(book), LXW_NO_ERROR);
}

void fillLedger(Ledger &ledger)
{
    auto inspection = ledger.defaultInspection();
    ASSERT_TRUE(inspection.ok()) << inspection.error().toStdString();
    const auto problem = [&](const char *code, const char *title) {
        Problem p;
        p.inspectionId = inspection->id;
        p.code = QString::fromUtf8(code);
        p.title = QString::fromUtf8(title);
        auto id = ledger.addProblem(p);
        EXPECT_TRUE(id.ok()) << id.error().toStdString();
        return id.ok() ? *id : 0;
    };
    const auto task = [&](qint64 problemId, const char *measure, QDate deadline, const char *lead,
                          const char *co, TaskStatus status) {
        Task t;
        t.problemId = problemId;
        t.measure = QString::fromUtf8(measure);
        t.deadline = deadline;
        t.longTerm = !deadline.isValid();
        t.status = status;
        if (status == TaskStatus::Completed)
            t.completedOn = QDate(2024, 3, 1);
        t.responsibilities.leadUnits = { QString::fromUtf8(lead) };
        if (co)
            t.responsibilities.coUnits = { QString::fromUtf8(co) };
        auto id = ledger.addTask(t);
        EXPECT_TRUE(id.ok()) << id.error().toStdString();
    };
    const qint64 p1 = problem("1", "基层党组织建设薄弱");
    task(p1, "制定党建工作责任清单", QDate(2024, 6, 30), "组织人事部", "办公室",
        TaskStatus::InProgress);
    task(p1, "开展专题培训", QDate(2024, 3, 31), "组织人事部", nullptr, TaskStatus::NotStarted);
    const qint64 p2 = problem("2", "招商引资项目跟踪不力");
    task(
        p2, "建立项目台账", QDate(2024, 4, 30), "投资促进局", "组织人事部", TaskStatus::InProgress);
    task(p2, "定期调度项目进展", QDate(), "投资促进局", nullptr, TaskStatus::InProgress);
    const qint64 p3 = problem("3", "财务管理不规范");
    task(p3, "清理往来款项", QDate(2024, 2, 28), "财务科", nullptr, TaskStatus::Completed);
    const struct
    {
        const char *name;
        UserRole role;
        const char *unit;
    } users[] = { { "周主任", UserRole::Supervisor, "督查室" },
        { "孙丽", UserRole::Official, "组织人事部" },
        { "钱进", UserRole::Official, "投资促进局" } };
    for (const auto &u : users) {
        User x;
        x.name = QString::fromUtf8(u.name);
        x.role = u.role;
        x.unit = QString::fromUtf8(u.unit);
        ASSERT_TRUE(ledger.addUser(x).ok());
    }
}

void ReportingTest::SetUp()
{
    fillLedger(*m_ledger);
}

User ReportingTest::user(const QString &name)
{
    auto u = m_ledger->findUser(name);
    EXPECT_TRUE(u.ok() && u->has_value()) << name.toStdString();
    return u.ok() && u->has_value() ? **u : User();
}

Task ReportingTest::task(qint64 id)
{
    auto t = m_ledger->task(id);
    EXPECT_TRUE(t.ok()) << t.error().toStdString();
    return t.ok() ? *t : Task();
}

qint64 ReportingTest::taskId(const QString &ref)
{
    auto id = Workflow::findTask(*m_ledger, ref);
    EXPECT_TRUE(id.ok()) << id.error().toStdString();
    return id.ok() ? *id : 0;
}

qint64 ReportingTest::auditCount()
{
    auto q = SqlAccess::exec(*m_ledger, QStringLiteral("SELECT count(*) FROM audit_log"));
    EXPECT_TRUE(q.ok());
    return q.ok() && q->next() ? q->value(0).toLongLong() : -1;
}

Round ReportingTest::openRound(const QString &name, const QDate &due)
{
    auto round = Rounds(*m_ledger, user(QStringLiteral("周主任"))).open(name, due);
    EXPECT_TRUE(round.ok()) << round.error().toStdString();
    return round.ok() ? *round : Round();
}

QString ReportingTest::formOf(const Round &round, const QString &unit, bool csv)
{
    const QString folder = QDir(m_ledger.dir()).filePath(QStringLiteral("forms"));
    auto files = FormWriter::write(*m_ledger, round, folder,
        csv ? FormWriter::Format::Csv : FormWriter::Format::Xlsx, { unit });
    EXPECT_TRUE(files.ok()) << files.error().toStdString();
    EXPECT_EQ(files.ok() ? files->size() : 0, 1);
    return files.ok() && !files->isEmpty() ? files->first() : QString();
}

CollectResult ReportingTest::collect(const QString &path, FormCollector::Options options)
{
    return FormCollector(*m_ledger, user(QStringLiteral("周主任"))).collect(path, options);
}

QString ReportingTest::filled(
    const QString &form, const QString &name, const QList<std::tuple<QString, int, QString>> &cells)
{
    auto main = readSheet(form, RoundForms::mainSheet());
    const auto keys = readSheet(form, RoundForms::keySheet());
    for (const auto &[ref, column, text] : cells) {
        bool found = false;
        for (auto it = main.begin(); it != main.end(); ++it) {
            if (it->value(0) == ref && it.key() > 4) {
                while (it->size() <= column)
                    it->append(QString());
                (*it)[column] = text;
                found = true;
                break;
            }
        }
        EXPECT_TRUE(found) << ref.toStdString();
    }
    const QString path = QDir(m_ledger.dir()).filePath(name);
    writeForm(path, main, keys);
    return path;
}

} // namespace rectify::test
