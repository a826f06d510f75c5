#pragma once

#include "domain/auditentry.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

class QPrinter;
class QWidget;

namespace rectify {

class Ledger;

// Export and print of audit entries, for the audit log dialog and a task's
// history: the readable columns of AuditText, the raw ids and hashes, and the
// ledger's audit anchor on top (the first page of a print, the first line of a
// file).
class AuditOutput final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::AuditOutput)

public:
    // The printed table: title, anchor and a header row repeated on each page.
    static QString html(
        const Ledger &ledger, const QVector<AuditEntry> &entries, const QString &title);
    // A4 landscape, the table of html().
    static void print(const Ledger &ledger, const QVector<AuditEntry> &entries,
        const QString &title, QPrinter *printer);

    // Asks for a file (.xlsx or .csv) and writes it; the error or what was written
    // is said in a message box. `baseName` proposes the file's name.
    static bool exportWithDialog(const Ledger &ledger, const QVector<AuditEntry> &entries,
        const QString &baseName, QWidget *parent);
    // The print preview (QPrintPreviewDialog), printing from there.
    static void printWithPreview(const Ledger &ledger, const QVector<AuditEntry> &entries,
        const QString &title, QWidget *parent);
};

} // namespace rectify
