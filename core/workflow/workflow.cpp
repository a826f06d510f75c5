#include "workflow/workflow.h"

#include "store/conflict.h"
#include "store/ledger.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace rectify {

namespace {

struct Copied
{
    QString storedPath; // relative to the ledger's folder
    QString sha256;
    qint64 size = 0;
};

// Copies `source` into `folder` under its SHA-256 (keeping the suffix). A file
// already there under the same name is the same content and is kept.
Result<Copied> copyEvidence(const QString &source, const QString &folder, const QString &base)
{
    const QString shown = QDir::toNativeSeparators(source);
    QFile in(source);
    if (!QFileInfo(source).isFile() || !in.open(QIODevice::ReadOnly))
        return Error { Workflow::tr("Cannot read the evidence file %1.").arg(shown) };
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&in))
        return Error { Workflow::tr("Cannot read the evidence file %1.").arg(shown) };
    Copied c;
    c.sha256 = QString::fromLatin1(hash.result().toHex());
    c.size = in.size();
    in.close();

    if (!QDir().mkpath(folder))
        return Error {
            Workflow::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder))
        };
    const QString suffix = QFileInfo(source).suffix().toLower();
    const QString name = suffix.isEmpty() ? c.sha256 : c.sha256 + QLatin1Char('.') + suffix;
    const QString target = QDir(folder).filePath(name);
    c.storedPath = QDir(base).relativeFilePath(target);
    if (QFileInfo(target).size() == c.size && QFileInfo::exists(target))
        return c;
    const QString partial = target + QStringLiteral(".part");
    QFile::remove(partial);
    if (!QFile::copy(source, partial) || !QFile::rename(partial, target)) {
        QFile::remove(partial);
        return Error { Workflow::tr("Cannot copy the evidence file %1 to %2.")
                           .arg(shown, QDir::toNativeSeparators(folder)) };
    }
    return c;
}

} // namespace

Workflow::Workflow(Ledger &ledger, User actor)
    : m_ledger(ledger)
    , m_actor(std::move(actor))
{ }

QString Workflow::evidenceFolder(const QString &ledgerPath)
{
    const QFileInfo info(ledgerPath);
    return info.absoluteDir().filePath(info.fileName() + QStringLiteral(".evidence"));
}

QDate Workflow::today() const
{
    return m_ledger.now().toLocalTime().date();
}

Decision Workflow::stateAllows(Action action, TaskStatus status)
{
    const auto refuse = [](const QString &why) { return Decision { false, why }; };
    switch (action) {
    case Action::Complete:
        if (status == TaskStatus::Completed)
            return refuse(tr("The task is already completed and awaits sign-off."));
        if (status == TaskStatus::Closed)
            return refuse(
                tr("The task is closed (signed off); a supervisor must reopen it first."));
        break;
    case Action::Close:
    case Action::Reject:
        if (status == TaskStatus::Closed)
            return refuse(tr("The task is already closed (signed off)."));
        if (status != TaskStatus::Completed)
            return refuse(tr("Only a completed task can be signed off or rejected; this one is %1.")
                              .arg(taskStatusLabel(status)));
        break;
    case Action::Reopen:
        if (status != TaskStatus::Closed)
            return refuse(tr("Only a closed task can be reopened; this one is %1.")
                              .arg(taskStatusLabel(status)));
        break;
    case Action::EditTask:
    case Action::AddProgress:
    case Action::ChangeDeadline:
        if (status == TaskStatus::Closed)
            return refuse(
                tr("The task is closed (signed off); a supervisor must reopen it first."));
        break;
    case Action::Import:
    case Action::Settings:
    case Action::ManageUsers:
    case Action::Backup:
        break;
    }
    return { true, QString() };
}

Decision Workflow::can(Action action, const Task &task) const
{
    const Decision allowed = Permission::check(m_actor, action, &task.responsibilities);
    if (!allowed || !isTaskAction(action))
        return allowed;
    return stateAllows(action, task.status);
}

Result<Task> Workflow::load(qint64 taskId, Action action, int expectedVersion) const
{
    auto task = m_ledger.task(taskId);
    if (!task) {
        return expectedVersion != Ledger::anyVersion ? Conflict::task(m_ledger, taskId)
                                                     : Error { task.error() };
    }
    if (expectedVersion != Ledger::anyVersion && task->version != expectedVersion)
        return Conflict::task(m_ledger, taskId);
    const Decision d = can(action, *task);
    if (!d)
        return Error { d.refusal };
    return task;
}

Status Workflow::complete(
    qint64 taskId, const QString &text, const QStringList &evidenceFiles, int expectedVersion)
{
    if (text.trimmed().isEmpty())
        return Error { tr("Say what was done: completing a task needs a text.") };
    m_ledger.setActor(m_actor.name);
    Ledger::Transaction tx(m_ledger);
    if (!tx.status())
        return tx.status();
    auto task = load(taskId, Action::Complete, expectedVersion);
    if (!task)
        return task.failure();
    ProgressEntry entry;
    entry.taskId = taskId;
    entry.date = today();
    entry.text = text.trimmed();
    entry.author = m_actor.name;
    if (auto p = m_ledger.addProgress(entry); !p)
        return Error { p.error() };
    if (!evidenceFiles.isEmpty() && m_ledger.isOnServer())
        return Error { m_ledger.notOnServer(Ledger::FileOnly::Evidence) };
    const QString folder = evidenceFolder(m_ledger.path());
    const QString base = QFileInfo(m_ledger.path()).absolutePath();
    for (const QString &file : evidenceFiles) {
        auto copied = copyEvidence(file, folder, base);
        if (!copied)
            return Error { copied.error() };
        Evidence e;
        e.taskId = taskId;
        e.fileName = QFileInfo(file).fileName();
        e.storedPath = copied->storedPath;
        e.sha256 = copied->sha256;
        e.size = copied->size;
        e.addedBy = m_actor.name;
        if (auto added = m_ledger.addEvidence(e); !added)
            return Error { added.error() };
    }
    // addProgress does not change the row version; the task read above is current.
    if (auto s = m_ledger.setTaskStatus(
            taskId, task->version, TaskStatus::Completed, today(), QDate(), text.trimmed());
        !s)
        return s;
    return tx.commit();
}

Status Workflow::close(qint64 taskId, const QString &reason, int expectedVersion)
{
    m_ledger.setActor(m_actor.name);
    Ledger::Transaction tx(m_ledger);
    if (!tx.status())
        return tx.status();
    auto task = load(taskId, Action::Close, expectedVersion);
    if (!task)
        return task.failure();
    const QDate completed = task->completedOn.isValid() ? task->completedOn : today();
    if (auto s = m_ledger.setTaskStatus(taskId, task->version, TaskStatus::Closed, completed,
            today(), reason.trimmed().isEmpty() ? tr("signed off") : reason.trimmed());
        !s)
        return s;
    return tx.commit();
}

Status Workflow::reject(qint64 taskId, const QString &reason, int expectedVersion)
{
    if (reason.trimmed().isEmpty())
        return Error { tr("Rejecting a sign-off needs a reason.") };
    return backToInProgress(taskId, Action::Reject, reason.trimmed(), expectedVersion);
}

Status Workflow::reopen(qint64 taskId, const QString &reason, int expectedVersion)
{
    if (reason.trimmed().isEmpty())
        return Error { tr("Reopening a closed task needs a reason.") };
    return backToInProgress(taskId, Action::Reopen, reason.trimmed(), expectedVersion);
}

Status Workflow::backToInProgress(
    qint64 taskId, Action action, const QString &reason, int expectedVersion)
{
    m_ledger.setActor(m_actor.name);
    Ledger::Transaction tx(m_ledger);
    if (!tx.status())
        return tx.status();
    auto task = load(taskId, action, expectedVersion);
    if (!task)
        return task.failure();
    if (auto s = m_ledger.setTaskStatus(
            taskId, task->version, TaskStatus::InProgress, QDate(), QDate(), reason);
        !s)
        return s;
    return tx.commit();
}

Result<qint64> Workflow::findTask(
    const Ledger &ledger, const QString &ref, const QString &inspection)
{
    const QString r = ref.trimmed();
    const int dot = r.lastIndexOf(QLatin1Char('.'));
    bool ok = false;
    const int number = dot > 0 ? r.mid(dot + 1).toInt(&ok) : 0;
    if (!ok || number <= 0)
        return Error { tr("\"%1\" is not a task reference: write the problem code and the task "
                          "number, e.g. 4.2.")
                           .arg(ref) };
    const QString code = r.left(dot).trimmed();
    QString sql = QStringLiteral("SELECT t.id, i.name FROM tasks t "
                                 "JOIN problems p ON p.id = t.problem_id "
                                 "JOIN inspections i ON i.id = p.inspection_id "
                                 "WHERE p.code = ? AND t.number = ?");
    QVariantList values { code, number };
    if (!inspection.trimmed().isEmpty()) {
        sql += QStringLiteral(" AND i.name = ?");
        values << inspection.trimmed();
    }
    auto q = ledger.exec(sql + QStringLiteral(" ORDER BY i.id"), values, tr("find task %1").arg(r));
    if (!q)
        return Error { q.error() };
    qint64 id = 0;
    QStringList inspections;
    while (q->next()) {
        id = q->value(0).toLongLong();
        inspections << q->value(1).toString();
    }
    if (inspections.isEmpty())
        return Error {
            tr("The ledger has no task %1 (problem %2, task %3).").arg(r, code).arg(number)
        };
    if (inspections.size() > 1)
        return Error { tr("Task %1 exists in several inspections (%2); name one with --inspection.")
                           .arg(r, inspections.join(QStringLiteral("、"))) };
    return id;
}

} // namespace rectify
