#include "commands.h"

#include <QtGlobal>

namespace rectify::cli {

const QVector<Command> &commands()
{
    static const QVector<Command> list = {
        { "init", runInit, "",
            QT_TRANSLATE_NOOP("rectify::cli", "create the ledger, or upgrade an older one") },
        { "info", runInfo, "[--json]",
            QT_TRANSLATE_NOOP(
                "rectify::cli", "show the format version and what the ledger holds") },
    };
    return list;
}

} // namespace rectify::cli
