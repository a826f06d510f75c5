#include "import/importreport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace rectify {

QString columnLetters(int column)
{
    QString out;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        out.prepend(QChar(u'A' + (c - 1) % 26));
    return out;
}

QString ImportIssue::text() const
{
    QString where;
    if (row > 0 && column >= 0) {
        where = header.isEmpty()
            ? tr("Row %1, column %2").arg(row).arg(columnLetters(column))
            : tr("Row %1, column %2 (%3)").arg(row).arg(columnLetters(column), header);
    } else if (row > 0) {
        where = tr("Row %1").arg(row);
    } else if (column >= 0) {
        where = header.isEmpty() ? tr("Column %1").arg(columnLetters(column))
                                 : tr("Column %1 (%2)").arg(columnLetters(column), header);
    }
    const QString kind = severity == Severity::Error ? tr("error") : tr("warning");
    return where.isEmpty() ? tr("%1: %2").arg(kind, message)
                           : tr("%1: %2: %3").arg(where, kind, message);
}

QString ImportReport::text() const
{
    QStringList lines;
    QStringList details;
    for (const SourceDetail &d : source)
        details << d.text;
    lines << (details.isEmpty()
            ? tr("File: %1 (header on row %2)")
                  .arg(QDir::toNativeSeparators(filePath))
                  .arg(headerRow)
            : tr("File: %1 (%2, header on row %3)")
                  .arg(QDir::toNativeSeparators(filePath), details.join(tr(", ")))
                  .arg(headerRow));
    if (!inspectionName.isEmpty())
        lines << tr("Inspection: %1").arg(inspectionName);
    lines << tr("Rows: %1 with data, %2 to import, %3 with errors, %4 ignored, %5 blank")
                 .arg(dataRows)
                 .arg(importedRows)
                 .arg(skippedRows)
                 .arg(ignoredRows)
                 .arg(blankRows);
    lines << tr("Problems: %1 added, %2 updated, %3 unchanged")
                 .arg(problems.added)
                 .arg(problems.updated)
                 .arg(problems.unchanged);
    lines << tr("Tasks: %1 added, %2 updated, %3 unchanged")
                 .arg(tasks.added)
                 .arg(tasks.updated)
                 .arg(tasks.unchanged);
    lines << tr("New units: %1; new people: %2; progress entries: %3")
                 .arg(unitsAdded)
                 .arg(peopleAdded)
                 .arg(progressAdded);
    lines << tr("%1 errors, %2 warnings").arg(errorCount).arg(warningCount);
    for (const ImportIssue &issue : issues)
        lines << issue.text();
    if (errorCount + warningCount > issues.size())
        lines << tr("(%1 more not shown)").arg(errorCount + warningCount - issues.size());
    if (!skippedRowNumbers.isEmpty()) {
        QStringList rows;
        for (qint64 r : skippedRowNumbers)
            rows << QString::number(r);
        lines << tr("Rows skipped: %1").arg(rows.join(QStringLiteral(", ")));
    }
    return lines.join(QLatin1Char('\n'));
}

QJsonObject ImportReport::toJson() const
{
    const auto counts = [](const ImportCounts &c) {
        return QJsonObject { { QStringLiteral("added"), c.added },
            { QStringLiteral("updated"), c.updated },
            { QStringLiteral("unchanged"), c.unchanged } };
    };
    QJsonArray columnArray;
    for (const ImportColumn &c : columns) {
        columnArray.append(QJsonObject { { QStringLiteral("column"), columnLetters(c.index) },
            { QStringLiteral("header"), c.header },
            { QStringLiteral("field"), importFieldKey(c.field) } });
    }
    QJsonArray issueArray;
    for (const ImportIssue &i : issues) {
        QJsonObject o { { QStringLiteral("severity"),
                            i.severity == ImportIssue::Severity::Error
                                ? QStringLiteral("error")
                                : QStringLiteral("warning") },
            { QStringLiteral("row"), i.row }, { QStringLiteral("message"), i.message } };
        if (i.column >= 0) {
            o.insert(QStringLiteral("column"), columnLetters(i.column));
            o.insert(QStringLiteral("header"), i.header);
        }
        issueArray.append(o);
    }
    QJsonArray skipped;
    for (qint64 r : skippedRowNumbers)
        skipped.append(r);
    QJsonObject o {
        { QStringLiteral("file"), QFileInfo(filePath).fileName() },
        { QStringLiteral("sha256"), QString::fromLatin1(sha256.toHex()) },
        { QStringLiteral("size"), fileSize },
        { QStringLiteral("headerRow"), headerRow },
        { QStringLiteral("columns"), columnArray },
        { QStringLiteral("inspection"), inspectionName },
        { QStringLiteral("dataRows"), dataRows },
        { QStringLiteral("blankRows"), blankRows },
        { QStringLiteral("ignoredRows"), ignoredRows },
        { QStringLiteral("importedRows"), importedRows },
        { QStringLiteral("skippedRows"), skippedRows },
        { QStringLiteral("problems"), counts(problems) },
        { QStringLiteral("tasks"), counts(tasks) },
        { QStringLiteral("unitsAdded"), unitsAdded },
        { QStringLiteral("peopleAdded"), peopleAdded },
        { QStringLiteral("progressAdded"), progressAdded },
        { QStringLiteral("errors"), errorCount },
        { QStringLiteral("warnings"), warningCount },
        { QStringLiteral("issues"), issueArray },
        { QStringLiteral("skippedRowNumbers"), skipped },
        { QStringLiteral("committed"), committed },
    };
    // The source's own details ("encoding", "delimiter" for CSV) beside the rest.
    for (const SourceDetail &d : source)
        o.insert(d.key, d.json);
    return o;
}

} // namespace rectify
