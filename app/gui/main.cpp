// rectify: the desktop application.
#include "store/ledger.h"
#include "ui/dashboard/dashboardtab.h"
#include "ui/signoff/signoffcontroller.h"
#include "ui/window/mainwindow.h"
#include "ui/window/startup.h"
#include "util/paths.h"
#include "util/translations.h"
#include "workflow/accounts.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QPointer>
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
    QCommandLineOption sampleOption(QStringLiteral("sample"),
        QApplication::translate("main", "Open a fresh copy of the sample ledger."));
    QCommandLineOption dashboardOption(
        QStringLiteral("dashboard"), QApplication::translate("main", "Open on the dashboard."));
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the window to FILE and quit."),
        QStringLiteral("FILE"));
    QCommandLineOption screenshotUserOption(QStringLiteral("screenshot-user"),
        QApplication::translate("main", "With --screenshot: work as this user of the ledger."),
        QStringLiteral("NAME"));
    QCommandLineOption screenshotTaskOption(QStringLiteral("screenshot-task"),
        QApplication::translate(
            "main", "With --screenshot: select the task with this id (0: none)."),
        QStringLiteral("ID"));
    parser.addOption(screenshotUserOption);
    parser.addOption(screenshotTaskOption);
    parser.addOption(dbOption);
    parser.addOption(langOption);
    parser.addOption(sampleOption);
    parser.addOption(dashboardOption);
    parser.addOption(screenshotOption);
    parser.addPositionalArgument(QStringLiteral("ledger"),
        QApplication::translate("main", "The ledger to open."), QStringLiteral("[FILE]"));
    parser.process(app);
    installTranslations(
        parser.isSet(langOption) ? parser.value(langOption) : Startup::savedLanguage());

    QString path = defaultLedgerPath();
    const bool named = parser.isSet(dbOption) || !parser.positionalArguments().isEmpty();
    if (parser.isSet(dbOption))
        path = parser.value(dbOption);
    else if (!parser.positionalArguments().isEmpty())
        path = parser.positionalArguments().constFirst();

    std::unique_ptr<Ledger> ledger;
    if (parser.isSet(sampleOption)) {
        ledger = Startup::openSample(nullptr);
        if (!ledger)
            return 1;
    } else {
        ledger = std::make_unique<Ledger>();
        ledger->setActor(systemUserName());
        if (auto opened = ledger->open(path); !opened) {
            QMessageBox::critical(
                nullptr, QApplication::translate("main", "Rectify"), opened.error());
            return 1;
        }
        // A new ledger requires a password of everyone; its creator chooses one
        // at the sign-in that follows (docs/workflow.md).
        if (ledger->wasCreated())
            (void)Accounts(*ledger, ledger->actor()).setPasswordsRequired(true);
        // The run command's default ledger: when it is empty, offer the sample.
        auto counts = ledger->counts();
        if (!named && counts && counts->problems == 0 && !parser.isSet(screenshotOption)
            && Startup::askOpenSample(nullptr)) {
            if (auto sample = Startup::openSample(nullptr))
                ledger = std::move(sample);
        }
    }
    // Every window asks who is working (File → Switch User… changes it later); a
    // screenshot run takes the ledger's actor without asking.
    const bool ask = !parser.isSet(screenshotOption);
    if (!ask && parser.isSet(screenshotUserOption))
        ledger->setActor(parser.value(screenshotUserOption));
    MainWindow::setCreatedHook([ask](MainWindow *w) { SignoffController::attach(w, ask); });
    auto *window = new MainWindow(std::move(ledger));
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    // The rotating automatic backup; the ledger setting backup_keep says how many stay.
    window->backUpOnOpen();
    if (parser.isSet(dashboardOption))
        window->dashboardTab()->showDashboard();
    if (parser.isSet(screenshotOption))
        Startup::screenshotAndQuit(window, parser.value(screenshotOption),
            parser.isSet(screenshotTaskOption) ? parser.value(screenshotTaskOption).toLongLong()
                                               : -1);
    const QPointer<MainWindow> alive(window);
    const int code = app.exec();
    delete alive.data(); // still there when the event loop was left without closing it
    return code;
}
