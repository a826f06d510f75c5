#include "report/problemreport.h"

#include "report/bulletin.h"
#include "store/ledger.h"

#include <algorithm>

namespace rectify {

namespace {

using Style = OfficialDocument::Style;

const char *const chineseNumbers[] = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十" };

// 一 … 十, 十一 … 九十九: the numbers of （一） headings.
QString chineseNumber(int n)
{
    if (n >= 1 && n <= 10)
        return QString::fromUtf8(chineseNumbers[n - 1]);
    if (n > 10 && n < 100) {
        const int tens = n / 10, ones = n % 10;
        QString s = tens == 1 ? QString() : QString::fromUtf8(chineseNumbers[tens - 1]);
        s += QString::fromUtf8(chineseNumbers[9]);
        if (ones)
            s += QString::fromUtf8(chineseNumbers[ones - 1]);
        return s;
    }
    return QString::number(n);
}

QString names(const QStringList &list)
{
    return list.isEmpty() ? OfficialDocument::placeholder() : list.join(QStringLiteral("、"));
}

QString statusText(const Task &t)
{
    switch (t.status) {
    case TaskStatus::NotStarted:
        return QStringLiteral("未启动");
    case TaskStatus::InProgress:
        return t.longTerm ? QStringLiteral("长期坚持，持续推进") : QStringLiteral("推进中");
    case TaskStatus::Completed:
        return t.completedOn.isValid()
            ? QStringLiteral("已于%1完成，待评估销号").arg(Bulletin::chineseDate(t.completedOn))
            : QStringLiteral("已完成，待评估销号");
    case TaskStatus::Closed:
        break;
    }
    QString s = t.completedOn.isValid()
        ? QStringLiteral("已于%1完成").arg(Bulletin::chineseDate(t.completedOn))
        : QStringLiteral("已完成");
    s += t.closedOn.isValid()
        ? QStringLiteral("，%1经评估销号").arg(Bulletin::chineseDate(t.closedOn))
        : QStringLiteral("，已销号");
    return s;
}

} // namespace

Result<OfficialDocument> ProblemReport::build(
    const Ledger &ledger, qint64 problemId, const QDate &today)
{
    auto problem = ledger.problem(problemId);
    if (!problem)
        return Error { problem.error() };
    auto inspection = ledger.inspection(problem->inspectionId);
    if (!inspection)
        return Error { inspection.error() };
    auto tasks = ledger.tasks(problemId);
    if (!tasks)
        return Error { tasks.error() };

    OfficialDocument doc;
    const QString title
        = problem->title.trimmed().isEmpty() ? problem->code : problem->title.trimmed();
    doc.add(Style::Title, QStringLiteral("关于“%1”问题的整改情况报告").arg(title));
    // "…巡察反馈" already says 反馈.
    const QString source = inspection->name.endsWith(QStringLiteral("反馈"))
        ? inspection->name
        : inspection->name + QStringLiteral("反馈");
    doc.add(Style::Body,
        QStringLiteral("%1问题第%2项：“%3”。现将该问题的整改情况报告如下。")
            .arg(source, problem->code, problem->title));

    doc.add(Style::Heading1, QStringLiteral("一、问题基本情况"));
    QString basics
        = QStringLiteral("问题类别：%1。")
              .arg(problem->category.trimmed().isEmpty() ? OfficialDocument::placeholder()
                                                         : problem->category);
    if (!problem->description.trimmed().isEmpty())
        basics += QStringLiteral("问题表现：") + problem->description;
    doc.add(Style::Body, basics);
    doc.add(Style::Body,
        QStringLiteral("针对该问题制定整改措施%1项。截至%2，已完成%3项。")
            .arg(tasks->size())
            .arg(Bulletin::chineseDate(today))
            .arg(std::count_if(
                tasks->cbegin(), tasks->cend(), [](const Task &t) { return isDone(t.status); })));

    doc.add(Style::Heading1, QStringLiteral("二、整改措施及完成情况"));
    if (tasks->isEmpty())
        doc.add(Style::Body, OfficialDocument::placeholder(QStringLiteral("该问题尚无整改措施")));
    int n = 0;
    for (const Task &t : *tasks) {
        doc.add(Style::Heading2, QStringLiteral("（%1）%2").arg(chineseNumber(++n), t.measure));
        QString plan;
        if (!t.target.trimmed().isEmpty())
            plan += QStringLiteral("整改目标：%1。").arg(t.target);
        plan += QStringLiteral("整改时限：%1。")
                    .arg(t.longTerm                ? QStringLiteral("长期坚持")
                            : t.deadline.isValid() ? Bulletin::chineseDate(t.deadline)
                                                   : OfficialDocument::placeholder());
        const Responsibilities &r = t.responsibilities;
        plan += QStringLiteral("责任领导：%1；牵头单位：%2；")
                    .arg(names(r.leaders), names(r.leadUnits));
        if (!r.coUnits.isEmpty())
            plan += QStringLiteral("配合单位：%1；").arg(names(r.coUnits));
        plan += QStringLiteral("责任人：%1。").arg(names(r.persons));
        doc.add(Style::Body, plan);
        doc.add(Style::Body, QStringLiteral("完成情况：%1。").arg(statusText(t)));

        auto progress = ledger.progress(t.id);
        if (!progress)
            return Error { progress.error() };
        QStringList entries;
        for (const ProgressEntry &e : *progress) {
            if (e.date.isValid() && e.date > today)
                continue;
            entries << (e.date.isValid() ? Bulletin::chineseDate(e.date) + QStringLiteral("，")
                                         : QString())
                    + e.text;
        }
        if (entries.isEmpty()) {
            doc.add(Style::Body,
                QStringLiteral("整改进展：")
                    + OfficialDocument::placeholder(QStringLiteral("整改进展")));
        } else {
            doc.add(Style::Body, QStringLiteral("整改进展："));
            for (const QString &e : entries)
                doc.add(Style::Body, e);
        }

        auto evidence = ledger.evidence(t.id);
        if (!evidence)
            return Error { evidence.error() };
        QStringList files;
        for (const Evidence &e : *evidence)
            files << QStringLiteral("%1.%2").arg(files.size() + 1).arg(e.fileName);
        doc.add(Style::Body,
            files.isEmpty() ? QStringLiteral("佐证材料：无。")
                            : QStringLiteral("佐证材料：") + files.join(QStringLiteral("；"))
                    + QStringLiteral("。"));
    }

    doc.add(Style::Heading1, QStringLiteral("三、整改成效及下一步工作"));
    doc.add(Style::Body, OfficialDocument::placeholder(QStringLiteral("整改成效及下一步工作打算")));
    return doc;
}

} // namespace rectify
