// rectify-ui-bench LEDGER.sqlite [RUNS]: times the main window on a ledger.
//
//   first paint      open the ledger, build the window, show it and paint it once
//   alerts and counts in   then until the alerts dock, the status bar's counts and
//                    the start-up notice, read after the first paint, are painted too
//   filter (...)     change a filter and repaint the task table: the rows the user
//                    sees are read and painted (the table reads its first window of
//                    ids; how many match is counted in the background)
//   scroll to row 50,000   from the top, scroll to the end of what the table has
//                    until row 50,000 (or the last) is fetched, show it and paint
//   dashboard ...    show the dashboard tab the first time (build, read, paint), and
//                    read it again (after a change): until the window is free again,
//                    and until the new figures are painted (large ledgers are read in
//                    the background)
//
// Prints the median and the spread over RUNS runs (default 5) in milliseconds, and
// the process's peak resident memory (VmHWM) after the window's runs and after the
// filters. RECTIFY_BENCH_DASHBOARD=0 leaves the dashboard out (on a million tasks each
// of its reads takes most of a minute).
// ui_bench.sh runs it on a 100,000-task ledger and on a 1,000-task baseline.
#include "store/ledger.h"
#include "ui/dashboard/dashboardtab.h"
#include "ui/dashboard/dashboardwidget.h"
#include "ui/tasks/filterbar.h"
#include "ui/tasks/tasktablemodel.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

using namespace rectify;

namespace {

struct Figure
{
    double median = 0;
    double min = 0;
    double max = 0;
};

Figure summarise(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return { ms[ms.size() / 2], ms.front(), ms.back() };
}

// The peak resident set size so far, in MiB (Linux).
double peakMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

void print(const char *what, const Figure &f)
{
    std::printf("%-28s median %7.1f ms   (min %7.1f, max %7.1f)\n", what, f.median, f.min, f.max);
}

// Paints the widget now, as the first frame on screen would.
void paint(QWidget *w)
{
    QApplication::processEvents();
    w->grab();
}

// Runs the event loop until the window has read what it left for after the first
// paint, and paints that.
void settle(MainWindow *w)
{
    QElapsedTimer guard;
    guard.start();
    // Sleeps until an event comes: the window's figures are read on another thread,
    // which a busy loop here would slow down on a small machine.
    while (!w->isStartupFinished() && guard.elapsed() < 60000)
        QApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    w->grab();
}

std::unique_ptr<MainWindow> openWindow(const QString &path)
{
    auto ledger = std::make_unique<Ledger>();
    ledger->setActor(QStringLiteral("bench"));
    if (Status s = ledger->open(path, Ledger::OpenMode::ExistingOnly); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error()));
        return nullptr;
    }
    auto window = std::make_unique<MainWindow>(std::move(ledger));
    window->resize(1500, 900);
    window->show();
    return window;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("rectify-bench"));
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: rectify-ui-bench LEDGER.sqlite [RUNS]\n");
        return 2;
    }
    const QString path = args.at(1);
    const int runs = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 5;

    std::vector<double> first;
    std::vector<double> settled;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        auto window = openWindow(path);
        if (!window)
            return 1;
        paint(window.get());
        first.push_back(t.nsecsElapsed() / 1e6);
        // Then the alerts dock, the counts and the notice, which follow the first paint.
        settle(window.get());
        settled.push_back(t.nsecsElapsed() / 1e6);
    }
    auto window = openWindow(path);
    if (!window)
        return 1;
    paint(window.get());
    settle(window.get());
    window->taskModel()->waitForCount();
    std::printf("%s: %lld tasks\n", qPrintable(path),
        static_cast<long long>(window->taskModel()->totalCount()));
    print("first paint", summarise(first));
    print("alerts and counts in", summarise(settled));
    std::printf("%-28s %7.0f MiB\n", "peak memory (opened)", peakMiB());

    FilterBar *bar = window->filterBar();
    QWidget *table = window->taskView();
    const auto timed = [&](const char *what, const std::function<void()> &set,
                           const std::function<void()> &reset) {
        std::vector<double> ms;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            set();
            paint(table);
            ms.push_back(t.nsecsElapsed() / 1e6);
            reset();
            paint(table);
        }
        print(what, summarise(ms));
    };
    const auto clear = [&] { bar->clear(); };
    timed(
        "filter: search 3+ chars",
        [&] {
            bar->searchEdit()->setText(QString::fromUtf8("整改"));
            bar->searchEdit()->setText(QString::fromUtf8("专项整治"));
            bar->applyNow();
        },
        clear);
    timed(
        "filter: search 2 chars",
        [&] {
            bar->searchEdit()->setText(QString::fromUtf8("干部"));
            bar->applyNow();
        },
        clear);
    timed(
        "filter: status", [&] { bar->statusBox()->setCurrentIndex(1); }, clear);
    timed(
        "filter: red and yellow", [&] { bar->alertBox()->setCurrentIndex(1); }, clear);
    timed(
        "filter: unit", [&] { bar->unitBox()->setCurrentIndex(5); }, clear);
    timed(
        "sort: deadline",
        [&] {
            window->taskView()->sortByColumn(TaskTableModel::DeadlineColumn, Qt::DescendingOrder);
        },
        [&] { window->taskView()->sortByColumn(-1, Qt::AscendingOrder); });
    timed(
        "sort: alert",
        [&] { window->taskView()->sortByColumn(TaskTableModel::AlertColumn, Qt::AscendingOrder); },
        [&] { window->taskView()->sortByColumn(-1, Qt::AscendingOrder); });

    {
        // As the user drags the scroll bar to the end again and again: each time the
        // view asks for the next window of ids.
        TaskTableModel *model = window->taskModel();
        QTableView *view = window->taskView();
        const int target = int(std::min<qint64>(50000, model->totalCount() - 1));
        timed(
            "scroll to row 50,000",
            [&] {
                while (model->rowCount() <= target && model->canFetchMore(QModelIndex())) {
                    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
                    QApplication::processEvents();
                }
                view->scrollTo(model->index(target, TaskTableModel::MeasureColumn));
            },
            [&] {
                // Back to the first window.
                bar->statusBox()->setCurrentIndex(1);
                paint(table);
                clear();
            });
    }

    std::printf("%-28s %7.0f MiB\n", "peak memory (filtered)", peakMiB());
    if (qEnvironmentVariable("RECTIFY_BENCH_DASHBOARD") == QLatin1String("0"))
        return 0;

    // The dashboard tab (F9): built and read the first time it is shown; afterwards
    // read again after a change, while it is shown. A large ledger is read in the
    // background: "window free" is how long the window is blocked, "figures in" how
    // long until the charts show the new figures.
    {
        DashboardTab *tab = window->dashboardTab();
        const auto waitForFigures = [&] {
            QElapsedTimer guard;
            guard.start();
            while (tab->dashboard()->isReading() && guard.elapsed() < 60000)
                QApplication::processEvents(QEventLoop::AllEvents, 5);
            paint(window.get());
        };
        QElapsedTimer t;
        t.start();
        tab->showDashboard();
        paint(window.get());
        const double free = t.nsecsElapsed() / 1e6;
        waitForFigures();
        const double in = t.nsecsElapsed() / 1e6;
        print("dashboard shown: window free", { free, free, free });
        print("dashboard shown: figures in", { in, in, in });
        std::vector<double> blocked;
        std::vector<double> again;
        for (int i = 0; i < runs; ++i) {
            t.restart();
            tab->dashboard()->refresh();
            paint(window.get());
            blocked.push_back(t.nsecsElapsed() / 1e6);
            waitForFigures();
            again.push_back(t.nsecsElapsed() / 1e6);
        }
        print("dashboard read: window free", summarise(blocked));
        print("dashboard read: figures in", summarise(again));
    }
    return 0;
}
