#include "import/ledgermerge.h"

#include "import/cellvalues.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace rectify {

namespace {

constexpr qint64 progressEveryRows = 4096;

// FNV-1a, 64 bits: fingerprints of a task's imported fields, to tell an
// unchanged row from an updated one without keeping the rows.
struct Fingerprint
{
    quint64 h = 14695981039346656037ull;
    void bytes(std::string_view s)
    {
        for (char c : s) {
            h ^= static_cast<unsigned char>(c);
            h *= 1099511628211ull;
        }
    }
    void field(std::string_view s)
    {
        bytes(s);
        bytes(std::string_view("\x1f", 1));
    }
};

quint64 hashOf(std::string_view s, quint64 salt = 0)
{
    Fingerprint f;
    f.h ^= salt;
    f.bytes(s);
    return f.h;
}

// YYYY-MM-DD without QDate::toString(), which formats through a printf.
QByteArray isoDate(const QDate &d)
{
    if (!d.isValid() || d.year() < 0 || d.year() > 9999)
        return d.isValid() ? d.toString(Qt::ISODate).toLatin1() : QByteArray();
    char b[10];
    const int y = d.year();
    b[0] = static_cast<char>('0' + y / 1000);
    b[1] = static_cast<char>('0' + y / 100 % 10);
    b[2] = static_cast<char>('0' + y / 10 % 10);
    b[3] = static_cast<char>('0' + y % 10);
    b[4] = '-';
    b[5] = static_cast<char>('0' + d.month() / 10);
    b[6] = static_cast<char>('0' + d.month() % 10);
    b[7] = '-';
    b[8] = static_cast<char>('0' + d.day() / 10);
    b[9] = static_cast<char>('0' + d.day() % 10);
    return QByteArray(b, 10);
}

} // namespace

LedgerMerge::LedgerMerge(Ledger &ledger, ImportWriter &writer, const ImportOptions &options,
    bool write, ImportReport &report)
    : m_ledger(ledger)
    , m_writer(writer)
    , m_options(options)
    , m_write(write)
    , m_writing(write)
    , m_report(report)
{ }

std::string_view LedgerMerge::cell(const SourceRow &row, ImportField f) const
{
    const int c = col(f);
    return c >= 0 && static_cast<std::size_t>(c) < row.cells.size()
        ? unneutralise(trimCell(row.cells[static_cast<std::size_t>(c)]))
        : std::string_view();
}

void LedgerMerge::fail(const QString &what)
{
    if (m_fatal.ok())
        m_fatal = Error { tr("Cannot %1: %2").arg(what, m_writer.error()) };
    m_writing = false;
}

void LedgerMerge::issue(ImportIssue::Severity s, qint64 row, int column, const QString &message)
{
    if (s == ImportIssue::Severity::Error)
        ++m_report.errorCount;
    else
        ++m_report.warningCount;
    if (m_report.issues.size() >= m_options.maxIssues)
        return;
    ImportIssue i;
    i.severity = s;
    i.row = row;
    i.column = column;
    if (column >= 0 && column < m_columns.size())
        i.header = m_columns.at(column).header;
    i.message = message;
    m_report.issues << i;
}

Status LedgerMerge::prepare(
    const QVector<ImportColumn> &columns, qint64 headerRow, const QDate &feedback)
{
    m_feedback = feedback;
    m_today = m_options.today.isValid() ? m_options.today : m_ledger.now().toLocalTime().date();
    m_nowIso = m_ledger.now().toUTC().toString(Qt::ISODateWithMs).toUtf8();
    m_actor = (m_ledger.actor().isEmpty() ? QStringLiteral("?") : m_ledger.actor()).toUtf8();
    // The file reported the progress it brings, not the admin who imports it.
    m_importAuthor = ProgressEntry::importAuthor().toUtf8();
    m_fileName = QFileInfo(m_report.filePath).fileName();
    m_headerRow = headerRow;
    m_columns = columns;
    m_colOf.fill(-1);
    for (const ImportColumn &c : std::as_const(m_columns)) {
        m_headers.push_back(c.header.toStdString());
        if (c.field == ImportField::None)
            continue;
        int &slot = m_colOf[static_cast<std::size_t>(c.field)];
        if (c.field == ImportField::ExtraRemark) {
            m_extraColumns.push_back(c.index);
        } else if (slot >= 0) {
            warning(m_headerRow, c.index,
                tr("this column repeats %1 (column %2); its values are kept in the remarks.")
                    .arg(importFieldLabel(c.field), columnLetters(slot)));
            m_columns[c.index].field = ImportField::ExtraRemark;
            m_extraColumns.push_back(c.index);
        } else {
            slot = c.index;
        }
    }
    for (const ImportColumn &c : std::as_const(m_columns)) {
        if (c.field == ImportField::ExtraRemark && m_options.mapping.isEmpty()
            && matchHeader(c.header) == ImportField::None) {
            warning(m_headerRow, c.index,
                tr("not a column Rectify knows; its values are kept in the remarks."));
        }
    }
    if (m_options.mapping.isEmpty()) {
        // Unknown headers are kept as remarks (the default mapping says so).
        for (ImportColumn &c : m_columns) {
            if (c.field == ImportField::None && !c.header.isEmpty()) {
                c.field = ImportField::ExtraRemark;
                m_extraColumns.push_back(c.index);
                warning(m_headerRow, c.index,
                    tr("not a column Rectify knows; its values are kept in the remarks."));
            }
        }
    }
    m_report.columns = m_columns;
    m_report.headerRow = headerRow;

    if (col(ImportField::Measure) < 0)
        return Error { tr("No column is mapped to the measure (整改措施): every row is a task "
                          "and needs one.") };
    if (col(ImportField::Code) < 0 && col(ImportField::Problem) < 0)
        return Error { tr("No column is mapped to the problem's number (序号) or its text "
                          "(反馈问题): rows cannot be grouped into problems.") };

    return m_writer.prepare(m_write);
}

LedgerMerge::FieldHashes LedgerMerge::fieldHashes(std::string_view measure, std::string_view target,
    const QByteArray &deadline, bool longTerm, TaskStatus status, std::string_view remarks,
    const Names &names, std::string_view completedOn, std::string_view closedOn)
{
    FieldHashes h;
    h[MeasureField] = hashOf(measure);
    h[TargetField] = hashOf(target);
    h[DeadlineField]
        = hashOf(std::string_view(deadline.constData(), static_cast<std::size_t>(deadline.size())));
    h[LongTermField] = longTerm ? 1 : 0;
    h[StatusField] = static_cast<quint64>(status);
    h[RemarksField] = hashOf(remarks);
    Fingerprint f;
    for (const auto *list : { &names.leaders, &names.leadUnits, &names.coUnits, &names.persons }) {
        for (std::string_view n : *list)
            f.field(n);
        f.bytes("\x1e");
    }
    h[NamesField] = f.h;
    Fingerprint dates;
    dates.field(completedOn);
    dates.field(closedOn);
    h[DatesField] = dates.h;
    return h;
}

void LedgerMerge::auditTask(qint64 taskId, const ExistingTask *existing, const FieldHashes &fields,
    bool progressAdded, TaskStatus status)
{
    static constexpr const char *fieldNames[TaskFieldCount] = { "measure", "target", "deadline",
        "long_term", "status", "remarks", "responsibilities", "completion_dates" };
    const auto json
        = [](const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); };
    QByteArray changedValue, changedReason;
    const QByteArray *newValue = nullptr;
    const QByteArray *reason = nullptr;
    const auto statusIndex = static_cast<std::size_t>(status);
    if (!existing && statusIndex < m_addedAudit.size()) {
        AddedAudit &a = m_addedAudit[statusIndex];
        if (!a.made) {
            QJsonObject o { { QStringLiteral("file"), m_fileName } };
            o.insert(QStringLiteral("added"), true);
            o.insert(QStringLiteral("status"), taskStatusKey(status));
            a.newValue = json(o);
            // Signed off before the ledger knew the task: the file is the record of it.
            a.reason = (status == TaskStatus::Closed ? tr("imported as signed off")
                                                     : tr("imported %1").arg(m_fileName))
                           .toUtf8();
            a.made = true;
        }
        newValue = &a.newValue;
        reason = &a.reason;
    } else {
        QJsonObject o { { QStringLiteral("file"), m_fileName } };
        QJsonArray changed;
        for (int f = 0; existing && f < TaskFieldCount; ++f) {
            if (existing->fields[static_cast<std::size_t>(f)]
                != fields[static_cast<std::size_t>(f)])
                changed.append(QLatin1String(fieldNames[f]));
        }
        if (progressAdded)
            changed.append(QLatin1String("progress"));
        o.insert(QStringLiteral("changed"), changed);
        if (existing && existing->status != status)
            o.insert(QStringLiteral("status"), taskStatusKey(status));
        changedValue = json(o);
        changedReason = tr("imported %1").arg(m_fileName).toUtf8();
        newValue = &changedValue;
        reason = &changedReason;
    }
    const auto view = [](const QByteArray &b) {
        return std::string_view(b.constData(), static_cast<std::size_t>(b.size()));
    };
    AuditChain::TextRow row;
    row.id = m_auditId;
    row.at = view(m_nowIso);
    row.user = view(m_actor);
    row.entity = "task";
    row.entityId = taskId;
    row.field = "import";
    row.oldValue = "";
    row.newValue = view(*newValue);
    row.reason = view(*reason);
    row.prevHash = m_auditHash;
    // AuditChain::hashOf of the same row, through libcrypto's SHA-256.
    m_auditCanonical.clear();
    AuditChain::appendCanonical(m_auditCanonical, row);
    m_sha256.reset();
    m_sha256.addData(
        QByteArrayView(m_auditCanonical.data(), static_cast<qsizetype>(m_auditCanonical.size())));
    const QByteArray hash = m_sha256.result().toHex();
    if (!m_writer.addAudit(row, view(hash))) {
        fail(tr("write the audit log"));
        return;
    }
    ++m_auditId;
    m_auditHash.assign(hash.constData(), static_cast<std::size_t>(hash.size()));
}

Status LedgerMerge::loadExisting()
{
    {
        auto units = m_writer.query("SELECT name, id FROM units");
        while (units->next())
            m_units.emplace(std::string(units->text(0)), units->integer(1));
        auto people = m_writer.query("SELECT name, id FROM people");
        while (people->next())
            m_people.emplace(std::string(people->text(0)), people->integer(1));
        if (units->failed() || people->failed())
            return Error { tr("Cannot read the units and people: %1").arg(m_writer.error()) };
    }
    if (m_write) {
        // The tasks' audit entries chain on from the ledger's last entry; the
        // transaction keeps other writers out until the file's entry follows them.
        auto last = m_writer.query("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1");
        m_auditId = 1;
        if (last->next()) {
            m_auditId = last->integer(0) + 1;
            m_auditHash = cellText(last->text(1)).toStdString();
        }
        if (last->failed())
            return Error { tr("Cannot read the audit log: %1").arg(m_writer.error()) };
    }
    if (m_report.inspectionId <= 0)
        return {};

    std::unordered_map<qint64, int> problemIndex;
    {
        auto q = m_writer.query(
            "SELECT id, code, category, title, sort_order FROM problems WHERE inspection_id = ?",
            m_report.inspectionId);
        while (q->next()) {
            ProblemState p;
            p.dbId = q->integer(0);
            p.code = std::string(q->text(1));
            p.category = std::string(q->text(2));
            p.title = std::string(q->text(3));
            m_sortOrder = std::max<int>(m_sortOrder, static_cast<int>(q->integer(4)));
            problemIndex.emplace(p.dbId, static_cast<int>(m_problems.size()));
            m_problemByCode.emplace(p.code, static_cast<int>(m_problems.size()));
            m_problems.push_back(std::move(p));
        }
        if (q->failed())
            return Error { tr("Cannot read the problems: %1").arg(m_writer.error()) };
    }
    // Tasks, their responsibilities and their latest progress (the entry recorded
    // last: an undated one sorts first by date), merged by task id.
    auto tasks = m_writer.query(
        "SELECT t.id, t.problem_id, t.number, t.measure, t.target, t.deadline, t.long_term, "
        "t.status, t.completed_on, t.closed_on, t.remarks FROM tasks t "
        "JOIN problems p ON p.id = t.problem_id WHERE p.inspection_id = ? ORDER BY t.id",
        m_report.inspectionId);
    auto resp = m_writer.query(
        "SELECT r.task_id, CASE r.role WHEN 'leader' THEN 0 WHEN 'lead_unit' THEN 1 "
        "WHEN 'co_unit' THEN 2 ELSE 3 END AS k, COALESCE(u.name, pe.name) FROM responsibilities r "
        "JOIN tasks t ON t.id = r.task_id JOIN problems p ON p.id = t.problem_id "
        "LEFT JOIN units u ON u.id = r.unit_id LEFT JOIN people pe ON pe.id = r.person_id "
        "WHERE p.inspection_id = ? ORDER BY r.task_id, k, r.position, r.id",
        m_report.inspectionId);
    auto progress = m_writer.query(
        "SELECT e.task_id, e.text FROM progress_entries e JOIN tasks t ON t.id = e.task_id "
        "JOIN problems p ON p.id = t.problem_id WHERE p.inspection_id = ? "
        "ORDER BY e.task_id, e.id",
        m_report.inspectionId);
    bool respRow = resp->next();
    bool progressRow = progress->next();
    std::vector<std::string> names[4];
    while (tasks->next()) {
        ExistingTask t;
        t.id = tasks->integer(0);
        const auto p = problemIndex.find(tasks->integer(1));
        if (p == problemIndex.end())
            continue;
        t.number = static_cast<int>(tasks->integer(2));
        t.status = taskStatusFromKey(cellText(tasks->text(7))).value_or(TaskStatus::NotStarted);
        t.completedOn = QDate::fromString(cellText(tasks->text(8)), Qt::ISODate);
        t.closedOn = QDate::fromString(cellText(tasks->text(9)), Qt::ISODate);
        for (auto &n : names)
            n.clear();
        while (respRow && resp->integer(0) < t.id)
            respRow = resp->next();
        while (respRow && resp->integer(0) == t.id) {
            names[std::clamp<qint64>(resp->integer(1), 0, 3)].emplace_back(resp->text(2));
            respRow = resp->next();
        }
        Names views;
        std::vector<std::string_view> *lists[4]
            = { &views.leaders, &views.leadUnits, &views.coUnits, &views.persons };
        for (int k = 0; k < 4; ++k) {
            for (const std::string &n : names[k])
                lists[k]->push_back(n);
        }
        const std::string_view deadline = tasks->text(5);
        t.fields = fieldHashes(tasks->text(3), tasks->text(4),
            QByteArray(deadline.data(), static_cast<qsizetype>(deadline.size())),
            tasks->integer(6) != 0, t.status, tasks->text(10), views, tasks->text(8),
            tasks->text(9));
        while (progressRow && progress->integer(0) < t.id)
            progressRow = progress->next();
        while (progressRow && progress->integer(0) == t.id) {
            t.progressHash = hashOf(progress->text(1));
            progressRow = progress->next();
        }
        ProblemState &ps = m_problems[static_cast<std::size_t>(p->second)];
        ps.nextNumber = std::max(ps.nextNumber, t.number + 1);
        const quint64 key
            = (static_cast<quint64>(p->second) << 32) | static_cast<quint32>(t.number);
        m_existingByMeasure.emplace(hashOf(tasks->text(3), static_cast<quint64>(p->second)), key);
        m_existing.emplace(key, t);
    }
    if (tasks->failed() || resp->failed() || progress->failed())
        return Error { tr("Cannot read the tasks: %1").arg(m_writer.error()) };
    return {};
}

Result<bool> LedgerMerge::readRows(RowSource &source, const Progress &progress)
{
    SourceRow row;
    qint64 count = 0;
    while (source.next(row)) {
        handleRow(row);
        if (!m_fatal)
            return Error { m_fatal.error() };
        if (progress && ++count % progressEveryRows == 0
            && !progress(source.bytesRead(), source.size()))
            return false;
    }
    if (auto s = source.status(); !s)
        return Error { s.error() };
    if (const auto stopped = source.stoppedAt()) {
        // The rest of the file cannot be read: nothing is written, whatever the options.
        error(stopped->row, stopped->column, stopped->message);
        m_report.skippedRows += 1;
        m_writing = false;
    }
    if (progress)
        progress(source.bytesRead(), source.size());
    return true;
}

void LedgerMerge::releaseKeys()
{
    // swap with empty ones: clear() keeps a hash table's buckets.
    const auto drop = [](auto &container) {
        std::remove_reference_t<decltype(container)> empty;
        container.swap(empty);
    };
    drop(m_problems);
    drop(m_problemByCode);
    drop(m_existing);
    drop(m_existingByMeasure);
    drop(m_seenTasks);
    drop(m_seenMeasures);
    drop(m_units);
    drop(m_people);
    m_current = -1;
    m_writing = false;
}

void LedgerMerge::handleRow(const SourceRow &rec)
{
    for (const SourceProblem &w : rec.warnings)
        warning(w.row, w.column, w.message);
    if (rec.isBlank()) {
        ++m_report.blankRows;
        return;
    }
    ++m_report.dataRows;
    const qint64 row = rec.number;
    const qint64 errorsBefore = m_report.errorCount;
    // What the source could not read (broken bytes, an open quote) stops the row.
    for (const SourceProblem &p : rec.problems)
        error(p.row, p.column, p.message);
    // Text in columns without a header is not silently dropped.
    for (std::size_t c = 0; c < rec.cells.size(); ++c) {
        const bool unmapped = c >= static_cast<std::size_t>(m_columns.size())
            || (m_columns.at(static_cast<int>(c)).field == ImportField::None
                && m_columns.at(static_cast<int>(c)).header.isEmpty());
        if (unmapped && !trimCell(rec.cells[c]).empty()
            && !m_warnedColumns.contains(static_cast<int>(c))) {
            m_warnedColumns.insert(static_cast<int>(c));
            warning(row, static_cast<int>(c),
                tr("this column has no header; its values are ignored (first seen here)."));
        }
    }

    const std::string_view measure = cell(rec, ImportField::Measure);
    if (measure.empty()) {
        int filled = 0;
        for (std::string_view c : rec.cells)
            filled += trimCell(c).empty() ? 0 : 1;
        if (filled <= 1 && !rec.incomplete) {
            // A heading such as "一、政治建设方面" across the whole row.
            ++m_report.ignoredRows;
            warning(row, -1, tr("ignored: the row has no measure (整改措施)."));
            return;
        }
        error(row, col(ImportField::Measure), tr("the measure (整改措施) is empty."));
    }

    const int problem = resolveProblem(rec);
    bool rowBad = m_report.errorCount > errorsBefore;
    if (problem >= 0 && !measure.empty())
        handleTask(rec, problem, &rowBad);
    if (rowBad || m_report.errorCount > errorsBefore) {
        ++m_report.skippedRows;
        if (m_report.skippedRowNumbers.size() < m_options.maxIssues)
            m_report.skippedRowNumbers << row;
        stopWriting();
    } else {
        ++m_report.importedRows;
    }
}

int LedgerMerge::findOrCreateProblem(const std::string &code)
{
    auto it = m_problemByCode.find(code);
    if (it != m_problemByCode.end())
        return it->second;
    ProblemState p;
    p.code = code;
    m_problems.push_back(std::move(p));
    const int idx = static_cast<int>(m_problems.size()) - 1;
    m_problemByCode.emplace(code, idx);
    return idx;
}

int LedgerMerge::resolveProblem(const SourceRow &rec)
{
    const qint64 row = rec.number;
    const std::string_view code = cell(rec, ImportField::Code);
    const std::string_view title = cell(rec, ImportField::Problem);
    int idx = -1;
    if (col(ImportField::Code) >= 0) {
        if (code.empty()) {
            // Merged cells: the row belongs to the problem above.
            if (m_current < 0) {
                error(row, col(ImportField::Code),
                    tr("the problem's number (序号) is empty and there is no problem above "
                       "this row to belong to."));
                return -1;
            }
            const ProblemState &cur = m_problems[static_cast<std::size_t>(m_current)];
            if (!title.empty() && title != cur.title) {
                error(row, col(ImportField::Code),
                    tr("the problem's number (序号) is empty, but the problem text differs from "
                       "problem %1 above: give the problem a number.")
                        .arg(QString::fromStdString(cur.code)));
                return -1;
            }
            idx = m_current;
        } else {
            idx = findOrCreateProblem(std::string(code));
        }
    } else {
        if (title.empty()) {
            if (m_current < 0) {
                error(row, col(ImportField::Problem),
                    tr("the problem (反馈问题) is empty and there is no problem above this row "
                       "to belong to."));
                return -1;
            }
            idx = m_current;
        } else if (m_current >= 0
            && title == m_problems[static_cast<std::size_t>(m_current)].title) {
            idx = m_current;
        } else {
            // Without a number column, problems are numbered in the order of the file.
            idx = findOrCreateProblem(std::to_string(++m_autoCode));
        }
    }

    ProblemState &p = m_problems[static_cast<std::size_t>(idx)];
    if (p.firstRow == 0) {
        m_current = idx;
        if (!startProblem(idx, rec))
            return -1;
    } else if (idx != m_current) {
        m_current = idx;
        if (!title.empty() && title != p.title) {
            warning(row, col(ImportField::Problem),
                tr("problem %1 appears again with different text; the text of row %2 is kept.")
                    .arg(QString::fromStdString(p.code))
                    .arg(p.firstRow));
        }
    }
    if (p.bad) {
        if (p.firstRow != row) {
            error(row, -1,
                tr("the row belongs to problem %1, whose first row (%2) has errors.")
                    .arg(QString::fromStdString(p.code))
                    .arg(p.firstRow));
        }
        return -1;
    }
    return idx;
}

bool LedgerMerge::startProblem(int idx, const SourceRow &rec)
{
    ProblemState &p = m_problems[static_cast<std::size_t>(idx)];
    p.firstRow = rec.number;
    const std::string_view title = cell(rec, ImportField::Problem);
    const std::string_view category = cell(rec, ImportField::Category);
    if (title.empty() && p.dbId == 0) {
        error(rec.number, col(ImportField::Problem),
            tr("problem %1 has no text (反馈问题) on its first row.")
                .arg(QString::fromStdString(p.code)));
        p.bad = true;
        return false;
    }
    for (ImportField own : { ImportField::Code, ImportField::Category, ImportField::Problem }) {
        const auto &unreadable = rec.unreadableCells;
        if (col(own) >= 0
            && std::find(unreadable.begin(), unreadable.end(), col(own)) != unreadable.end()) {
            p.bad = true; // the row's error names the cell
            return false;
        }
    }
    const bool existed = p.dbId != 0;
    // An existing problem keeps its text when the file leaves it empty.
    const std::string newTitle = title.empty() ? p.title : std::string(title);
    const std::string newCategory
        = category.empty() && col(ImportField::Category) < 0 ? p.category : std::string(category);
    if (existed) {
        if (newTitle == p.title && newCategory == p.category) {
            ++m_report.problems.unchanged;
            return true;
        }
        ++m_report.problems.updated;
        p.title = newTitle;
        p.category = newCategory;
        if (m_writing && !m_writer.updateProblem(p.dbId, p.category, p.title))
            fail(tr("update problem %1").arg(QString::fromStdString(p.code)));
        return true;
    }
    ++m_report.problems.added;
    p.title = newTitle;
    p.category = newCategory;
    if (m_writing
        && !m_writer.addProblem(
            m_report.inspectionId, p.code, p.category, p.title, ++m_sortOrder, &p.dbId))
        fail(tr("add problem %1").arg(QString::fromStdString(p.code)));
    return true;
}

Result<qint64> LedgerMerge::nameId(std::string_view name, bool unit)
{
    auto &map = unit ? m_units : m_people;
    std::string key(name);
    auto it = map.find(key);
    if (it != map.end())
        return it->second;
    ++(unit ? m_report.unitsAdded : m_report.peopleAdded);
    qint64 id = 0;
    if (m_writing && !m_writer.addName(unit, key, &id)) {
        fail(unit ? tr("add the unit %1").arg(cellText(name))
                  : tr("add the person %1").arg(cellText(name)));
        return Error { m_fatal.error() };
    }
    map.emplace(std::move(key), id);
    return id;
}

bool LedgerMerge::writeResponsibilities(qint64 taskId, const Names &names)
{
    struct Role
    {
        const char *key;
        const std::vector<std::string_view> *names;
        bool unit;
    };
    const Role roles[]
        = { { "leader", &names.leaders, false }, { "lead_unit", &names.leadUnits, true },
              { "co_unit", &names.coUnits, true }, { "person", &names.persons, false } };
    for (const Role &role : roles) {
        int position = 0;
        for (std::string_view name : *role.names) {
            auto id = nameId(name, role.unit);
            if (!id)
                return false;
            if (!m_writing)
                continue;
            if (!m_writer.addResponsibility(taskId, role.key, role.unit, *id, position++)) {
                fail(tr("save the responsibilities"));
                return false;
            }
        }
    }
    return true;
}

QDate LedgerMerge::dayCell(const SourceRow &rec, ImportField field)
{
    const std::string_view text = cell(rec, field);
    if (text.empty() || isUnknownDateMark(text))
        return QDate(); // not known, as "—" in Rectify's export says
    // The spellings of a progress date first (a month and day take the year of the
    // work), then those of a deadline (serial numbers, 20231231, 2023年12月底).
    const LeadingDate leading = parseLeadingDate(text, m_today, m_feedback);
    QDate day;
    bool future = false;
    if (leading.found && leading.length == text.size()) {
        if (leading.problem == LeadingDate::Problem::None)
            day = leading.date;
        future = leading.problem == LeadingDate::Problem::Future;
    } else {
        const DeadlineValue v = parseDeadline(text, m_feedback);
        if (v.kind == DeadlineValue::Kind::Date)
            day = v.date;
    }
    if (day.isValid() && day > m_today) {
        future = true;
        day = QDate();
    }
    if (future) {
        error(rec.number, col(field),
            tr("\"%1\" is after the day of the import: a task cannot be done in the future.")
                .arg(cellText(text)));
    } else if (!day.isValid()) {
        error(rec.number, col(field),
            tr("\"%1\" is not a date Rectify can read (for example 2024-06-30, 2024年6月30日); "
               "leave the cell empty when the date is not known.")
                .arg(cellText(text)));
    }
    return day;
}

void LedgerMerge::handleTask(const SourceRow &rec, int problem, bool *rowBad)
{
    const qint64 row = rec.number;
    const qint64 errorsBefore = m_report.errorCount;
    ProblemState &p = m_problems[static_cast<std::size_t>(problem)];
    std::string_view measure = cell(rec, ImportField::Measure);

    int number = 0;
    if (col(ImportField::TaskNumber) >= 0) {
        const std::string_view n = cell(rec, ImportField::TaskNumber);
        if (!n.empty()) {
            number = parseTaskNumber(n);
            if (number <= 0)
                error(row, col(ImportField::TaskNumber),
                    tr("\"%1\" is not a task number.").arg(cellText(n)));
        }
    } else {
        number = takeTaskNumberPrefix(measure);
    }

    const ExistingTask *existing = nullptr;
    quint64 key = 0;
    const quint64 measureKey = hashOf(measure, static_cast<quint64>(problem));
    if (number > 0) {
        key = (static_cast<quint64>(problem) << 32) | static_cast<quint32>(number);
        auto seen = m_seenTasks.emplace(key, row);
        if (!seen.second) {
            error(row, -1,
                tr("task (%1) of problem %2 appears twice: on row %3 and on this row.")
                    .arg(number)
                    .arg(QString::fromStdString(p.code))
                    .arg(seen.first));
        }
        p.nextNumber = std::max(p.nextNumber, number + 1);
    } else {
        auto seen = m_seenMeasures.emplace(measureKey, row);
        if (!seen.second) {
            error(row, col(ImportField::Measure),
                tr("the same measure appears twice under problem %1: on row %2 and on this row.")
                    .arg(QString::fromStdString(p.code))
                    .arg(seen.first));
        }
        if (auto m = m_existingByMeasure.find(measureKey); m != m_existingByMeasure.end())
            key = m->second;
    }
    if (key) {
        if (auto e = m_existing.find(key); e != m_existing.end())
            existing = &e->second;
    }

    const std::string_view deadlineCell = cell(rec, ImportField::Deadline);
    const DeadlineValue deadline = parseDeadline(deadlineCell, m_feedback);
    switch (deadline.problem) {
    case DeadlineValue::Problem::None:
        break;
    case DeadlineValue::Problem::Unreadable:
        error(row, col(ImportField::Deadline),
            tr("\"%1\" is not a deadline Rectify can read (for example 2024-06-30, "
               "2024年6月底, 长期坚持).")
                .arg(cellText(deadlineCell)));
        break;
    case DeadlineValue::Problem::NoSuchDate:
        error(row, col(ImportField::Deadline),
            tr("\"%1\" is not a possible date.").arg(cellText(deadlineCell)));
        break;
    case DeadlineValue::Problem::NeedsFeedbackDate:
        error(row, col(ImportField::Deadline),
            tr("\"%1\" depends on the inspection's feedback date, which is not set; set it "
               "(or give it to the import) first.")
                .arg(cellText(deadlineCell)));
        break;
    }
    const std::string_view statusCell = cell(rec, ImportField::Completion);
    StatusValue status = parseStatusWord(statusCell);
    if (!status.known) {
        warning(row, col(ImportField::Completion),
            tr("\"%1\" is not a status Rectify knows; the task is taken as not started.")
                .arg(cellText(statusCell)));
    }
    const QDate fileCompleted = dayCell(rec, ImportField::CompletedOn);
    const QDate fileClosed = dayCell(rec, ImportField::ClosedOn);
    if (fileCompleted.isValid() && fileClosed.isValid() && fileClosed < fileCompleted) {
        error(row, col(ImportField::ClosedOn),
            tr("the task is signed off (%1) before it was completed (%2).")
                .arg(fileClosed.toString(Qt::ISODate), fileCompleted.toString(Qt::ISODate)));
    }
    // Errors found earlier in the row (broken bytes, an open quote) stop it too.
    if (*rowBad || m_report.errorCount > errorsBefore) {
        *rowBad = true;
        return;
    }

    const bool longTerm = deadline.kind == DeadlineValue::Kind::LongTerm || status.longTerm;
    const QByteArray deadlineIso = isoDate(deadline.date);
    splitNames(cell(rec, ImportField::Leader), m_names.leaders);
    splitNames(cell(rec, ImportField::LeadUnit), m_names.leadUnits);
    splitNames(cell(rec, ImportField::CoUnit), m_names.coUnits);
    splitNames(cell(rec, ImportField::Person), m_names.persons);
    const std::string_view target = cell(rec, ImportField::Target);
    std::string_view progress = cell(rec, ImportField::Progress);
    // A progress cell that opens with a date keeps it, and loses it from the text
    // (the entry's date holds it); otherwise the entry's date is unknown, never today.
    QDate progressDate;
    if (!progress.empty()) {
        const LeadingDate leading = parseLeadingDate(progress, m_today, m_feedback);
        if (leading.found && leading.problem == LeadingDate::Problem::None
            && leading.length < progress.size()) {
            progressDate = leading.date;
            progress.remove_prefix(leading.length);
        } else if (leading.found && leading.problem != LeadingDate::Problem::None) {
            const QString opening = cellText(trimCell(progress.substr(0, leading.length)));
            warning(row, col(ImportField::Progress),
                leading.problem == LeadingDate::Problem::NoYear
                    ? tr("the progress opens with \"%1\", whose year cannot be told (it would "
                         "fall before the inspection's feedback date); the entry's date is left "
                         "unknown.")
                          .arg(opening)
                    : leading.problem == LeadingDate::Problem::Future
                    ? tr("the progress opens with \"%1\", after the day of the import; the "
                         "entry's date is left unknown.")
                          .arg(opening)
                    : tr("the progress opens with \"%1\", which is not a possible date; the "
                         "entry's date is left unknown.")
                          .arg(opening));
        }
    }
    m_remarks.assign(cell(rec, ImportField::Remarks));
    for (int c : m_extraColumns) {
        if (static_cast<std::size_t>(c) >= rec.cells.size())
            continue;
        const std::string_view v = trimCell(rec.cells[static_cast<std::size_t>(c)]);
        if (v.empty())
            continue;
        if (!m_remarks.empty())
            m_remarks += '\n';
        m_remarks += m_headers[static_cast<std::size_t>(c)];
        m_remarks += "\xEF\xBC\x9A"; // ：
        m_remarks += v;
    }

    TaskStatus newStatus = status.status;
    QDate completedOn;
    QDate closedOn;
    if (existing && isReadOnly(existing->status))
        newStatus = existing->status; // a sign-off made in the app is kept
    // The ledger's own dates: a date the ledger holds is kept, else the file's;
    // without one the date is unknown (NULL), never the import day, which would
    // put years of work on the chart in one day (statistics.md).
    if (isDone(newStatus))
        completedOn
            = existing && existing->completedOn.isValid() ? existing->completedOn : fileCompleted;
    if (newStatus == TaskStatus::Closed)
        closedOn = existing && existing->closedOn.isValid() ? existing->closedOn : fileClosed;
    if ((fileCompleted.isValid() && !isDone(newStatus))
        || (fileClosed.isValid() && newStatus != TaskStatus::Closed)) {
        warning(row,
            fileCompleted.isValid() && !isDone(newStatus) ? col(ImportField::CompletedOn)
                                                          : col(ImportField::ClosedOn),
            tr("the task is %1: the date is not imported.").arg(taskStatusLabel(newStatus)));
    }
    const QByteArray completedIso = isoDate(completedOn);
    const QByteArray closedIso = isoDate(closedOn);
    const auto view = [](const QByteArray &b) {
        return std::string_view(b.constData(), static_cast<std::size_t>(b.size()));
    };
    const FieldHashes fields = fieldHashes(measure, target, deadlineIso, longTerm, newStatus,
        m_remarks, m_names, view(completedIso), view(closedIso));
    const quint64 progressHash = progress.empty() ? 0 : hashOf(progress);
    bool addProgress = !progress.empty() && (!existing || existing->progressHash != progressHash);
    bool changed = !existing || existing->fields != fields;
    if (existing && !isReadOnly(existing->status) && newStatus == TaskStatus::Closed
        && (changed || addProgress)) {
        // Signing off is a supervisor's step in the app, never an import's, whoever
        // imports: the task stays as it was and the row says why.
        warning(row, col(ImportField::Completion),
            tr("task (%1) of problem %2 is not signed off in the ledger: an import does not "
               "sign off a task, so this row's changes were not imported. A supervisor signs it "
               "off in the app.")
                .arg(existing->number)
                .arg(QString::fromStdString(p.code)));
        changed = false;
        addProgress = false;
    }
    if (existing && isReadOnly(existing->status) && (changed || addProgress)) {
        // A signed-off task is read-only until a supervisor reopens it, for the
        // import as in the app: the row is left out and the report says so.
        warning(row, -1,
            tr("task (%1) of problem %2 is closed (signed off): this row's changes were not "
               "imported. A supervisor must reopen the task first.")
                .arg(existing->number)
                .arg(QString::fromStdString(p.code)));
        changed = false;
        addProgress = false;
    }
    if (addProgress)
        ++m_report.progressAdded;

    qint64 taskId = existing ? existing->id : 0;
    if (!existing)
        ++m_report.tasks.added;
    else if (changed || addProgress)
        ++m_report.tasks.updated;
    else
        ++m_report.tasks.unchanged;
    if (!existing && number <= 0)
        number = p.nextNumber++;

    if (!m_writing) {
        // Count the units and people an import would add.
        for (const auto *list : { &m_names.leaders, &m_names.persons })
            for (std::string_view n : *list)
                (void)nameId(n, false);
        for (const auto *list : { &m_names.leadUnits, &m_names.coUnits })
            for (std::string_view n : *list)
                (void)nameId(n, true);
        return;
    }
    if (!changed && !addProgress)
        return;
    const QByteArray statusKey = taskStatusKey(newStatus).toLatin1();
    const std::string_view statusView(
        statusKey.constData(), static_cast<std::size_t>(statusKey.size()));
    ImportWriter::TaskValues values;
    values.measure = measure;
    values.target = target;
    values.deadline = view(deadlineIso);
    values.longTerm = longTerm;
    values.status = statusView;
    values.completedOn = view(completedIso);
    values.closedOn = view(closedIso);
    values.remarks = m_remarks;
    if (!existing) {
        if (!m_writer.addTask(p.dbId, number, values, &taskId)) {
            fail(tr("add task (%1) of problem %2").arg(number).arg(QString::fromStdString(p.code)));
            return;
        }
        if (!writeResponsibilities(taskId, m_names))
            return;
    } else if (changed) {
        if (!m_writer.updateTask(taskId, values)) {
            fail(tr("update task #%1").arg(taskId));
            return;
        }
        if (!m_writer.clearResponsibilities(taskId)) {
            fail(tr("save the responsibilities"));
            return;
        }
        if (!writeResponsibilities(taskId, m_names))
            return;
    }
    const QByteArray progressIso = isoDate(progressDate);
    if (addProgress
        && !m_writer.addProgress(
            taskId, view(progressIso), progress, view(m_importAuthor), view(m_nowIso))) {
        fail(tr("add the progress of task #%1").arg(taskId));
        return;
    }
    auditTask(taskId, existing, fields, addProgress, newStatus);
}

} // namespace rectify
