// The sign-off workflow on the command line: users, task complete / close /
// reject / reopen, the evidence attached to a task, the history of changes and
// the audit chain check.
#include "app/cli/commandargs.h"
#include "app/cli/commands.h"
#include "export/auditexport.h"
#include "store/auditchain.h"
#include "store/audittext.h"
#include "store/evidencecontent.h"
#include "store/serverroles.h"
#include "workflow/accounts.h"
#include "workflow/auditquery.h"
#include "workflow/permission.h"
#include "workflow/workflow.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <optional>

namespace rectify::cli {

namespace {

void printJson(Context &ctx, const QJsonDocument &doc)
{
    ctx.out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    ctx.out.flush();
}

int listUsers(Context &ctx, const CommandArgs &a)
{
    if (a.positionals().size() != 0)
        return ctx.fail(
            Text::tr("Usage: users [--json], or users add NAME --role ROLE."), ExitUsage);
    if (!ctx.openLedger(Ledger::OpenMode::ReadOnly))
        return ExitFailure;
    auto users = ctx.ledger.users();
    if (!users)
        return ctx.fail(users.error());
    // Server logins of a set-up server ledger (none elsewhere).
    auto logins = ServerRoles::logins(ctx.ledger);
    if (!logins)
        return ctx.fail(logins.error());
    if (a.has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const User &u : *users)
            list.append(QJsonObject { { QStringLiteral("name"), u.name },
                { QStringLiteral("role"), userRoleKey(u.role) }, { QStringLiteral("unit"), u.unit },
                { QStringLiteral("active"), u.active },
                { QStringLiteral("login"),
                    logins->contains(u.name) ? QJsonValue(logins->value(u.name))
                                             : QJsonValue(QJsonValue::Null) } });
        printJson(ctx, QJsonDocument(list));
        return ExitOk;
    }
    for (const User &u : *users) {
        ctx.out << u.name << '\t' << userRoleLabel(u.role) << '\t' << u.unit;
        if (!u.passwordHash.isEmpty())
            ctx.out << '\t' << Text::tr("(password set)");
        if (u.mustChangePassword)
            ctx.out << '\t' << Text::tr("(must choose a new password)");
        if (!u.active)
            ctx.out << '\t' << Text::tr("(deactivated)");
        if (logins->contains(u.name))
            ctx.out << '\t' << Text::tr("(server login %1)").arg(logins->value(u.name));
        ctx.out << '\n';
    }
    ctx.out.flush();
    return ExitOk;
}

int addUser(Context &ctx, const CommandArgs &a)
{
    if (a.positionals().size() != 2)
        return ctx.fail(Text::tr("Usage: users add NAME --role official|supervisor|admin "
                                 "[--unit UNIT] [--login LOGIN] [--password-stdin]."),
            ExitUsage);
    const QString name = a.positionals().at(1).trimmed();
    if (!a.has(QStringLiteral("role")))
        return ctx.fail(
            Text::tr("users add needs --role official, supervisor or admin."), ExitUsage);
    const auto role = userRoleFromKey(a.value(QStringLiteral("role")));
    if (!role)
        return ctx.fail(Text::tr("--role takes official, supervisor or admin, not \"%1\".")
                            .arg(a.value(QStringLiteral("role"))),
            ExitUsage);
    if (*role == UserRole::Official && a.value(QStringLiteral("unit")).trimmed().isEmpty())
        return ctx.fail(Text::tr("An official needs a unit: add --unit UNIT."), ExitUsage);
    if (!ctx.openLedger(Ledger::OpenMode::ExistingOnly))
        return ExitFailure;
    User actor;
    if (!ctx.authenticate(&actor))
        return ExitFailure;
    User u;
    u.name = name;
    u.role = *role;
    u.unit = a.value(QStringLiteral("unit")).trimmed();
    QString password;
    if (a.has(QStringLiteral("password-stdin"))) {
        password = ctx.readStdinLine();
        if (password.isEmpty())
            return ctx.fail(Text::tr("No password was read from stdin."));
    }
    // Admins only, checked on the actor as stored; names, units and passwords checked.
    auto added = Accounts(ctx.ledger, actor.name)
                     .addUser(u, password, a.value(QStringLiteral("login")).trimmed());
    if (!added)
        return ctx.fail(added.error());
    ctx.out << Text::tr("Added the user %1 (%2).").arg(u.name, userRoleLabel(u.role)) << Qt::endl;
    return ExitOk;
}

QJsonObject entryJson(const AuditEntry &e)
{
    return QJsonObject {
        { QStringLiteral("id"), e.id },
        { QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("user"), e.user },
        { QStringLiteral("entity"), e.entity },
        { QStringLiteral("entityId"), e.entityId },
        { QStringLiteral("field"), e.field },
        { QStringLiteral("old"), e.oldValue },
        { QStringLiteral("new"), e.newValue },
        { QStringLiteral("reason"), e.reason },
    };
}

// One entry a line, in the user's words: "#12 2024-03-05 10:20 zhao 任务 4.2：…".
void printEntries(Context &ctx, const QVector<AuditEntry> &entries)
{
    const QVector<AuditLine> lines = AuditText(ctx.ledger).lines(entries);
    for (int i = 0; i < entries.size(); ++i) {
        const AuditEntry &e = entries.at(i);
        const AuditLine &l = lines.at(i);
        ctx.out << '#' << e.id << ' ' << l.when << ' ' << l.who << ' ' << l.sentence << '\n';
    }
}

} // namespace

int runUsers(Context &ctx, const QStringList &args)
{
    CommandArgs a;
    QString error;
    if (!a.parse(args, { QStringLiteral("json"), QStringLiteral("password-stdin") },
            { QStringLiteral("role"), QStringLiteral("unit"), QStringLiteral("login") }, &error))
        return ctx.fail(error, ExitUsage);
    if (!a.positionals().isEmpty() && a.positionals().first() == QLatin1String("add"))
        return addUser(ctx, a);
    if (!a.positionals().isEmpty())
        return runUsersAdmin(ctx, args);
    if (a.has(QStringLiteral("role")) || a.has(QStringLiteral("unit"))
        || a.has(QStringLiteral("password-stdin")) || a.has(QStringLiteral("login")))
        return ctx.fail(
            Text::tr("--role, --unit, --login and --password-stdin go with users add."), ExitUsage);
    return listUsers(ctx, a);
}

int runTask(Context &ctx, const QStringList &args)
{
    CommandArgs a;
    QString error;
    // --evidence may be given several times: collect them before the parser keeps one.
    QStringList rest;
    QStringList evidence;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--evidence")) {
            if (i + 1 >= args.size())
                return ctx.fail(Text::tr("The option --evidence needs a value."), ExitUsage);
            evidence << args.at(++i);
        } else if (args.at(i).startsWith(QLatin1String("--evidence="))) {
            evidence << args.at(i).mid(11);
        } else {
            rest << args.at(i);
        }
    }
    if (!a.parse(rest, {}, { QStringLiteral("reason"), QStringLiteral("inspection") }, &error))
        return ctx.fail(error, ExitUsage);
    const QString usage
        = Text::tr("Usage: task complete|close|reject|reopen REF [--reason TEXT] "
                   "[--evidence FILE ...] [--inspection NAME]; REF is the problem code and the "
                   "task number, e.g. 4.2.");
    if (a.positionals().size() != 2)
        return ctx.fail(usage, ExitUsage);
    const QString verb = a.positionals().at(0);
    const QString ref = a.positionals().at(1);
    const QString reason = a.value(QStringLiteral("reason")).trimmed();
    if (verb != QLatin1String("complete") && verb != QLatin1String("close")
        && verb != QLatin1String("reject") && verb != QLatin1String("reopen"))
        return ctx.fail(usage, ExitUsage);
    if (!evidence.isEmpty() && verb != QLatin1String("complete"))
        return ctx.fail(Text::tr("--evidence goes with task complete."), ExitUsage);
    if (reason.isEmpty() && verb != QLatin1String("close"))
        return ctx.fail(verb == QLatin1String("complete")
                ? Text::tr("task complete needs --reason TEXT saying what was done.")
                : Text::tr("task %1 needs --reason TEXT.").arg(verb),
            ExitUsage);
    if (!ctx.openLedger(Ledger::OpenMode::ExistingOnly))
        return ExitFailure;
    User actor;
    if (!ctx.authenticate(&actor))
        return ExitFailure;
    auto id = Workflow::findTask(ctx.ledger, ref, a.value(QStringLiteral("inspection")));
    if (!id)
        return ctx.fail(id.error());
    Workflow workflow(ctx.ledger, actor);
    Status done;
    QString message;
    if (verb == QLatin1String("complete")) {
        done = workflow.complete(*id, reason, evidence);
        message = Text::tr("Task %1 is completed and awaits sign-off.").arg(ref);
    } else if (verb == QLatin1String("close")) {
        done = workflow.close(*id, reason);
        message = Text::tr("Task %1 is closed (signed off).").arg(ref);
    } else if (verb == QLatin1String("reject")) {
        done = workflow.reject(*id, reason);
        message
            = Text::tr("The sign-off of task %1 was rejected; it is in progress again.").arg(ref);
    } else {
        done = workflow.reopen(*id, reason);
        message = Text::tr("Task %1 is reopened and in progress again.").arg(ref);
    }
    if (!done)
        return ctx.fail(Text::tr("Task %1: %2").arg(ref, done.error()));
    ctx.out << message << Qt::endl;
    return ExitOk;
}

int runHistory(Context &ctx, const QStringList &args)
{
    CommandArgs a;
    QString error;
    if (!a.parse(args, { QStringLiteral("json") }, { QStringLiteral("inspection") }, &error))
        return ctx.fail(error, ExitUsage);
    if (a.positionals().size() > 1)
        return ctx.fail(Text::tr("Usage: history [REF] [--json] [--inspection NAME]."), ExitUsage);
    if (!ctx.openLedger(Ledger::OpenMode::ReadOnly))
        return ExitFailure;
    Result<QVector<AuditEntry>> entries = QVector<AuditEntry>();
    if (a.positionals().isEmpty()) {
        entries = ctx.ledger.auditLog();
    } else {
        auto id = Workflow::findTask(
            ctx.ledger, a.positionals().first(), a.value(QStringLiteral("inspection")));
        if (!id)
            return ctx.fail(id.error());
        entries = ctx.ledger.auditLog(QStringLiteral("task"), *id);
    }
    if (!entries)
        return ctx.fail(entries.error());
    if (a.has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const AuditEntry &e : *entries)
            list.append(entryJson(e));
        printJson(ctx, QJsonDocument(list));
        return ExitOk;
    }
    printEntries(ctx, *entries);
    if (!a.positionals().isEmpty()) {
        // The task's progress history after its audit trail: date ("—" when the
        // ledger it was imported from gave none), who reported it, the text.
        auto id = Workflow::findTask(
            ctx.ledger, a.positionals().first(), a.value(QStringLiteral("inspection")));
        auto progress
            = id ? ctx.ledger.progress(*id) : Result<QVector<ProgressEntry>>(Error { id.error() });
        if (!progress)
            return ctx.fail(progress.error());
        if (!progress->isEmpty())
            ctx.out << Text::tr("Progress:") << '\n';
        for (const ProgressEntry &p : *progress) {
            ctx.out << "  " << knownDateText(p.date) << ' ' << progressAuthorLabel(p.author) << ": "
                    << p.text << '\n';
        }
    }
    ctx.out.flush();
    return ExitOk;
}

int runAudit(Context &ctx, const QStringList &args)
{
    CommandArgs a;
    QString error;
    if (!a.parse(args, { QStringLiteral("json") },
            { QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("task"),
                QStringLiteral("since"), QStringLiteral("until"), QStringLiteral("user"),
                QStringLiteral("inspection") },
            &error))
        return ctx.fail(error, ExitUsage);
    const QString usage = Text::tr("Usage: audit [--csv OUT.csv | --xlsx OUT.xlsx | --json] "
                                   "[--task REF] [--since DATE] [--until DATE] [--user NAME] "
                                   "[--inspection NAME].");
    const int outputs = int(a.has(QStringLiteral("csv"))) + int(a.has(QStringLiteral("xlsx")))
        + int(a.has(QStringLiteral("json")));
    if (!a.positionals().isEmpty() || outputs > 1)
        return ctx.fail(usage, ExitUsage);
    AuditFilter filter;
    filter.user = a.value(QStringLiteral("user"));
    for (const auto &[name, date] : { std::pair { QStringLiteral("since"), &filter.from },
             std::pair { QStringLiteral("until"), &filter.to } }) {
        if (!a.has(name))
            continue;
        *date = QDate::fromString(a.value(name), Qt::ISODate);
        if (!date->isValid())
            return ctx.fail(
                Text::tr("--%1 takes a date as YYYY-MM-DD, not \"%2\".").arg(name, a.value(name)),
                ExitUsage);
    }
    if (!ctx.openLedger(Ledger::OpenMode::ReadOnly))
        return ExitFailure;
    if (a.has(QStringLiteral("task"))) {
        auto id = Workflow::findTask(
            ctx.ledger, a.value(QStringLiteral("task")), a.value(QStringLiteral("inspection")));
        if (!id)
            return ctx.fail(id.error());
        filter.taskId = *id;
    }
    auto entries = AuditQuery::run(ctx.ledger, filter);
    if (!entries)
        return ctx.fail(entries.error());
    for (const QString &format : { QStringLiteral("csv"), QStringLiteral("xlsx") }) {
        if (!a.has(format))
            continue;
        const QString path = a.value(format);
        auto written = format == QLatin1String("xlsx")
            ? AuditExport::writeXlsx(ctx.ledger, *entries, path)
            : AuditExport::writeCsv(ctx.ledger, *entries, path);
        if (!written)
            return ctx.fail(written.error());
        ctx.out << Text::tr("%n audit entries written to %1.", nullptr, int(*written))
                       .arg(QDir::toNativeSeparators(path))
                << Qt::endl;
        return ExitOk;
    }
    if (a.has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const AuditEntry &e : *entries)
            list.append(entryJson(e));
        printJson(ctx, QJsonDocument(list));
        return ExitOk;
    }
    printEntries(ctx, *entries);
    ctx.out.flush();
    return ExitOk;
}

int runEvidence(Context &ctx, const QStringList &args)
{
    CommandArgs a;
    QString error;
    if (!a.parse(args, { QStringLiteral("json") },
            { QStringLiteral("save"), QStringLiteral("inspection") }, &error))
        return ctx.fail(error, ExitUsage);
    if (a.positionals().size() != 1)
        return ctx.fail(
            Text::tr("Usage: evidence REF [--save DIR] [--json] [--inspection NAME]."), ExitUsage);
    if (!ctx.openLedger(Ledger::OpenMode::ReadOnly))
        return ExitFailure;
    auto id = Workflow::findTask(
        ctx.ledger, a.positionals().first(), a.value(QStringLiteral("inspection")));
    if (!id)
        return ctx.fail(id.error());
    auto files = ctx.ledger.evidence(*id);
    if (!files)
        return ctx.fail(files.error());
    // --save DIR: every file under the name it was attached with (a name met
    // twice gets its row id in front), read from the folder or the server and
    // checked against its hash.
    QStringList saved;
    if (a.has(QStringLiteral("save"))) {
        const QDir dir(a.value(QStringLiteral("save")));
        if (!QDir().mkpath(dir.absolutePath()))
            return ctx.fail(Text::tr("Cannot create the folder %1.")
                                .arg(QDir::toNativeSeparators(dir.absolutePath())));
        QSet<QString> names;
        for (const Evidence &e : *files) {
            // The stored name is data, not a path: its safe base name, inside DIR.
            const QString base = EvidenceContent::safeFileName(e.fileName);
            QString name = base;
            if (names.contains(name))
                name = QStringLiteral("%1-%2").arg(e.id).arg(base);
            names.insert(name);
            const QString target = dir.absoluteFilePath(name);
            if (auto s = EvidenceContent::save(ctx.ledger, e, target); !s)
                return ctx.fail(s.error());
            saved << target;
        }
    }
    if (a.has(QStringLiteral("json"))) {
        QJsonArray list;
        for (int i = 0; i < files->size(); ++i) {
            const Evidence &e = files->at(i);
            QJsonObject o { { QStringLiteral("file"), e.fileName },
                { QStringLiteral("size"), e.size }, { QStringLiteral("sha256"), e.sha256 },
                { QStringLiteral("addedBy"), e.addedBy },
                { QStringLiteral("addedAt"), e.addedAt.toString(Qt::ISODateWithMs) } };
            if (i < saved.size())
                o.insert(QStringLiteral("savedAs"), QDir::toNativeSeparators(saved.at(i)));
            list.append(o);
        }
        printJson(ctx, QJsonDocument(list));
        return ExitOk;
    }
    if (files->isEmpty())
        ctx.out << Text::tr("Task %1 has no evidence files.").arg(a.positionals().first()) << '\n';
    for (int i = 0; i < files->size(); ++i) {
        const Evidence &e = files->at(i);
        ctx.out << e.fileName << '\t' << e.size << '\t' << e.sha256 << '\t' << e.addedBy << '\t'
                << e.addedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        if (i < saved.size())
            ctx.out << '\t' << QDir::toNativeSeparators(saved.at(i));
        ctx.out << '\n';
    }
    ctx.out.flush();
    return ExitOk;
}

int runAuditVerify(Context &ctx, const QStringList &args)
{
    CommandArgs a;
    QString error;
    if (!a.parse(args, { QStringLiteral("json") }, { QStringLiteral("expect") }, &error))
        return ctx.fail(error, ExitUsage);
    if (!a.positionals().isEmpty())
        return ctx.fail(Text::tr("audit-verify takes no arguments."), ExitUsage);
    std::optional<AuditChain::Anchor> expect;
    if (a.has(QStringLiteral("expect"))) {
        auto parsed = AuditChain::parseAnchor(a.value(QStringLiteral("expect")));
        if (!parsed)
            return ctx.fail(parsed.error(), ExitUsage);
        expect = *parsed;
    }
    if (!ctx.openLedger(Ledger::OpenMode::ReadOnly))
        return ExitFailure;
    auto report = AuditChain::verify(ctx.ledger, expect ? &*expect : nullptr);
    if (!report)
        return ctx.fail(report.error());
    const bool ok = report->intact && (!expect || report->anchorHolds);
    if (a.has(QStringLiteral("json"))) {
        QJsonObject o { { QStringLiteral("intact"), report->intact },
            { QStringLiteral("entries"), report->entries },
            { QStringLiteral("headHash"), report->headHash },
            { QStringLiteral("anchor"), report->anchor() } };
        if (!report->intact) {
            o.insert(QStringLiteral("firstBadId"), report->firstBadId);
            o.insert(QStringLiteral("problem"), report->problem);
        }
        if (expect) {
            o.insert(
                QStringLiteral("expected"), AuditChain::anchorText(expect->entries, expect->hash));
            o.insert(QStringLiteral("extendsExpected"), report->anchorHolds);
            if (!report->anchorHolds)
                o.insert(QStringLiteral("anchorProblem"), report->anchorProblem);
        }
        printJson(ctx, QJsonDocument(o));
        return ok ? ExitOk : ExitFailure;
    }
    if (!report->intact)
        return ctx.fail(Text::tr("The audit trail of %1 was tampered with: %2")
                            .arg(QDir::toNativeSeparators(ctx.ledger.path()), report->problem));
    if (expect && !report->anchorHolds)
        return ctx.fail(
            Text::tr("The audit trail of %1 no longer extends the anchor %2: %3")
                .arg(QDir::toNativeSeparators(ctx.ledger.path()),
                    AuditChain::anchorText(expect->entries, expect->hash), report->anchorProblem));
    ctx.out << Text::tr("The audit trail is intact: %1 entries; newest hash %2.")
                   .arg(report->entries)
                   .arg(report->headHash.isEmpty() ? QStringLiteral("-") : report->headHash)
            << '\n';
    if (expect)
        ctx.out << Text::tr("It extends the anchor %1 (%n entries written since).", nullptr,
            int(report->entries - (expect->entries > 0 ? expect->entries : 0)))
                       .arg(AuditChain::anchorText(expect->entries, expect->hash))
                << '\n';
    ctx.out << Text::tr("Anchor to write down: %1").arg(report->anchor()) << Qt::endl;
    return ExitOk;
}

} // namespace rectify::cli
