#pragma once

#include "domain/auditentry.h"
#include "domain/evidence.h"
#include "domain/extension.h"
#include "domain/inspection.h"
#include "domain/problem.h"
#include "domain/progressentry.h"
#include "domain/records.h"
#include "domain/round.h"
#include "domain/task.h"
#include "domain/user.h"
#include "store/ledgerlocation.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>
#include <QVector>
#include <functional>
#include <initializer_list>
#include <map>
#include <memory>
#include <optional>
#include <utility>

namespace rectify {

// Counts shown by `rectify-cli info` and the status bar.
struct LedgerCounts
{
    qint64 inspections = 0;
    qint64 problems = 0;
    qint64 tasks = 0;
    qint64 progressEntries = 0;
    qint64 units = 0;
    qint64 people = 0;
    qint64 users = 0;
    qint64 auditEntries = 0;
};

// The database gateway: one ledger file, opened, validated and migrated, and the
// one repository API that the GUI, the importer and the CLI use. Every write is
// recorded in the audit log inside the same transaction; every multi-row write is
// one transaction; every value is a bound parameter.
//
// A Ledger belongs to the thread that opened it (QSqlDatabase connections do).
class Ledger final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::Ledger)

public:
    enum class OpenMode
    {
        CreateIfMissing, // create the file and the schema if needed, upgrade an older ledger
        ExistingOnly, // the file must exist; an older ledger is upgraded
        ReadOnly, // the file must exist and be at the current version; nothing is written
    };
    using Clock = std::function<QDateTime()>;
    // How add*() numbers a new row: New lets the database choose; Keep reuses the
    // row's own id (undoing a delete brings the row back as it was, so that later
    // commands that name it still find it); a task comes back at its version + 1.
    enum class IdMode
    {
        New,
        Keep,
    };

    Ledger();
    ~Ledger();
    Q_DISABLE_COPY_MOVE(Ledger)

    // `path` is a SQLite file, or a PostgreSQL server address
    // postgresql://user@host:port/dbname (see LedgerLocation; no password in it).
    Status open(const QString &path, OpenMode mode = OpenMode::CreateIfMissing);
    // Reads a file's SQLite header without opening it: refuses a file that is not
    // SQLite or is truncated. An empty file passes (it becomes a new ledger).
    static Status checkFileHeader(const QString &path);
    void close();
    bool isOpen() const;
    // The file's absolute path, or the server address (without a password).
    QString path() const { return m_path; }
    // Which backend the open ledger is on: SQL that must differ asks this.
    SqlDialect dialect() const { return m_dialect; }
    bool isOnServer() const { return m_dialect == SqlDialect::Postgres; }
    bool isReadOnly() const { return m_readOnly; }
    // On a server set up by ServerRoles (store/serverroles.h): the Rectify user the
    // connection's login is mapped to. The server then chains the audit log and
    // names the user in it; empty for a file, a server not set up, or the owner's
    // or a superuser's connection.
    QString serverUser() const { return m_serverUser; }
    // True inside a Transaction (readers that open one of their own must not nest).
    bool inTransaction() const { return m_txDepth > 0; }
    // True when open() created the schema of a new ledger.
    bool wasCreated() const { return m_created; }
    int schemaVersion() const;
    // The connection, for core queries that read in bulk (statistics, models).
    QSqlDatabase database() const;

    // Who is recorded in the audit log for writes; the first user of a new ledger.
    void setActor(const QString &name) { m_actor = name; }
    QString actor() const { return m_actor; }
    // Time source for audit and progress timestamps (tests inject a fixed clock).
    void setClock(Clock clock) { m_clock = std::move(clock); }
    Clock clock() const { return m_clock; }
    QDateTime now() const;

    // Joins an enclosing transaction if there is one. Roll back by destroying the
    // guard without commit(); a failed inner guard makes the outer commit fail.
    class Transaction final
    {
    public:
        explicit Transaction(Ledger &ledger);
        ~Transaction();
        Q_DISABLE_COPY_MOVE(Transaction)
        Status status() const { return m_status; }
        Status commit();

    private:
        Ledger &m_ledger;
        Status m_status;
        bool m_done = false;
    };

    Result<LedgerCounts> counts() const;

    // Settings of this ledger (alert windows, default inspection ...).
    Result<QString> setting(const QString &key, const QString &fallback = QString()) const;
    Status setSetting(const QString &key, const QString &value);

    // Inspections.
    Result<QVector<Inspection>> inspections() const;
    Result<Inspection> inspection(qint64 id) const;
    Result<std::optional<Inspection>> findInspection(const QString &name) const;
    Result<qint64> addInspection(const Inspection &inspection);
    Status updateInspection(const Inspection &inspection);
    Status removeInspection(qint64 id);
    // The inspection that rows go to when none is named; created when missing.
    Result<Inspection> defaultInspection();

    // Problems, in ledger order. inspectionId 0 lists every inspection's problems.
    Result<QVector<Problem>> problems(qint64 inspectionId = 0) const;
    Result<Problem> problem(qint64 id) const;
    Result<std::optional<Problem>> findProblem(qint64 inspectionId, const QString &code) const;
    Result<qint64> addProblem(const Problem &problem, IdMode mode = IdMode::New);
    // Refuses with a conflict error when the problem changed since `problem.version`
    // was read; a delete checks the version when given one (see anyVersion below).
    Status updateProblem(const Problem &problem);
    Status removeProblem(qint64 id, int expectedVersion = anyVersion);

    // Tasks with their responsibilities, ordered by number.
    // Optimistic locking: every update of a task (its fields, responsibilities or
    // status) checks the row version the caller read and bumps it by one; a stale
    // version changes nothing and fails with ErrorKind::Conflict (see store/conflict.h).
    // Deletes check the version when given one; anyVersion deletes what is stored.
    static constexpr int anyVersion = 0;
    Result<QVector<Task>> tasks(qint64 problemId) const;
    Result<Task> task(qint64 id) const;
    // Many tasks by id with their responsibilities, a few statements for them all
    // (a collected form's tasks); an id that is no task is left out.
    Result<QHash<qint64, Task>> tasksWithIds(const QVector<qint64> &ids) const;
    // A task's number 0 means "the next free number of its problem".
    Result<qint64> addTask(const Task &task, IdMode mode = IdMode::New);
    // Refuses with a conflict error when the task changed since `task.version` was read.
    // A closed (signed-off) task is read-only: updateTask, removeTask and the
    // progress writes refuse it until it is reopened (setTaskStatus).
    Status updateTask(const Task &task, const QString &reason = QString());
    Status removeTask(qint64 id, int expectedVersion = anyVersion);
    // The sign-off workflow's way to move a task between states (core/workflow
    // decides who may): sets status, completed_on and closed_on, audited with the
    // reason. Refuses when the task changed since `expectedVersion` was read.
    Status setTaskStatus(qint64 id, int expectedVersion, TaskStatus status,
        const QDate &completedOn, const QDate &closedOn, const QString &reason);
    // The refusal for a write to a closed task, or success when it is not closed.
    Status checkNotClosed(qint64 taskId) const;

    // Evidence files of a task (their contents are stored by the workflow, beside a
    // ledger file or in the server's database: store/evidencecontent.h).
    Result<QVector<Evidence>> evidence(qint64 taskId) const;
    Result<qint64> addEvidence(const Evidence &evidence);

    // Units and people, de-duplicated by (trimmed) name.
    Result<QStringList> unitNames() const;
    Result<QStringList> personNames() const;
    Result<qint64> ensureUnit(const QString &name);
    Result<qint64> ensurePerson(const QString &name);

    // Progress history, oldest first.
    Result<QVector<ProgressEntry>> progress(qint64 taskId) const;
    // The progress histories of many tasks by task id, each oldest first.
    Result<QHash<qint64, QVector<ProgressEntry>>> progressOf(const QVector<qint64> &taskIds) const;
    Result<qint64> addProgress(const ProgressEntry &entry, IdMode mode = IdMode::New);
    Status removeProgress(qint64 id);
    // The task a progress entry belongs to (for the checks before removing it).
    Result<qint64> progressTaskId(qint64 id) const;

    // 整改成效 records of an inspection (domain/records.h; ledgerrecords.cpp). The
    // store checks what a record must hold and that its links agree (a task of its
    // problem, a problem of its inspection); who may write which kind is
    // core/workflow's RecordBook. Each write is audited as entity "record".
    // inspectionId 0 lists every inspection's; ordered by kind, date, number, id.
    Result<QVector<Record>> records(qint64 inspectionId = 0) const;
    Result<Record> record(qint64 id) const;
    // Writes the record and the findings it holds (a round's), in one transaction;
    // a round numbered 0 gets the next number of its inspection. Keep reuses the
    // record's and its findings' ids (undo, import of an exported ledger).
    Result<qint64> addRecord(const Record &record, IdMode mode = IdMode::New);
    // Saves the record's own fields; its findings go through the calls below.
    Status updateRecord(const Record &record);
    // Removes the record with its findings (progress entries made from them stay).
    Status removeRecord(qint64 id);
    Result<qint64> addFinding(const SupervisionFinding &finding);
    Status removeFinding(qint64 id);
    Result<SupervisionFinding> finding(qint64 id) const;
    // Turns a finding into a progress entry of its task, dated `date` (the text is
    // the finding's, prefixed with the round): addProgress(), so a closed task
    // refuses it, and the finding keeps the entry's id. One transaction.
    Result<qint64> findingToProgress(qint64 findingId, const QDate &date);
    // The counts a 通报 cites for an inspection (see RecordSummary): counted in SQL.
    Result<RecordSummary> recordSummary(qint64 inspectionId) const;

    // Users, deactivated ones too (the audit log names them). Who may change them
    // is workflow/accounts.h; the store keeps one rule itself: at least one active
    // administrator remains.
    Result<QVector<User>> users() const;
    Result<std::optional<User>> findUser(const QString &name) const;
    Result<qint64> addUser(const User &user);
    // Writes the role, unit and active flag of the user named `changed.name`,
    // audited field by field with the reason. Refused (nothing written) when it
    // would leave no active administrator.
    Status updateUser(const User &changed, const QString &reason = QString());
    // Replaces a user's stored password form (a new password, or a stronger hash
    // of the same one after a sign-in; empty removes it) and the flag that asks
    // for a new password at the next sign-in. The audit entry names the scheme
    // and iteration counts, never the hashes.
    Status setUserPasswordHash(const QString &name, const QString &passwordHash,
        const QString &reason, bool mustChange = false);

    // Reporting rounds (store/ledgerrounds.cpp; core/reporting decides what goes
    // in them and core/workflow who may). Oldest first.
    Result<QVector<Round>> rounds() const;
    Result<std::optional<Round>> findRound(const QString &name) const;
    Result<std::optional<Round>> findRoundByToken(const QString &token) const;
    // A new open round; its token and secret are made here.
    Result<qint64> addRound(const Round &round);
    Status setRoundState(qint64 id, Round::State state);
    // The forms collected in a round, oldest first.
    Result<QVector<RoundReport>> roundReports(qint64 roundId) const;
    Result<qint64> addRoundReport(const RoundReport &report);

    // Deadline extension requests; taskId 0 lists every task's. Oldest first.
    Result<QVector<ExtensionRequest>> extensions(qint64 taskId = 0) const;
    Result<qint64> addExtension(const ExtensionRequest &request);
    // Records the decision on a pending request (state, original deadline,
    // decided by/on, reason); the deadline itself is changed by updateTask.
    Status decideExtension(const ExtensionRequest &decided);

    // The audit log; empty entity lists everything. Newest last.
    Result<QVector<AuditEntry>> auditLog(
        const QString &entity = QString(), qint64 entityId = 0) const;
    // Appends one entry; `at` and `user` default to now() and actor().
    Status appendAudit(AuditEntry entry);

private:
    // SQL text goes through store/sqlaccess.h, which the window cannot include.
    friend class SqlAccess;
    // Runs one statement with bound values; the error names the statement's purpose.
    Result<QSqlQuery> exec(
        const QString &sql, const QVariantList &values = {}, const QString &what = QString()) const;

    // A statement kept prepared on this connection and run again with new values:
    // the statements run once per row when many rows are written in one go (a
    // progress entry, its audit entry and the chain's head, the reads of a task).
    // Preparing a statement costs more than running it. The statement is reset
    // (its read ended) when the ReusedQuery goes; it must not outlive the next
    // execReused() of the same text.
    class ReusedQuery final
    {
    public:
        explicit ReusedQuery(QSqlQuery *query)
            : m_query(query)
        { }
        ReusedQuery(ReusedQuery &&other) noexcept
            : m_query(std::exchange(other.m_query, nullptr))
        { }
        ReusedQuery &operator=(ReusedQuery &&) = delete;
        ReusedQuery(const ReusedQuery &) = delete;
        ReusedQuery &operator=(const ReusedQuery &) = delete;
        ~ReusedQuery()
        {
            if (m_query)
                m_query->finish();
        }
        QSqlQuery *operator->() const { return m_query; }
        QSqlQuery &operator*() const { return *m_query; }

    private:
        QSqlQuery *m_query;
    };
    Result<ReusedQuery> execReused(
        const QString &sql, const QVariantList &values, const QString &what = QString()) const;

    struct FieldChange
    {
        const char *field;
        QVariant oldValue;
        QVariant newValue;
    };
    Status auditChanges(const QString &entity, qint64 id,
        std::initializer_list<FieldChange> changes, const QString &reason);
    Status inspectFile(const QString &path, OpenMode mode, int *version);
    Status openConnection(const QString &path, bool readOnly);
    Status openServer(const LedgerLocation &location, OpenMode mode, int busyTimeoutMs);
    int serverSchemaVersion() const;
    Status readServerUser();
    Status migrate();
    Status beginTransaction();
    Status endTransaction(bool commit);
    Status writeResponsibilities(qint64 taskId, const Responsibilities &r);
    Status checkRecord(Record *record) const;
    Result<QVector<SupervisionFinding>> findingsOf(const QString &where, qint64 id) const;
    Result<Responsibilities> readResponsibilities(qint64 taskId) const;
    // `ids` without repeats, in chunks of at most `size` with "?, ?, …" for each.
    static QVector<std::pair<QVariantList, QString>> idChunks(const QVector<qint64> &ids, int size);
    Status audit(const QString &entity, qint64 id, const QString &field, const QVariant &oldValue,
        const QVariant &newValue, const QString &reason = QString());

    QString m_connection;
    QString m_path;
    QString m_actor;
    QString m_serverUser;
    Clock m_clock;
    SqlDialect m_dialect = SqlDialect::Sqlite;
    bool m_readOnly = false;
    bool m_created = false;
    int m_txDepth = 0;
    bool m_txFailed = false;
    // execReused()'s statements by their text; dropped with the connection.
    mutable std::map<QString, std::unique_ptr<QSqlQuery>> m_reused;
};

} // namespace rectify
