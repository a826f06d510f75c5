// rectify-cli: the headless entry point for admins and scripts.
#include "app/cli/commands.h"
#include "app/cli/context.h"
#include "util/paths.h"
#include "util/translations.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>
#include <memory>

using namespace rectify;
using namespace rectify::cli;

namespace {

void printHelp(QTextStream &out)
{
    out << Text::tr("Usage: rectify-cli [--db FILE] [--user NAME] COMMAND [options]") << "\n\n"
        << Text::tr("Global options:") << "\n"
        << "  --db FILE     " << Text::tr("the ledger (default: %1)").arg(defaultLedgerPath())
        << "\n"
        << "  --user NAME   " << Text::tr("who is acting (default: the system user)") << "\n"
        << "  --password-stdin "
        << Text::tr("read the acting user's password from stdin "
                    "(or set RECTIFY_PASSWORD)")
        << "\n"
        << "  --lang LANG   " << Text::tr("interface language: zh_CN or en") << "\n"
        << "  --help        " << Text::tr("show this help") << "\n"
        << "  --version     " << Text::tr("show the version") << "\n\n"
        << Text::tr("Commands:") << "\n";
    for (const Command &c : commands()) {
        const QString head = QStringLiteral("%1 %2")
                                 .arg(QString::fromLatin1(c.name), QString::fromLatin1(c.usage))
                                 .trimmed();
        out << "  " << head.leftJustified(40) << " "
            << QCoreApplication::translate("rectify::cli", c.summary) << "\n";
    }
    out << "\n" << Text::tr("Exit status: 0 success, 1 failure, 2 usage error.") << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    // The commands that draw (export-charts, report) get a QApplication on the
    // offscreen platform; every other command runs on a plain QCoreApplication.
    const std::unique_ptr<QCoreApplication> app = createApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rectify"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RECTIFY_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments().mid(1);

    // --lang must be known before any message is translated.
    // It scans the global options the same way as the loop below: --db and
    // --user take the next word as their value, so a path is not the command.
    QString lang;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (!a.startsWith(QLatin1Char('-')))
            break;
        if (a == QLatin1String("--lang") && i + 1 < args.size())
            lang = args.at(++i);
        else if (a.startsWith(QLatin1String("--lang=")))
            lang = a.mid(7);
        else if (a == QLatin1String("--db") || a == QLatin1String("--user"))
            ++i;
    }
    installTranslations(lang);

    Context ctx { defaultLedgerPath(), systemUserName(), out, err, {}, false, {}, false };
    // Global options come before the command.
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("-"))) {
        const QString opt = args.takeFirst();
        QString name = opt;
        QString value;
        bool hasValue = false;
        if (const int eq = opt.indexOf(QLatin1Char('=')); eq > 0) {
            name = opt.left(eq);
            value = opt.mid(eq + 1);
            hasValue = true;
        }
        if (name == QLatin1String("--help") || name == QLatin1String("-h")) {
            printHelp(out);
            return ExitOk;
        }
        if (name == QLatin1String("--password-stdin") && !hasValue) {
            ctx.passwordFromStdin = true;
            continue;
        }
        if (name == QLatin1String("--version") || name == QLatin1String("-v")) {
            out << "rectify-cli " << QCoreApplication::applicationVersion() << Qt::endl;
            return ExitOk;
        }
        if (name == QLatin1String("--db") || name == QLatin1String("--user")
            || name == QLatin1String("--lang")) {
            if (!hasValue) {
                if (args.isEmpty())
                    return ctx.fail(Text::tr("The option %1 needs a value.").arg(name), ExitUsage);
                value = args.takeFirst();
            }
            if (name == QLatin1String("--db"))
                ctx.dbPath = value;
            else if (name == QLatin1String("--user")) {
                ctx.user = value;
                ctx.userGiven = true;
            }
            continue;
        }
        return ctx.fail(Text::tr("Unknown option %1; see rectify-cli --help.").arg(opt), ExitUsage);
    }
    if (args.isEmpty())
        return ctx.fail(Text::tr("No command given; see rectify-cli --help."), ExitUsage);

    const QString name = args.takeFirst();
    for (const Command &c : commands()) {
        if (name == QLatin1String(c.name)) {
            if (args.contains(QLatin1String("--help"))) {
                out << "rectify-cli [--db FILE] " << c.name << " " << c.usage << "\n  "
                    << QCoreApplication::translate("rectify::cli", c.summary) << Qt::endl;
                return ExitOk;
            }
            return c.run(ctx, args);
        }
    }
    return ctx.fail(
        Text::tr("Unknown command \"%1\"; see rectify-cli --help.").arg(name), ExitUsage);
}
