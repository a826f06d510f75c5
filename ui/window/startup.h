#pragma once

#include <QCoreApplication>
#include <QString>
#include <memory>

class QWidget;

namespace rectify {

class Ledger;
class MainWindow;

// What the application does between parsing its command line and showing the
// window: choose the language, open the ledger (or the sample), offer the sample
// when the default ledger is empty, and take a screenshot when asked.
class Startup final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::Startup)

public:
    // The language the user chose in the settings ("" for the system's).
    static QString savedLanguage();
    // Asks whether to open the sample ledger instead of an empty one.
    static bool askOpenSample(QWidget *parent);
    // Writes a fresh sample ledger and opens it; nullptr after showing the error.
    static std::unique_ptr<Ledger> openSample(QWidget *parent);
    // Saves a picture of the window to `file` once it has painted, then quits. The
    // window shows task `taskId` (the most urgent one when negative, none for 0).
    static void screenshotAndQuit(MainWindow *window, const QString &file, qint64 taskId = -1);
};

} // namespace rectify
