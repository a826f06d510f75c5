#include "export/recordsexport.h"

#include "store/ledger.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>

namespace rectify {

namespace {

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

// Problem codes and task references by id, read once each.
class Names final
{
public:
    explicit Names(const Ledger &ledger)
        : m_ledger(ledger)
    { }

    Result<QString> problemCode(qint64 id)
    {
        if (id <= 0)
            return QString();
        if (!m_problems.contains(id)) {
            auto p = m_ledger.problem(id);
            if (!p)
                return Error { p.error() };
            m_problems.insert(id, p->code);
        }
        return m_problems.value(id);
    }

    Result<QString> taskRef(qint64 id)
    {
        if (id <= 0)
            return QString();
        if (!m_tasks.contains(id)) {
            auto t = m_ledger.task(id);
            if (!t)
                return Error { t.error() };
            auto code = problemCode(t->problemId);
            if (!code)
                return code;
            m_tasks.insert(id, QStringLiteral("%1.%2").arg(*code).arg(t->number));
        }
        return m_tasks.value(id);
    }

private:
    const Ledger &m_ledger;
    QHash<qint64, QString> m_problems;
    QHash<qint64, QString> m_tasks;
};

} // namespace

QString RecordsExport::stationedWord()
{
    return QStringLiteral("进驻");
}

QString RecordsExport::findingWord()
{
    return QStringLiteral("督查发现");
}

QString RecordsExport::kindWord(RecordKind kind)
{
    return recordKindFileWord(kind);
}

QStringList RecordsExport::headers()
{
    return { QStringLiteral("巡视"), QStringLiteral("成效类别"), QStringLiteral("日期"),
        QStringLiteral("结束日期"), QStringLiteral("轮次"), QStringLiteral("标题"),
        QStringLiteral("类型"), QStringLiteral("单位或对象"), QStringLiteral("文号"),
        QStringLiteral("数量"), QStringLiteral("数值"), QStringLiteral("计量单位"),
        QStringLiteral("问题序号"), QStringLiteral("任务"), QStringLiteral("备注"),
        QStringLiteral("记录单位") };
}

Result<QVector<QStringList>> RecordsExport::rows(const Ledger &ledger, qint64 inspectionId)
{
    auto inspections = ledger.inspections();
    if (!inspections)
        return Error { inspections.error() };
    Names names(ledger);
    QVector<QStringList> out;
    for (const Inspection &i : std::as_const(*inspections)) {
        if (inspectionId > 0 && i.id != inspectionId)
            continue;
        if (i.stationedFrom.isValid() || i.stationedTo.isValid()) {
            QStringList row(ColumnCount);
            row[InspectionName] = i.name;
            row[Kind] = stationedWord();
            row[Date] = isoDate(i.stationedFrom);
            row[EndDate] = isoDate(i.stationedTo);
            out << row;
        }
        auto records = ledger.records(i.id);
        if (!records)
            return Error { records.error() };
        for (const Record &r : std::as_const(*records)) {
            QStringList row(ColumnCount);
            row[InspectionName] = i.name;
            row[Kind] = kindWord(r.kind);
            row[Date] = isoDate(r.date);
            row[EndDate] = isoDate(r.endDate);
            if (r.kind == RecordKind::SupervisionRound)
                row[Round] = QString::number(r.number);
            row[Title] = r.title;
            row[Category] = r.category;
            row[Party] = r.party;
            row[DocNumber] = r.docNumber;
            if (r.kind == RecordKind::SupervisionRound || r.kind == RecordKind::Accountability)
                row[Count] = QString::number(r.count);
            if (r.kind == RecordKind::Result) {
                row[Value] = QString::number(r.value, 'g', 15);
                row[Unit] = r.unit;
            }
            auto code = names.problemCode(r.problemId);
            if (!code)
                return Error { code.error() };
            row[ProblemCode] = *code;
            auto ref = names.taskRef(r.taskId);
            if (!ref)
                return Error { ref.error() };
            row[TaskRef] = *ref;
            row[Notes] = r.notes;
            row[OwnerUnit] = r.ownerUnit;
            out << row;
            for (const SupervisionFinding &f : r.findings) {
                QStringList finding(ColumnCount);
                finding[InspectionName] = i.name;
                finding[Kind] = findingWord();
                finding[Round] = QString::number(r.number);
                finding[Title] = f.text;
                auto taskRef = names.taskRef(f.taskId);
                if (!taskRef)
                    return Error { taskRef.error() };
                finding[TaskRef] = *taskRef;
                out << finding;
            }
        }
    }
    return out;
}

Result<qint64> RecordsExport::writeCsv(
    const Ledger &ledger, const QString &path, qint64 inspectionId, CsvExporter::Encoding encoding)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    auto table = rows(ledger, inspectionId);
    if (!table)
        return Error { table.error() };
    QString text;
    if (encoding == CsvExporter::Encoding::Utf8Bom)
        text += QChar(0xFEFF);
    text += CsvExporter::record(headers());
    for (const QStringList &row : std::as_const(*table))
        text += CsvExporter::record(row);
    auto bytes = CsvExporter::encode(text, encoding);
    if (!bytes)
        return Error { tr("Cannot write %1: %2").arg(shown, bytes.error()) };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
        return Error { tr("Cannot write %1: %2").arg(shown, file.errorString()) };
    return static_cast<qint64>(table->size());
}

} // namespace rectify
