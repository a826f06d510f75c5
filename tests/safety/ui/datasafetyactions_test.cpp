// The File-menu actions of data safety, driven offscreen with answered dialogs.
#include "store/backup.h"
#include "store/ledgerwatcher.h"
#include "tests/safety/safetysupport.h"
#include "tests/support/templedger.h"
#include "ui/datasafety/datasafetyactions.h"
#include "ui/tasks/problemlistmodel.h"
#include "ui/window/mainwindow.h"
#include "util/translations.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QWidget>
#include <gtest/gtest.h>

using namespace rectify;
using namespace rectify::test;

namespace {

struct Answers
{
    QString file;
    CsvExporter::Encoding encoding = CsvExporter::Encoding::Gb18030;
    bool confirm = true;
    int asked = 0;
    QVector<QPair<bool, QString>> reports;
};

void answer(DataSafetyActions &a, Answers &ans)
{
    a.setChooseFile([&ans](DataSafetyActions::FileKind, const QString &, CsvExporter::Encoding *e) {
        if (e)
            *e = ans.encoding;
        return ans.file;
    });
    a.setConfirm([&ans](const QString &) {
        ++ans.asked;
        return ans.confirm;
    });
    a.setReport([&ans](bool ok, const QString &m) { ans.reports.append({ ok, m }); });
}

} // namespace

TEST(DataSafetyActions, MenuHasTheFourEntries)
{
    TempLedger l;
    QWidget window;
    DataSafetyActions a(*l, &window);
    QMenu menu;
    a.addTo(&menu);
    const auto actions = menu.actions();
    ASSERT_EQ(actions.size(), 5);
    EXPECT_EQ(actions.at(0), a.exportCsvAction());
    EXPECT_EQ(actions.at(1), a.exportXlsxAction());
    EXPECT_TRUE(actions.at(2)->isSeparator());
    EXPECT_EQ(actions.at(3), a.backupAction());
    EXPECT_EQ(actions.at(4), a.restoreAction());
    EXPECT_TRUE(a.restoreAction()->isEnabled());
}

TEST(DataSafetyActions, ExportsAndBackUpThroughTheMenu)
{
    TempLedger l;
    ASSERT_TRUE(seedSmallLedger(*l));
    QWidget window;
    DataSafetyActions a(*l, &window);
    Answers ans;
    answer(a, ans);

    ans.file = QDir(l.dir()).filePath(QStringLiteral("out.csv"));
    ans.encoding = CsvExporter::Encoding::Utf8Bom;
    a.exportCsvAction()->trigger();
    ASSERT_EQ(ans.reports.size(), 1);
    EXPECT_TRUE(ans.reports.last().first) << ans.reports.last().second.toStdString();
    EXPECT_TRUE(readAll(ans.file).startsWith("\xEF\xBB\xBF序号,"));

    ans.file = QDir(l.dir()).filePath(QStringLiteral("out.xlsx"));
    a.exportXlsxAction()->trigger();
    EXPECT_TRUE(ans.reports.last().first) << ans.reports.last().second.toStdString();
    EXPECT_TRUE(readAll(ans.file).startsWith("PK"));

    ans.file = QDir(l.dir()).filePath(QStringLiteral("copy.sqlite"));
    a.backupAction()->trigger();
    EXPECT_TRUE(ans.reports.last().first) << ans.reports.last().second.toStdString();
    EXPECT_TRUE(Backup::verify(ans.file).ok());

    // Cancelled dialogs do nothing and report nothing.
    ans.file.clear();
    const int reports = ans.reports.size();
    EXPECT_FALSE(a.exportCsv());
    EXPECT_FALSE(a.restore());
    EXPECT_EQ(ans.reports.size(), reports);

    // A failure is reported with the file's name.
    ans.file = QDir(l.dir()).filePath(QStringLiteral("ledger.sqlite/x.csv"));
    EXPECT_FALSE(a.exportCsv());
    EXPECT_FALSE(ans.reports.last().first);
    EXPECT_TRUE(ans.reports.last().second.contains(QStringLiteral("x.csv")));
}

TEST(DataSafetyActions, RestoreAsksFirstAndTellsTheWindowToReload)
{
    TempLedger l;
    ASSERT_TRUE(seedSmallLedger(*l));
    const QString copy = QDir(l.dir()).filePath(QStringLiteral("copy.sqlite"));
    ASSERT_TRUE(Backup::copyTo(*l, copy).ok());
    auto problems = l->problems();
    ASSERT_TRUE(problems.ok());
    ASSERT_TRUE(l->removeProblem(problems->constFirst().id).ok());

    QWidget window;
    DataSafetyActions a(*l, &window);
    Answers ans;
    answer(a, ans);
    int reloaded = 0;
    QObject::connect(&a, &DataSafetyActions::ledgerRestored, [&reloaded] { ++reloaded; });

    // Refused when the answer is no.
    ans.file = copy;
    ans.confirm = false;
    EXPECT_FALSE(a.restore());
    EXPECT_EQ(ans.asked, 1);
    EXPECT_EQ(scalar(*l, QStringLiteral("SELECT count(*) FROM tasks")), QStringLiteral("1"));
    EXPECT_EQ(reloaded, 0);

    // A file that is not a ledger is refused before anyone is asked.
    const QString text = QDir(l.dir()).filePath(QStringLiteral("notes.txt"));
    ASSERT_TRUE(writeBytes(text, QByteArrayLiteral("hello")));
    ans.file = text;
    ans.confirm = true;
    EXPECT_FALSE(a.restore());
    EXPECT_EQ(ans.asked, 1);
    EXPECT_FALSE(ans.reports.last().first);
    EXPECT_TRUE(ans.reports.last().second.contains(QStringLiteral("notes.txt")));
    EXPECT_TRUE(ans.reports.last().second.contains(QStringLiteral("Nothing was changed")));

    ans.file = copy;
    a.restoreAction()->trigger();
    EXPECT_EQ(ans.asked, 2);
    EXPECT_TRUE(ans.reports.last().first) << ans.reports.last().second.toStdString();
    EXPECT_EQ(reloaded, 1);
    EXPECT_EQ(scalar(*l, QStringLiteral("SELECT count(*) FROM tasks")), QStringLiteral("3"));
    // A server ledger's backup folder is not in the test's own folder.
    if (l.isPostgres())
        QDir(Backup::folderFor(l.path())).removeRecursively();
}

TEST(DataSafetyActions, ChineseByDefault)
{
    installTranslations(QStringLiteral("zh_CN"));
    TempLedger l;
    QWidget window;
    DataSafetyActions a(*l, &window);
    EXPECT_EQ(a.exportCsvAction()->text(), QStringLiteral("导出 &CSV…"));
    EXPECT_EQ(a.restoreAction()->text(), QStringLiteral("从备份恢复(&S)…"));
}

// The actions in the main window's File menu; restore and other processes' writes
// reload the window's lists.
TEST(DataSafetyWindow, FileMenuRestoreAndChangesFromElsewhere)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ledger.sqlite"));
    {
        Ledger seed;
        seed.setActor(QStringLiteral("tester"));
        ASSERT_TRUE(seed.open(path).ok());
        ASSERT_TRUE(seedSmallLedger(seed));
    }
    auto ledger = std::make_unique<Ledger>();
    ledger->setActor(QStringLiteral("tester"));
    ASSERT_TRUE(ledger->open(path).ok());
    MainWindow window(std::move(ledger));
    window.setConfirmHandler([](const QString &) { return true; });

    QMenu *file = window.menuBar()->actions().constFirst()->menu();
    ASSERT_NE(file, nullptr);
    DataSafetyActions *actions = window.dataSafetyActions();
    ASSERT_NE(actions, nullptr);
    for (QAction *a : { actions->exportCsvAction(), actions->exportXlsxAction(),
             actions->backupAction(), actions->restoreAction() })
        EXPECT_TRUE(file->actions().contains(a)) << a->text().toStdString();

    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    ASSERT_TRUE(Backup::copyTo(window.ledger(), copy).ok());
    window.problemModel()->setInspection(0);
    const int before = window.problemModel()->rowCount();
    ASSERT_EQ(before, 2);

    // Another process adds a problem: the window notices and reloads.
    {
        Ledger other;
        ASSERT_TRUE(other.open(path, Ledger::OpenMode::ExistingOnly).ok());
        auto inspections = other.inspections();
        ASSERT_TRUE(inspections.ok());
        Problem p;
        p.inspectionId = inspections->constFirst().id;
        p.code = QStringLiteral("9");
        p.title = QStringLiteral("另一进程新增的问题");
        ASSERT_TRUE(other.addProblem(p).ok());
    }
    EXPECT_TRUE(window.ledgerWatcher()->poll());
    window.problemModel()->setInspection(0);
    EXPECT_EQ(window.problemModel()->rowCount(), before + 1);

    // Restoring the copy brings the two problems back and empties the undo stack.
    Answers ans;
    answer(*actions, ans);
    ans.file = copy;
    actions->restoreAction()->trigger();
    ASSERT_FALSE(ans.reports.isEmpty());
    EXPECT_TRUE(ans.reports.last().first) << ans.reports.last().second.toStdString();
    window.problemModel()->setInspection(0);
    EXPECT_EQ(window.problemModel()->rowCount(), before);
    EXPECT_EQ(window.undoStack()->count(), 0);
}
