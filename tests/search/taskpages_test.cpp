// The task table read in windows (TaskQuery::idsPage, count, position) on the sample
// ledger, on both backends: the pages put end to end are exactly idsSortedInSql(),
// for every sort key both ways and several filters, whatever the page size (so the
// edges fall everywhere), by offset and by key; the count and each task's position
// agree with the whole list.
#include "sample/sampleledger.h"
#include "search/taskquery.h"
#include "stats/alert.h"
#include "tests/support/templedger.h"

#include <gtest/gtest.h>

using namespace rectify;
using namespace rectify::test;

namespace {

const QDate today(2024, 3, 15);

const TaskSortKey allKeys[] = { TaskSortKey::Ledger, TaskSortKey::Problem, TaskSortKey::Number,
    TaskSortKey::Measure, TaskSortKey::LeadUnit, TaskSortKey::Leader, TaskSortKey::Person,
    TaskSortKey::Deadline, TaskSortKey::StatusKey, TaskSortKey::Alert };

class TaskPages : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(writeSampleLedger(*m_ledger, today).ok());
        m_settings = AlertSettings::fromLedger(*m_ledger);
    }

    QVector<TaskFilter> filters()
    {
        QVector<TaskFilter> out;
        out << TaskFilter();
        TaskFilter open;
        open.statuses = { TaskStatus::NotStarted, TaskStatus::InProgress };
        out << open;
        TaskFilter urgent;
        urgent.alerts = { AlertLevel::Red, AlertLevel::Yellow };
        out << urgent;
        TaskFilter text;
        text.text = QStringLiteral("整改");
        out << text;
        TaskFilter none;
        none.text = QStringLiteral("没有这样的文字xyz");
        out << none;
        return out;
    }

    // Every page of `size` read one after the other, as the table fetches them.
    QVector<qint64> byPages(const TaskFilter &filter, const TaskSort &sort, int size, bool keyed)
    {
        const TaskQuery q(today, m_settings);
        QVector<qint64> out;
        for (int guard = 0; guard < 1000; ++guard) {
            auto page = q.idsPage(*m_ledger, filter, sort, out.size(), size,
                keyed && !out.isEmpty() ? out.constLast() : 0);
            EXPECT_TRUE(page.ok()) << (page ? "" : page.error().toStdString());
            if (!page)
                break;
            EXPECT_LE(page->size(), size);
            out += *page;
            if (page->size() < size)
                break;
        }
        return out;
    }

    TempLedger m_ledger;
    AlertSettings m_settings;
};

} // namespace

TEST_F(TaskPages, PagesPutEndToEndAreTheSqlOrderForEverySortAndFilter)
{
    const TaskQuery q(today, m_settings);
    for (const TaskFilter &filter : filters()) {
        for (TaskSortKey key : allKeys) {
            for (const bool descending : { false, true }) {
                const TaskSort sort { key, descending };
                auto want = q.idsSortedInSql(*m_ledger, filter, sort);
                ASSERT_TRUE(want.ok()) << want.error().toStdString();
                if (filter.isEmpty()) {
                    ASSERT_GT(want->size(), 10);
                }
                for (const int size : { 1, 2, 3, 7, 200 }) {
                    for (const bool keyed : { false, true }) {
                        EXPECT_EQ(byPages(filter, sort, size, keyed), *want)
                            << "key " << int(key) << (descending ? " desc" : " asc") << ", page "
                            << size << (keyed ? " keyed" : " by offset") << ", text '"
                            << filter.text.toStdString() << "'";
                    }
                }
                auto count = q.count(*m_ledger, filter);
                ASSERT_TRUE(count.ok());
                EXPECT_EQ(*count, want->size());
            }
        }
    }
}

TEST_F(TaskPages, APositionIsTheRowInTheWholeListAndMinusOneOutsideTheFilter)
{
    const TaskQuery q(today, m_settings);
    auto all = q.idsSortedInSql(*m_ledger, TaskFilter());
    ASSERT_TRUE(all.ok());
    for (const TaskFilter &filter : filters()) {
        for (TaskSortKey key : allKeys) {
            for (const bool descending : { false, true }) {
                const TaskSort sort { key, descending };
                auto want = q.idsSortedInSql(*m_ledger, filter, sort);
                ASSERT_TRUE(want.ok());
                for (qint64 id : *all) {
                    auto at = q.position(*m_ledger, filter, sort, id);
                    ASSERT_TRUE(at.ok()) << at.error().toStdString();
                    EXPECT_EQ(*at, want->indexOf(id))
                        << "task " << id << ", key " << int(key) << (descending ? " desc" : "");
                }
            }
        }
    }
    auto gone = q.position(*m_ledger, TaskFilter(), TaskSort(), 987654321);
    ASSERT_TRUE(gone.ok());
    EXPECT_EQ(*gone, -1);
}

TEST_F(TaskPages, AKeyedPageAfterATaskThatNoLongerMatchesFallsBackToTheOffset)
{
    const TaskQuery q(today, m_settings);
    auto all = q.idsSortedInSql(*m_ledger, TaskFilter());
    ASSERT_TRUE(all.ok());
    auto page = q.idsPage(*m_ledger, TaskFilter(), TaskSort(), 3, 4, 987654321);
    ASSERT_TRUE(page.ok());
    EXPECT_EQ(*page, all->mid(3, 4));
}
