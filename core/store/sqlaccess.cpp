#include "store/sqlaccess.h"

#include "store/ledger.h"

namespace rectify {

Result<QSqlQuery> SqlAccess::exec(
    const Ledger &ledger, const QString &sql, const QVariantList &values, const QString &what)
{
    return ledger.exec(sql, values, what);
}

} // namespace rectify
