#pragma once

#include "domain/user.h"
#include "reporting/formreader.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QVector>

namespace rectify {

class Ledger;

// One change a returned form brings to one task.
struct FormChange
{
    enum class Kind
    {
        Progress, // 本期进展: a progress entry
        Completion, // 已完成: completed, awaiting sign-off (销号)
        Extension, // 申请延期至 + 延期理由: a pending extension request
    };
    qint64 taskId = 0;
    QString ref;
    Kind kind = Kind::Progress;
    QString text; // the progress text, or the reason of the extension
    QDate to; // the requested deadline
    QString reporter; // 填报人
    bool alreadyInLedger = false; // nothing to write: the ledger has it

    // "progress: TEXT", "completed (awaits sign-off): TEXT" or "extension to
    // DATE: REASON", with "(already in the ledger)" after it when so: one wording
    // for the window's preview and `rectify-cli round collect`.
    QString describe() const;
};

QString formChangeKindKey(FormChange::Kind kind);

// What collecting one file did, or would do (a dry run).
struct CollectResult
{
    QString path;
    QString unit;
    QString roundName;
    qint64 roundId = 0;
    bool accepted = false; // false: refused, problems say why; nothing written
    bool alreadyCollected = false; // this very file was collected before: nothing changes
    bool written = false;
    bool onTime = true;
    QDate reportedOn;
    QString reporter;
    QString phone;
    QVector<FormChange> changes;
    QVector<FormProblem> problems;

    // "FILE: row R, column C (header): message" for each problem; without the
    // file's name in front when `withFile` is false.
    QStringList problemLines(bool withFile = true) const;
    int count(FormChange::Kind kind) const;
};

// Collects returned forms (docs/reporting.md), acting for a supervisor: each file
// is checked whole — its round (of this ledger, open, the one named), its unit,
// its keys against their checksum, each task still the unit's, statuses and
// dates — and then written in one transaction, or refused with every problem
// found and nothing written. Progress entries carry the form's 填报人; a 已完成
// goes through the sign-off workflow (completed, awaiting 销号); an extension
// becomes a pending request. The same file collected twice changes nothing, and
// entries the ledger already has are not written again.
class FormCollector final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::FormCollector)

public:
    struct Options
    {
        QString roundName; // when given, a form of another round is refused
        QString unit; // when given, a form of another unit is refused
        bool dryRun = false;
    };

    FormCollector(Ledger &ledger, User actor);

    CollectResult collect(const QString &path, const Options &options);

private:
    void check(const FilledForm &form, const Options &options, CollectResult &result);
    Status apply(const FilledForm &form, CollectResult &result);
    QDate today() const;

    Ledger &m_ledger;
    User m_actor;
};

} // namespace rectify
