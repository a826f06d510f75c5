#include "mainwindow.h"

#include "store/ledger.h"

#include <QDir>
#include <QLabel>
#include <QStatusBar>

namespace rectify {

MainWindow::MainWindow(std::unique_ptr<Ledger> ledger, QWidget *parent)
    : QMainWindow(parent)
    , m_ledger(std::move(ledger))
{
    setWindowTitle(tr("Rectify - %1").arg(QDir::toNativeSeparators(m_ledger->path())));
    auto *placeholder = new QLabel(tr("Rectification ledger"), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    resize(1200, 800);
    refreshStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::refreshStatus()
{
    auto counts = m_ledger->counts();
    if (!counts) {
        statusBar()->showMessage(counts.error());
        return;
    }
    statusBar()->showMessage(tr("%1 problems, %2 tasks — %3")
                                 .arg(counts->problems)
                                 .arg(counts->tasks)
                                 .arg(QDir::toNativeSeparators(m_ledger->path())));
}

} // namespace rectify
