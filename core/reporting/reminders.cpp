#include "reporting/reminders.h"

#include "report/bulletin.h"
#include "reporting/roundforms.h"
#include "reporting/rounds.h"
#include "reporting/roundstatus.h"
#include "stats/alert.h"
#include "store/ledger.h"
#include "workflow/permission.h"

#include <QMap>
#include <QSet>

namespace rectify {

namespace {

using Style = OfficialDocument::Style;

const char *const headingNumbers[] = { "一", "二", "三" };

QString heading(int n)
{
    return QString::fromUtf8(headingNumbers[n]) + QStringLiteral("、");
}

QString date(const QDate &d)
{
    return Bulletin::chineseDate(d);
}

// "任务4.2（<problem>）：<measure>": the task as the notice names it.
QString taskLine(const ReminderTask &t)
{
    QString s = QStringLiteral("任务%1").arg(t.ref);
    if (!t.problem.trimmed().isEmpty())
        s += QStringLiteral("（%1）").arg(t.problem.trimmed());
    if (!t.measure.trimmed().isEmpty())
        s += QStringLiteral("：") + t.measure.trimmed();
    return s;
}

QString overdueText(const ReminderTask &t)
{
    return QStringLiteral("整改时限%1，已超期%2天").arg(date(t.deadline)).arg(-t.days);
}

QString dueSoonText(const ReminderTask &t)
{
    return t.days == 0 ? QStringLiteral("整改时限%1，今日到期").arg(date(t.deadline))
                       : QStringLiteral("整改时限%1，还剩%2天").arg(date(t.deadline)).arg(t.days);
}

QString reportText(const Reminder &r)
{
    const QString due = date(r.roundDue);
    if (r.roundDue < r.date)
        return QStringLiteral("你单位尚未报送“%1”，报送截止日期为%2，已逾期%3天，请立即报送。")
            .arg(r.round, due)
            .arg(r.roundDue.daysTo(r.date));
    return QStringLiteral("你单位尚未报送“%1”，请于%2前报送。").arg(r.round, due);
}

QString opening(const Reminder &r)
{
    return QStringLiteral("截至%1，你单位牵头的整改工作有以下事项需抓紧办理，现予催办：")
        .arg(date(r.date));
}

const QString &closing()
{
    static const QString s = QStringLiteral(
        "请你单位对照以上事项，压实责任，抓紧推进，按时报送整改进展。确需延期的，请在整改时限"
        "届满前提出延期申请并说明理由。");
    return s;
}

} // namespace

Result<QVector<Reminder>> Reminders::build(
    const Ledger &ledger, const QString &unit, const QString &roundName, const QDate &today)
{
    if (!today.isValid())
        return Error { tr("Give the day of the notices.") };
    const QString wanted = unit.simplified();
    if (!wanted.isEmpty()) {
        auto units = ledger.unitNames();
        if (!units)
            return Error { units.error() };
        bool known = false;
        for (const QString &u : std::as_const(*units))
            known = known || u.simplified() == wanted;
        if (!known)
            return Error { tr("The ledger has no unit named \"%1\".").arg(wanted) };
    }

    // The round: the one named, or the newest open one, or none.
    std::optional<Round> round;
    if (!roundName.trimmed().isEmpty()) {
        auto found = Rounds::find(ledger, roundName);
        if (!found)
            return Error { found.error() };
        round = *found;
    } else {
        auto all = ledger.rounds();
        if (!all)
            return Error { all.error() };
        for (auto it = all->crbegin(); it != all->crend(); ++it) {
            if (it->state == Round::State::Open) {
                round = *it;
                break;
            }
        }
    }

    // The open tasks each unit leads (of the round's inspection, if it has one).
    Round scope;
    if (round)
        scope.inspectionId = round->inspectionId;
    auto forms = RoundForms::unitForms(ledger, scope);
    if (!forms)
        return Error { forms.error() };
    QSet<QString> missing;
    if (round) {
        auto status = RoundStatus::of(ledger, *round);
        if (!status)
            return Error { status.error() };
        for (const UnitReportStatus &u : std::as_const(status->units)) {
            if (u.state == UnitReportStatus::State::Missing)
                missing.insert(u.unit.simplified());
        }
    }

    const AlertSettings settings = AlertSettings::fromLedger(ledger);
    QMap<QString, Reminder> byUnit;
    const auto reminderOf = [&](const QString &name) -> Reminder & {
        Reminder &r = byUnit[name];
        r.unit = name;
        r.date = today;
        if (round) {
            r.round = round->name;
            r.roundDue = round->dueDate;
        }
        return r;
    };
    for (const UnitForm &form : std::as_const(*forms)) {
        const QString name = form.unit.simplified();
        if (!wanted.isEmpty() && name != wanted)
            continue;
        for (const FormTask &f : form.lead) {
            Task t;
            t.deadline = f.deadline;
            t.longTerm = f.longTerm;
            t.status = f.status;
            const TaskAlert alert = evaluateAlert(t, QDate(), today, settings);
            if (alert.level != AlertLevel::Red && alert.level != AlertLevel::Yellow)
                continue;
            ReminderTask rt { f.id, f.ref, f.problem, f.measure, f.deadline, alert.days };
            Reminder &r = reminderOf(name);
            (alert.level == AlertLevel::Red ? r.overdue : r.dueSoon) << rt;
        }
    }
    for (const QString &name : std::as_const(missing)) {
        if (wanted.isEmpty() || name == wanted)
            reminderOf(name).reportMissing = true;
    }

    QVector<Reminder> out;
    for (const Reminder &r : std::as_const(byUnit))
        out << r;
    if (!wanted.isEmpty() && out.isEmpty()) {
        return Error { round ? tr("%1 has no overdue or due-soon task and is not missing its "
                                  "report of %2: there is nothing to remind it of.")
                                   .arg(wanted, round->name)
                             : tr("%1 has no overdue or due-soon task: there is nothing to "
                                  "remind it of.")
                                   .arg(wanted) };
    }
    return out;
}

OfficialDocument Reminders::document(const Reminder &r)
{
    OfficialDocument doc;
    doc.add(Style::Title, QStringLiteral("催办通知"));
    doc.add(Style::Body, r.unit + QStringLiteral("："));
    doc.add(Style::Body, opening(r));
    int section = 0;
    const auto list = [&](const QString &title, const QVector<ReminderTask> &tasks,
                          QString (*detail)(const ReminderTask &)) {
        if (tasks.isEmpty())
            return;
        doc.add(Style::Heading1,
            heading(section++) + title + QStringLiteral("（%1项）").arg(tasks.size()));
        int n = 0;
        for (const ReminderTask &t : tasks) {
            doc.add(
                Style::Body, QStringLiteral("%1.%2，%3。").arg(++n).arg(taskLine(t), detail(t)));
        }
    };
    list(QStringLiteral("已超过整改时限的任务"), r.overdue, overdueText);
    list(QStringLiteral("即将到期的任务"), r.dueSoon, dueSoonText);
    if (r.reportMissing) {
        doc.add(Style::Heading1, heading(section++) + QStringLiteral("整改进展报送"));
        doc.add(Style::Body, reportText(r));
    }
    doc.add(Style::Body, closing());
    doc.add(Style::Body, OfficialDocument::placeholder(QStringLiteral("发文机关")));
    doc.add(Style::Body, date(r.date));
    return doc;
}

QString Reminders::plainText(const Reminder &r)
{
    QString s = QStringLiteral("【催办通知】") + r.unit + QStringLiteral("：\n") + opening(r)
        + QLatin1Char('\n');
    int section = 0;
    const auto list = [&](const QString &title, const QVector<ReminderTask> &tasks,
                          QString (*detail)(const ReminderTask &)) {
        if (tasks.isEmpty())
            return;
        s += heading(section++) + title + QStringLiteral("（%1项）\n").arg(tasks.size());
        int n = 0;
        for (const ReminderTask &t : tasks)
            s += QStringLiteral("%1.%2，%3。\n").arg(++n).arg(taskLine(t), detail(t));
    };
    list(QStringLiteral("已超过整改时限的任务"), r.overdue, overdueText);
    list(QStringLiteral("即将到期的任务"), r.dueSoon, dueSoonText);
    if (r.reportMissing)
        s += heading(section++) + QStringLiteral("整改进展报送\n") + reportText(r)
            + QLatin1Char('\n');
    s += closing() + QLatin1Char('\n');
    s += OfficialDocument::placeholder(QStringLiteral("发文机关")) + QLatin1Char(' ') + date(r.date)
        + QLatin1Char('\n');
    return s;
}

QString Reminders::fileName(const Reminder &r, const QString &suffix)
{
    return RoundForms::fileName(QStringLiteral("催办通知"),
        r.unit + QLatin1Char('_') + r.date.toString(Qt::ISODate), suffix);
}

Status Reminders::record(Ledger &ledger, const User &actor, const Reminder &r)
{
    if (const Decision d = Permission::check(actor, Action::ManageRounds); !d)
        return Error { d.refusal };
    if (r.isEmpty())
        return Error { tr("The notice to %1 lists nothing.").arg(r.unit) };
    QStringList refs;
    for (const ReminderTask &t : r.tasks())
        refs << t.ref;
    QString what = r.date.toString(Qt::ISODate);
    if (!refs.isEmpty())
        what += QStringLiteral("; ") + refs.join(QStringLiteral(", "));
    if (r.reportMissing)
        what += QStringLiteral("; 未报送 ") + r.round;
    ledger.setActor(actor.name);
    Ledger::Transaction tx(ledger);
    if (!tx.status())
        return tx.status();
    AuditEntry notice;
    notice.entity = QStringLiteral("reminder");
    notice.field = QStringLiteral("unit");
    notice.newValue = r.unit;
    notice.reason = what;
    if (auto s = ledger.appendAudit(notice); !s)
        return s;
    for (const ReminderTask &t : r.tasks()) {
        AuditEntry e;
        e.entity = QStringLiteral("task");
        e.entityId = t.id;
        e.field = QStringLiteral("reminder");
        e.newValue = QStringLiteral("催办通知 %1 %2").arg(r.unit, r.date.toString(Qt::ISODate));
        e.reason = t.days < 0 ? QStringLiteral("已超期%1天").arg(-t.days)
                              : QStringLiteral("还剩%1天").arg(t.days);
        if (auto s = ledger.appendAudit(e); !s)
            return s;
    }
    return tx.commit();
}

} // namespace rectify
