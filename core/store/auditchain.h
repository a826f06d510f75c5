#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>
#include <string>
#include <string_view>

namespace rectify {

class Ledger;

// The hash chain over the audit log. Each entry stores the hash of the entry
// before it (prev_hash) and its own hash: SHA-256, in hex, over a canonical
// serialisation of its columns and prev_hash. Editing, removing or inserting an
// entry outside the app breaks the chain at that entry or at the next one; the
// one-row table audit_head remembers the newest entry, so removing entries from
// the end shows too.
//
// What a chain without a secret cannot show: someone who can write the file may
// recompute every hash after a change. Keep the head hash printed by
// `rectify-cli audit-verify` somewhere else (a report, a mail) to detect that.
class AuditChain final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::AuditChain)

public:
    // One audit_log row as stored (text columns as text, NULL as an invalid QVariant).
    struct Row
    {
        qint64 id = 0;
        QVariant at;
        QVariant user;
        QVariant entity;
        QVariant entityId;
        QVariant field;
        QVariant oldValue;
        QVariant newValue;
        QVariant reason;
        QString prevHash;
        QString hash;
    };

    // The bytes that are hashed: every column but hash, each as name, length and
    // UTF-8 value (or a NULL marker), so that no two rows serialise alike.
    static QByteArray canonical(const Row &row);
    // A row whose columns are all set, as UTF-8 text: the import writes an entry
    // per task, and builds its canonical form without a QVariant or a QString.
    struct TextRow
    {
        qint64 id = 0;
        std::string_view at, user, entity;
        qint64 entityId = 0;
        std::string_view field, oldValue, newValue, reason, prevHash;
    };
    // The same bytes as canonical() of the Row with these values, appended to `out`.
    static void appendCanonical(std::string &out, const TextRow &row);
    // Lower-case hex SHA-256 of canonical(row).
    static QString hashOf(const Row &row);

    // A point of the chain written down outside the ledger (in a report, a 通报, an
    // export, a mail): the number of entries up to it and the start of the hash of
    // the entry it ends at. Someone who can write the ledger can rewrite the whole
    // chain after changing an entry, and the chain then verifies; it no longer
    // passes through an anchor taken before, because every later hash changes.
    // Text form "ENTRIES:HASH" ("1234:3fa9c2e1b07d"); HASH alone (any entry).
    struct Anchor
    {
        qint64 entries = 0; // 0: not known, any entry with the hash will do
        QString hash; // lower-case hex, at least minAnchorDigits of the full hash
    };
    static constexpr int anchorDigits = 12; // as written in documents
    static constexpr int minAnchorDigits = 8;
    // "ENTRIES:HASH" with the first anchorDigits of the head hash; "0:-" for an
    // empty log.
    static QString anchorText(qint64 entries, const QString &headHash);
    static Result<Anchor> parseAnchor(const QString &text);
    // The anchor of the ledger's newest entry as stored (entry count and the head's
    // hash), read without recomputing the chain: what documents and exports state.
    static Result<Anchor> head(const Ledger &ledger);

    struct Report
    {
        bool intact = true;
        qint64 entries = 0;
        QString headHash; // hash of the newest entry (empty for an empty log)
        qint64 firstBadId = 0; // the first entry that does not check out
        QString problem; // what is wrong, in words
        // With an anchor to check: whether the chain passes through it, and if
        // not, what the chain holds there instead.
        bool anchorChecked = false;
        bool anchorHolds = false;
        QString anchorProblem;
        QString anchor() const { return anchorText(entries, headHash); }
    };
    // Recomputes the chain. A Result error means the log could not be read;
    // a broken chain is a Report with intact == false. With `expect`, also checks
    // that the chain still extends that anchor (anchorChecked, anchorHolds).
    static Result<Report> verify(const Ledger &ledger, const Anchor *expect = nullptr);

    // Used by the upgrade to format version 3: computes prev_hash and hash of
    // every existing entry (written before the chain existed) and the head.
    // The caller drops the update trigger around it.
    static Status chainExisting(Ledger &ledger);
};

} // namespace rectify
