#include "import/csvimporter.h"

#include "import/cellvalues.h"
#include "import/csvreader.h"
#include "import/importwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <array>
#include <unordered_map>

namespace rectify {

namespace {

constexpr std::array<char, 3> delimiterCandidates { ',', '\t', ';' };
constexpr int headerSearchRows = 20;
constexpr qint64 progressEveryRows = 4096;

QString fromUtf8(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

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

struct Detection
{
    TextEncoding encoding = TextEncoding::Utf8;
    char delimiter = ',';
    qint64 headerRow = 0;
    QVector<ImportColumn> columns;
    std::vector<std::vector<std::string>> sample;
};

// The text decoders hand out U+FFFD for bytes that are not valid in the encoding.
constexpr std::string_view replacementCharacter = "\xEF\xBF\xBD";

// The first cell holding U+FFFD, or -1.
template<typename Cells> int invalidCell(const Cells &cells)
{
    for (std::size_t c = 0; c < cells.size(); ++c) {
        if (std::string_view(cells[c]).find(replacementCharacter) != std::string_view::npos)
            return static_cast<int>(c);
    }
    return -1;
}

int countMatches(const std::vector<std::string> &cells, bool *hasMeasure)
{
    QSet<ImportField> seen;
    for (const std::string &c : cells) {
        const ImportField f = matchHeader(fromUtf8(c));
        if (f != ImportField::None)
            seen.insert(f);
    }
    *hasMeasure = seen.contains(ImportField::Measure);
    return static_cast<int>(seen.size());
}

} // namespace

// ---------------------------------------------------------------------------

// One pass over a file: analysis, or analysis with writes.
class CsvImporter::Run final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::CsvImporter)

public:
    Run(Ledger &ledger, const ImportOptions &options, bool write, ImportReport &report)
        : m_ledger(ledger)
        , m_o(options)
        , m_write(write)
        , m_writing(write)
        , m_r(report)
    { }
    Q_DISABLE_COPY_MOVE(Run)

    static Result<Detection> detect(const QString &path, const ImportOptions &o);
    Status resolveInspection();
    Status prepare(const Detection &d);
    Status loadExisting();
    // Reads every row; false when cancelled.
    Result<bool> readRows(TextSource &source, const Progress &progress);
    Status writeAudit();
    bool failedRows() const { return m_r.errorCount > 0; }
    // Where the ledger is read and the rows are written.
    void setWriter(ImportWriter *writer) { m_writer = writer; }

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
    struct ExistingTask
    {
        qint64 id = 0;
        int number = 0;
        TaskStatus status = TaskStatus::NotStarted;
        QDate completedOn;
        QDate closedOn;
        quint64 fingerprint = 0;
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
    std::string_view cell(const CsvRecord &rec, ImportField f) const
    {
        const int c = col(f);
        return c >= 0 && static_cast<std::size_t>(c) < rec.cells.size()
            ? unneutralise(trimCell(rec.cells[static_cast<std::size_t>(c)]))
            : std::string_view();
    }
    void handleRecord(const CsvRecord &rec);
    static QString invalidBytesMessage(TextEncoding encoding)
    {
        return tr("the cell holds bytes that are not valid %1 text (shown as \uFFFD). Is the "
                  "file in another encoding? Choose it, or correct the cell.")
            .arg(textEncodingName(encoding).toUpper());
    }
    int resolveProblem(const CsvRecord &rec);
    int findOrCreateProblem(const std::string &code);
    bool startProblem(int idx, const CsvRecord &rec);
    void handleTask(const CsvRecord &rec, int problem, bool *rowBad);
    static quint64 fingerprint(std::string_view measure, std::string_view target,
        const QByteArray &deadline, bool longTerm, TaskStatus status, std::string_view remarks,
        const Names &names);
    Result<qint64> nameId(std::string_view name, bool unit);
    bool writeResponsibilities(qint64 taskId, const Names &names);
    void fail(const QString &what)
    {
        if (m_fatal.ok())
            m_fatal = Error { tr("Cannot %1: %2").arg(what, m_writer->error()) };
        m_writing = false;
    }
    void stopWriting() { m_writing = m_writing && m_o.skipBadRows; }

    Ledger &m_ledger;
    const ImportOptions &m_o;
    const bool m_write;
    bool m_writing;
    ImportReport &m_r;
    Status m_fatal;
    ImportWriter *m_writer = nullptr;
    const TextSource *m_source = nullptr;

    QDate m_today;
    QByteArray m_todayIso;
    QByteArray m_nowIso;
    QByteArray m_actor;
    QDate m_feedback;

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
    std::unordered_map<quint64, qint64> m_seenTasks; // key → row
    std::unordered_map<quint64, qint64> m_seenMeasures; // hash(problem, measure) → row
    std::unordered_map<std::string, qint64> m_units, m_people;

    // Scratch space reused for every row.
    Names m_names;
    std::string m_remarks;
};

void CsvImporter::Run::issue(
    ImportIssue::Severity s, qint64 row, int column, const QString &message)
{
    if (s == ImportIssue::Severity::Error)
        ++m_r.errorCount;
    else
        ++m_r.warningCount;
    if (m_r.issues.size() >= m_o.maxIssues)
        return;
    ImportIssue i;
    i.severity = s;
    i.row = row;
    i.column = column;
    if (column >= 0 && column < m_columns.size())
        i.header = m_columns.at(column).header;
    i.message = message;
    m_r.issues << i;
}

Result<Detection> CsvImporter::Run::detect(const QString &path, const ImportOptions &o)
{
    const QString shown = QDir::toNativeSeparators(path);
    TextSource source;
    if (auto opened = source.open(path, o.encoding); !opened)
        return Error { opened.error() };
    std::string text;
    // 256 KiB of text hold the title and header rows of any real ledger.
    while (text.size() < (256u << 10) && source.read(text)) { }
    if (!source.error().isEmpty())
        return Error { tr("Cannot read %1: %2").arg(shown, source.error()) };
    if (text.size() > (256u << 10))
        text.resize(256u << 10);

    Detection best;
    best.encoding = source.encoding();
    int bestScore = -1;
    for (char delimiter : delimiterCandidates) {
        if (o.delimiter && delimiter != o.delimiter)
            continue;
        auto rows = CsvReader::parseAll(text, delimiter);
        if (rows.size() > 200)
            rows.resize(200);
        qint64 headerRow = 0;
        int matches = 0;
        if (o.headerRow > 0) {
            headerRow = o.headerRow;
            if (static_cast<std::size_t>(headerRow) <= rows.size()) {
                bool measure = false;
                matches = countMatches(rows[static_cast<std::size_t>(headerRow - 1)], &measure);
            }
        } else {
            for (std::size_t i = 0; i < rows.size() && i < headerSearchRows; ++i) {
                bool measure = false;
                const int m = countMatches(rows[i], &measure);
                if (measure && m >= 2 && m > matches) {
                    matches = m;
                    headerRow = static_cast<qint64>(i) + 1;
                }
            }
        }
        // Rows below the header that have the header's width break ties.
        int consistent = 0;
        if (headerRow > 0 && static_cast<std::size_t>(headerRow) <= rows.size()) {
            const std::size_t width = rows[static_cast<std::size_t>(headerRow - 1)].size();
            for (std::size_t i = static_cast<std::size_t>(headerRow); i < rows.size() && i < 60;
                 ++i)
                consistent += rows[i].size() == width ? 1 : 0;
        }
        const int score = matches * 100 + consistent;
        if (score > bestScore) {
            bestScore = score;
            best.delimiter = delimiter;
            best.headerRow = headerRow;
            best.sample = std::move(rows);
        }
    }
    if (best.headerRow <= 0 || static_cast<std::size_t>(best.headerRow) > best.sample.size()) {
        if (source.hadInvalidBytes()) {
            // Most likely the wrong encoding (chosen, or guessed from broken bytes):
            // say where the bytes are rather than that no header was found.
            for (std::size_t r = 0; r < best.sample.size(); ++r) {
                const int c = invalidCell(best.sample[r]);
                if (c < 0)
                    continue;
                return Error { tr("%1 is not valid %2 text: row %3, column %4 holds bytes that "
                                  "are not valid %2, and no header row was found. Choose the "
                                  "file's encoding.")
                                   .arg(shown, textEncodingName(best.encoding).toUpper())
                                   .arg(r + 1)
                                   .arg(columnLetters(c)) };
            }
        }
        if (o.headerRow > 0)
            return Error {
                tr("%1 has no row %2 to take the header from.").arg(shown).arg(o.headerRow)
            };
        return Error { tr("%1 has no header row: none of its first %2 rows names a measure column "
                          "(整改措施, 整改任务, 具体措施 or 任务清单) next to other known columns. "
                          "Check the encoding and the delimiter, or choose the header row.")
                           .arg(shown)
                           .arg(headerSearchRows) };
    }
    const auto &header = best.sample[static_cast<std::size_t>(best.headerRow - 1)];
    const int width = std::max<int>(static_cast<int>(header.size()), o.mapping.size());
    for (int c = 0; c < width; ++c) {
        ImportColumn column;
        column.index = c;
        column.header = static_cast<std::size_t>(c) < header.size()
            ? fromUtf8(trimCell(header[static_cast<std::size_t>(c)]))
            : QString();
        if (!o.mapping.isEmpty())
            column.field = c < o.mapping.size() ? o.mapping.at(c) : ImportField::None;
        else
            column.field = matchHeader(column.header);
        best.columns << column;
    }
    return best;
}

Status CsvImporter::Run::resolveInspection()
{
    std::optional<Inspection> found;
    if (!m_o.inspectionName.trimmed().isEmpty()) {
        auto f = m_ledger.findInspection(m_o.inspectionName);
        if (!f)
            return Error { f.error() };
        found = *f;
        if (!found && m_write) {
            Inspection i;
            i.name = m_o.inspectionName.trimmed();
            i.feedbackDate = m_o.feedbackDate;
            auto id = m_ledger.addInspection(i);
            if (!id)
                return Error { id.error() };
            i.id = *id;
            found = i;
        }
        m_r.inspectionName = found ? found->name : m_o.inspectionName.trimmed();
    } else if (m_o.inspectionId > 0) {
        auto i = m_ledger.inspection(m_o.inspectionId);
        if (!i)
            return Error { i.error() };
        found = *i;
    } else if (m_write) {
        auto i = m_ledger.defaultInspection();
        if (!i)
            return Error { i.error() };
        found = *i;
    } else {
        // Analysis does not write: find the default inspection without creating it.
        auto key = m_ledger.setting(QStringLiteral("default_inspection"));
        if (!key)
            return Error { key.error() };
        if (!key->isEmpty()) {
            if (auto i = m_ledger.inspection(key->toLongLong()))
                found = *i;
        }
        if (!found) {
            auto all = m_ledger.inspections();
            if (!all)
                return Error { all.error() };
            if (!all->isEmpty())
                found = all->first();
        }
        if (!found)
            m_r.inspectionName = tr("Inspection feedback");
    }
    if (found) {
        m_r.inspectionId = found->id;
        m_r.inspectionName = found->name;
        m_feedback = found->feedbackDate;
        if (!m_feedback.isValid() && m_o.feedbackDate.isValid()) {
            m_feedback = m_o.feedbackDate;
            if (m_write) {
                Inspection changed = *found;
                changed.feedbackDate = m_o.feedbackDate;
                if (auto s = m_ledger.updateInspection(changed); !s)
                    return s;
            }
        }
    } else {
        m_feedback = m_o.feedbackDate;
    }
    return {};
}

Status CsvImporter::Run::prepare(const Detection &d)
{
    m_today = m_o.today.isValid() ? m_o.today : m_ledger.now().toLocalTime().date();
    m_todayIso = isoDate(m_today);
    m_nowIso = m_ledger.now().toUTC().toString(Qt::ISODateWithMs).toUtf8();
    m_actor = (m_ledger.actor().isEmpty() ? QStringLiteral("?") : m_ledger.actor()).toUtf8();
    m_headerRow = d.headerRow;
    m_columns = d.columns;
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
        if (c.field == ImportField::ExtraRemark && m_o.mapping.isEmpty()
            && matchHeader(c.header) == ImportField::None) {
            warning(m_headerRow, c.index,
                tr("not a column Rectify knows; its values are kept in the remarks."));
        }
    }
    if (m_o.mapping.isEmpty()) {
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
    m_r.columns = m_columns;
    m_r.headerRow = d.headerRow;
    m_r.delimiter = d.delimiter;
    m_r.encoding = d.encoding;

    if (col(ImportField::Measure) < 0)
        return Error { tr("No column is mapped to the measure (整改措施): every row is a task "
                          "and needs one.") };
    if (col(ImportField::Code) < 0 && col(ImportField::Problem) < 0)
        return Error { tr("No column is mapped to the problem's number (序号) or its text "
                          "(反馈问题): rows cannot be grouped into problems.") };

    return m_writer->prepare(m_write);
}

quint64 CsvImporter::Run::fingerprint(std::string_view measure, std::string_view target,
    const QByteArray &deadline, bool longTerm, TaskStatus status, std::string_view remarks,
    const Names &names)
{
    Fingerprint f;
    f.field(measure);
    f.field(target);
    f.field(std::string_view(deadline.constData(), static_cast<std::size_t>(deadline.size())));
    f.field(longTerm ? "1" : "0");
    f.field(taskStatusKey(status).toStdString());
    f.field(remarks);
    for (const auto *list : { &names.leaders, &names.leadUnits, &names.coUnits, &names.persons }) {
        for (std::string_view n : *list)
            f.field(n);
        f.bytes("\x1e");
    }
    return f.h;
}

Status CsvImporter::Run::loadExisting()
{
    {
        auto units = m_writer->query("SELECT name, id FROM units");
        while (units->next())
            m_units.emplace(std::string(units->text(0)), units->integer(1));
        auto people = m_writer->query("SELECT name, id FROM people");
        while (people->next())
            m_people.emplace(std::string(people->text(0)), people->integer(1));
        if (units->failed() || people->failed())
            return Error { tr("Cannot read the units and people: %1").arg(m_writer->error()) };
    }
    if (m_r.inspectionId <= 0)
        return {};

    std::unordered_map<qint64, int> problemIndex;
    {
        auto q = m_writer->query(
            "SELECT id, code, category, title, sort_order FROM problems WHERE inspection_id = ?",
            m_r.inspectionId);
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
            return Error { tr("Cannot read the problems: %1").arg(m_writer->error()) };
    }
    // Tasks, their responsibilities and their latest progress, merged by task id.
    auto tasks = m_writer->query(
        "SELECT t.id, t.problem_id, t.number, t.measure, t.target, t.deadline, t.long_term, "
        "t.status, t.completed_on, t.closed_on, t.remarks FROM tasks t "
        "JOIN problems p ON p.id = t.problem_id WHERE p.inspection_id = ? ORDER BY t.id",
        m_r.inspectionId);
    auto resp = m_writer->query(
        "SELECT r.task_id, CASE r.role WHEN 'leader' THEN 0 WHEN 'lead_unit' THEN 1 "
        "WHEN 'co_unit' THEN 2 ELSE 3 END AS k, COALESCE(u.name, pe.name) FROM responsibilities r "
        "JOIN tasks t ON t.id = r.task_id JOIN problems p ON p.id = t.problem_id "
        "LEFT JOIN units u ON u.id = r.unit_id LEFT JOIN people pe ON pe.id = r.person_id "
        "WHERE p.inspection_id = ? ORDER BY r.task_id, k, r.position, r.id",
        m_r.inspectionId);
    auto progress = m_writer->query(
        "SELECT e.task_id, e.text FROM progress_entries e JOIN tasks t ON t.id = e.task_id "
        "JOIN problems p ON p.id = t.problem_id WHERE p.inspection_id = ? "
        "ORDER BY e.task_id, e.entry_date, e.id",
        m_r.inspectionId);
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
        t.status = taskStatusFromKey(fromUtf8(tasks->text(7))).value_or(TaskStatus::NotStarted);
        t.completedOn = QDate::fromString(fromUtf8(tasks->text(8)), Qt::ISODate);
        t.closedOn = QDate::fromString(fromUtf8(tasks->text(9)), Qt::ISODate);
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
        t.fingerprint = fingerprint(tasks->text(3), tasks->text(4),
            QByteArray(deadline.data(), static_cast<qsizetype>(deadline.size())),
            tasks->integer(6) != 0, t.status, tasks->text(10), views);
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
        return Error { tr("Cannot read the tasks: %1").arg(m_writer->error()) };
    return {};
}

Result<bool> CsvImporter::Run::readRows(TextSource &source, const Progress &progress)
{
    m_source = &source;
    CsvReader reader([&](std::string &out) { return source.read(out); }, m_r.delimiter);
    CsvRecord rec;
    qint64 count = 0;
    while (reader.next(rec)) {
        if (rec.row > m_headerRow)
            handleRecord(rec);
        if (!m_fatal)
            return Error { m_fatal.error() };
        if (progress && ++count % progressEveryRows == 0
            && !progress(source.bytesRead(), source.size()))
            return false;
    }
    const QString shown = QDir::toNativeSeparators(m_r.filePath);
    if (!source.error().isEmpty())
        return Error { tr("Cannot read %1: %2").arg(shown, source.error()) };
    if (reader.tooLong()) {
        error(rec.row + 1, -1,
            tr("the row is longer than %1 MiB; a quote is probably not closed.")
                .arg(CsvReader::maxRecordBytes() >> 20));
        m_r.skippedRows += 1;
        stopWriting();
        m_writing = false;
    }
    if (progress)
        progress(source.bytesRead(), source.size());
    return true;
}

void CsvImporter::Run::handleRecord(const CsvRecord &rec)
{
    if (rec.isBlank()) {
        ++m_r.blankRows;
        return;
    }
    ++m_r.dataRows;
    const qint64 row = rec.row;
    const qint64 errorsBefore = m_r.errorCount;
    if (rec.unterminatedQuote)
        error(row, -1, tr("a quoted cell is not closed before the end of the file."));
    if (m_source && m_source->hadInvalidBytes()) {
        const int c = invalidCell(rec.cells);
        if (c >= 0)
            error(row, c, invalidBytesMessage(m_r.encoding));
    }
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
        if (filled <= 1 && !rec.unterminatedQuote) {
            // A heading such as "一、政治建设方面" across the whole row.
            ++m_r.ignoredRows;
            warning(row, -1, tr("ignored: the row has no measure (整改措施)."));
            return;
        }
        error(row, col(ImportField::Measure), tr("the measure (整改措施) is empty."));
    }

    const int problem = resolveProblem(rec);
    bool rowBad = m_r.errorCount > errorsBefore;
    if (problem >= 0 && !measure.empty())
        handleTask(rec, problem, &rowBad);
    if (rowBad || m_r.errorCount > errorsBefore) {
        ++m_r.skippedRows;
        if (m_r.skippedRowNumbers.size() < m_o.maxIssues)
            m_r.skippedRowNumbers << row;
        stopWriting();
    } else {
        ++m_r.importedRows;
    }
}

int CsvImporter::Run::findOrCreateProblem(const std::string &code)
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

int CsvImporter::Run::resolveProblem(const CsvRecord &rec)
{
    const qint64 row = rec.row;
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

bool CsvImporter::Run::startProblem(int idx, const CsvRecord &rec)
{
    ProblemState &p = m_problems[static_cast<std::size_t>(idx)];
    p.firstRow = rec.row;
    const std::string_view title = cell(rec, ImportField::Problem);
    const std::string_view category = cell(rec, ImportField::Category);
    if (title.empty() && p.dbId == 0) {
        error(rec.row, col(ImportField::Problem),
            tr("problem %1 has no text (反馈问题) on its first row.")
                .arg(QString::fromStdString(p.code)));
        p.bad = true;
        return false;
    }
    if (m_source && m_source->hadInvalidBytes()
        && (title.find(replacementCharacter) != std::string_view::npos
            || category.find(replacementCharacter) != std::string_view::npos
            || p.code.find(replacementCharacter) != std::string::npos)) {
        p.bad = true; // the row's error names the cell
        return false;
    }
    const bool existed = p.dbId != 0;
    // An existing problem keeps its text when the file leaves it empty.
    const std::string newTitle = title.empty() ? p.title : std::string(title);
    const std::string newCategory
        = category.empty() && col(ImportField::Category) < 0 ? p.category : std::string(category);
    if (existed) {
        if (newTitle == p.title && newCategory == p.category) {
            ++m_r.problems.unchanged;
            return true;
        }
        ++m_r.problems.updated;
        p.title = newTitle;
        p.category = newCategory;
        if (m_writing && !m_writer->updateProblem(p.dbId, p.category, p.title))
            fail(tr("update problem %1").arg(QString::fromStdString(p.code)));
        return true;
    }
    ++m_r.problems.added;
    p.title = newTitle;
    p.category = newCategory;
    if (m_writing
        && !m_writer->addProblem(
            m_r.inspectionId, p.code, p.category, p.title, ++m_sortOrder, &p.dbId))
        fail(tr("add problem %1").arg(QString::fromStdString(p.code)));
    return true;
}

Result<qint64> CsvImporter::Run::nameId(std::string_view name, bool unit)
{
    auto &map = unit ? m_units : m_people;
    std::string key(name);
    auto it = map.find(key);
    if (it != map.end())
        return it->second;
    ++(unit ? m_r.unitsAdded : m_r.peopleAdded);
    qint64 id = 0;
    if (m_writing && !m_writer->addName(unit, key, &id)) {
        fail(unit ? tr("add the unit %1").arg(fromUtf8(name))
                  : tr("add the person %1").arg(fromUtf8(name)));
        return Error { m_fatal.error() };
    }
    map.emplace(std::move(key), id);
    return id;
}

bool CsvImporter::Run::writeResponsibilities(qint64 taskId, const Names &names)
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
            if (!m_writer->addResponsibility(taskId, role.key, role.unit, *id, position++)) {
                fail(tr("save the responsibilities"));
                return false;
            }
        }
    }
    return true;
}

void CsvImporter::Run::handleTask(const CsvRecord &rec, int problem, bool *rowBad)
{
    const qint64 row = rec.row;
    const qint64 errorsBefore = m_r.errorCount;
    ProblemState &p = m_problems[static_cast<std::size_t>(problem)];
    std::string_view measure = cell(rec, ImportField::Measure);

    int number = 0;
    if (col(ImportField::TaskNumber) >= 0) {
        const std::string_view n = cell(rec, ImportField::TaskNumber);
        if (!n.empty()) {
            number = parseTaskNumber(n);
            if (number <= 0)
                error(row, col(ImportField::TaskNumber),
                    tr("\"%1\" is not a task number.").arg(fromUtf8(n)));
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
                    .arg(seen.first->second));
        }
        p.nextNumber = std::max(p.nextNumber, number + 1);
    } else {
        auto seen = m_seenMeasures.emplace(measureKey, row);
        if (!seen.second) {
            error(row, col(ImportField::Measure),
                tr("the same measure appears twice under problem %1: on row %2 and on this row.")
                    .arg(QString::fromStdString(p.code))
                    .arg(seen.first->second));
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
                .arg(fromUtf8(deadlineCell)));
        break;
    case DeadlineValue::Problem::NoSuchDate:
        error(row, col(ImportField::Deadline),
            tr("\"%1\" is not a possible date.").arg(fromUtf8(deadlineCell)));
        break;
    case DeadlineValue::Problem::NeedsFeedbackDate:
        error(row, col(ImportField::Deadline),
            tr("\"%1\" depends on the inspection's feedback date, which is not set; set it "
               "(or give it to the import) first.")
                .arg(fromUtf8(deadlineCell)));
        break;
    }
    const std::string_view statusCell = cell(rec, ImportField::Completion);
    StatusValue status = parseStatusWord(statusCell);
    if (!status.known) {
        warning(row, col(ImportField::Completion),
            tr("\"%1\" is not a status Rectify knows; the task is taken as not started.")
                .arg(fromUtf8(statusCell)));
    }
    // Errors found earlier in the row (broken bytes, an open quote) stop it too.
    if (*rowBad || m_r.errorCount > errorsBefore) {
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
    const std::string_view progress = cell(rec, ImportField::Progress);
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
    if (existing && existing->status == TaskStatus::Closed)
        newStatus = TaskStatus::Closed; // a sign-off made in the app is kept
    if (isDone(newStatus))
        completedOn = existing && existing->completedOn.isValid() ? existing->completedOn : m_today;
    if (newStatus == TaskStatus::Closed)
        closedOn = existing && existing->closedOn.isValid() ? existing->closedOn : m_today;
    const quint64 fp
        = fingerprint(measure, target, deadlineIso, longTerm, newStatus, m_remarks, m_names);
    const quint64 progressHash = progress.empty() ? 0 : hashOf(progress);
    bool addProgress = !progress.empty() && (!existing || existing->progressHash != progressHash);
    bool changed = !existing || existing->fingerprint != fp;
    if (existing && existing->status == TaskStatus::Closed && (changed || addProgress)) {
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
        ++m_r.progressAdded;

    qint64 taskId = existing ? existing->id : 0;
    if (!existing)
        ++m_r.tasks.added;
    else if (changed || addProgress)
        ++m_r.tasks.updated;
    else
        ++m_r.tasks.unchanged;
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
    const QByteArray completedIso = isoDate(completedOn);
    const QByteArray closedIso = isoDate(closedOn);
    const auto view = [](const QByteArray &b) {
        return std::string_view(b.constData(), static_cast<std::size_t>(b.size()));
    };
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
        if (!m_writer->addTask(p.dbId, number, values, &taskId)) {
            fail(tr("add task (%1) of problem %2").arg(number).arg(QString::fromStdString(p.code)));
            return;
        }
        if (!writeResponsibilities(taskId, m_names))
            return;
    } else if (changed) {
        if (!m_writer->updateTask(taskId, values)) {
            fail(tr("update task #%1").arg(taskId));
            return;
        }
        if (!m_writer->clearResponsibilities(taskId)) {
            fail(tr("save the responsibilities"));
            return;
        }
        if (!writeResponsibilities(taskId, m_names))
            return;
    }
    if (addProgress
        && !m_writer->addProgress(
            taskId, view(m_todayIso), progress, view(m_actor), view(m_nowIso)))
        fail(tr("add the progress of task #%1").arg(taskId));
}

Status CsvImporter::Run::writeAudit()
{
    // One entry for the whole import, not one per row.
    const QJsonObject o {
        { QStringLiteral("file"), QFileInfo(m_r.filePath).fileName() },
        { QStringLiteral("sha256"), QString::fromLatin1(m_r.sha256.toHex()) },
        { QStringLiteral("rows"), m_r.importedRows },
        { QStringLiteral("skippedRows"), m_r.skippedRows },
        { QStringLiteral("problemsAdded"), m_r.problems.added },
        { QStringLiteral("problemsUpdated"), m_r.problems.updated },
        { QStringLiteral("problemsUnchanged"), m_r.problems.unchanged },
        { QStringLiteral("tasksAdded"), m_r.tasks.added },
        { QStringLiteral("tasksUpdated"), m_r.tasks.updated },
        { QStringLiteral("tasksUnchanged"), m_r.tasks.unchanged },
    };
    AuditEntry e;
    e.entity = QStringLiteral("import");
    e.entityId = m_r.inspectionId;
    e.field = QStringLiteral("file");
    e.newValue = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    e.reason = tr("imported %1").arg(QFileInfo(m_r.filePath).fileName());
    return m_ledger.appendAudit(e);
}

// ---------------------------------------------------------------------------

CsvImporter::CsvImporter(Ledger &ledger)
    : m_ledger(ledger)
{ }

CsvImporter::~CsvImporter() = default;

Result<ImportPreview> CsvImporter::preview(
    const QString &path, const ImportOptions &options, int rows)
{
    auto d = Run::detect(path, options);
    if (!d)
        return Error { d.error() };
    ImportPreview p;
    p.encoding = d->encoding;
    p.delimiter = d->delimiter;
    p.headerRow = d->headerRow;
    p.columns = d->columns;
    for (std::size_t i = 0; i < d->sample.size() && static_cast<int>(i) < rows; ++i) {
        QStringList cells;
        for (const std::string &c : d->sample[i])
            cells << fromUtf8(c);
        p.rows << cells;
        p.rowNumbers << static_cast<qint64>(i) + 1;
    }
    return p;
}

Result<ImportReport> CsvImporter::analyse(
    const QString &path, const ImportOptions &options, const Progress &progress)
{
    return process(path, options, progress, false);
}

Result<ImportReport> CsvImporter::import(
    const QString &path, const ImportOptions &options, const Progress &progress)
{
    return process(path, options, progress, true);
}

Result<ImportReport> CsvImporter::process(
    const QString &path, const ImportOptions &options, const Progress &progress, bool write)
{
    if (!m_ledger.isOpen())
        return Error { tr("No ledger is open.") };
    if (write && m_ledger.isReadOnly())
        return Error { tr("The ledger is open read-only.") };
    ImportReport report;
    report.filePath = QFileInfo(path).absoluteFilePath();
    auto detection = Run::detect(path, options);
    if (!detection)
        return Error { detection.error() };

    // The writer outlives the transaction: it restores its connection settings
    // after the commit or the rollback.
    const std::unique_ptr<ImportWriter> writer = ImportWriter::create(m_ledger);
    std::optional<Ledger::Transaction> tx;
    if (write) {
        if (auto s = writer->beforeTransaction(); !s)
            return Error { s.error() };
        tx.emplace(m_ledger);
        if (!tx->status())
            return Error { tx->status().error() };
    }
    Run run(m_ledger, options, write, report);
    run.setWriter(writer.get());
    if (auto s = run.resolveInspection(); !s)
        return Error { s.error() };
    if (auto s = run.prepare(*detection); !s)
        return Error { tr("%1: %2").arg(QDir::toNativeSeparators(report.filePath), s.error()) };
    if (auto s = run.loadExisting(); !s)
        return Error { s.error() };
    if (write) {
        if (auto s = writer->beginWriting(); !s)
            return Error { s.error() };
    }
    TextSource source;
    if (auto s = source.open(path, detection->encoding); !s)
        return Error { s.error() };
    report.fileSize = source.size();
    auto finished = run.readRows(source, progress);
    if (!finished)
        return Error { finished.error() };
    report.sha256 = source.sha256();
    if (!*finished) {
        report.cancelled = true;
        return report; // the transaction rolls back
    }
    if (write && (!run.failedRows() || options.skipBadRows)) {
        if (auto s = writer->finish(); !s)
            return Error { s.error() };
        if (auto a = run.writeAudit(); !a)
            return Error { a.error() };
        if (auto c = tx->commit(); !c)
            return Error { c.error() };
        report.committed = true;
    }
    return report;
}

} // namespace rectify
