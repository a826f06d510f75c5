// 延期申请 in the task's detail pane: an official of the task's unit asks for a
// later deadline before it passes; a supervisor approves or rejects with a
// reason; what each may not do is disabled, with the reason as its tip.
#include "tests/reporting/reportingfixture.h"
#include "ui/signoff/extensionsection.h"
#include "ui/signoff/signoffcontroller.h"
#include "ui/tasks/taskdetailpane.h"
#include "ui/window/mainwindow.h"
#include "workflow/extensions.h"

#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

namespace rectify::test {
namespace {

class ExtensionPaneTest : public ReportingTest
{
protected:
    int extensionCount()
    {
        auto all = m_ledger->extensions();
        EXPECT_TRUE(all.ok());
        return all.ok() ? int(all->size()) : -1;
    }
};

TEST_F(ExtensionPaneTest, AnOfficialAsksASupervisorApproves)
{
    const qint64 id = taskId(QStringLiteral("1.2")); // 组织人事部, due 2024-03-31
    ExtensionSection section(*m_ledger);
    section.setUser(user(QStringLiteral("孙丽")));
    section.setTask(id);
    section.show();
    EXPECT_TRUE(section.stateLabel()->text().contains(QStringLiteral("Deadline 2024-03-31")));
    ASSERT_TRUE(section.requestButton()->isEnabled())
        << section.requestButton()->toolTip().toStdString();
    EXPECT_FALSE(section.approveButton()->isEnabled());

    // A reason is needed.
    EXPECT_FALSE(section.request(QDate(2024, 4, 30), QString()));
    EXPECT_TRUE(section.noticeLabel()->text().contains(QStringLiteral("reason")));
    EXPECT_EQ(extensionCount(), 0);
    ASSERT_TRUE(section.request(QDate(2024, 4, 30), QStringLiteral("培训师资未落实")));
    EXPECT_EQ(extensionCount(), 1);
    EXPECT_TRUE(section.stateLabel()->text().contains(QStringLiteral("awaits a supervisor")));
    EXPECT_FALSE(section.requestButton()->isEnabled());
    EXPECT_EQ(section.requestButton()->toolTip(), QStringLiteral("A request is already pending."));
    ASSERT_EQ(section.requestList()->count(), 1);
    EXPECT_TRUE(section.requestList()->item(0)->text().contains(QStringLiteral("培训师资未落实")));
    EXPECT_EQ(task(id).deadline, QDate(2024, 3, 31)); // not before the decision

    section.setUser(user(QStringLiteral("周主任")));
    ASSERT_TRUE(section.approveButton()->isEnabled());
    section.decisionReasonEdit()->setText(QStringLiteral("同意"));
    QTest::mouseClick(section.approveButton(), Qt::LeftButton);
    EXPECT_EQ(task(id).deadline, QDate(2024, 4, 30));
    EXPECT_TRUE(section.stateLabel()->text().contains(
        QStringLiteral("Original deadline 2024-03-31, adjusted to 2024-04-30")))
        << section.stateLabel()->text().toStdString();
    EXPECT_FALSE(section.approveButton()->isEnabled());
    EXPECT_TRUE(
        section.requestList()->item(0)->text().contains(QStringLiteral("2024-03-31 → 2024-04-30")));
}

TEST_F(ExtensionPaneTest, ARejectionNeedsAReasonAndKeepsTheDeadline)
{
    const qint64 id = taskId(QStringLiteral("1.2"));
    ASSERT_TRUE(Extensions(*m_ledger, user(QStringLiteral("孙丽")))
                    .request(id, QDate(2024, 5, 31), QStringLiteral("需要更多时间"))
                    .ok());
    ExtensionSection section(*m_ledger);
    section.setUser(user(QStringLiteral("周主任")));
    section.setTask(id);
    ASSERT_TRUE(section.rejectButton()->isEnabled());
    EXPECT_FALSE(section.reject());
    EXPECT_FALSE(section.noticeLabel()->text().isEmpty());
    section.decisionReasonEdit()->setText(QStringLiteral("理由不充分"));
    ASSERT_TRUE(section.reject());
    EXPECT_EQ(task(id).deadline, QDate(2024, 3, 31));
    EXPECT_TRUE(section.requestList()->item(0)->text().contains(QStringLiteral("理由不充分")));
    EXPECT_TRUE(section.requestButton()->isEnabled()); // a supervisor may ask again
}

TEST_F(ExtensionPaneTest, WhatIsNotOffered)
{
    ExtensionSection section(*m_ledger);
    // Another unit's official.
    section.setUser(user(QStringLiteral("钱进")));
    section.setTask(taskId(QStringLiteral("1.2")));
    EXPECT_FALSE(section.requestButton()->isEnabled());
    EXPECT_FALSE(section.requestButton()->toolTip().isEmpty());
    EXPECT_FALSE(section.request(QDate(2024, 4, 30), QStringLiteral("理由")));
    EXPECT_EQ(extensionCount(), 0);
    // A long-term task has no deadline to move.
    section.setTask(taskId(QStringLiteral("2.2")));
    EXPECT_FALSE(section.requestButton()->isEnabled());
    // After the deadline: too late.
    Task late = task(taskId(QStringLiteral("2.1")));
    late.deadline = QDate(2024, 3, 10);
    ASSERT_TRUE(m_ledger->updateTask(late).ok());
    section.setTask(late.id);
    EXPECT_FALSE(section.requestButton()->isEnabled());
    EXPECT_TRUE(section.requestButton()->toolTip().contains(QStringLiteral("has passed")));
    // Nobody chosen.
    section.setUser(std::nullopt);
    section.setTask(taskId(QStringLiteral("1.2")));
    EXPECT_FALSE(section.requestButton()->isEnabled());
    EXPECT_FALSE(section.approveButton()->isEnabled());
}

TEST_F(ExtensionPaneTest, InTheWindowsTaskDetail)
{
    RECTIFY_SQLITE_ONLY("the window opens the ledger file a second time");
    auto ledger = std::make_unique<Ledger>();
    ledger->setActor(QStringLiteral("tester"));
    ledger->setClock(&fixedNow);
    ASSERT_TRUE(ledger->open(m_ledger.path()).ok());
    MainWindow window(std::move(ledger));
    auto *controller = new SignoffController(&window, user(QStringLiteral("孙丽")));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const qint64 id = taskId(QStringLiteral("1.2"));
    window.showTask(id);
    ExtensionSection *section = controller->extensions();
    ASSERT_NE(section, nullptr);
    ASSERT_TRUE(section->requestButton()->isEnabled());
    ASSERT_TRUE(section->request(QDate(2024, 4, 30), QStringLiteral("培训师资未落实")));

    controller->setUser(user(QStringLiteral("周主任")));
    ASSERT_TRUE(section->approveButton()->isEnabled());
    ASSERT_TRUE(section->approve());
    // The pane shows the new deadline.
    EXPECT_EQ(window.detailPane()->deadlineEdit()->date(), QDate(2024, 4, 30));
}

} // namespace
} // namespace rectify::test
