// The window shows an imported progress entry of unknown date as "—", reported by
// the import, and one whose cell opened with a date under that date.
#include "import/importer.h"
#include "store/sqlaccess.h"
#include "tests/support/templedger.h"
#include "ui/tasks/progressmodel.h"
#include "ui/tasks/taskdetailpane.h"
#include "ui/window/mainwindow.h"

#include <QFile>
#include <QHeaderView>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace rectify;
using namespace rectify::test;

namespace {

// The texts of a table view's rows as the user sees them, cells joined by '|'.
QStringList shownRows(const QTableView *view)
{
    QStringList rows;
    const QAbstractItemModel *m = view->model();
    for (int r = 0; r < m->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < m->columnCount(); ++c)
            cells << m->index(r, c).data(Qt::DisplayRole).toString();
        rows << cells.join(QLatin1Char('|'));
    }
    return rows;
}

} // namespace

TEST(OwnDatesWindow, UnknownProgressDateIsShownAsADash)
{
    TempLedger source;
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("ledger.csv"));
    {
        QFile f(csv);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("序号,反馈问题,整改措施,整改时限,整改进展,完成情况\n"
                "1,学习不深入,建立学习制度,2023-12-31,2024.1.5 已召开专题会议,已完成\n"
                "1,学习不深入,开展专题学习,2024-06-30,已制定学习计划,推进中\n");
    }
    auto inspection = source->defaultInspection();
    ASSERT_TRUE(inspection.ok());
    ImportOptions options;
    options.inspectionId = inspection->id;
    options.today = QDate(2024, 3, 15);
    options.feedbackDate = QDate(2023, 10, 10);
    Importer importer(*source);
    auto report = importer.import(csv, options);
    ASSERT_TRUE(report.ok() && report->committed)
        << (report.ok() ? report->text() : report.error()).toStdString();
    if (source.isPostgres())
        GTEST_SKIP() << "the window test opens a ledger file";

    auto ids = SqlAccess::exec(
        *source, QStringLiteral("SELECT id, measure FROM tasks ORDER BY number"), {});
    ASSERT_TRUE(ids.ok());
    QHash<QString, qint64> byMeasure;
    while (ids->next())
        byMeasure.insert(ids->value(1).toString(), ids->value(0).toLongLong());

    auto ledger = std::make_unique<Ledger>();
    ledger->setActor(QStringLiteral("tester"));
    ledger->setClock(&fixedNow);
    ASSERT_TRUE(ledger->open(source.path()).ok());
    MainWindow w(std::move(ledger));
    w.setConfirmHandler([](const QString &) { return true; });
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    ASSERT_TRUE(QTest::qWaitFor([&w] { return w.isStartupFinished(); }, 5000));

    auto *view = w.detailPane()->findChild<QTableView *>(QStringLiteral("progressView"));
    ASSERT_NE(view, nullptr);

    ASSERT_TRUE(w.showTask(byMeasure.value(QStringLiteral("开展专题学习"))));
    ASSERT_TRUE(QTest::qWaitFor([view] { return view->model()->rowCount() == 1; }, 5000));
    EXPECT_EQ(shownRows(view), QStringList { QStringLiteral("—|已制定学习计划|Import") });
    EXPECT_EQ(view->model()->headerData(ProgressModel::DateColumn, Qt::Horizontal).toString(),
        QStringLiteral("Date"));

    ASSERT_TRUE(w.showTask(byMeasure.value(QStringLiteral("建立学习制度"))));
    ASSERT_TRUE(QTest::qWaitFor(
        [view] {
            return view->model()->rowCount() == 1
                && view->model()->index(0, ProgressModel::DateColumn).data().toString()
                != QStringLiteral("—");
        },
        5000));
    EXPECT_EQ(shownRows(view), QStringList { QStringLiteral("2024-01-05|已召开专题会议|Import") });
}
