#pragma once

#include "domain/auditentry.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace rectify {

class Ledger;

// One audit entry in the words of the people who read it: the task as its
// reference (4.2), not its row id; field names, roles and statuses translated;
// an import as a sentence. What the window's history and audit log show, what
// `rectify-cli history` and `audit` print and what the audit export writes.
struct AuditLine
{
    QString when; // local time, yyyy-MM-dd HH:mm
    QString who;
    QString subject; // 任务 4.2, 问题 4, 用户 wang, 台账 ...
    QString change; // the field changed, or what happened to the whole row (新增, 删除, 导入)
    QString before; // readable, empty when there was nothing
    QString after;
    QString reason; // the reason or comment given (a sign-off's comment)
    // All of it in one line: "任务 4.2：状态 推进中 → 已销号（评估合格）".
    QString sentence;
};

// Turns audit entries into AuditLines for one ledger. Task, problem,
// inspection, user and round names are read once and looked up by id; a row
// deleted since is named by what its creation entry recorded ("4.2 …"), or by
// its id when the log does not hold that entry. Text is translated with the
// application's translator (context rectify::AuditText).
class AuditText final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::AuditText)

public:
    explicit AuditText(const Ledger &ledger);

    AuditLine line(const AuditEntry &entry) const;
    QVector<AuditLine> lines(const QVector<AuditEntry> &entries) const;

    // A task as people name it: "4.2" (problem code, task number).
    QString taskRef(qint64 taskId) const;

    // A stored field name and value of `entity` as people read them.
    static QString fieldLabel(const QString &entity, const QString &field);
    QString valueText(const QString &entity, const QString &field, const QString &value) const;
    // "导入 台账.xlsx：新增 12 项任务，更新 3 项" from the JSON of an import entry.
    static QString importSentence(const QString &json);
    // "导入 台账.xlsx：新增" / "导入 台账.xlsx：更新 措施、状态" for one task's import entry.
    static QString taskImportText(const QString &json);

private:
    QString subjectOf(const AuditEntry &e) const;
    QString nameFromCreation(const QString &entity, qint64 id) const;

    const Ledger &m_ledger;
    mutable QHash<qint64, QString> m_tasks; // id -> "4.2", read as needed
    mutable bool m_allTasks = false; // every task of the ledger is in m_tasks
    QHash<qint64, QString> m_problems; // id -> code
    QHash<qint64, QString> m_inspections; // id -> name
    QHash<qint64, QString> m_users; // id -> name
    QHash<qint64, QString> m_rounds; // id -> name
    mutable QHash<QString, QString> m_deleted; // "task:8" -> what its creation entry named
};

} // namespace rectify
