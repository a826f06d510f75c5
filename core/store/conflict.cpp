#include "store/conflict.h"

#include "store/ledger.h"
#include "store/sqlaccess.h"
#include "util/sqlvalues.h"

#include <QStringList>
#include <optional>

namespace rectify {

namespace {

// The newest audited change of a row that bumps its version (progress entries and
// evidence files do not), and whether it was the row's deletion.
struct LastChange
{
    QString user;
    QDateTime at;
    bool deleted = false;
};

std::optional<LastChange> lastChange(const Ledger &ledger, const QString &entity, qint64 id)
{
    auto q = SqlAccess::exec(ledger,
        QStringLiteral("SELECT user_name, at, field, new_value FROM audit_log "
                       "WHERE entity = ? AND entity_id = ? "
                       "AND field NOT IN ('progress', 'evidence') "
                       "ORDER BY id DESC LIMIT 1"),
        { entity, id });
    if (!q || !q->next())
        return std::nullopt;
    LastChange c;
    c.user = q->value(0).toString();
    c.at = timestampFromSql(q->value(1));
    // A whole-row entry (no field) without a new value is the row's deletion.
    c.deleted = q->value(2).toString().isEmpty() && q->value(3).toString().isEmpty();
    return c;
}

QString shown(const QString &text)
{
    constexpr int longest = 60;
    const QString flat = text.simplified();
    return flat.size() > longest ? flat.left(longest) + QChar(0x2026) : flat;
}

QString when(const QDateTime &at)
{
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

struct Field
{
    QString label;
    QString stored;
    QString wanted;
};

} // namespace

namespace {

// "Task 4.2 was changed by 李明 at …; your change was not saved. It now reads: …"
Error compose(const QString &row, const std::optional<LastChange> &change,
    const QVector<Field> &fields, bool listAll)
{
    QString head;
    if (change && change->deleted) {
        head = Conflict::tr("%1 was deleted by %2 at %3; your change was not saved.")
                   .arg(row, change->user, when(change->at));
        return Error { head, ErrorKind::Conflict };
    }
    if (change) {
        head = Conflict::tr("%1 was changed by %2 at %3 after you read it; your change was "
                            "not saved.")
                   .arg(row, change->user, when(change->at));
    } else {
        head = Conflict::tr("%1 was changed by someone else after you read it; your change was "
                            "not saved.")
                   .arg(row);
    }
    QStringList values;
    for (const Field &f : fields) {
        if (listAll || f.stored != f.wanted) {
            const QString value = f.stored.isEmpty() ? Conflict::tr("(empty)") : shown(f.stored);
            values << Conflict::tr("%1: %2").arg(f.label, value);
        }
    }
    // Sentences are joined per language: Chinese puts no space between them.
    const auto sentences = [](const QString &first, const QString &second) {
        return Conflict::tr("%1 %2", "two sentences in a row").arg(first, second);
    };
    QString message = head;
    if (!values.isEmpty()) {
        message = sentences(
            message, Conflict::tr("It now reads: %1.").arg(values.join(Conflict::tr("; "))));
    }
    message = sentences(message,
        Conflict::tr("Look at the newer values and make your change again if it is still "
                     "needed."));
    return Error { message, ErrorKind::Conflict };
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : Conflict::tr("none");
}

QString names(const QStringList &list)
{
    return list.join(QStringLiteral("、"));
}

} // namespace

Error Conflict::task(const Ledger &ledger, qint64 id, const Task *wanted)
{
    const auto change = lastChange(ledger, QStringLiteral("task"), id);
    auto current = ledger.task(id);
    if (!current) {
        const QString row = tr("Task #%1").arg(id);
        if (change && change->deleted)
            return compose(row, change, {}, false);
        return Error { tr("%1 no longer exists; your change was not saved.").arg(row),
            ErrorKind::Conflict };
    }
    QString row = tr("Task (%1)").arg(current->number);
    if (auto p = ledger.problem(current->problemId))
        row = tr("Task %1.%2").arg(p->code).arg(current->number);
    const Task &c = *current;
    const Task w = wanted ? *wanted : c;
    const auto yesNo = [](bool on) { return on ? tr("yes") : tr("no"); };
    QVector<Field> fields {
        { tr("status"), taskStatusLabel(c.status), taskStatusLabel(w.status) },
        { tr("measure"), c.measure, w.measure.trimmed() },
        { tr("deadline"), dateText(c.deadline), dateText(w.deadline) },
        { tr("target"), c.target, w.target },
        { tr("long-term"), yesNo(c.longTerm), yesNo(w.longTerm) },
        { tr("leader"), names(c.responsibilities.leaders), names(w.responsibilities.leaders) },
        { tr("lead unit"), names(c.responsibilities.leadUnits),
            names(w.responsibilities.leadUnits) },
        { tr("co-operating units"), names(c.responsibilities.coUnits),
            names(w.responsibilities.coUnits) },
        { tr("person"), names(c.responsibilities.persons), names(w.responsibilities.persons) },
        { tr("remarks"), c.remarks, w.remarks },
    };
    if (!wanted) // a delete or a status change: status, measure and deadline say enough
        fields.resize(3);
    return compose(row, change, fields, wanted == nullptr);
}

Error Conflict::problem(const Ledger &ledger, qint64 id, const Problem *wanted)
{
    const auto change = lastChange(ledger, QStringLiteral("problem"), id);
    auto current = ledger.problem(id);
    if (!current) {
        const QString row = tr("Problem #%1").arg(id);
        if (change && change->deleted)
            return compose(row, change, {}, false);
        return Error { tr("%1 no longer exists; your change was not saved.").arg(row),
            ErrorKind::Conflict };
    }
    const Problem &c = *current;
    const Problem w = wanted ? *wanted : c;
    const QVector<Field> fields {
        { tr("number"), c.code, w.code.trimmed() },
        { tr("category"), c.category, w.category.trimmed() },
        { tr("title"), c.title, w.title.trimmed() },
        { tr("description"), c.description, w.description },
    };
    return compose(tr("Problem %1").arg(c.code), change, fields, wanted == nullptr);
}

} // namespace rectify
