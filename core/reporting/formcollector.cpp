#include "reporting/formcollector.h"

#include "import/cellvalues.h"
#include "reporting/roundforms.h"
#include "reporting/rounds.h"
#include "store/ledger.h"
#include "workflow/extensions.h"
#include "workflow/permission.h"
#include "workflow/workflow.h"

#include <QDir>
#include <QFileInfo>

namespace rectify {

QString formChangeKindKey(FormChange::Kind kind)
{
    switch (kind) {
    case FormChange::Kind::Completion:
        return QStringLiteral("completion");
    case FormChange::Kind::Extension:
        return QStringLiteral("extension");
    case FormChange::Kind::Progress:
        break;
    }
    return QStringLiteral("progress");
}

QString FormChange::describe() const
{
    QString line;
    switch (kind) {
    case Kind::Progress:
        line = FormCollector::tr("progress: %1").arg(text);
        break;
    case Kind::Completion:
        line = FormCollector::tr("completed (awaits sign-off): %1").arg(text);
        break;
    case Kind::Extension:
        line = FormCollector::tr("extension to %1: %2").arg(to.toString(Qt::ISODate), text);
        break;
    }
    if (alreadyInLedger)
        line += QLatin1Char(' ') + FormCollector::tr("(already in the ledger)");
    return line;
}

QStringList CollectResult::problemLines(bool withFile) const
{
    const QString file = QDir::toNativeSeparators(path);
    QStringList out;
    for (const FormProblem &p : problems) {
        if (!withFile) {
            if (p.row <= 0)
                out << p.message;
            else if (p.column < 0)
                out << FormCollector::tr("row %1: %2").arg(p.row).arg(p.message);
            else
                out << FormCollector::tr("row %1, column %2 (%3): %4")
                           .arg(p.row)
                           .arg(RoundForms::columnLetter(p.column), RoundForms::header(p.column),
                               p.message);
            continue;
        }
        if (p.row <= 0)
            out << FormCollector::tr("%1: %2").arg(file, p.message);
        else if (p.column < 0)
            out << FormCollector::tr("%1: row %2: %3").arg(file).arg(p.row).arg(p.message);
        else
            out << FormCollector::tr("%1: row %2, column %3 (%4): %5")
                       .arg(file)
                       .arg(p.row)
                       .arg(RoundForms::columnLetter(p.column), RoundForms::header(p.column),
                           p.message);
    }
    return out;
}

int CollectResult::count(FormChange::Kind kind) const
{
    int n = 0;
    for (const FormChange &c : changes)
        n += c.kind == kind && !c.alreadyInLedger ? 1 : 0;
    return n;
}

FormCollector::FormCollector(Ledger &ledger, User actor)
    : m_ledger(ledger)
    , m_actor(std::move(actor))
{ }

QDate FormCollector::today() const
{
    return m_ledger.now().toLocalTime().date();
}

CollectResult FormCollector::collect(const QString &path, const Options &options)
{
    CollectResult result;
    result.path = QFileInfo(path).absoluteFilePath();
    const auto refuse = [&](const QString &why) {
        result.problems << FormProblem { 0, -1, why };
        return result;
    };
    if (const Decision d = Permission::check(m_actor, Action::ManageRounds); !d)
        return refuse(d.refusal);
    auto form = FormReader::read(path);
    if (!form)
        return refuse(form.error());
    check(*form, options, result);
    if (!result.problems.isEmpty() || result.alreadyCollected) {
        result.accepted = result.problems.isEmpty();
        return result;
    }
    result.accepted = true;
    if (options.dryRun)
        return result;
    if (auto s = apply(*form, result); !s) {
        result.accepted = false;
        result.problems << FormProblem { 0, -1, tr("Nothing was written: %1").arg(s.error()) };
        return result;
    }
    result.written = true;
    return result;
}

void FormCollector::check(const FilledForm &form, const Options &options, CollectResult &result)
{
    const auto fileProblem = [&](const QString &why) {
        result.problems << FormProblem { 0, -1, why };
    };
    if (form.version != RoundForms::formatVersion()) {
        fileProblem(tr("The form is of format %1; this version of Rectify reads format %2.")
                        .arg(form.version)
                        .arg(RoundForms::formatVersion()));
        return;
    }
    auto round = m_ledger.findRoundByToken(form.token);
    if (!round) {
        fileProblem(round.error());
        return;
    }
    if (!round->has_value()) {
        fileProblem(tr("The form is not one of this ledger's: its round (%1) is unknown here. "
                       "Was it sent out from another ledger?")
                        .arg(form.roundName));
        return;
    }
    const Round r = **round;
    result.roundId = r.id;
    result.roundName = r.name;
    result.unit = form.unit;
    if (!options.roundName.trimmed().isEmpty() && options.roundName.trimmed() != r.name) {
        fileProblem(tr("The form belongs to the round %1, not to %2.")
                        .arg(r.name, options.roundName.trimmed()));
        return;
    }
    if (r.state == Round::State::Closed) {
        fileProblem(tr("The round %1 is closed: forms are no longer collected in it.").arg(r.name));
        return;
    }
    if (RoundForms::checksum(r, form.unit, form.taskIds, form.refs) != form.checksum) {
        fileProblem(tr("The form's keys were changed (its round, unit or task references no "
                       "longer match their checksum): return the form as it was sent, with only "
                       "the white columns filled in."));
        return;
    }
    if (form.shownUnit.simplified() != form.unit.simplified()) {
        fileProblem(tr("The form names the unit %1 on its sheet but was made for %2: a form "
                       "cannot be taken for another unit's.")
                        .arg(form.shownUnit, form.unit));
        return;
    }
    if (!options.unit.trimmed().isEmpty() && options.unit.simplified() != form.unit.simplified()) {
        fileProblem(
            tr("This is the form of %1, not of %2.").arg(form.unit, options.unit.simplified()));
        return;
    }
    auto reports = m_ledger.roundReports(r.id);
    if (!reports) {
        fileProblem(reports.error());
        return;
    }
    for (const RoundReport &rep : std::as_const(*reports)) {
        if (rep.fileSha256 == form.sha256) {
            result.alreadyCollected = true;
            result.reportedOn = rep.reportedOn;
            result.onTime = rep.onTime;
            result.reporter = rep.reporter;
            result.phone = rep.phone;
            return;
        }
    }
    result.problems << form.problems;
    result.reportedOn = today();
    result.onTime = result.reportedOn <= r.dueDate;
    // Who reports: each row's 填报人, else the first one the form names.
    for (const QStringList &cells : form.cells) {
        if (result.reporter.isEmpty())
            result.reporter = cells.value(RoundForms::Reporter);
        if (result.phone.isEmpty())
            result.phone = cells.value(RoundForms::Phone);
    }
    // The form's tasks and the progress they already have, read together rather
    // than row by row.
    const auto tasks = m_ledger.tasksWithIds(form.taskIds);
    if (!tasks) {
        fileProblem(tasks.error());
        return;
    }
    QVector<qint64> reported;
    for (int i = 0; i < form.taskIds.size() && i < form.cells.size(); ++i) {
        if (!form.cells.at(i).value(RoundForms::Progress).isEmpty())
            reported << form.taskIds.at(i);
    }
    const auto histories = m_ledger.progressOf(reported);
    if (!histories) {
        fileProblem(histories.error());
        return;
    }
    const QStringList words = RoundForms::completionWords();
    for (int i = 0; i < form.taskIds.size(); ++i) {
        const qint64 row = form.rows.value(i);
        const QStringList &cells = form.cells.at(i);
        const auto problem = [&](int column, const QString &why) {
            result.problems << FormProblem { row, column, why };
        };
        const QString ref = form.refs.value(i);
        if (!form.csv && cells.value(RoundForms::Ref) != ref) {
            problem(RoundForms::Ref,
                tr("The task reference was changed from %1 to \"%2\"; the key columns are not "
                   "edited.")
                    .arg(ref, cells.value(RoundForms::Ref)));
            continue;
        }
        const auto found = tasks->constFind(form.taskIds.at(i));
        if (found == tasks->constEnd()) {
            problem(RoundForms::Ref,
                tr("Task %1 is no longer in the ledger (removed since the form was sent).")
                    .arg(ref));
            continue;
        }
        const Task *task = &*found;
        bool leads = false;
        for (const QString &u : std::as_const(task->responsibilities.leadUnits))
            leads = leads || u.simplified() == form.unit.simplified();
        if (!leads) {
            problem(RoundForms::Ref,
                tr("Task %1 is not led by %2 (any more); its lead unit reports it.")
                    .arg(ref, form.unit));
            continue;
        }
        const QString progress = cells.value(RoundForms::Progress);
        const QString status = cells.value(RoundForms::Completion);
        const QString extendText = cells.value(RoundForms::ExtendTo);
        const QString extendReason = cells.value(RoundForms::ExtendReason);
        const QString evidence = cells.value(RoundForms::Evidence);
        const QString reporter = cells.value(RoundForms::Reporter).isEmpty()
            ? result.reporter
            : cells.value(RoundForms::Reporter);
        const int problemsBefore = static_cast<int>(result.problems.size());
        if (!status.isEmpty() && !words.contains(status))
            problem(RoundForms::Completion,
                tr("\"%1\" is not one of %2.").arg(status, words.join(QStringLiteral("、"))));
        QDate extendTo;
        if (!extendText.isEmpty()) {
            const QByteArray utf8 = extendText.toUtf8();
            const DeadlineValue v = parseDeadline(std::string_view(utf8.constData(), utf8.size()),
                task->deadline.isValid() ? task->deadline : today());
            if (v.kind != DeadlineValue::Kind::Date)
                problem(RoundForms::ExtendTo,
                    tr("\"%1\" is not a date; write it as 2024-06-30.").arg(extendText));
            else
                extendTo = v.date;
            if (extendReason.isEmpty())
                problem(RoundForms::ExtendReason, tr("An extension request needs a reason."));
        } else if (!extendReason.isEmpty()) {
            problem(RoundForms::ExtendTo,
                tr("A reason for an extension is given, but no new deadline."));
        }
        const bool completes = status == QStringLiteral("已完成");
        if (completes && progress.isEmpty())
            problem(
                RoundForms::Progress, tr("已完成 needs the progress column to say what was done."));
        if (completes && !extendText.isEmpty())
            problem(RoundForms::ExtendTo, tr("A task reported as 已完成 needs no extension."));
        const bool hasContent = !progress.isEmpty() || completes || !extendText.isEmpty();
        if (!hasContent)
            continue;
        if (task->status == TaskStatus::Closed) {
            problem(-1,
                tr("Task %1 was signed off since the form was sent; it takes no more reports.")
                    .arg(ref));
            continue;
        }
        if (reporter.isEmpty())
            problem(RoundForms::Reporter, tr("Name who reports (填报人)."));
        if (static_cast<int>(result.problems.size()) != problemsBefore)
            continue;

        QString text = progress;
        if (!evidence.isEmpty())
            text += QStringLiteral("（佐证材料：%1）").arg(evidence);
        if (!progress.isEmpty()) {
            FormChange c;
            c.taskId = task->id;
            c.ref = ref;
            c.kind = completes ? FormChange::Kind::Completion : FormChange::Kind::Progress;
            c.text = text;
            c.reporter = reporter;
            const QVector<ProgressEntry> history = histories->value(task->id);
            for (const ProgressEntry &e : history)
                c.alreadyInLedger = c.alreadyInLedger || (e.text == text && e.author == reporter);
            if (completes) {
                if (task->status == TaskStatus::Completed) {
                    c.alreadyInLedger = true;
                } else {
                    c.alreadyInLedger = false;
                    if (const Decision d = Workflow::stateAllows(Action::Complete, task->status);
                        !d)
                        problem(RoundForms::Completion, d.refusal);
                }
            }
            result.changes << c;
        }
        if (extendTo.isValid()) {
            FormChange c;
            c.taskId = task->id;
            c.ref = ref;
            c.kind = FormChange::Kind::Extension;
            c.text = extendReason;
            c.to = extendTo;
            c.reporter = reporter;
            auto pending = Extensions::pending(m_ledger, task->id);
            if (!pending) {
                problem(-1, pending.error());
                continue;
            }
            if (pending->has_value() && (*pending)->requestedTo == extendTo) {
                c.alreadyInLedger = true;
            } else if (pending->has_value()) {
                problem(RoundForms::ExtendTo,
                    tr("Task %1 already has a request to move its deadline to %2, pending a "
                       "supervisor's decision.")
                        .arg(ref, (*pending)->requestedTo.toString(Qt::ISODate)));
                continue;
            } else if (const Decision d = Extensions::requestAllowed(*task, extendTo, today());
                       !d) {
                problem(RoundForms::ExtendTo, d.refusal);
                continue;
            }
            result.changes << c;
        }
    }
}

Status FormCollector::apply(const FilledForm &form, CollectResult &result)
{
    m_ledger.setActor(m_actor.name);
    Ledger::Transaction tx(m_ledger);
    if (!tx.status())
        return tx.status();
    Workflow workflow(m_ledger, m_actor);
    Extensions extensions(m_ledger, m_actor);
    for (const FormChange &c : std::as_const(result.changes)) {
        if (c.alreadyInLedger)
            continue;
        switch (c.kind) {
        case FormChange::Kind::Progress: {
            ProgressEntry e;
            e.taskId = c.taskId;
            e.date = result.reportedOn;
            e.text = c.text;
            e.author = c.reporter;
            if (auto added = m_ledger.addProgress(e); !added)
                return Error { tr("task %1: %2").arg(c.ref, added.error()) };
            break;
        }
        case FormChange::Kind::Completion:
            if (auto s = workflow.complete(c.taskId, c.text, {}, 0, c.reporter); !s)
                return Error { tr("task %1: %2").arg(c.ref, s.error()) };
            break;
        case FormChange::Kind::Extension:
            if (auto s = extensions.request(c.taskId, c.to, c.text, result.roundId, c.reporter); !s)
                return Error { tr("task %1: %2").arg(c.ref, s.error()) };
            break;
        }
    }
    RoundReport report;
    report.roundId = result.roundId;
    report.unit = form.unit;
    report.fileName = QFileInfo(form.path).fileName();
    report.fileSha256 = form.sha256;
    report.reportedOn = result.reportedOn;
    report.reporter = result.reporter;
    report.phone = result.phone;
    report.onTime = result.onTime;
    report.progressCount = result.count(FormChange::Kind::Progress);
    report.completedCount = result.count(FormChange::Kind::Completion);
    report.extensionCount = result.count(FormChange::Kind::Extension);
    report.collectedBy = m_actor.name;
    if (auto added = m_ledger.addRoundReport(report); !added)
        return Error { added.error() };
    return tx.commit();
}

} // namespace rectify
