#pragma once

#include "import/importreport.h"
#include "import/importwriter.h"
#include "import/rowkeys.h"
#include "import/rowsource.h"
#include "import/sha256.h"
#include "store/ledger.h"

#include <QCoreApplication>
#include <QSet>
#include <array>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

namespace rectify {

// One pass of rows into the ledger, whatever file they came from: matches each row
// to a problem and a task of the inspection (by number, else by measure),
// validates and numbers them, and writes through the ImportWriter, or only counts
// what would be written (analysis). The report gets every count and issue.
//
// The caller (Importer) owns the transaction and the audit entry; the merge holds
// the keys of the problems and tasks seen, never the rows.
class LedgerMerge final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::LedgerMerge)

public:
    // Called now and then with the bytes read so far and the file size; return
    // false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    LedgerMerge(Ledger &ledger, ImportWriter &writer, const ImportOptions &options, bool write,
        ImportReport &report);
    Q_DISABLE_COPY_MOVE(LedgerMerge)

    // The header's columns, with warnings for repeated and unknown ones, and the
    // writer's statements. `feedback` is the inspection's feedback date, for
    // deadlines such as 立行立改.
    Status prepare(const QVector<ImportColumn> &columns, qint64 headerRow, const QDate &feedback);
    // Reads what the ledger holds: units, people, the inspection's problems and tasks.
    Status loadExisting();
    // Merges every row of the source; false when cancelled.
    Result<bool> readRows(RowSource &source, const Progress &progress);
    bool failedRows() const { return m_report.errorCount > 0; }
    // After the last row: frees the keys of every problem and task seen (tens of
    // MiB for a million rows), so that the writer's finish (the index rebuild's
    // sorter, the search index copy) does not add to them. No row may follow.
    void releaseKeys();

private:
    struct ProblemState
    {
        qint64 dbId = 0; // 0: not in the ledger (yet)
        std::string code;
        std::string category;
        std::string title;
        qint64 firstRow = 0; // row of the file where it starts; 0: not met yet
        bool bad = false;
        int nextNumber = 1;
    };
    // The imported fields of a task, hashed one by one: what an update changed is
    // named in the task's audit entry without keeping the old values.
    enum TaskField
    {
        MeasureField,
        TargetField,
        DeadlineField,
        LongTermField,
        StatusField,
        RemarksField,
        NamesField,
        DatesField, // completed_on and closed_on
        TaskFieldCount
    };
    using FieldHashes = std::array<quint64, TaskFieldCount>;
    struct ExistingTask
    {
        qint64 id = 0;
        int number = 0;
        TaskStatus status = TaskStatus::NotStarted;
        QDate completedOn;
        QDate closedOn;
        FieldHashes fields {};
        quint64 progressHash = 0;
    };
    struct Names
    {
        std::vector<std::string_view> leaders, leadUnits, coUnits, persons;
    };

    void issue(ImportIssue::Severity s, qint64 row, int column, const QString &message);
    void error(qint64 row, int column, const QString &message)
    {
        issue(ImportIssue::Severity::Error, row, column, message);
    }
    void warning(qint64 row, int column, const QString &message)
    {
        issue(ImportIssue::Severity::Warning, row, column, message);
    }
    int col(ImportField f) const { return m_colOf[static_cast<std::size_t>(f)]; }
    std::string_view cell(const SourceRow &row, ImportField f) const;
    void handleRow(const SourceRow &row);
    int resolveProblem(const SourceRow &row);
    int findOrCreateProblem(const std::string &code);
    bool startProblem(int idx, const SourceRow &row);
    void handleTask(const SourceRow &row, int problem, bool *rowBad);
    static FieldHashes fieldHashes(std::string_view measure, std::string_view target,
        const QByteArray &deadline, bool longTerm, TaskStatus status, std::string_view remarks,
        const Names &names, std::string_view completedOn, std::string_view closedOn);
    // A 完成时间 or 销号时间 cell: the day, invalid when empty or (with an error on
    // the row) unreadable.
    QDate dayCell(const SourceRow &row, ImportField field);
    // One audit entry for a task the import added or changed, chained after the
    // ledger's last one and written with the rows.
    void auditTask(qint64 taskId, const ExistingTask *existing, const FieldHashes &fields,
        bool progressAdded, TaskStatus status);
    Result<qint64> nameId(std::string_view name, bool unit);
    bool writeResponsibilities(qint64 taskId, const Names &names);
    void fail(const QString &what);
    void stopWriting() { m_writing = m_writing && m_options.skipBadRows; }

    Ledger &m_ledger;
    ImportWriter &m_writer;
    const ImportOptions &m_options;
    const bool m_write;
    bool m_writing;
    ImportReport &m_report;
    Status m_fatal;

    QDate m_today;
    QByteArray m_nowIso;
    QByteArray m_actor; // who runs the import: the audit entries' user
    QByteArray m_importAuthor; // the progress entries' author
    QDate m_feedback;
    QString m_fileName; // of the file imported, for the tasks' audit entries
    qint64 m_auditId = 0; // the id of the next audit entry
    std::string m_auditHash; // the hash of the entry before it (hex)
    // An added task's audit text depends only on its status: made once per status.
    struct AddedAudit
    {
        bool made = false;
        QByteArray newValue, reason;
    };
    std::array<AddedAudit, 4> m_addedAudit;
    std::string m_auditCanonical; // scratch, reused for every entry
    Sha256 m_sha256;

    qint64 m_headerRow = 0;
    std::array<int, importFieldCount> m_colOf {};
    QVector<ImportColumn> m_columns;
    std::vector<std::string> m_headers; // UTF-8, per column
    std::vector<int> m_extraColumns;
    QSet<int> m_warnedColumns;

    std::vector<ProblemState> m_problems;
    std::unordered_map<std::string, int> m_problemByCode;
    int m_current = -1;
    int m_autoCode = 0;
    int m_sortOrder = 0;
    std::unordered_map<quint64, ExistingTask> m_existing; // (problem index, number)
    std::unordered_map<quint64, quint64> m_existingByMeasure; // hash(problem, measure) → key
    RowKeys m_seenTasks; // key → row
    RowKeys m_seenMeasures; // hash(problem, measure) → row
    std::unordered_map<std::string, qint64> m_units, m_people;

    // Scratch space reused for every row.
    Names m_names;
    std::string m_remarks;
};

} // namespace rectify
