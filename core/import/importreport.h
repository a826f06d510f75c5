#pragma once

#include "import/importfield.h"
#include "import/textsource.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace rectify {

// How to read a file; every "auto" value is detected.
struct ImportOptions
{
    TextEncoding encoding = TextEncoding::Auto;
    char delimiter = 0; // ',', '\t' or ';'; 0 detects
    qint64 headerRow = 0; // 1-based row of the header; 0 detects
    // The sheet of a workbook: its name, or its 1-based number; empty: the first.
    QString sheet;
    // One field per column, overriding the header's aliases; empty keeps them.
    QVector<ImportField> mapping;
    // The inspection the rows belong to: by name (created when missing), else by
    // id, else the ledger's default inspection.
    QString inspectionName;
    qint64 inspectionId = 0;
    // Used for 立行立改 and 12月底前 when the inspection has no feedback date yet;
    // it is then saved with the inspection.
    QDate feedbackDate;
    // Import the valid rows and list the others, instead of importing nothing.
    bool skipBadRows = false;
    // The day recorded for progress entries and completion dates; invalid: the ledger's clock.
    QDate today;
    // How many errors and warnings the report keeps word for word (all are counted).
    int maxIssues = 1000;
};

// One error or warning, at a row and column of the file.
struct ImportIssue
{
    Q_DECLARE_TR_FUNCTIONS(rectify::ImportIssue)

public:
    enum class Severity
    {
        Error,
        Warning,
    };
    Severity severity = Severity::Error;
    qint64 row = 0; // the file's own row number (1-based; 0 for the whole file)
    int column = -1; // 0-based; -1 for the whole row
    QString header; // the column's header as written in the file
    QString message;

    // "Row 12, column K (整改时限): ..." in the user's language.
    QString text() const;
};

// Excel's letters for a 0-based column: A, B, ..., Z, AA ...
QString columnLetters(int column);

struct ImportColumn
{
    int index = 0;
    QString header;
    ImportField field = ImportField::None;
};

// Something a row source found out about its file or was told, for the wizard
// and the report: the CSV source's encoding and delimiter. The generic preview
// and report know nothing of what these mean.
struct SourceDetail
{
    QString key; // stable: the report's JSON key ("encoding")
    QString label; // translated ("Encoding")
    QString text; // the value as shown, translated ("comma")
    QString json; // the value in the report's JSON (",")
};

struct ImportCounts
{
    qint64 added = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
};

// What an analysis found, or what an import did.
struct ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(rectify::ImportReport)

public:
    QString filePath;
    QByteArray sha256; // of the file's bytes
    qint64 fileSize = 0;
    QVector<SourceDetail> source; // how the row source read the file
    qint64 headerRow = 0;
    QVector<ImportColumn> columns;

    qint64 inspectionId = 0; // 0: the inspection does not exist yet
    QString inspectionName;

    qint64 dataRows = 0; // non-blank rows below the header
    qint64 blankRows = 0;
    qint64 ignoredRows = 0; // rows without a task (headings), with a warning
    qint64 importedRows = 0; // rows that are (or would be) imported
    qint64 skippedRows = 0; // rows with errors
    ImportCounts problems;
    ImportCounts tasks;
    qint64 unitsAdded = 0;
    qint64 peopleAdded = 0;
    qint64 progressAdded = 0;

    qint64 errorCount = 0;
    qint64 warningCount = 0;
    QVector<ImportIssue> issues; // the first ImportOptions::maxIssues
    QVector<qint64> skippedRowNumbers; // the first ImportOptions::maxIssues

    bool committed = false; // the rows were written to the ledger
    bool cancelled = false;

    bool hasErrors() const { return errorCount > 0; }
    // A few lines of totals in the user's language, then every issue kept.
    QString text() const;
    QJsonObject toJson() const;
};

} // namespace rectify
