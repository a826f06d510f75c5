#include "store/auditchain.h"

#include "store/ledger.h"
#include "store/sqlaccess.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVector>

namespace rectify {

namespace {

void field(QByteArray &out, const char *name, const QVariant &value)
{
    out += name;
    if (value.isNull()) {
        out += "=~\n";
        return;
    }
    const QByteArray bytes = value.toString().toUtf8();
    out += '=';
    out += QByteArray::number(bytes.size());
    out += ':';
    out += bytes;
    out += '\n';
}

const QString rowSelect = QStringLiteral(
    "SELECT id, at, user_name, entity, entity_id, field, old_value, new_value, reason, "
    "prev_hash, hash FROM audit_log");

AuditChain::Row readRow(const QSqlQuery &q)
{
    AuditChain::Row r;
    r.id = q.value(0).toLongLong();
    r.at = q.value(1);
    r.user = q.value(2);
    r.entity = q.value(3);
    r.entityId = q.value(4);
    r.field = q.value(5);
    r.oldValue = q.value(6);
    r.newValue = q.value(7);
    r.reason = q.value(8);
    r.prevHash = q.value(9).toString();
    r.hash = q.value(10).toString();
    return r;
}

} // namespace

void AuditChain::appendCanonical(std::string &out, const TextRow &row)
{
    // As field() above, for text that is never NULL.
    const auto text = [&out](const char *name, std::string_view value) {
        out += name;
        out += '=';
        out += std::to_string(value.size());
        out += ':';
        out += value;
        out += '\n';
    };
    const auto number
        = [&text](const char *name, qint64 value) { text(name, std::to_string(value)); };
    out += "rectify-audit-1\n";
    number("id", row.id);
    text("at", row.at);
    text("user_name", row.user);
    text("entity", row.entity);
    number("entity_id", row.entityId);
    text("field", row.field);
    text("old_value", row.oldValue);
    text("new_value", row.newValue);
    text("reason", row.reason);
    text("prev_hash", row.prevHash);
}

QByteArray AuditChain::canonical(const Row &row)
{
    QByteArray out("rectify-audit-1\n");
    field(out, "id", row.id);
    field(out, "at", row.at);
    field(out, "user_name", row.user);
    field(out, "entity", row.entity);
    field(out, "entity_id", row.entityId);
    field(out, "field", row.field);
    field(out, "old_value", row.oldValue);
    field(out, "new_value", row.newValue);
    field(out, "reason", row.reason);
    field(out, "prev_hash", row.prevHash);
    return out;
}

QString AuditChain::hashOf(const Row &row)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical(row), QCryptographicHash::Sha256).toHex());
}

QString AuditChain::anchorText(qint64 entries, const QString &headHash)
{
    return QStringLiteral("%1:%2").arg(entries).arg(
        headHash.isEmpty() ? QStringLiteral("-") : headHash.left(anchorDigits));
}

Result<AuditChain::Anchor> AuditChain::parseAnchor(const QString &text)
{
    static const QRegularExpression form(
        QStringLiteral("^(?:(\\d+)[:：])?([0-9a-fA-F]{%1,64})$").arg(minAnchorDigits));
    // NFKC: copied out of a PDF, "ff" and "fi" may come as ligatures (U+FB00 ...).
    const auto m = form.match(text.normalized(QString::NormalizationForm_KC).trimmed());
    if (!m.hasMatch())
        return Error { tr("\"%1\" is not an audit anchor: give ENTRIES:HASH as printed in a "
                          "report or by audit-verify (e.g. 1234:3fa9c2e1b07d), or at least %2 "
                          "hex digits of a hash.")
                           .arg(text.trimmed())
                           .arg(minAnchorDigits) };
    Anchor a;
    a.entries = m.captured(1).toLongLong();
    a.hash = m.captured(2).toLower();
    if (!m.captured(1).isEmpty() && a.entries <= 0)
        return Error { tr("An audit anchor counts at least one entry.") };
    return a;
}

Result<AuditChain::Anchor> AuditChain::head(const Ledger &ledger)
{
    auto q = SqlAccess::exec(ledger,
        QStringLiteral("SELECT (SELECT count(*) FROM audit_log), "
                       "(SELECT hash FROM audit_head WHERE id = 1)"),
        {}, tr("read the audit head"));
    if (!q)
        return Error { q.error() };
    Anchor a;
    if (q->next()) {
        a.entries = q->value(0).toLongLong();
        a.hash = q->value(1).toString();
    }
    return a;
}

Result<AuditChain::Report> AuditChain::verify(const Ledger &ledger, const Anchor *expect)
{
    auto q = SqlAccess::exec(
        ledger, rowSelect + QStringLiteral(" ORDER BY id"), {}, tr("read the audit log"));
    if (!q)
        return Error { q.error() };
    Report report;
    QString previous;
    qint64 previousId = 0;
    QString atAnchor; // the hash the chain holds where the anchor says
    while (q->next()) {
        const Row row = readRow(*q);
        ++report.entries;
        if (expect && !report.anchorHolds) {
            if (expect->entries == report.entries)
                atAnchor = row.hash;
            if ((expect->entries == 0 || expect->entries == report.entries)
                && row.hash.startsWith(expect->hash))
                report.anchorHolds = true;
        }
        if (!report.intact)
            continue;
        if (row.hash.isEmpty() || hashOf(row) != row.hash) {
            report.intact = false;
            report.firstBadId = row.id;
            report.problem = row.hash.isEmpty()
                ? tr("entry #%1 has no hash: it was written outside the app.").arg(row.id)
                : tr("entry #%1 was changed after it was written (its hash does not match its "
                     "content).")
                      .arg(row.id);
        } else if (row.prevHash != previous) {
            report.intact = false;
            report.firstBadId = row.id;
            report.problem = previousId == 0
                ? tr("entry #%1 is the first entry but does not start the chain: earlier "
                     "entries were removed.")
                      .arg(row.id)
                : tr("entry #%1 does not follow entry #%2: an entry between them was removed or "
                     "inserted, or #%2 was changed and re-hashed.")
                      .arg(row.id)
                      .arg(previousId);
        }
        previous = row.hash;
        previousId = row.id;
    }
    report.headHash = previous;
    if (expect) {
        report.anchorChecked = true;
        if (report.anchorHolds) {
            // the chain passes through the anchor
        } else if (expect->entries > report.entries) {
            report.anchorProblem = tr("the log holds %1 entries, fewer than the %2 of the "
                                      "anchor: entries were removed.")
                                       .arg(report.entries)
                                       .arg(expect->entries);
        } else if (expect->entries > 0) {
            report.anchorProblem = tr("entry %1 of the log has the hash %2, not %3: the "
                                      "history up to the anchor was rewritten.")
                                       .arg(expect->entries)
                                       .arg(atAnchor.left(expect->hash.size()), expect->hash);
        } else {
            report.anchorProblem = tr("no entry of the log has a hash starting %1: the "
                                      "history was rewritten.")
                                       .arg(expect->hash);
        }
    }
    if (!report.intact)
        return report;

    auto head = SqlAccess::exec(ledger,
        QStringLiteral("SELECT last_id, hash FROM audit_head WHERE id = 1"), {},
        tr("read the audit head"));
    if (!head)
        return Error { head.error() };
    if (!head->next()) {
        report.intact = false;
        report.firstBadId = previousId;
        report.problem = tr("the record of the newest audit entry is missing.");
        return report;
    }
    const qint64 lastId = head->value(0).toLongLong();
    const QString lastHash = head->value(1).toString();
    if (lastId != previousId || lastHash != previous) {
        report.intact = false;
        report.firstBadId = lastId > previousId ? previousId + 1 : previousId;
        report.problem = lastId > previousId
            ? tr("entries after #%1 were removed (the newest entry written was #%2).")
                  .arg(previousId)
                  .arg(lastId)
            : tr("entry #%1 is not the newest entry the app wrote (#%2).")
                  .arg(previousId)
                  .arg(lastId);
    }
    return report;
}

Status AuditChain::chainExisting(Ledger &ledger)
{
    auto q = SqlAccess::exec(
        ledger, rowSelect + QStringLiteral(" ORDER BY id"), {}, tr("read the audit log"));
    if (!q)
        return Error { q.error() };
    QVector<Row> rows;
    while (q->next())
        rows << readRow(*q);
    q->finish();
    QString previous;
    qint64 lastId = 0;
    for (Row &row : rows) {
        row.prevHash = previous;
        row.hash = hashOf(row);
        if (auto u = SqlAccess::exec(ledger,
                QStringLiteral("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?"),
                { row.prevHash, row.hash, row.id }, tr("chain the audit log"));
            !u)
            return Error { u.error() };
        previous = row.hash;
        lastId = row.id;
    }
    if (auto h = SqlAccess::exec(ledger,
            QStringLiteral("UPDATE audit_head SET last_id = ?, hash = ? WHERE id = 1"),
            { lastId, previous }, tr("chain the audit log"));
        !h)
        return Error { h.error() };
    return {};
}

} // namespace rectify
