// The import's path into a ledger without tasks (secondary indexes rebuilt at the
// end, the search index built alongside, a smaller page cache) against its path
// into a ledger that has tasks: the same file gives the same rows, responsibilities,
// progress, audit entries and search results. Also the pieces that path relies on:
// the audit entries' canonical form built from UTF-8, and the keys of the rows seen.
#include "import/importer.h"
#include "import/rowkeys.h"
#include "store/auditchain.h"
#include "tests/support/templedger.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using rectify::AuditChain;
using rectify::ImportOptions;
using rectify::ImportReport;
using rectify::Inspection;
using rectify::Ledger;
using rectify::RowKeys;
using rectify::test::TempLedger;

namespace {

// An Excel-shaped ledger of `problems` problems with `perProblem` tasks each:
// problem cells on a problem's first row only, several units and people per
// cell, every status, deadlines in several spellings, progress on some rows.
QByteArray ledgerCsv(int problems, int perProblem, int badRow = -1)
{
    static const char *const statuses[] = { "未启动", "推进中", "已完成", "已销号" };
    static const char *const deadlines[]
        = { "2024年6月底", "2024/3/31", "长期坚持", "立行立改", "2024-12-31" };
    QByteArray csv = "序号,问题类别,反馈问题,整改措施,整改目标,责任领导,牵头单位,配合单位,"
                     "责任人,整改时限,整改进展,完成情况,佐证材料\r\n";
    int row = 0;
    for (int p = 1; p <= problems; ++p) {
        for (int t = 1; t <= perProblem; ++t, ++row) {
            const QByteArray n = QByteArray::number(p);
            const QByteArray k = QByteArray::number(t);
            if (t == 1)
                csv += n + ",类别" + QByteArray::number(p % 5) + ",\"反馈问题" + n
                    + "：制度执行不到位，\"\"台账\"\"不清\",";
            else
                csv += ",,,";
            csv += "（" + k + "）整改措施" + n + "-" + k + "落实到位,目标" + n + "-" + k + ",领导"
                + QByteArray::number(p % 7) + ",单位" + QByteArray::number(p % 11) + ",\"单位"
                + QByteArray::number((p + t) % 11) + "、单位" + QByteArray::number((p + 3) % 11)
                + "\",责任人" + QByteArray::number(t % 13) + ",";
            csv += row == badRow ? QByteArray("不是日期") : QByteArray(deadlines[(p + t) % 5]);
            csv += ",";
            if ((p + t) % 3 == 0)
                csv += "2024.1." + QByteArray::number(1 + t % 28) + " 已召开专题会议" + n;
            csv += ",";
            csv += statuses[(p * 3 + t) % 4];
            csv += ",佐证" + n + "\r\n";
        }
    }
    return csv;
}

// Every row of a query as text, one line each, in the query's order.
QStringList rows(Ledger &ledger, const QString &sql)
{
    QSqlQuery q(ledger.database());
    EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
    QStringList out;
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells << (q.value(i).isNull() ? QStringLiteral("<null>") : q.value(i).toString());
        out << cells.join(QLatin1Char('|'));
    }
    return out;
}

qint64 number(Ledger &ledger, const QString &sql)
{
    QSqlQuery q(ledger.database());
    EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
    return q.next() ? q.value(0).toLongLong() : -1;
}

// What an import wrote into the inspection named 导入轮次, told by content
// rather than by ids (the two ledgers number their rows differently).
QStringList content(Ledger &ledger)
{
    const QString task = QStringLiteral(
        "(SELECT p.code || '.' || t.number FROM tasks t JOIN problems p ON p.id = t.problem_id "
        "WHERE t.id = %1)");
    const QString inRound
        = QStringLiteral("p.inspection_id = (SELECT id FROM inspections WHERE name = '导入轮次')");
    QStringList out;
    out << QStringLiteral("problems")
        << rows(ledger,
               QStringLiteral("SELECT code, category, title, description, sort_order FROM "
                              "problems p WHERE %1 ORDER BY sort_order")
                   .arg(inRound));
    out << QStringLiteral("tasks")
        << rows(ledger,
               QStringLiteral(
                   "SELECT p.code, t.number, t.measure, t.target, t.deadline, t.long_term, "
                   "t.status, t.completed_on, t.closed_on, t.remarks, t.version FROM tasks t "
                   "JOIN problems p ON p.id = t.problem_id WHERE %1 ORDER BY p.sort_order, "
                   "t.number")
                   .arg(inRound));
    out << QStringLiteral("responsibilities")
        << rows(ledger,
               QStringLiteral(
                   "SELECT %1, r.role, u.name, pe.name, r.position FROM responsibilities r "
                   "JOIN tasks t ON t.id = r.task_id JOIN problems p ON p.id = t.problem_id "
                   "LEFT JOIN units u ON u.id = r.unit_id LEFT JOIN people pe ON pe.id = "
                   "r.person_id WHERE %2 ORDER BY p.sort_order, t.number, r.role, r.position")
                   .arg(task.arg(QStringLiteral("r.task_id")), inRound));
    out << QStringLiteral("progress")
        << rows(ledger,
               QStringLiteral(
                   "SELECT %1, e.entry_date, e.text, e.author FROM progress_entries e "
                   "JOIN tasks t ON t.id = e.task_id JOIN problems p ON p.id = t.problem_id "
                   "WHERE %2 ORDER BY p.sort_order, t.number, e.id")
                   .arg(task.arg(QStringLiteral("e.task_id")), inRound));
    out << QStringLiteral("audit")
        << rows(ledger,
               QStringLiteral("SELECT %1, a.user_name, a.field, a.old_value, a.new_value, "
                              "a.reason FROM audit_log a WHERE a.entity = 'task' AND a.entity_id "
                              "IN (SELECT t.id FROM tasks t JOIN problems p ON p.id = "
                              "t.problem_id WHERE %2) ORDER BY a.id")
                   .arg(task.arg(QStringLiteral("a.entity_id")), inRound));
    // The free-text search, as the task list queries it (problem text and the
    // task's own text).
    for (const char *term :
        { "落实到位", "措施12-3", "目标7-", "佐证3", "制度执行", "台账\"不清" }) {
        out << QStringLiteral("search %1").arg(QString::fromUtf8(term))
            << rows(ledger,
                   QStringLiteral(
                       "SELECT %1 FROM tasks t JOIN problems p ON p.id = t.problem_id WHERE %2 "
                       "AND (t.id IN (SELECT rowid FROM task_search WHERE task_search MATCH "
                       "'\"%3\"') OR p.id IN (SELECT rowid FROM problem_search WHERE "
                       "problem_search MATCH '\"%3\"')) ORDER BY p.sort_order, t.number")
                       .arg(task.arg(QStringLiteral("t.id")), inRound,
                           QString::fromUtf8(term).replace(
                               QLatin1Char('"'), QStringLiteral("\"\""))));
    }
    return out;
}

class BulkImport : public ::testing::Test
{
protected:
    void SetUp() override { RECTIFY_SQLITE_ONLY("the bulk path is the SQLite writer's"); }

    QString write(const QByteArray &bytes, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
        return path;
    }
    static ImportOptions options(const QString &round)
    {
        ImportOptions o;
        o.inspectionName = round;
        o.feedbackDate = QDate(2023, 10, 10);
        o.today = QDate(2024, 3, 15);
        return o;
    }
    static rectify::Result<ImportReport> import(
        Ledger &ledger, const QString &path, const QString &round)
    {
        rectify::Importer importer(ledger);
        return importer.import(path, options(round));
    }
    template<typename T> using Result = rectify::Result<T>;

    QTemporaryDir m_dir;
};

} // namespace

TEST(ImportAuditText, CanonicalFormFromUtf8IsTheChainsOwn)
{
    for (const QString &prev : { QString(), QStringLiteral("ab12") }) {
        AuditChain::Row row;
        row.id = 4711;
        row.at = QStringLiteral("2024-03-15T09:00:00.000Z");
        row.user = QStringLiteral("管理员");
        row.entity = QStringLiteral("task");
        row.entityId = qint64(123456789012);
        row.field = QStringLiteral("import");
        row.oldValue = QLatin1String("");
        row.newValue = QStringLiteral("{\"added\":true,\"file\":\"台账 \\\"2024\\\".csv\"}");
        row.reason = QStringLiteral("imported 台账.csv");
        row.prevHash = prev;
        const QByteArray at = row.at.toString().toUtf8(), user = row.user.toString().toUtf8(),
                         value = row.newValue.toString().toUtf8(),
                         reason = row.reason.toString().toUtf8(), hash = prev.toUtf8();
        const auto view = [](const QByteArray &b) {
            return std::string_view(b.constData(), static_cast<std::size_t>(b.size()));
        };
        AuditChain::TextRow text;
        text.id = 4711;
        text.at = view(at);
        text.user = view(user);
        text.entity = "task";
        text.entityId = 123456789012;
        text.field = "import";
        text.oldValue = "";
        text.newValue = view(value);
        text.reason = view(reason);
        text.prevHash = view(hash);
        std::string out = "kept";
        AuditChain::appendCanonical(out, text);
        const QByteArray canonical = AuditChain::canonical(row);
        EXPECT_EQ(out, "kept" + canonical.toStdString());
        EXPECT_EQ(QString::fromLatin1(QCryptographicHash::hash(
                      QByteArray::fromStdString(out.substr(4)), QCryptographicHash::Sha256)
                                          .toHex()),
            AuditChain::hashOf(row));
    }
}

TEST(RowKeysTest, NamesTheFirstRowOfAKeySeenAgain)
{
    RowKeys keys;
    EXPECT_EQ(keys.emplace(42, 7), std::make_pair(qint64(7), true));
    EXPECT_EQ(keys.emplace(42, 9), std::make_pair(qint64(7), false));
    // Zero marks the empty slots inside: a key of 0 is kept all the same.
    EXPECT_EQ(keys.emplace(0, 3), std::make_pair(qint64(3), true));
    EXPECT_EQ(keys.emplace(0, 5), std::make_pair(qint64(3), false));
    // Enough keys to grow the table several times; (problem << 32 | number) keys.
    for (quint64 p = 1; p <= 300; ++p) {
        for (quint64 n = 1; n <= 700; ++n)
            ASSERT_TRUE(keys.emplace(p << 32 | n, qint64(p * 1000 + n)).second);
    }
    EXPECT_EQ(keys.size(), 2u + 300u * 700u);
    for (quint64 p = 1; p <= 300; p += 37) {
        for (quint64 n = 1; n <= 700; n += 53)
            EXPECT_EQ(keys.emplace(p << 32 | n, 1), std::make_pair(qint64(p * 1000 + n), false));
    }
    EXPECT_EQ(keys.emplace(42, 1).first, 7);
    RowKeys none;
    keys.swap(none);
    EXPECT_EQ(keys.size(), 0u);
    EXPECT_TRUE(keys.emplace(42, 1).second);
}

TEST_F(BulkImport, EmptyLedgerAndLedgerWithTasksGiveTheSameLedger)
{
    // More rows than the search index thread takes in a batch (2,048) and than
    // the responsibilities' batch, so that every buffer is flushed at least once.
    const QString path = write(ledgerCsv(450, 7), QStringLiteral("台账.csv"));
    TempLedger empty;
    TempLedger withTasks;
    // A task in another inspection: the importer takes its path for a ledger with tasks.
    const QString other = write(ledgerCsv(1, 1), QStringLiteral("other.csv"));
    auto first = import(*withTasks, other, QStringLiteral("另一轮次"));
    ASSERT_TRUE(first.ok()) << first.error().toStdString();
    ASSERT_EQ(number(*withTasks, QStringLiteral("SELECT count(*) FROM tasks")), 1);

    const QString indexes = QStringLiteral(
        "SELECT name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY name");
    const QStringList indexesBefore = rows(*empty, indexes);
    const qint64 cacheBefore = number(*empty, QStringLiteral("PRAGMA cache_size"));
    for (Ledger *ledger : { &*empty, &*withTasks }) {
        auto r = import(*ledger, path, QStringLiteral("导入轮次"));
        ASSERT_TRUE(r.ok()) << r.error().toStdString();
        ASSERT_TRUE(r->committed) << r->text().toStdString();
        EXPECT_EQ(r->errorCount, 0) << r->text().toStdString();
        EXPECT_EQ(r->tasks.added, 450 * 7);
        auto chain = AuditChain::verify(*ledger);
        ASSERT_TRUE(chain.ok()) << chain.error().toStdString();
        EXPECT_TRUE(chain->intact) << chain->problem.toStdString();
        EXPECT_EQ(
            chain->entries, number(*ledger, QStringLiteral("SELECT count(*) FROM audit_log")));
    }
    // The indexes and triggers set aside during the import are all back, and the
    // connection's page cache is as it was.
    EXPECT_EQ(rows(*empty, indexes), indexesBefore);
    EXPECT_EQ(number(*empty, QStringLiteral("PRAGMA cache_size")), cacheBefore);
    EXPECT_EQ(rows(*empty, QStringLiteral("PRAGMA integrity_check")),
        QStringList { QStringLiteral("ok") });
    EXPECT_EQ(rows(*empty, QStringLiteral("PRAGMA foreign_key_check")), QStringList());

    const QStringList a = content(*empty);
    const QStringList b = content(*withTasks);
    EXPECT_GT(a.size(), 450 * 7 * 6);
    ASSERT_EQ(a.size(), b.size());
    for (qsizetype i = 0; i < a.size(); ++i)
        ASSERT_EQ(a.at(i).toStdString(), b.at(i).toStdString()) << "line " << i;
    // Each search term found something: the comparison is not of empty lists.
    for (const char *term : { "search 落实到位", "search 措施12-3", "search 制度执行" }) {
        const qsizetype at = a.indexOf(QString::fromUtf8(term));
        ASSERT_GE(at, 0) << term;
        ASSERT_LT(at + 1, a.size());
        EXPECT_FALSE(a.at(at + 1).startsWith(QLatin1String("search "))) << term;
    }
}

TEST_F(BulkImport, FailedImportIntoAnEmptyLedgerLeavesItAsItWas)
{
    TempLedger ledger;
    const QString schema
        = QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name");
    const QStringList before = rows(*ledger, schema);
    const qint64 audit = number(*ledger, QStringLiteral("SELECT count(*) FROM audit_log"));
    const qint64 cache = number(*ledger, QStringLiteral("PRAGMA cache_size"));
    // The bad cell is on the last row: every other row went in before the error.
    const int rowsInFile = 400 * 7;
    auto r = import(*ledger, write(ledgerCsv(400, 7, rowsInFile - 1), QStringLiteral("bad.csv")),
        QStringLiteral("导入轮次"));
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    EXPECT_FALSE(r->committed);
    EXPECT_EQ(r->errorCount, 1) << r->text().toStdString();
    for (const char *table : { "problems", "tasks", "responsibilities", "progress_entries", "units",
             "people", "inspections" })
        EXPECT_EQ(
            number(*ledger, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))), 0)
            << table;
    EXPECT_EQ(number(*ledger, QStringLiteral("SELECT count(*) FROM audit_log")), audit);
    EXPECT_EQ(rows(*ledger, schema), before);
    EXPECT_EQ(number(*ledger, QStringLiteral("PRAGMA cache_size")), cache);
    // And the same file without the bad cell imports into it.
    auto good = import(
        *ledger, write(ledgerCsv(400, 7), QStringLiteral("good.csv")), QStringLiteral("导入轮次"));
    ASSERT_TRUE(good.ok()) << good.error().toStdString();
    EXPECT_TRUE(good->committed) << good->text().toStdString();
    EXPECT_EQ(number(*ledger, QStringLiteral("SELECT count(*) FROM tasks")), rowsInFile);
}
