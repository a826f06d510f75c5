#include "import/importwriter.h"

#include "import/pgimportwriter.h"
#include "import/sqliteimportwriter.h"
#include "store/ledger.h"

#include <QSqlDriver>
#include <QVariant>

namespace rectify {

namespace {

// The driver's native connection handle when it is of type `typeName` (or of
// its other spelling: libpq's PGconn is a typedef of struct pg_conn).
template<typename T>
T *nativeHandle(const QSqlDatabase &db, const char *typeName, const char *alias = nullptr)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid()
        || (qstrcmp(v.typeName(), typeName) != 0 && (!alias || qstrcmp(v.typeName(), alias) != 0)))
        return nullptr;
    return *static_cast<T *const *>(v.constData());
}

} // namespace

std::unique_ptr<ImportWriter> ImportWriter::create(Ledger &ledger)
{
    if (ledger.isOnServer())
        return std::make_unique<PgImportWriter>(
            nativeHandle<pg_conn>(ledger.database(), "PGconn*", "pg_conn*"));
    return std::make_unique<SqliteImportWriter>(
        nativeHandle<sqlite3>(ledger.database(), "sqlite3*"));
}

} // namespace rectify
