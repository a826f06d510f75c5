#include "app/cli/commandargs.h"

#include <QCoreApplication>

namespace rectify::cli {

bool CommandArgs::parse(const QStringList &args, const QSet<QString> &flags,
    const QSet<QString> &valued, QString *error)
{
    bool optionsEnded = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (optionsEnded || !arg.startsWith(QLatin1String("--")) || arg.size() == 2) {
            if (!optionsEnded && arg == QLatin1String("--")) {
                optionsEnded = true;
                continue;
            }
            m_positionals << arg;
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        bool inlineValue = false;
        if (const int eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            value = name.mid(eq + 1);
            name.truncate(eq);
            inlineValue = true;
        }
        if (flags.contains(name)) {
            if (inlineValue) {
                *error
                    = QCoreApplication::translate("rectify::cli", "The option --%1 takes no value.")
                          .arg(name);
                return false;
            }
            m_values.insert(name, QString());
        } else if (valued.contains(name)) {
            if (!inlineValue) {
                if (i + 1 >= args.size()) {
                    *error = QCoreApplication::translate(
                        "rectify::cli", "The option --%1 needs a value.")
                                 .arg(name);
                    return false;
                }
                value = args.at(++i);
            }
            m_values.insert(name, value);
        } else {
            *error = QCoreApplication::translate("rectify::cli", "Unknown option --%1.").arg(name);
            return false;
        }
    }
    return true;
}

} // namespace rectify::cli
