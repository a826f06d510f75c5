// 销号 asks first: the task and its measure, "确认销号？", an optional comment
// kept with the sign-off and shown in the history; Esc or 取消 signs nothing off.
#include "tests/ui/historyfixture.h"
#include "ui/audit/audittable.h"
#include "ui/signoff/signoffconfirmdialog.h"
#include "ui/signoff/signoffpanel.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTranslator>

using namespace rectify;
using namespace rectify::test;

namespace {

void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

class SignoffConfirmTest : public HistoryTest
{
protected:
    void SetUp() override
    {
        HistoryTest::SetUp();
        m_panel = std::make_unique<SignoffPanel>(*m_ledger);
        m_panel->setUser(user(QStringLiteral("zhao")));
        m_panel->setTask(m_tasks[0]);
        m_panel->resize(600, 700);
        m_panel->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_panel.get()));
        ASSERT_TRUE(m_panel->closeButton()->isEnabled());
    }

    TaskStatus status() { return m_ledger->task(m_tasks[0])->status; }

    std::unique_ptr<SignoffPanel> m_panel;
};

} // namespace

TEST_F(SignoffConfirmTest, EscapeCancelsAndNothingIsSignedOff)
{
    typeText(m_panel->textEdit(), QStringLiteral("评估合格"));
    QString shownTask;
    QString shownComment;
    whenDialogOpens<SignoffConfirmDialog>([&](SignoffConfirmDialog *d) {
        shownTask = d->taskLabel()->text();
        shownComment = d->commentEdit()->toPlainText();
        QTest::keyClick(d->commentEdit(), Qt::Key_Escape);
    });
    QTest::mouseClick(m_panel->closeButton(), Qt::LeftButton);
    EXPECT_EQ(shownTask, QStringLiteral("Task 4.1: 建立台账管理制度"));
    // What was typed under the task is offered as the comment.
    EXPECT_EQ(shownComment, QStringLiteral("评估合格"));
    EXPECT_EQ(status(), TaskStatus::Completed);
    EXPECT_TRUE(m_panel->closeButton()->isEnabled());
    // The text typed stays for the next try.
    EXPECT_EQ(m_panel->textEdit()->toPlainText(), QStringLiteral("评估合格"));
}

TEST_F(SignoffConfirmTest, CancelButtonCancels)
{
    whenDialogOpens<SignoffConfirmDialog>(
        [](SignoffConfirmDialog *d) { QTest::mouseClick(d->cancelButton(), Qt::LeftButton); });
    EXPECT_FALSE(m_panel->signOff());
    EXPECT_EQ(status(), TaskStatus::Completed);
}

TEST_F(SignoffConfirmTest, TheCommentIsKeptAndShownInTheHistory)
{
    whenDialogOpens<SignoffConfirmDialog>([](SignoffConfirmDialog *d) {
        typeText(d->commentEdit(), QStringLiteral("经现场核查"));
        QTest::mouseClick(d->okButton(), Qt::LeftButton);
    });
    QTest::mouseClick(m_panel->closeButton(), Qt::LeftButton);
    EXPECT_EQ(status(), TaskStatus::Closed);
    AuditTable *history = m_panel->history();
    bool found = false;
    for (int row = 0; row < history->rowCount(); ++row) {
        if (history->item(row, AuditTable::NewColumn)->text() == QLatin1String("Signed off")) {
            found = true;
            EXPECT_EQ(
                history->item(row, AuditTable::ReasonColumn)->text(), QStringLiteral("经现场核查"));
            EXPECT_EQ(
                history->item(row, AuditTable::WhatColumn)->text(), QStringLiteral("Task 4.1"));
            EXPECT_EQ(history->item(row, AuditTable::UserColumn)->text(), QStringLiteral("zhao"));
        }
    }
    EXPECT_TRUE(found);
    // Stored with the sign-off's audit entries.
    auto log = m_ledger->auditLog(QStringLiteral("task"), m_tasks[0]);
    ASSERT_TRUE(log.ok());
    EXPECT_EQ(log->last().reason, QStringLiteral("经现场核查"));
}

TEST_F(SignoffConfirmTest, WithoutACommentItStillSignsOff)
{
    whenDialogOpens<SignoffConfirmDialog>([](SignoffConfirmDialog *d) {
        EXPECT_TRUE(d->commentEdit()->toPlainText().isEmpty());
        QTest::keyClick(d->commentEdit(), Qt::Key_Tab);
        QTest::mouseClick(d->okButton(), Qt::LeftButton);
    });
    EXPECT_TRUE(m_panel->signOff());
    EXPECT_EQ(status(), TaskStatus::Closed);
}

TEST_F(SignoffConfirmTest, ChineseDialog)
{
    QTranslator translator;
    ASSERT_TRUE(translator.load(QStringLiteral(":/i18n/signoff_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);
    QStringList texts;
    whenDialogOpens<SignoffConfirmDialog>([&](SignoffConfirmDialog *d) {
        for (QLabel *l : d->findChildren<QLabel *>())
            texts << l->text();
        texts << d->okButton()->text() << d->cancelButton()->text() << d->windowTitle();
        // RECTIFY_SHOT_DIR: where to keep a picture of the dialog, to look at.
        if (const QString dir = qEnvironmentVariable("RECTIFY_SHOT_DIR"); !dir.isEmpty())
            d->grab().save(dir + QStringLiteral("/signoff_confirm_zh.png"));
        QTest::keyClick(d, Qt::Key_Escape);
    });
    EXPECT_FALSE(m_panel->signOff());
    QCoreApplication::removeTranslator(&translator);
    EXPECT_TRUE(texts.contains(QStringLiteral("确认销号？")))
        << texts.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(texts.contains(QStringLiteral("任务 4.1：建立台账管理制度")));
    EXPECT_TRUE(texts.contains(QStringLiteral("确定")))
        << texts.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(texts.contains(QStringLiteral("取消")));
    EXPECT_TRUE(texts.contains(QStringLiteral("销号")));
}
