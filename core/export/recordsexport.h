#pragma once

#include "domain/records.h"
#include "export/csvexporter.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace rectify {

class Ledger;

// The 整改成效 records as rows of a table: the records CSV (rectify-cli
// export-records, read back by RecordsImport) and the 整改成效 sheet of the xlsx
// export. One row per inspection whose stay on site (进驻) is known, one per
// record, and one per finding of a supervision round (after its round). The
// columns are fixed (see docs/csv-format.md, "Records"); a row names its
// inspection, problem (序号) and task (CODE.NUMBER) by what the user sees, not by
// ids, so that the file can be read into another ledger that holds the same lists.
class RecordsExport final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::RecordsExport)

public:
    enum Column
    {
        InspectionName, // 巡视
        Kind, // 成效类别: 进驻, 会议, 督查, 督查发现, 建章立制, 问责, 量化成效
        Date, // 日期 (YYYY-MM-DD)
        EndDate, // 结束日期
        Round, // 轮次
        Title, // 标题 (a finding's text)
        Category, // 类型 (of a meeting, of accountability)
        Party, // 单位或对象 (led by, issuing unit, who)
        DocNumber, // 文号
        Count, // 数量
        Value, // 数值
        Unit, // 计量单位
        ProblemCode, // 问题序号
        TaskRef, // 任务 (CODE.NUMBER)
        Notes, // 备注
        OwnerUnit, // 记录单位
        ColumnCount
    };

    // The fixed words of the Kind column.
    static QString stationedWord(); // 进驻
    static QString findingWord(); // 督查发现
    static QString kindWord(RecordKind kind); // 会议, 督查, 建章立制, 问责, 量化成效

    static QStringList headers();
    // The rows of one inspection (0: every inspection), in ledger order.
    static Result<QVector<QStringList>> rows(const Ledger &ledger, qint64 inspectionId = 0);
    // Writes the records CSV atomically; returns the number of data rows.
    static Result<qint64> writeCsv(const Ledger &ledger, const QString &path,
        qint64 inspectionId = 0, CsvExporter::Encoding encoding = CsvExporter::Encoding::Utf8Bom);
};

} // namespace rectify
