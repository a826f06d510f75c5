// File → Draft Bulletin… in the main window: the action in the File menu, the
// proposed file name, and the draft it writes of the sample ledger.
#include "sample/sampleledger.h"
#include "store/ledger.h"
#include "tests/report/packagereader.h"
#include "ui/documents/bulletinaction.h"
#include "ui/window/mainwindow.h"
#include "util/translations.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace rectify;
using namespace rectify::test;

namespace {

std::unique_ptr<MainWindow> sampleWindow(
    const QTemporaryDir &dir, QStringList *titles, bool secondInspection = false)
{
    const QString path = dir.filePath(QStringLiteral("sample.sqlite"));
    const QDate today = QDate::currentDate();
    EXPECT_TRUE(createSampleLedger(path, today).ok());
    auto ledger = std::make_unique<Ledger>();
    ledger->setActor(QStringLiteral("tester"));
    EXPECT_TRUE(ledger->open(path).ok());
    if (secondInspection) {
        Inspection other;
        other.name = QStringLiteral("审计反馈");
        EXPECT_TRUE(ledger->addInspection(other).ok());
        EXPECT_TRUE(ledger->setSetting(QStringLiteral("default_inspection"), QString()).ok());
    }
    auto problems = ledger->problems();
    EXPECT_TRUE(problems.ok());
    for (const Problem &p : *problems)
        *titles << p.title;
    return std::make_unique<MainWindow>(std::move(ledger));
}

QAction *fileMenuAction(MainWindow &window, const QString &name)
{
    QMenu *file = window.menuBar()->actions().constFirst()->menu();
    if (!file)
        return nullptr;
    for (QAction *a : file->actions()) {
        if (a->objectName() == name)
            return a;
    }
    return nullptr;
}

} // namespace

TEST(BulletinWindow, FileMenuWritesTheDraft)
{
    QTemporaryDir dir;
    QStringList titles;
    auto window = sampleWindow(dir, &titles);
    ASSERT_FALSE(titles.isEmpty());
    QAction *action = fileMenuAction(*window, QStringLiteral("bulletinAction"));
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->text(), QStringLiteral("Draft &Bulletin…"));
    EXPECT_TRUE(action->isEnabled());

    QString proposed;
    const QString target = dir.filePath(QStringLiteral("draft.docx"));
    window->bulletinAction()->setPathChooser([&](const QString &p) {
        proposed = p;
        return target;
    });
    QString written;
    QObject::connect(
        window->bulletinAction(), &BulletinAction::written, [&](const QString &p) { written = p; });
    action->trigger();
    EXPECT_TRUE(proposed.endsWith(
        QStringLiteral("progress-bulletin_%1.docx").arg(window->today().toString(Qt::ISODate))))
        << proposed.toStdString();
    ASSERT_EQ(written, target);
    const QString text = joined(docxParagraphs(target));
    for (const QString &title : titles)
        EXPECT_EQ(text.count(QStringLiteral("关于“%1”问题的整改。").arg(title)), 1)
            << title.toStdString();
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("draft.docx")));
}

TEST(BulletinWindow, CancelledDialogWritesNothing)
{
    QTemporaryDir dir;
    QStringList titles;
    auto window = sampleWindow(dir, &titles);
    bool wrote = false;
    window->bulletinAction()->setPathChooser([](const QString &) { return QString(); });
    QObject::connect(
        window->bulletinAction(), &BulletinAction::written, [&](const QString &) { wrote = true; });
    window->bulletinAction()->action()->trigger();
    EXPECT_FALSE(wrote);
}

// With every inspection shown and several in the ledger, the window asks which.
TEST(BulletinWindow, SeveralInspectionsAskWhich)
{
    QTemporaryDir dir;
    QStringList titles;
    auto window = sampleWindow(dir, &titles, true);
    QStringList offered;
    int answer = -1;
    window->bulletinAction()->setInspectionChooser([&](const QStringList &names) {
        offered = names;
        return answer;
    });
    int asked = 0;
    const QString target = dir.filePath(QStringLiteral("draft.odt"));
    window->bulletinAction()->setPathChooser([&](const QString &) {
        ++asked;
        return target;
    });
    window->bulletinAction()->action()->trigger(); // cancelled
    ASSERT_EQ(offered.size(), 2);
    EXPECT_EQ(asked, 0);
    EXPECT_FALSE(QFile::exists(target));

    answer = static_cast<int>(offered.indexOf(QStringLiteral("审计反馈")));
    ASSERT_GE(answer, 0);
    window->bulletinAction()->action()->trigger();
    ASSERT_TRUE(QFile::exists(target));
    const QString text = joined(odtParagraphs(target));
    EXPECT_TRUE(text.startsWith(QStringLiteral("关于审计反馈整改进展情况的通报\n")))
        << text.toStdString();
    for (const QString &title : titles)
        EXPECT_FALSE(text.contains(title)) << title.toStdString();
}

TEST(BulletinWindow, ChineseFileName)
{
    installTranslations(QStringLiteral("zh_CN"));
    QTemporaryDir dir;
    QStringList titles;
    auto window = sampleWindow(dir, &titles);
    EXPECT_EQ(window->bulletinAction()->action()->text(), QStringLiteral("生成通报稿(&B)…"));
    EXPECT_EQ(window->bulletinAction()->proposedFileName(),
        QStringLiteral("整改进展情况通报_%1.docx").arg(window->today().toString(Qt::ISODate)));
}
