// The audit log in the user's words (store/audittext.h): every kind of entry the
// ledger writes, as the window, the CLI and the export say it, in English and
// in Chinese.
#include "store/audittext.h"
#include "store/ledger.h"
#include "tests/signoff/signofffixture.h"

#include <QCoreApplication>
#include <QTranslator>
#include <memory>

namespace rectify::test {
namespace {

class AuditTextTest : public SignoffTest
{
protected:
    void SetUp() override
    {
        SignoffTest::SetUp();
        // wang completes 4.1, zhao signs it off with a comment; 4.2's deadline
        // moves, then it is deleted (named afterwards by its creation entry).
        ASSERT_TRUE(as(QStringLiteral("wang")).complete(m_task1, QStringLiteral("制度已印发")));
        ASSERT_TRUE(as(QStringLiteral("zhao")).close(m_task1, QStringLiteral("评估合格")));
        m_ledger->setActor(QStringLiteral("tester"));
        Task t = task(m_task2);
        t.deadline = QDate(2024, 9, 30);
        t.longTerm = true;
        ASSERT_TRUE(m_ledger->updateTask(t));
        ASSERT_TRUE(m_ledger->removeTask(m_task2));
        User li = user(QStringLiteral("li"));
        li.role = UserRole::Supervisor;
        ASSERT_TRUE(m_ledger->updateUser(li, QStringLiteral("调任")));
        // What the import writes (core/import): one entry for the file, one per task.
        append(QStringLiteral("import"), m_ledger->defaultInspection()->id, QStringLiteral("file"),
            QStringLiteral("{\"file\":\"台账.xlsx\",\"problemsAdded\":0,\"rows\":15,"
                           "\"skippedRows\":0,\"tasksAdded\":12,\"tasksUpdated\":3}"),
            QStringLiteral("imported 台账.xlsx"));
        append(QStringLiteral("task"), m_task1, QStringLiteral("import"),
            QStringLiteral("{\"changed\":[\"measure\",\"deadline\"],\"file\":\"台账.xlsx\"}"),
            QStringLiteral("imported 台账.xlsx"));
        append(QStringLiteral("task"), 999, QStringLiteral("import"),
            QStringLiteral("{\"added\":true,\"file\":\"台账.xlsx\",\"status\":\"in_progress\"}"),
            QStringLiteral("imported 台账.xlsx"));
        append(QStringLiteral("task"), m_task1, QStringLiteral("extension_request"),
            QStringLiteral("approved 2024-12-31"), QString(), QStringLiteral("pending 2024-12-31"));
        // What a 催办 notice writes for each task it lists (core/reporting).
        append(QStringLiteral("task"), m_task1, QStringLiteral("reminder"),
            QStringLiteral("催办通知 人事科 2024-04-25"), QStringLiteral("已超期25天"));
        append(QStringLiteral("record"), 3, QStringLiteral("finding_progress"),
            QStringLiteral("finding #5 -> progress #9"));
    }

    void append(const QString &entity, qint64 id, const QString &field, const QString &newValue,
        const QString &reason = QString(), const QString &oldValue = QString())
    {
        AuditEntry e;
        e.entity = entity;
        e.entityId = id;
        e.field = field;
        e.oldValue = oldValue;
        e.newValue = newValue;
        e.reason = reason;
        ASSERT_TRUE(m_ledger->appendAudit(e));
    }

    QStringList sentences()
    {
        auto log = m_ledger->auditLog();
        EXPECT_TRUE(log.ok());
        QStringList out;
        const AuditText text(*m_ledger);
        for (const AuditLine &l : text.lines(log.ok() ? *log : QVector<AuditEntry>()))
            out << l.sentence;
        return out;
    }

    void expectAll(const QStringList &expected)
    {
        const QStringList got = sentences();
        for (const QString &s : expected)
            EXPECT_TRUE(got.contains(s)) << s.toStdString() << "\nnot in:\n"
                                         << got.join(QLatin1Char('\n')).toStdString();
        for (const QString &s : got) {
            EXPECT_FALSE(s.contains(QLatin1String("task #"))) << s.toStdString();
            EXPECT_FALSE(s.contains(QLatin1Char('{'))) << "raw JSON: " << s.toStdString();
        }
    }
};

TEST_F(AuditTextTest, EnglishSentences)
{
    expectAll({
        QStringLiteral("Problem 4: Added 台账管理不规范"),
        QStringLiteral("Task 4.1: Added 建立台账管理制度"),
        QStringLiteral("Task 4.1: Progress: 2024-03-15 制度已印发"),
        QStringLiteral("Task 4.1: Status In progress → Completed (制度已印发)"),
        QStringLiteral("Task 4.1: Completed on (empty) → 2024-03-15 (制度已印发)"),
        QStringLiteral("Task 4.1: Status Completed → Signed off (评估合格)"),
        QStringLiteral("Task 4.1: Signed off on (empty) → 2024-03-15 (评估合格)"),
        QStringLiteral("Task 4.2: Deadline 2024-06-30 → 2024-09-30"),
        QStringLiteral("Task 4.2: Long-term no → yes"),
        QStringLiteral("Task 4.2: Deleted 清理往来款项"),
        QStringLiteral("User wang: Added wang (Official)"),
        QStringLiteral("User li: Role Official → Supervisor (调任)"),
        QStringLiteral("Imported 台账.xlsx: 12 tasks added, 3 updated"),
        QStringLiteral("Task 4.1: updated from 台账.xlsx: Measure, Deadline"),
        QStringLiteral("Task #999: added from 台账.xlsx (In progress)"),
        QStringLiteral("Task 4.1: Deadline extension requested 2024-12-31 → approved 2024-12-31"),
        QStringLiteral("Record #3: Finding made progress: finding #5 became progress entry #9"),
        QStringLiteral("Task 4.1: Reminder sent: 催办通知 人事科 2024-04-25 (已超期25天)"),
    });
    // The created ledger's own entry.
    EXPECT_TRUE(sentences().first().startsWith(QStringLiteral("Ledger: Ledger format version")));
}

TEST_F(AuditTextTest, ChineseSentences)
{
    auto translator = std::make_unique<QTranslator>();
    ASSERT_TRUE(translator->load(QStringLiteral(":/i18n/store_zh_CN.qm")));
    QCoreApplication::installTranslator(translator.get());
    expectAll({
        QStringLiteral("问题 4：新增 台账管理不规范"),
        QStringLiteral("任务 4.1：新增 建立台账管理制度"),
        QStringLiteral("任务 4.1：进展：2024-03-15 制度已印发"),
        QStringLiteral("任务 4.1：状态 推进中 → 已完成（制度已印发）"),
        QStringLiteral("任务 4.1：完成日期 （空） → 2024-03-15（制度已印发）"),
        QStringLiteral("任务 4.1：状态 已完成 → 已销号（评估合格）"),
        QStringLiteral("任务 4.1：销号日期 （空） → 2024-03-15（评估合格）"),
        QStringLiteral("任务 4.2：完成时限 2024-06-30 → 2024-09-30"),
        QStringLiteral("任务 4.2：长期坚持 否 → 是"),
        QStringLiteral("任务 4.2：删除 清理往来款项"),
        QStringLiteral("用户 wang：新增 wang（经办人员）"),
        QStringLiteral("用户 li：角色 经办人员 → 督办人员（调任）"),
        QStringLiteral("导入 台账.xlsx：新增 12 项任务，更新 3 项"),
        QStringLiteral("任务 4.1：从 台账.xlsx 导入更新：整改措施、完成时限"),
        QStringLiteral("任务 #999：从 台账.xlsx 导入新增（推进中）"),
        QStringLiteral("任务 4.1：延期申请 申请 2024-12-31 → 批准 2024-12-31"),
        QStringLiteral("整改成效记录 #3：督查发现转为进展：督查发现 #5 转为进展 #9"),
        QStringLiteral("任务 4.1：已催办：催办通知 人事科 2024-04-25（已超期25天）"),
    });
    QCoreApplication::removeTranslator(translator.get());
}

TEST_F(AuditTextTest, LinesSplitTheEntryIntoColumns)
{
    auto log = m_ledger->auditLog(QStringLiteral("task"), m_task1);
    ASSERT_TRUE(log.ok());
    const AuditText text(*m_ledger);
    bool signedOff = false;
    for (const AuditEntry &e : *log) {
        const AuditLine l = text.line(e);
        if (e.field == QLatin1String("status") && e.newValue == QLatin1String("closed")) {
            signedOff = true;
            EXPECT_EQ(l.who, QStringLiteral("zhao"));
            EXPECT_EQ(l.subject, QStringLiteral("Task 4.1"));
            EXPECT_EQ(l.change, QStringLiteral("Status"));
            EXPECT_EQ(l.before, QStringLiteral("Completed"));
            EXPECT_EQ(l.after, QStringLiteral("Signed off"));
            EXPECT_EQ(l.reason, QStringLiteral("评估合格"));
            EXPECT_EQ(
                l.when, fixedNow().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        }
    }
    EXPECT_TRUE(signedOff);
    EXPECT_EQ(text.taskRef(m_task2), QStringLiteral("4.2"));
    EXPECT_EQ(text.taskRef(12345), QStringLiteral("#12345"));
}

} // namespace
} // namespace rectify::test
