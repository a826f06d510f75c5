#include "store/audittext.h"

#include "domain/records.h"
#include "domain/taskstatus.h"
#include "domain/user.h"
#include "store/ledger.h"
#include "store/sqlaccess.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

namespace rectify {

namespace {

// Fields whose entries add something (a progress entry, a file): shown as what
// was added, not as "before → after".
bool isAddition(const QString &field)
{
    static const QSet<QString> added { QStringLiteral("progress"), QStringLiteral("evidence"),
        QStringLiteral("finding"), QStringLiteral("finding_progress"), QStringLiteral("report"),
        QStringLiteral("import"), QStringLiteral("restored_from"),
        QStringLiteral("extension_request"), QStringLiteral("reminder") };
    return added.contains(field);
}

// Everything after the first space: "4.2 建立台账" -> "建立台账".
QString afterFirstWord(const QString &text)
{
    const int space = text.indexOf(QLatin1Char(' '));
    return space < 0 ? QString() : text.mid(space + 1);
}

QString firstWord(const QString &text)
{
    return text.section(QLatin1Char(' '), 0, 0);
}

} // namespace

AuditText::AuditText(const Ledger &ledger)
    : m_ledger(ledger)
{
    // Small lists read whole; tasks one by one as entries name them (lines()
    // reads them all at once when entries name many).
    const auto load = [&](const QString &sql, QHash<qint64, QString> &into) {
        auto q = SqlAccess::exec(ledger, sql, {}, tr("read the audit log"));
        if (!q)
            return;
        while (q->next())
            into.insert(q->value(0).toLongLong(), q->value(1).toString());
    };
    load(QStringLiteral("SELECT id, code FROM problems"), m_problems);
    load(QStringLiteral("SELECT id, name FROM inspections"), m_inspections);
    load(QStringLiteral("SELECT id, name FROM users"), m_users);
    load(QStringLiteral("SELECT id, name FROM rounds"), m_rounds);
}

QString AuditText::nameFromCreation(const QString &entity, qint64 id) const
{
    const QString key = entity + QLatin1Char(':') + QString::number(id);
    if (auto found = m_deleted.constFind(key); found != m_deleted.constEnd())
        return *found;
    QString name;
    auto q = SqlAccess::exec(m_ledger,
        QStringLiteral("SELECT new_value FROM audit_log WHERE entity = ? AND entity_id = ? "
                       "AND field = '' AND new_value <> '' ORDER BY id LIMIT 1"),
        { entity, id }, tr("read the audit log"));
    if (q && q->next()) {
        const QString created = q->value(0).toString();
        if (entity == QLatin1String("user"))
            name = created.section(QStringLiteral(" ("), 0, 0);
        else if (entity == QLatin1String("round"))
            name = created.section(QStringLiteral(" (due "), 0, 0);
        else if (entity == QLatin1String("inspection"))
            name = created;
        else
            name = firstWord(created);
    }
    m_deleted.insert(key, name);
    return name;
}

QString AuditText::taskRef(qint64 taskId) const
{
    if (auto found = m_tasks.constFind(taskId); found != m_tasks.constEnd())
        return *found;
    if (!m_allTasks) {
        auto q = SqlAccess::exec(m_ledger,
            QStringLiteral("SELECT p.code, t.number FROM tasks t "
                           "JOIN problems p ON p.id = t.problem_id WHERE t.id = ?"),
            { taskId }, tr("read the audit log"));
        if (q && q->next()) {
            const QString ref
                = QStringLiteral("%1.%2").arg(q->value(0).toString(), q->value(1).toString());
            m_tasks.insert(taskId, ref);
            return ref;
        }
    }
    const QString ref = nameFromCreation(QStringLiteral("task"), taskId);
    return ref.isEmpty() ? QStringLiteral("#%1").arg(taskId) : ref;
}

QString AuditText::subjectOf(const AuditEntry &e) const
{
    const auto named = [&](const QHash<qint64, QString> &live) {
        if (auto found = live.constFind(e.entityId); found != live.constEnd())
            return *found;
        const QString name = nameFromCreation(e.entity, e.entityId);
        return name.isEmpty() ? QStringLiteral("#%1").arg(e.entityId) : name;
    };
    const QString &entity = e.entity;
    if (entity == QLatin1String("task"))
        return tr("Task %1").arg(taskRef(e.entityId));
    if (entity == QLatin1String("problem"))
        return tr("Problem %1").arg(named(m_problems));
    if (entity == QLatin1String("inspection") || entity == QLatin1String("import"))
        return tr("Inspection %1").arg(named(m_inspections));
    if (entity == QLatin1String("user"))
        return tr("User %1").arg(named(m_users));
    if (entity == QLatin1String("round"))
        return tr("Reporting round %1").arg(named(m_rounds));
    if (entity == QLatin1String("record"))
        return tr("Record #%1").arg(e.entityId);
    if (entity == QLatin1String("setting"))
        return tr("Ledger setting");
    if (entity == QLatin1String("ledger"))
        return tr("Ledger");
    return e.entityId ? QStringLiteral("%1 #%2").arg(entity).arg(e.entityId) : entity;
}

QString AuditText::fieldLabel(const QString &entity, const QString &field)
{
    if (field == QLatin1String("number")) {
        if (entity == QLatin1String("record"))
            return tr("Round number");
        return tr("Task number");
    }
    if (field == QLatin1String("title") && entity == QLatin1String("problem"))
        return tr("Problem");
    if (field == QLatin1String("unit") && entity == QLatin1String("record"))
        return tr("Unit of measure");
    if (field == QLatin1String("state") && entity == QLatin1String("round"))
        return tr("Round state");
    static const struct
    {
        const char *key;
        const char *label;
    } labels[] = {
        { "status", QT_TR_NOOP("Status") },
        { "progress", QT_TR_NOOP("Progress") },
        { "evidence", QT_TR_NOOP("Evidence") },
        { "deadline", QT_TR_NOOP("Deadline") },
        { "long_term", QT_TR_NOOP("Long-term") },
        { "completed_on", QT_TR_NOOP("Completed on") },
        { "closed_on", QT_TR_NOOP("Signed off on") },
        { "measure", QT_TR_NOOP("Measure") },
        { "target", QT_TR_NOOP("Target") },
        { "remarks", QT_TR_NOOP("Remarks") },
        { "lead_units", QT_TR_NOOP("Lead unit") },
        { "co_units", QT_TR_NOOP("Co-operating units") },
        { "leaders", QT_TR_NOOP("Leader") },
        { "persons", QT_TR_NOOP("Person") },
        { "problem_id", QT_TR_NOOP("Problem") },
        { "task_id", QT_TR_NOOP("Task") },
        { "inspection_id", QT_TR_NOOP("Inspection") },
        { "name", QT_TR_NOOP("Name") },
        { "kind", QT_TR_NOOP("Kind") },
        { "feedback_date", QT_TR_NOOP("Feedback date") },
        { "rectification_end", QT_TR_NOOP("End of rectification") },
        { "notes", QT_TR_NOOP("Notes") },
        { "stationed_from", QT_TR_NOOP("On site from") },
        { "stationed_to", QT_TR_NOOP("On site to") },
        { "code", QT_TR_NOOP("Problem number") },
        { "category", QT_TR_NOOP("Category") },
        { "title", QT_TR_NOOP("Title") },
        { "description", QT_TR_NOOP("Description") },
        { "sort_order", QT_TR_NOOP("Order") },
        { "date", QT_TR_NOOP("Date") },
        { "end_date", QT_TR_NOOP("End date") },
        { "party", QT_TR_NOOP("Unit or person") },
        { "doc_number", QT_TR_NOOP("Document number") },
        { "count", QT_TR_NOOP("Count") },
        { "value", QT_TR_NOOP("Value") },
        { "unit", QT_TR_NOOP("Unit") },
        { "owner_unit", QT_TR_NOOP("Recorded by unit") },
        { "finding", QT_TR_NOOP("Finding") },
        { "finding_progress", QT_TR_NOOP("Finding made progress") },
        { "role", QT_TR_NOOP("Role") },
        { "active", QT_TR_NOOP("Active") },
        { "password", QT_TR_NOOP("Password") },
        { "must_change_password", QT_TR_NOOP("Must choose a new password") },
        { "report", QT_TR_NOOP("Report received") },
        { "extension_request", QT_TR_NOOP("Deadline extension") },
        { "reminder", QT_TR_NOOP("Reminder sent") },
        { "schema_version", QT_TR_NOOP("Ledger format version") },
        { "restored_from", QT_TR_NOOP("Restored from a backup") },
        { "import", QT_TR_NOOP("Imported") },
        { "default_inspection", QT_TR_NOOP("Default inspection") },
        { "file", QT_TR_NOOP("Imported") },
    };
    for (const auto &l : labels) {
        if (field == QLatin1String(l.key))
            return tr(l.label);
    }
    return field;
}

QString AuditText::valueText(
    const QString &entity, const QString &field, const QString &value) const
{
    if (value.isEmpty())
        return value;
    if (field.isEmpty()) {
        // A whole row: what its creation or deletion entry recorded, without
        // the name the subject already gives.
        if (entity == QLatin1String("task")
            && value.section(QLatin1Char(' '), 0, 0).contains(QLatin1Char('.')))
            return afterFirstWord(value);
        if (entity == QLatin1String("problem"))
            return afterFirstWord(value);
        if (entity == QLatin1String("user")) {
            // "wang (official)": the role in words.
            const QString role = value.section(QStringLiteral(" ("), 1).chopped(1);
            if (auto r = userRoleFromKey(role))
                return tr("%1 (%2)").arg(
                    value.section(QStringLiteral(" ("), 0, 0), userRoleLabel(*r));
            return value;
        }
        if (entity == QLatin1String("record")) {
            if (auto kind = recordKindFromKey(firstWord(value)))
                return recordKindLabel(*kind) + QLatin1Char(' ') + afterFirstWord(value);
        }
        return value;
    }
    if (field == QLatin1String("status")) {
        if (auto s = taskStatusFromKey(value))
            return taskStatusLabel(*s);
    }
    if (field == QLatin1String("role")) {
        if (auto r = userRoleFromKey(value))
            return userRoleLabel(*r);
    }
    if (field == QLatin1String("long_term") || field == QLatin1String("active")
        || field == QLatin1String("must_change_password")) {
        if (value == QLatin1String("1") || value == QLatin1String("true"))
            return tr("yes");
        if (value == QLatin1String("0") || value == QLatin1String("false"))
            return tr("no");
    }
    if (field == QLatin1String("problem_id")) {
        const qint64 id = value.toLongLong();
        if (auto found = m_problems.constFind(id); found != m_problems.constEnd())
            return tr("Problem %1").arg(*found);
        const QString code = nameFromCreation(QStringLiteral("problem"), id);
        return tr("Problem %1").arg(code.isEmpty() ? QStringLiteral("#") + value : code);
    }
    if (field == QLatin1String("task_id"))
        return tr("Task %1").arg(taskRef(value.toLongLong()));
    if (field == QLatin1String("inspection_id") || field == QLatin1String("default_inspection")) {
        if (auto found = m_inspections.constFind(value.toLongLong());
            found != m_inspections.constEnd())
            return *found;
    }
    if (field == QLatin1String("import"))
        return taskImportText(value);
    if (field == QLatin1String("file") && entity == QLatin1String("import"))
        return importSentence(value);
    if (field == QLatin1String("finding_progress")) {
        // "finding #3 -> progress #7"
        const QStringList parts = value.split(QStringLiteral(" -> "));
        if (parts.size() == 2)
            return tr("finding %1 became progress entry %2")
                .arg(parts.at(0).section(QLatin1Char(' '), 1),
                    parts.at(1).section(QLatin1Char(' '), 1));
    }
    if (field == QLatin1String("finding") && entity == QLatin1String("record")) {
        // "4.2 text" on adding; "#8 text" (the task's id) on removing.
        if (value.startsWith(QLatin1Char('#')))
            return tr("%1: %2").arg(
                tr("Task %1").arg(taskRef(firstWord(value).mid(1).toLongLong())),
                afterFirstWord(value));
        return tr("%1: %2").arg(tr("Task %1").arg(firstWord(value)), afterFirstWord(value));
    }
    if (field == QLatin1String("extension_request")) {
        // "pending 2024-06-30", "approved 2024-06-30", or "2024-06-30: reason".
        static const struct
        {
            const char *key;
            const char *label;
        } states[] = {
            { "pending", QT_TR_NOOP("requested") },
            { "approved", QT_TR_NOOP("approved") },
            { "rejected", QT_TR_NOOP("rejected") },
        };
        for (const auto &s : states) {
            if (firstWord(value) == QLatin1String(s.key))
                return tr("%1 %2").arg(tr(s.label), afterFirstWord(value));
        }
        return tr("requested to %1").arg(value);
    }
    return value;
}

QString AuditText::importSentence(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    if (o.isEmpty())
        return json;
    const QString file = o.value(QStringLiteral("file")).toString();
    const int added = o.value(QStringLiteral("tasksAdded")).toInt();
    const int updated = o.value(QStringLiteral("tasksUpdated")).toInt();
    // English has no plural forms file: the singular is a string of its own.
    QString text = added == 1 ? tr("Imported %1: 1 task added").arg(file)
                              : tr("Imported %1: %2 tasks added").arg(file).arg(added);
    text += tr(", %n updated", nullptr, updated);
    const int problems = o.value(QStringLiteral("problemsAdded")).toInt();
    if (problems > 0)
        text += tr(", new problems: %1").arg(problems);
    const int skipped = o.value(QStringLiteral("skippedRows")).toInt();
    if (skipped > 0)
        text += tr(", rows skipped: %1").arg(skipped);
    return text;
}

QString AuditText::taskImportText(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    if (o.isEmpty())
        return json;
    const QString file = o.value(QStringLiteral("file")).toString();
    QString status;
    if (auto s = taskStatusFromKey(o.value(QStringLiteral("status")).toString()))
        status = taskStatusLabel(*s);
    if (o.value(QStringLiteral("added")).toBool()) {
        return status.isEmpty() ? tr("added from %1").arg(file)
                                : tr("added from %1 (%2)").arg(file, status);
    }
    QStringList changed;
    for (const QJsonValue &v : o.value(QStringLiteral("changed")).toArray()) {
        const QString field = v.toString();
        // The import's own names for responsibilities and completion dates.
        if (field == QLatin1String("responsibilities"))
            changed << tr("Responsibilities");
        else if (field == QLatin1String("completion_dates"))
            changed << tr("Completion dates");
        else
            changed << fieldLabel(QStringLiteral("task"), field);
    }
    QString text = changed.isEmpty() ? tr("unchanged from %1").arg(file)
                                     : tr("updated from %1: %2").arg(file, changed.join(tr(", ")));
    if (!status.isEmpty())
        text += tr("; status %1").arg(status);
    return text;
}

AuditLine AuditText::line(const AuditEntry &e) const
{
    AuditLine l;
    l.when = e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    l.who = e.user;
    l.subject = subjectOf(e);
    l.before = valueText(e.entity, e.field, e.oldValue);
    l.after = valueText(e.entity, e.field, e.newValue);
    l.reason = e.reason;
    QString body;
    if (e.entity == QLatin1String("import")) {
        l.change = tr("Imported");
        l.sentence = l.after; // "导入 台账.xlsx：…"; the reason only repeats the file's name
        return l;
    }
    if (e.field.isEmpty()) {
        if (e.oldValue.isEmpty()) {
            l.change = tr("Added");
            body = l.after.isEmpty() ? l.change : tr("%1 %2").arg(l.change, l.after);
        } else if (e.newValue.isEmpty()) {
            l.change = tr("Deleted");
            body = l.before.isEmpty() ? l.change : tr("%1 %2").arg(l.change, l.before);
        } else {
            l.change = tr("Changed");
            body = tr("%1 %2 → %3").arg(l.change, l.before, l.after);
        }
    } else {
        l.change = fieldLabel(e.entity, e.field);
        if (e.field == QLatin1String("import")) {
            // "updated from 台账.xlsx: …"; the reason only repeats the file's name.
            l.sentence = tr("%1: %2").arg(l.subject, l.after);
            return l;
        }
        if (isAddition(e.field) && e.oldValue.isEmpty()) {
            body = tr("%1: %2").arg(l.change, l.after);
        } else if (isAddition(e.field) && e.newValue.isEmpty()) {
            body = tr("%1 removed: %2").arg(l.change, l.before);
        } else {
            const QString none = tr("(empty)");
            body = tr("%1 %2 → %3")
                       .arg(l.change, l.before.isEmpty() ? none : l.before,
                           l.after.isEmpty() ? none : l.after);
        }
    }
    l.sentence = tr("%1: %2").arg(l.subject, body);
    if (!e.reason.isEmpty())
        l.sentence = tr("%1 (%2)").arg(l.sentence, e.reason);
    return l;
}

QVector<AuditLine> AuditText::lines(const QVector<AuditEntry> &entries) const
{
    // Many tasks named: one query for all of them rather than one each.
    if (!m_allTasks && entries.size() > 200) {
        QSet<qint64> ids;
        for (const AuditEntry &e : entries) {
            if (e.entity == QLatin1String("task"))
                ids.insert(e.entityId);
        }
        if (ids.size() > 200) {
            auto q = SqlAccess::exec(m_ledger,
                QStringLiteral("SELECT t.id, p.code, t.number FROM tasks t "
                               "JOIN problems p ON p.id = t.problem_id"),
                {}, tr("read the audit log"));
            if (q) {
                while (q->next())
                    m_tasks.insert(q->value(0).toLongLong(),
                        QStringLiteral("%1.%2").arg(
                            q->value(1).toString(), q->value(2).toString()));
                m_allTasks = true;
            }
        }
    }
    QVector<AuditLine> out;
    out.reserve(entries.size());
    for (const AuditEntry &e : entries)
        out << line(e);
    return out;
}

} // namespace rectify
