#include "report/bulletin.h"

#include "report/bulletinfacts.h"
#include "store/ledger.h"

#include <QHash>

namespace rectify {

namespace {

using Style = OfficialDocument::Style;

QString orPlaceholder(const QString &value)
{
    return value.trimmed().isEmpty() ? OfficialDocument::placeholder() : value.trimmed();
}

QString dateOrPlaceholder(const QDate &date)
{
    return date.isValid() ? Bulletin::chineseDate(date) : OfficialDocument::placeholder();
}

QString countOrPlaceholder(const std::optional<qint64> &count)
{
    return count ? QString::number(*count) : OfficialDocument::placeholder();
}

// A problem as the 通报 names it: its title, or its number when it has none.
QString problemName(const ReportProblem &p)
{
    if (!p.title.trimmed().isEmpty())
        return p.title;
    return QStringLiteral("第%1项").arg(p.code);
}

// What remains of a task in section （二）, after its progress.
QString remains(const ReportTask &t, const QDate &today)
{
    if (isDone(t.status)) {
        if (t.completedOn.isValid())
            return QStringLiteral("（已于%1完成）").arg(Bulletin::chineseDate(t.completedOn));
        return QStringLiteral("（已完成）");
    }
    if (t.longTerm)
        return QStringLiteral("（长期坚持）");
    const QString status
        = t.status == TaskStatus::NotStarted ? QStringLiteral("未启动") : QStringLiteral("推进中");
    if (!t.deadline.isValid())
        return QStringLiteral("（%1）").arg(status);
    return QStringLiteral("（%1，整改时限：%2%3）")
        .arg(status, Bulletin::chineseDate(t.deadline),
            t.deadline < today ? QStringLiteral("，已超期") : QString());
}

// "（1）…（2）…": each task's latest progress, verbatim; one task has no number.
QString tasksParagraph(const ReportProblem &p, bool withRemains, const QDate &today)
{
    if (p.tasks.isEmpty())
        return OfficialDocument::placeholder(QStringLiteral("该问题尚无整改措施"));
    QString out;
    const bool numbered = p.tasks.size() > 1;
    for (qsizetype i = 0; i < p.tasks.size(); ++i) {
        const ReportTask &t = p.tasks.at(i);
        if (numbered)
            out += QStringLiteral("（%1）").arg(i + 1);
        if (t.progressText.trimmed().isEmpty())
            out += OfficialDocument::placeholder(
                QStringLiteral("整改措施“%1”的进展").arg(t.measure.trimmed()));
        else
            out += t.progressText;
        if (withRemains)
            out += remains(t, today);
    }
    return out;
}

void addProblems(OfficialDocument &doc, const QVector<const ReportProblem *> &problems,
    bool withRemains, const QDate &today)
{
    if (problems.isEmpty()) {
        doc.add(Style::Body, QStringLiteral("无。"));
        return;
    }
    int n = 0;
    for (const ReportProblem *p : problems) {
        doc.add(
            Style::Body, QStringLiteral("%1.关于“%2”问题的整改。").arg(++n).arg(problemName(*p)));
        doc.add(Style::Body, tasksParagraph(*p, withRemains, today));
    }
}

} // namespace

QString Bulletin::chineseDate(const QDate &date)
{
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

bool Bulletin::completedWithinPeriod(const ReportProblem &problem, const QDate &periodEnd)
{
    if (problem.tasks.isEmpty())
        return false;
    for (const ReportTask &t : problem.tasks) {
        if (!isDone(t.status))
            return false;
        if (periodEnd.isValid() && (!t.completedOn.isValid() || t.completedOn > periodEnd))
            return false;
    }
    return true;
}

OfficialDocument Bulletin::compose(
    const BulletinFacts &facts, const QVector<ReportProblem> &problems, const QDate &today)
{
    OfficialDocument doc;
    doc.reserve(2 * problems.size() + 16);
    const QString kind = facts.inspectionKind.trimmed().isEmpty() ? QStringLiteral("巡视")
                                                                  : facts.inspectionKind.trimmed();
    doc.add(Style::Title,
        QStringLiteral("关于%1整改进展情况的通报").arg(orPlaceholder(facts.inspectionName)));

    doc.add(Style::Body,
        QStringLiteral(
            "%1于%2至%3进驻%4开展%5，于%6反馈%5意见。根据%5整改工作要求，现将整改进展情况"
            "通报如下。")
            .arg(orPlaceholder(facts.inspectingBody), dateOrPlaceholder(facts.stationedFrom),
                dateOrPlaceholder(facts.stationedTo), orPlaceholder(facts.inspectedBody), kind,
                dateOrPlaceholder(facts.feedbackDate)));

    doc.add(Style::Heading1, QStringLiteral("一、整改工作组织情况"));
    const QString period = facts.rectificationEnd.isValid()
        ? QStringLiteral("集中整改期（截至%1）内").arg(chineseDate(facts.rectificationEnd))
        : QStringLiteral("集中整改期（截至%1）内").arg(OfficialDocument::placeholder());
    doc.add(Style::Body,
        QStringLiteral("%1，召开领导小组会议、专题会议等%2次，开展集中督查%3轮，建章立制%4项，"
                       "问责%5人次。")
            .arg(period, countOrPlaceholder(facts.meetings),
                countOrPlaceholder(facts.supervisionRounds),
                countOrPlaceholder(facts.rulesEstablished),
                countOrPlaceholder(facts.accountability)));

    // The ledger's figures, then the problems in two groups.
    qint64 tasks = 0, done = 0, closed = 0, longTerm = 0, open = 0;
    QVector<const ReportProblem *> completed, pushing;
    for (const ReportProblem &p : problems) {
        for (const ReportTask &t : p.tasks) {
            ++tasks;
            if (isDone(t.status)) {
                ++done;
                if (t.status == TaskStatus::Closed)
                    ++closed;
            } else if (t.longTerm) {
                ++longTerm;
            } else {
                ++open;
            }
        }
        (completedWithinPeriod(p, facts.rectificationEnd) ? completed : pushing).append(&p);
    }
    doc.add(Style::Heading1, QStringLiteral("二、整改任务推进情况"));
    doc.add(Style::Body,
        QStringLiteral("%1反馈问题%2个，细化整改措施%3项。截至%4，已完成%5项（其中已销号%6项），"
                       "正在推进%7项，需长期坚持%8项。")
            .arg(kind)
            .arg(problems.size())
            .arg(tasks)
            .arg(chineseDate(today))
            .arg(done)
            .arg(closed)
            .arg(open)
            .arg(longTerm));
    doc.add(Style::Heading2,
        facts.rectificationEnd.isValid() ? QStringLiteral("（一）集中整改期内已完成整改的问题")
                                         : QStringLiteral("（一）已完成整改的问题"));
    addProblems(doc, completed, false, today);
    doc.add(Style::Heading2, QStringLiteral("（二）正在推进和需长期坚持整改的问题"));
    addProblems(doc, pushing, true, today);

    doc.add(Style::Heading1, QStringLiteral("三、下一步工作"));
    doc.add(Style::Body, OfficialDocument::placeholder(QStringLiteral("下一步工作打算")));
    return doc;
}

Result<QVector<ReportProblem>> Bulletin::loadProblems(
    const Ledger &ledger, qint64 inspectionId, const QDate &today)
{
    StatsFilter filter;
    filter.inspectionId = inspectionId;
    auto withTasks = ReportData::load(ledger, today, filter, false);
    if (!withTasks)
        return Error { withTasks.error() };
    auto all = ledger.problems(inspectionId);
    if (!all)
        return Error { all.error() };
    // Ledger order from the problem list; the problems without tasks, which the
    // report's reading leaves out, come in where they belong.
    QHash<qint64, qsizetype> loaded;
    loaded.reserve(withTasks->size());
    for (qsizetype i = 0; i < withTasks->size(); ++i)
        loaded.insert(withTasks->at(i).id, i);
    QVector<ReportProblem> out;
    out.reserve(all->size());
    for (const Problem &p : *all) {
        const auto it = loaded.constFind(p.id);
        if (it != loaded.constEnd()) {
            out.append(std::move((*withTasks)[*it]));
            continue;
        }
        ReportProblem bare;
        bare.id = p.id;
        bare.code = p.code;
        bare.category = p.category;
        bare.title = p.title;
        out.append(std::move(bare));
    }
    return out;
}

Result<qint64> Bulletin::defaultInspection(const Ledger &ledger)
{
    auto all = ledger.inspections();
    if (!all)
        return Error { all.error() };
    if (all->isEmpty())
        return Error { tr("The ledger holds no inspection yet.") };
    if (all->size() == 1)
        return all->first().id;
    auto key = ledger.setting(QStringLiteral("default_inspection"));
    if (key && !key->isEmpty()) {
        for (const Inspection &i : *all) {
            if (QString::number(i.id) == *key)
                return i.id;
        }
    }
    QStringList names;
    for (const Inspection &i : *all)
        names << i.name;
    return Error { tr("The ledger holds several inspections; name one: %1.")
                       .arg(names.join(QStringLiteral(", "))) };
}

Result<OfficialDocument> Bulletin::build(
    const Ledger &ledger, qint64 inspectionId, const QDate &today)
{
    auto facts = bulletinFactsFor(ledger, inspectionId);
    if (!facts)
        return Error { facts.error() };
    auto problems = loadProblems(ledger, inspectionId, today);
    if (!problems)
        return Error { problems.error() };
    return compose(*facts, *problems, today);
}

} // namespace rectify
