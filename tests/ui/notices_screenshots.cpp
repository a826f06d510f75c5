// The user guide's pictures of 催办, the extension section and the unit ranking,
// on the sample ledger at 1366×768. Skipped unless RECTIFY_DOC_SCREENSHOTS names
// the folder to write them into (run under Xvfb with QT_QPA_PLATFORM=xcb);
// RECTIFY_DOC_LANG is zh_CN or en.
#include "reporting/rounds.h"
#include "sample/sampleledger.h"
#include "tests/support/templedger.h"
#include "ui/dashboard/dashboardtab.h"
#include "ui/dashboard/dashboardwidget.h"
#include "ui/dashboard/rankingsection.h"
#include "ui/rounds/reminddialog.h"
#include "ui/rounds/roundsdialog.h"
#include "ui/signoff/extensionsection.h"
#include "ui/signoff/signoffcontroller.h"
#include "ui/tasks/taskdetailpane.h"
#include "ui/window/mainwindow.h"
#include "util/translations.h"
#include "workflow/extensions.h"

#include <QApplication>
#include <QDir>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>
#include <QTest>
#include <gtest/gtest.h>

namespace rectify::test {
namespace {

const QDate today(2024, 3, 15);

class NoticesScreenshots : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_out = qEnvironmentVariable("RECTIFY_DOC_SCREENSHOTS");
        if (m_out.isEmpty())
            GTEST_SKIP() << "RECTIFY_DOC_SCREENSHOTS is not set: no pictures taken";
        RECTIFY_SQLITE_ONLY("pictures of a ledger file");
        m_lang = qEnvironmentVariable("RECTIFY_DOC_LANG", QStringLiteral("zh_CN"));
        installTranslations(m_lang);
        ASSERT_TRUE(writeSampleLedger(*m_ledger, today).ok());
        // Two rounds: February's, which four units answered, and March's, due
        // three days ago, which two answered.
        Rounds rounds(*m_ledger, user(QStringLiteral("周主任")));
        auto feb = rounds.open(QStringLiteral("2024年2月进展报送"), QDate(2024, 2, 25));
        auto mar = rounds.open(QStringLiteral("2024年3月进展报送"), QDate(2024, 3, 12));
        ASSERT_TRUE(feb.ok() && mar.ok());
        auto units = m_ledger->unitNames();
        ASSERT_TRUE(units.ok());
        int n = 0;
        for (const QString &unit : *units) {
            ++n;
            if (n <= 4)
                report(feb->id, unit, QDate(2024, 2, 20 + n));
            if (n == 2 || n == 5)
                report(mar->id, unit, QDate(2024, 3, 10 + n));
        }
    }

    void report(qint64 round, const QString &unit, const QDate &on)
    {
        RoundReport r;
        r.roundId = round;
        r.unit = unit;
        r.fileName = unit + QStringLiteral(".xlsx");
        r.fileSha256 = QString::number(qHash(unit + on.toString()), 16).repeated(8).left(64);
        r.reportedOn = on;
        r.reporter = QStringLiteral("填报人");
        r.collectedBy = QStringLiteral("周主任");
        ASSERT_TRUE(m_ledger->addRoundReport(r).ok());
    }

    User user(const QString &name)
    {
        auto u = m_ledger->findUser(name);
        EXPECT_TRUE(u.ok() && u->has_value());
        return **u;
    }

    void save(QWidget *w, const QString &name)
    {
        QTest::qWait(300);
        QApplication::processEvents();
        const QString path
            = QDir(m_out).filePath(QStringLiteral("%1-1366x768-%2.png").arg(name, m_lang));
        QPixmap shot = QApplication::primaryScreen()->grabWindow(0, 0, 0, 1366, 768);
        if (shot.isNull() || shot.toImage().pixel(10, 10) == 0xff000000)
            shot = w->grab();
        ASSERT_TRUE(shot.save(path)) << path.toStdString();
    }

    TempLedger m_ledger;
    QString m_out;
    QString m_lang;
};

TEST_F(NoticesScreenshots, Remind)
{
    RoundsDialog rounds(*m_ledger, user(QStringLiteral("周主任")));
    rounds.setGeometry(0, 0, 1366, 768);
    rounds.show();
    QTest::mouseClick(rounds.remindButton(), Qt::LeftButton);
    RemindDialog *dialog = rounds.reminderDialog();
    ASSERT_NE(dialog, nullptr);
    dialog->setGeometry(210, 80, 940, 600);
    // The first unit with tasks overdue and due soon, else with overdue ones.
    int row = 0;
    for (int i = dialog->notices().size() - 1; i >= 0; --i) {
        const Reminder &r = dialog->notices().at(i);
        if (!r.overdue.isEmpty()
            && (!r.dueSoon.isEmpty() || dialog->notices().at(row).overdue.isEmpty()))
            row = i;
    }
    dialog->unitList()->setCurrentRow(row);
    dialog->raise();
    save(dialog, QStringLiteral("remind"));
}

TEST_F(NoticesScreenshots, Extension)
{
    // A task of 组织人事部 (孙丽's unit) still open and not yet due.
    qint64 taskId = 0;
    auto problems = m_ledger->problems();
    ASSERT_TRUE(problems.ok());
    for (const Problem &p : *problems) {
        auto tasks = m_ledger->tasks(p.id);
        ASSERT_TRUE(tasks.ok());
        for (const Task &t : *tasks) {
            if (!taskId && !isDone(t.status) && !t.longTerm && t.deadline.isValid()
                && t.deadline >= today
                && t.responsibilities.leadUnits.contains(QStringLiteral("组织人事部")))
                taskId = t.id;
        }
    }
    ASSERT_GT(taskId, 0);
    ASSERT_TRUE(Extensions(*m_ledger, user(QStringLiteral("孙丽")))
                    .request(taskId, m_ledger->task(taskId)->deadline.addMonths(2),
                        QStringLiteral("涉及多个部门会签，需延长两个月"))
                    .ok());
    auto ledger = std::make_unique<Ledger>();
    ledger->setActor(QStringLiteral("周主任"));
    ledger->setClock(&fixedNow);
    ASSERT_TRUE(ledger->open(m_ledger.path()).ok());
    MainWindow window(std::move(ledger));
    auto *controller = new SignoffController(&window, user(QStringLiteral("周主任")));
    window.setGeometry(0, 0, 1366, 768);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(window.showTask(taskId));
    QApplication::processEvents();
    window.detailPane()->scrollArea()->ensureWidgetVisible(controller->extensions());
    window.detailPane()->scrollArea()->horizontalScrollBar()->setValue(0);
    save(&window, QStringLiteral("extension"));
}

TEST_F(NoticesScreenshots, Ranking)
{
    DashboardWidget dashboard(*m_ledger, StatsFilter(), today);
    dashboard.setGeometry(0, 0, 1366, 768);
    dashboard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dashboard));
    auto *scroll = dashboard.findChild<QScrollArea *>();
    ASSERT_NE(scroll, nullptr);
    QApplication::processEvents();
    scroll->ensureWidgetVisible(dashboard.rankingSection(), 0, 0);
    save(&dashboard, QStringLiteral("ranking"));
}

} // namespace
} // namespace rectify::test
