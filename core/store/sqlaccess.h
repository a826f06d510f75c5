#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace rectify {

class Ledger;

// SQL text on a ledger's connection, for the core areas that read in bulk
// (statistics, search, export, the workflow's queries) and for tests. The window
// never runs SQL: ui/ may not include this header (cmake/layering.cmake), it reads
// and writes through the functions of the core areas.
class SqlAccess final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::SqlAccess)

public:
    // Runs one statement with bound values; the error names the statement's purpose.
    static Result<QSqlQuery> exec(const Ledger &ledger, const QString &sql,
        const QVariantList &values = {}, const QString &what = QString());
};

} // namespace rectify
