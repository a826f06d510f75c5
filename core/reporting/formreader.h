#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

namespace rectify {

// Something in a returned form that cannot be accepted, where it is.
struct FormProblem
{
    qint64 row = 0; // 1-based row of the file; 0 for the file as a whole
    int column = -1; // RoundForms::Column; -1 for the whole row
    QString message;
};

// A form as it came back: its keys (from the hidden sheet, or a CSV form's key
// line) and, for each task of the keys, the cells of its row.
struct FilledForm
{
    QString path;
    QString sha256; // of the file's bytes
    bool csv = false;
    int version = 0;
    QString token; // the round's
    QString roundName;
    QString unit;
    QString checksum;
    QString shownUnit; // the unit the main sheet names (xlsx), to compare with the keys
    QVector<qint64> taskIds;
    QStringList refs;
    // Per task of the keys: its row in the file (1-based) and its cells
    // (RoundForms::ColumnCount of them, trimmed).
    QVector<qint64> rows;
    QVector<QStringList> cells;
    // Rows the form did not have that someone filled in, missing rows ...
    QVector<FormProblem> problems;
};

// Reads a returned form (.xlsx or .csv, told by its content). An error when the
// file cannot be read or is no form of Rectify's at all; problems with its rows
// are in FilledForm::problems, for the collector to report with its own.
class FormReader final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::FormReader)

public:
    static Result<FilledForm> read(const QString &path);

private:
    static Status readXlsx(const QString &path, FilledForm &form);
    static Status readCsv(const QByteArray &bytes, FilledForm &form);
};

} // namespace rectify
