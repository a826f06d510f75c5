// The File-menu actions of data safety, driven offscreen with answered dialogs.
#include "datasafetyactions.h"
#include "safetysupport.h"
#include "store/backup.h"
#include "templedger.h"
#include "util/translations.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMenu>
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
