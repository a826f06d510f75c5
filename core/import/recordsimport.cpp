#include "import/recordsimport.h"

#include "domain/records.h"
#include "import/csvreader.h"
#include "import/textsource.h"
#include "store/ledger.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <cmath>

namespace rectify {

namespace {

// The columns of RecordsExport, by header (English keys accepted too).
enum Column
{
    InspectionName,
    Kind,
    Date,
    EndDate,
    RoundNumber,
    Title,
    Category,
    Party,
    DocNumber,
    Count,
    Value,
    Unit,
    ProblemCode,
    TaskRef,
    Notes,
    OwnerUnit,
    ColumnCount
};

const char *const headerWords[ColumnCount][2] = {
    { "巡视", "inspection" },
    { "成效类别", "kind" },
    { "日期", "date" },
    { "结束日期", "end_date" },
    { "轮次", "round" },
    { "标题", "title" },
    { "类型", "category" },
    { "单位或对象", "party" },
    { "文号", "doc_number" },
    { "数量", "count" },
    { "数值", "value" },
    { "计量单位", "unit" },
    { "问题序号", "problem" },
    { "任务", "task" },
    { "备注", "notes" },
    { "记录单位", "owner_unit" },
};

enum class RowKind
{
    Stationed,
    Record,
    Finding,
};

struct Item
{
    qint64 row = 0;
    RowKind what = RowKind::Record;
    Record record;
    SupervisionFinding finding;
    int roundNumber = 0; // a finding's round
};

// A cell as the exporter wrote it: the apostrophe that neutralised a formula goes.
QString cellText(std::string_view cell)
{
    QString s = QString::fromUtf8(cell.data(), static_cast<qsizetype>(cell.size())).trimmed();
    if (s.size() > 1 && s.at(0) == QLatin1Char('\'')
        && QStringLiteral("=+-@\t\r").contains(s.at(1)))
        s.remove(0, 1);
    return s;
}

QDate parseDate(const QString &text, bool *ok)
{
    *ok = true;
    if (text.isEmpty())
        return QDate();
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$"));
    const auto m = pattern.match(text);
    const QDate d = m.hasMatch()
        ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt())
        : QDate();
    *ok = d.isValid();
    return d;
}

// `a` held by the ledger, `b` read from the file (a round without a number in the
// file is the one with its other values).
bool sameRecord(const Record &a, const Record &b)
{
    return a.kind == b.kind && a.problemId == b.problemId && a.taskId == b.taskId
        && a.date == b.date && a.endDate == b.endDate && (b.number == 0 || a.number == b.number)
        && a.title == b.title && a.category == b.category && a.party == b.party
        && a.docNumber == b.docNumber && a.count == b.count
        && (a.kind != RecordKind::Result || (a.value == b.value && a.unit == b.unit))
        && a.notes == b.notes && a.ownerUnit == b.ownerUnit;
}

} // namespace

Result<RecordsImport::Report> RecordsImport::run(Ledger &ledger, const QString &path, bool dryRun)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    TextSource source;
    if (auto opened = source.open(path, TextEncoding::Auto); !opened)
        return Error { opened.error() };
    CsvReader reader([&source](std::string &out) { return source.read(out); }, ',');

    Report report;
    QStringList errors;
    const auto where = [&](qint64 row, int column) {
        return tr("%1, row %2, column %3 (%4)")
            .arg(shown)
            .arg(row)
            .arg(column + 1)
            .arg(QString::fromUtf8(headerWords[column][0]));
    };

    // The header row: the first row that is not blank.
    int columnOf[ColumnCount];
    std::fill(std::begin(columnOf), std::end(columnOf), -1);
    CsvRecord rec;
    bool header = false;
    while (!header && reader.next(rec)) {
        if (rec.isBlank())
            continue;
        for (std::size_t c = 0; c < rec.cells.size(); ++c) {
            QString word = cellText(rec.cells[c]);
            if (word.startsWith(QChar(0xFEFF)))
                word.remove(0, 1);
            for (int k = 0; k < ColumnCount; ++k) {
                if (word == QString::fromUtf8(headerWords[k][0])
                    || word.toLower() == QLatin1String(headerWords[k][1]))
                    columnOf[k] = static_cast<int>(c);
            }
        }
        header = true;
    }
    if (!header)
        return Error { tr("%1 holds no rows. Nothing was imported.").arg(shown) };
    for (int k : { InspectionName, Kind }) {
        if (columnOf[k] < 0)
            return Error { tr("%1 has no column %2: is it a records file (rectify-cli "
                              "export-records)? Nothing was imported.")
                               .arg(shown, QString::fromUtf8(headerWords[k][0])) };
    }

    auto inspections = ledger.inspections();
    if (!inspections)
        return Error { inspections.error() };
    QHash<QString, Inspection> inspectionByName;
    for (const Inspection &i : std::as_const(*inspections))
        inspectionByName.insert(i.name, i);
    QHash<qint64, QHash<QString, qint64>> problemIds; // by inspection, by code
    QHash<qint64, QHash<QString, qint64>> taskIds; // by inspection, by CODE.NUMBER
    const auto loadLists = [&](qint64 inspectionId) -> Status {
        if (problemIds.contains(inspectionId))
            return {};
        auto problems = ledger.problems(inspectionId);
        if (!problems)
            return Error { problems.error() };
        QHash<QString, qint64> &codes = problemIds[inspectionId];
        QHash<QString, qint64> &refs = taskIds[inspectionId];
        for (const Problem &p : std::as_const(*problems)) {
            codes.insert(p.code, p.id);
            auto tasks = ledger.tasks(p.id);
            if (!tasks)
                return Error { tasks.error() };
            for (const Task &t : std::as_const(*tasks))
                refs.insert(QStringLiteral("%1.%2").arg(p.code).arg(t.number), t.id);
        }
        return {};
    };

    QVector<Item> items;
    while (reader.next(rec)) {
        if (rec.isBlank())
            continue;
        ++report.rows;
        const auto cell = [&](int k) {
            const int c = columnOf[k];
            return c >= 0 && static_cast<std::size_t>(c) < rec.cells.size()
                ? cellText(rec.cells[static_cast<std::size_t>(c)])
                : QString();
        };
        const auto fail = [&](int k, const QString &why) {
            errors << where(rec.row, k) + QStringLiteral(": ") + why;
        };
        Item item;
        item.row = rec.row;
        const QString name = cell(InspectionName);
        if (!inspectionByName.contains(name)) {
            fail(InspectionName,
                name.isEmpty() ? tr("no inspection named")
                               : tr("the ledger has no inspection %1").arg(name));
            continue;
        }
        const Inspection &inspection = inspectionByName[name];
        if (auto s = loadLists(inspection.id); !s)
            return Error { s.error() };
        const QString kindText = cell(Kind);
        std::optional<RecordKind> kind;
        for (RecordKind k : allRecordKinds()) {
            if (kindText == recordKindFileWord(k))
                kind = k;
        }
        if (!kind)
            kind = recordKindFromKey(kindText);
        if (kindText == QStringLiteral("进驻") || kindText.toLower() == QLatin1String("stationed"))
            item.what = RowKind::Stationed;
        else if (kindText == QStringLiteral("督查发现")
            || kindText.toLower() == QLatin1String("finding"))
            item.what = RowKind::Finding;
        else if (!kind) {
            fail(Kind,
                tr("%1 is not a kind of record (进驻, 会议, 督查, 督查发现, 建章立制, 问责, "
                   "量化成效)")
                    .arg(kindText));
            continue;
        }
        bool ok = true;
        const QDate date = parseDate(cell(Date), &ok);
        if (!ok)
            fail(Date, tr("%1 is not a date (YYYY-MM-DD)").arg(cell(Date)));
        const QDate endDate = parseDate(cell(EndDate), &ok);
        if (!ok)
            fail(EndDate, tr("%1 is not a date (YYYY-MM-DD)").arg(cell(EndDate)));
        int round = 0;
        if (!cell(RoundNumber).isEmpty()) {
            round = cell(RoundNumber).toInt(&ok);
            if (!ok || round < 1)
                fail(
                    RoundNumber, tr("%1 is not a round number (1, 2, ...)").arg(cell(RoundNumber)));
        }
        qint64 taskId = 0;
        if (const QString ref = cell(TaskRef); !ref.isEmpty()) {
            taskId = taskIds[inspection.id].value(ref);
            if (!taskId)
                fail(TaskRef, tr("%1 has no task %2").arg(inspection.name, ref));
        }
        qint64 problemId = 0;
        if (const QString code = cell(ProblemCode); !code.isEmpty()) {
            problemId = problemIds[inspection.id].value(code);
            if (!problemId)
                fail(ProblemCode, tr("%1 has no problem %2").arg(inspection.name, code));
        }
        if (item.what == RowKind::Stationed) {
            item.record.inspectionId = inspection.id;
            item.record.date = date;
            item.record.endDate = endDate;
            if (date.isValid() && endDate.isValid() && endDate < date)
                fail(EndDate, tr("the stay ends before it begins"));
        } else if (item.what == RowKind::Finding) {
            item.finding.taskId = taskId;
            item.finding.text = cell(Title);
            item.roundNumber = round;
            item.record.inspectionId = inspection.id;
            if (round < 1)
                fail(RoundNumber, tr("a finding names the number of its round"));
            if (cell(TaskRef).isEmpty())
                fail(TaskRef, tr("a finding names its task (CODE.NUMBER)"));
            if (item.finding.text.isEmpty())
                fail(Title, tr("a finding needs a text"));
        } else {
            Record &r = item.record;
            r.inspectionId = inspection.id;
            r.kind = *kind;
            r.date = date;
            r.endDate = endDate;
            r.number = round;
            r.title = cell(Title);
            r.category = cell(Category);
            r.party = cell(Party);
            r.docNumber = cell(DocNumber);
            if (!cell(Count).isEmpty()) {
                r.count = cell(Count).toLongLong(&ok);
                if (!ok || r.count < 0)
                    fail(Count, tr("%1 is not a count (0, 1, 2, ...)").arg(cell(Count)));
            }
            if (!cell(Value).isEmpty()) {
                r.value = cell(Value).toDouble(&ok);
                if (!ok || !std::isfinite(r.value))
                    fail(Value, tr("%1 is not a number").arg(cell(Value)));
            } else if (r.kind == RecordKind::Result) {
                fail(Value, tr("a quantified result needs its value"));
            }
            r.unit = cell(Unit);
            r.problemId = problemId;
            r.taskId = taskId;
            r.notes = cell(Notes);
            r.ownerUnit = cell(OwnerUnit);
        }
        items << item;
    }
    if (reader.tooLong())
        errors << tr("%1: a row is longer than the reader accepts").arg(shown);
    if (!source.error().isEmpty())
        return Error { source.error() };
    if (!errors.isEmpty()) {
        const int shownErrors = 20;
        QStringList lines = errors.mid(0, shownErrors);
        if (errors.size() > shownErrors)
            lines << tr("... and %1 more").arg(errors.size() - shownErrors);
        return Error {
            tr("%1 has errors; nothing was imported:\n%2").arg(shown, lines.join(QLatin1Char('\n')))
        };
    }

    // The writes: one transaction; a row the ledger refuses names itself.
    Ledger::Transaction tx(ledger);
    if (!tx.status())
        return Error { tx.status().error() };
    const auto rowError = [&](qint64 row, const QString &why) {
        return Error { tr("%1, row %2: %3 Nothing was imported.").arg(shown).arg(row).arg(why) };
    };
    for (const Item &item : std::as_const(items)) {
        if (item.what == RowKind::Stationed) {
            auto i = ledger.inspection(item.record.inspectionId);
            if (!i)
                return rowError(item.row, i.error());
            if (i->stationedFrom == item.record.date && i->stationedTo == item.record.endDate) {
                ++report.unchanged;
                continue;
            }
            Inspection changed = *i;
            changed.stationedFrom = item.record.date;
            changed.stationedTo = item.record.endDate;
            if (auto s = ledger.updateInspection(changed); !s)
                return rowError(item.row, s.error());
            ++report.stationedSet;
            continue;
        }
        auto existing = ledger.records(item.record.inspectionId);
        if (!existing)
            return rowError(item.row, existing.error());
        if (item.what == RowKind::Finding) {
            const Record *round = nullptr;
            for (const Record &r : std::as_const(*existing)) {
                if (r.kind == RecordKind::SupervisionRound && r.number == item.roundNumber)
                    round = &r;
            }
            if (!round)
                return rowError(item.row,
                    tr("The inspection has no supervision round %1 (a round's row comes before "
                       "its findings).")
                        .arg(item.roundNumber));
            bool held = false;
            for (const SupervisionFinding &f : round->findings)
                held = held || (f.taskId == item.finding.taskId && f.text == item.finding.text);
            if (held) {
                ++report.unchanged;
                continue;
            }
            SupervisionFinding f = item.finding;
            f.recordId = round->id;
            if (auto added = ledger.addFinding(f); !added)
                return rowError(item.row, added.error());
            ++report.findingsAdded;
            continue;
        }
        bool held = false;
        for (const Record &r : std::as_const(*existing)) {
            if (sameRecord(r, item.record)) {
                held = true;
                break;
            }
            if (item.record.kind == RecordKind::SupervisionRound
                && r.kind == RecordKind::SupervisionRound && item.record.number > 0
                && r.number == item.record.number)
                return rowError(item.row,
                    tr("The inspection already has a supervision round %1, with other values.")
                        .arg(item.record.number));
        }
        if (held) {
            ++report.unchanged;
            continue;
        }
        if (auto added = ledger.addRecord(item.record); !added)
            return rowError(item.row, added.error());
        ++report.added;
    }
    if (!dryRun) {
        if (auto c = tx.commit(); !c)
            return Error { c.error() };
    }
    return report;
}

} // namespace rectify
