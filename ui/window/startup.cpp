#include "ui/window/startup.h"

#include "sample/sampleledger.h"
#include "store/ledger.h"
#include "ui/tasks/tasktablemodel.h"
#include "ui/window/mainwindow.h"
#include "util/paths.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QImage>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <cstdio>

namespace rectify {

QString Startup::savedLanguage()
{
    return QSettings().value(QStringLiteral("language")).toString();
}

bool Startup::askOpenSample(QWidget *parent)
{
    QMessageBox box(QMessageBox::Question, tr("Rectify"), tr("Your ledger is still empty."),
        QMessageBox::NoButton, parent);
    box.setInformativeText(tr("Open a sample ledger to see how a rectification ledger looks "
                              "in Rectify? Your own ledger stays as it is; you can import or "
                              "enter your problems later."));
    QPushButton *sample = box.addButton(tr("Open the sample"), QMessageBox::AcceptRole);
    box.addButton(tr("Start empty"), QMessageBox::RejectRole);
    box.setDefaultButton(sample);
    box.exec();
    return box.clickedButton() == sample;
}

std::unique_ptr<Ledger> Startup::openSample(QWidget *parent)
{
    const QString path = sampleLedgerPath();
    if (Status written = createSampleLedger(path, QDate::currentDate()); !written) {
        QMessageBox::critical(
            parent, tr("Rectify"), tr("Cannot write the sample ledger: %1").arg(written.error()));
        return nullptr;
    }
    auto ledger = std::make_unique<Ledger>();
    ledger->setActor(systemUserName());
    if (Status opened = ledger->open(path); !opened) {
        QMessageBox::critical(parent, tr("Rectify"), opened.error());
        return nullptr;
    }
    return ledger;
}

void Startup::screenshotAndQuit(MainWindow *window, const QString &file, qint64 taskId)
{
    // Give the window time to lay out and paint (fonts, docks) before grabbing it.
    // Open the most urgent task, so the picture shows the detail pane filled in.
    window->finishStartup();
    window->showTask(taskId < 0 ? window->alertModel()->taskId(0) : taskId);
    QTimer::singleShot(1200, window, [window, file] {
        // 256 colours are plenty for a window and keep the picture small for the docs.
        const QImage picture = window->grab().toImage().convertToFormat(
            QImage::Format_Indexed8, Qt::ThresholdDither | Qt::AvoidDither);
        const bool saved = picture.save(file, nullptr, 0);
        if (!saved)
            std::fprintf(stderr, "%s\n",
                qPrintable(tr("Cannot write %1.").arg(QDir::toNativeSeparators(file))));
        QCoreApplication::exit(saved ? 0 : 1);
    });
}

} // namespace rectify
