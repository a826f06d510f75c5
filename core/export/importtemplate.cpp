#include "export/importtemplate.h"

#include "export/csvexporter.h"
#include "export/xlsxexporter.h"
#include "store/ledger.h"

#include <QDir>
#include <QTemporaryDir>

namespace rectify {

namespace {

// One problem with one task, its responsibilities and a progress entry: every
// column of the template has an example.
Status writeExample(Ledger &ledger, const QDate &today)
{
    auto inspection = ledger.defaultInspection();
    if (!inspection)
        return Error { inspection.error() };
    Problem p;
    p.inspectionId = inspection->id;
    p.code = QStringLiteral("1");
    p.category = QStringLiteral("作风建设");
    p.title = QStringLiteral("（示例）窗口单位服务意识不强，群众办事多头跑");
    auto problem = ledger.addProblem(p);
    if (!problem)
        return Error { problem.error() };
    Task t;
    t.problemId = *problem;
    t.number = 1;
    t.measure = QStringLiteral("开展窗口服务作风专项整治，推行首问负责和一次性告知制度");
    t.target = QStringLiteral("群众办事“最多跑一次”");
    t.deadline = today.addMonths(3);
    t.status = TaskStatus::InProgress;
    t.remarks = QStringLiteral("示例行，填写后请删除");
    t.responsibilities.leaders = { QStringLiteral("张明") };
    t.responsibilities.leadUnits = { QStringLiteral("政务服务中心") };
    t.responsibilities.coUnits = { QStringLiteral("办公室"), QStringLiteral("组织人事部") };
    t.responsibilities.persons = { QStringLiteral("李华") };
    auto task = ledger.addTask(t);
    if (!task)
        return Error { task.error() };
    ProgressEntry e;
    e.taskId = *task;
    e.date = today;
    e.text = QStringLiteral("已制定专项整治方案，完成首轮窗口明察暗访");
    if (auto added = ledger.addProgress(e); !added)
        return Error { added.error() };
    return {};
}

} // namespace

Status ImportTemplate::write(const QString &xlsxPath, const QString &csvPath, const QDate &today)
{
    const QDate day = today.isValid() ? today : QDate::currentDate();
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error {
            tr("Cannot create a temporary folder for the template: %1").arg(dir.errorString())
        };
    Ledger ledger;
    ledger.setActor(QStringLiteral("template"));
    if (Status opened = ledger.open(dir.filePath(QStringLiteral("template.sqlite"))); !opened)
        return opened;
    if (Status example = writeExample(ledger, day); !example)
        return example;
    if (!xlsxPath.isEmpty()) {
        XlsxExporter::Options options;
        options.today = day;
        if (auto written = XlsxExporter::write(ledger, xlsxPath, options); !written)
            return Error { written.error() };
    }
    if (!csvPath.isEmpty()) {
        CsvExporter::Options options;
        options.encoding = CsvExporter::Encoding::Utf8Bom;
        if (auto written = CsvExporter::write(ledger, csvPath, options); !written)
            return Error { written.error() };
    }
    ledger.close();
    return {};
}

} // namespace rectify
