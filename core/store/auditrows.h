#pragma once

#include "domain/auditentry.h"

#include <QSqlQuery>

namespace rectify {

// The columns of an audit entry, in the order readAuditEntry() reads them;
// `prefix` is a table alias with its dot ("a.") or empty.
QString auditEntryColumns(const QString &prefix = QString());
// One audit entry from the current row of a query that selected
// auditEntryColumns() first.
AuditEntry readAuditEntry(const QSqlQuery &q);

} // namespace rectify
