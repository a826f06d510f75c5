// The merge without a file: rows handed over by a row source held in memory become
// problems and tasks, and a bad cell is an error naming its row and column, the
// same as for the rows of a CSV file.
#include "import/importer.h"
#include "tests/support/templedger.h"

#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace rectify;
using rectify::test::TempLedger;

namespace {

// Rows given as text, the first being the header; row numbers as in a file (the
// header on row 1).
class MemorySource final : public RowSource
{
public:
    explicit MemorySource(std::vector<std::vector<std::string>> rows)
        : m_rows(std::move(rows))
    { }
    Q_DISABLE_COPY_MOVE(MemorySource)

    Status open() override
    {
        m_next = 1;
        return {};
    }
    SourceDescription description() const override { return {}; }
    QString path() const override { return QStringLiteral("memory"); }
    qint64 headerRow() const override { return 1; }
    QVector<ImportColumn> columns() const override { return columnsOf(m_rows.front(), {}); }
    QVector<QStringList> sampleRows(int, QVector<qint64> *) const override { return {}; }
    bool next(SourceRow &row) override
    {
        if (m_next >= m_rows.size())
            return false;
        row = SourceRow();
        row.number = static_cast<qint64>(m_next) + 1;
        for (const std::string &c : m_rows[m_next])
            row.cells.emplace_back(c);
        ++m_next;
        return true;
    }
    Status status() const override { return {}; }
    std::optional<SourceProblem> stoppedAt() const override { return std::nullopt; }
    qint64 size() const override { return static_cast<qint64>(m_rows.size()); }
    qint64 bytesRead() const override { return static_cast<qint64>(m_next); }
    QByteArray sha256() override { return QByteArray(32, '\0'); }

private:
    std::vector<std::vector<std::string>> m_rows;
    std::size_t m_next = 1;
};

class LedgerMergeTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Inspection i;
        i.name = QStringLiteral("2023年省委巡视反馈");
        i.feedbackDate = QDate(2023, 10, 10);
        auto id = m_ledger->addInspection(i);
        ASSERT_TRUE(id.ok()) << id.error().toStdString();
        m_options.inspectionId = *id;
        m_options.today = QDate(2024, 3, 15);
    }
    qint64 count(const QString &sql)
    {
        QSqlQuery q(m_ledger->database());
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
        return q.next() ? q.value(0).toLongLong() : -1;
    }

    // A problem on row 2 with a task, and a second task on row 3 with this deadline.
    Result<ImportReport> importTwoTasks(const char *secondDeadline)
    {
        MemorySource source({
            { "序号", "反馈问题", "整改措施", "整改时限" },
            { "1", "理论学习不深入", "建立学习制度", "2024-06-30" },
            { "", "", "开展专题学习", secondDeadline },
        });
        Importer importer(*m_ledger);
        return importer.import(source, m_options);
    }

    TempLedger m_ledger;
    ImportOptions m_options;
};

} // namespace

TEST_F(LedgerMergeTest, RowsWithoutAFileBecomeAProblemAndATask)
{
    auto r = importTwoTasks("长期坚持");
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    EXPECT_TRUE(r->committed);
    EXPECT_EQ(r->errorCount, 0) << r->text().toStdString();
    EXPECT_TRUE(r->source.isEmpty()); // nothing CSV about it
    EXPECT_EQ(r->problems.added, 1);
    EXPECT_EQ(r->tasks.added, 2);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM problems WHERE code = '1'")), 1);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM tasks")), 2);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM tasks WHERE deadline = '2024-06-30'")), 1);
    // The import is audited like a file's.
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'import'")), 1);
}

TEST_F(LedgerMergeTest, AnErrorNamesItsRowAndColumnAndNothingIsWritten)
{
    auto r = importTwoTasks("明年");
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    EXPECT_FALSE(r->committed);
    ASSERT_EQ(r->errorCount, 1);
    const ImportIssue &issue = r->issues.front();
    EXPECT_EQ(issue.row, 3);
    EXPECT_EQ(issue.column, 3);
    EXPECT_EQ(issue.header, QStringLiteral("整改时限"));
    EXPECT_TRUE(issue.text().contains(QStringLiteral("Row 3, column D")))
        << issue.text().toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM tasks")), 0);
}

TEST_F(LedgerMergeTest, ASourcesOwnProblemIsAnErrorOfItsRow)
{
    MemorySource source({
        { "序号", "反馈问题", "整改措施" },
        { "1", "理论学习不深入", "建立学习制度" },
    });
    // A source that cannot read a cell says so; the merge reports it as it would a CSV's.
    class Damaged final : public RowSource
    {
    public:
        explicit Damaged(MemorySource &inner)
            : m_inner(inner)
        { }
        Status open() override { return m_inner.open(); }
        SourceDescription description() const override { return {}; }
        QString path() const override { return m_inner.path(); }
        qint64 headerRow() const override { return m_inner.headerRow(); }
        QVector<ImportColumn> columns() const override { return m_inner.columns(); }
        QVector<QStringList> sampleRows(int, QVector<qint64> *) const override { return {}; }
        bool next(SourceRow &row) override
        {
            if (!m_inner.next(row))
                return false;
            row.problems.push_back({ row.number, 1, QStringLiteral("unreadable") });
            row.unreadableCells.push_back(1);
            return true;
        }
        Status status() const override { return {}; }
        std::optional<SourceProblem> stoppedAt() const override { return std::nullopt; }
        qint64 size() const override { return m_inner.size(); }
        qint64 bytesRead() const override { return m_inner.bytesRead(); }
        QByteArray sha256() override { return m_inner.sha256(); }

    private:
        MemorySource &m_inner;
    } damaged(source);
    Importer importer(*m_ledger);
    auto r = importer.analyse(damaged, m_options);
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    ASSERT_GE(r->errorCount, 1);
    EXPECT_EQ(r->issues.front().row, 2);
    EXPECT_EQ(r->issues.front().column, 1);
    // The problem's own text is unreadable: the problem is not counted as added.
    EXPECT_EQ(r->problems.added, 0);
    EXPECT_EQ(r->skippedRows, 1);
}
