#include "import/importwriter.h"

#include "import/pgimportwriter.h"
#include "import/sqliteimportwriter.h"
#include "store/ledger.h"
#include "store/pgcopytext.h"
#include "util/sqlitehandle.h"

namespace rectify {

std::unique_ptr<ImportWriter> ImportWriter::create(Ledger &ledger)
{
    if (ledger.isOnServer())
        return std::make_unique<PgImportWriter>(pgConnection(ledger.database()));
    return std::make_unique<SqliteImportWriter>(sqliteHandle(ledger.database()));
}

} // namespace rectify
