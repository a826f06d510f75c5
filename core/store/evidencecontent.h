#pragma once

#include "domain/evidence.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace rectify {

class Ledger;

// Where the contents of evidence files (佐证材料) live, and the one way to put
// them there and read them back:
// - a ledger file keeps them in a folder beside it, "<ledger file name>.evidence",
//   one file per content named "<sha256>.<suffix>"; Evidence::storedPath is
//   relative to the ledger's folder ("ledger.sqlite.evidence/<sha256>.pdf");
// - a ledger on a server keeps them in the table evidence_content, one row per
//   SHA-256, written in the caller's transaction; Evidence::storedPath is then
//   the bare name "<sha256>.pdf" (there is no folder; officials on different
//   computers share none).
class EvidenceContent final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::EvidenceContent)

public:
    // The largest file a server ledger takes (20 MiB): its bytes travel in one
    // statement (twice as many as hex text through the QPSQL driver) and sit in
    // the memory of the app and of the server while they do; scans, photos and
    // minutes of meetings are far below it. Ledger files have no limit.
    static constexpr qint64 serverLimit = qint64(20) * 1024 * 1024;

    // A name that is safe to create inside a folder, from a file name the ledger
    // holds (its data, which anyone who can write the ledger may have set): the
    // part after the last '/' or '\\', without a drive ("C:"), control
    // characters, characters Windows refuses, leading dots (".." and hidden
    // files) and trailing dots and spaces; a Windows device name (CON, NUL,
    // COM1, …, also with a suffix) gets a '_' in front; nothing left is
    // "evidence". Every place that writes or opens an evidence file under its
    // name goes through it.
    static QString safeFileName(const QString &name);
    // The folder beside the ledger file at `ledgerPath`: "<file name>.evidence".
    static QString folder(const QString &ledgerPath);
    // The stored path of the file `name` (reduced to a safe base name) in the
    // folder beside the ledger file at `ledgerPath`: "<file name>.evidence/<name>".
    static QString pathInFolder(const QString &ledgerPath, const QString &name);
    // "<sha256>.<suffix of fileName, lower case>", or the hash alone.
    static QString storedName(const QString &sha256, const QString &fileName);

    // Stores the contents of `source` where `ledger` keeps evidence (a content
    // already there under its hash is kept, not written again) and returns the
    // evidence row to record: file name, stored path, hash and size. On a server
    // this writes in the ledger's open transaction, so that a failed workflow
    // step leaves no content either; a file over serverLimit is refused there.
    static Result<Evidence> store(Ledger &ledger, const QString &source);
    // The refusal store() gives a file over serverLimit on a server ledger, for a
    // caller that can say so before the step (the sign-off panel); success otherwise.
    static Status checkSize(const Ledger &ledger, const QString &source);

    // The bytes of an attached file, checked against the hash recorded when it
    // was attached.
    static Result<QByteArray> read(const Ledger &ledger, const Evidence &evidence);
    // Writes an attached file to `target` (replaced if it exists).
    static Status save(const Ledger &ledger, const Evidence &evidence, const QString &target);

    // For copying a ledger (store/ledgercopy.h). Adds a content row on a server
    // ledger unless its hash is there; `shown` names the file in an error.
    static Status putOnServer(
        Ledger &ledger, const QString &sha256, const QByteArray &content, const QString &shown);
    // Writes `content` into the folder beside the ledger file `ledgerPath` as
    // `name` (kept if a file of that size is there); returns the stored path
    // (relative to the ledger's folder) and sets `created` when it wrote a file.
    static Result<QString> putInFolder(
        const QString &ledgerPath, const QString &name, const QByteArray &content, bool *created);
    // The bytes stored for a row of `ledger` (folder or table), unchecked; the
    // error names the file.
    static Result<QByteArray> readStored(
        const Ledger &ledger, const QString &storedPath, const QString &sha256);
};

} // namespace rectify
