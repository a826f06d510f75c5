// rectify: the desktop application.
#include "mainwindow.h"
#include "store/backup.h"
#include "store/ledger.h"
#include "util/paths.h"
#include "util/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <memory>

using namespace rectify;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("rectify"));
    QApplication::setOrganizationName(QStringLiteral("rectify"));
    QApplication::setApplicationVersion(QStringLiteral(RECTIFY_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/rectify.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("rectify"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Rectification ledger"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dbOption(QStringLiteral("db"),
        QApplication::translate("main", "The ledger to open."), QStringLiteral("FILE"));
    QCommandLineOption langOption(QStringLiteral("lang"),
        QApplication::translate("main", "Interface language (zh_CN or en)."),
        QStringLiteral("LANG"));
    parser.addOption(dbOption);
    parser.addOption(langOption);
    parser.addPositionalArgument(QStringLiteral("ledger"),
        QApplication::translate("main", "The ledger to open."), QStringLiteral("[FILE]"));
    parser.process(app);
    installTranslations(parser.value(langOption));

    QString path = defaultLedgerPath();
    if (parser.isSet(dbOption))
        path = parser.value(dbOption);
    else if (!parser.positionalArguments().isEmpty())
        path = parser.positionalArguments().constFirst();

    auto ledger = std::make_unique<Ledger>();
    ledger->setActor(systemUserName());
    if (auto opened = ledger->open(path); !opened) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Rectify"), opened.error());
        return 1;
    }
    // The rotating automatic backup; the ledger setting backup_keep says how many stay.
    if (auto backup = Backup::rotate(*ledger); !backup) {
        QMessageBox::warning(nullptr, QApplication::translate("main", "Rectify"), backup.error());
    }
    MainWindow window(std::move(ledger));
    window.show();
    return app.exec();
}
