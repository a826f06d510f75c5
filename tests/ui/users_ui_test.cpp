// Users in the window: changing one's password, the forced change at sign-in,
// deactivated users, the single-user desk without "who are you", the users
// dialog's edits, and lists sorted by pinyin.
#include "tests/support/templedger.h"
#include "ui/common/displayorder.h"
#include "ui/signoff/signoffcontroller.h"
#include "ui/users/changepassworddialog.h"
#include "ui/users/userchooserdialog.h"
#include "ui/users/usersdialog.h"
#include "ui/window/mainwindow.h"
#include "util/translations.h"
#include "workflow/accounts.h"
#include "workflow/password.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>

using namespace rectify;
using namespace rectify::test;

namespace {

void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

// tester (admin, the creator) and, added by tests, 张三 / 李四 / 王五 / 安娜.
class UsersWindowTest : public ::testing::Test
{
protected:
    void SetUp() override { QSettings().remove(UserChooserDialog::lastUserKey()); }

    void add(const QString &name, UserRole role, const QString &unit,
        const QString &password = QString())
    {
        User u;
        u.name = name;
        u.role = role;
        u.unit = unit;
        if (!password.isEmpty())
            u.passwordHash = Password::hash(password, Password::minIterations);
        ASSERT_TRUE(m_ledger->addUser(u).ok());
    }
    User user(const QString &name)
    {
        auto u = m_ledger->findUser(name);
        EXPECT_TRUE(u.ok() && u->has_value()) << name.toStdString();
        return u.ok() && u->has_value() ? **u : User();
    }
    Accounts admin()
    {
        Accounts a(*m_ledger, QStringLiteral("tester"));
        a.setIterations(Password::minIterations);
        return a;
    }
    QStringList rowNames(QTableWidget *table)
    {
        QStringList names;
        for (int r = 0; r < table->rowCount(); ++r)
            names << table->item(r, 0)->text();
        return names;
    }

    TempLedger m_ledger;
};

QAction *fileMenuAction(MainWindow *window, const QString &text)
{
    for (QMenu *menu : window->menuBar()->findChildren<QMenu *>()) {
        for (QAction *a : menu->actions()) {
            if (a->text() == text)
                return a;
        }
    }
    return nullptr;
}

} // namespace

TEST(DisplayOrder, ChineseNamesSortByPinyin)
{
    const QStringList names { QStringLiteral("张三"), QStringLiteral("李四"),
        QStringLiteral("王五"), QStringLiteral("安娜") };
    EXPECT_EQ(sortedForDisplay(names, QLocale(QLocale::Chinese, QLocale::China)),
        (QStringList { QStringLiteral("安娜"), QStringLiteral("李四"), QStringLiteral("王五"),
            QStringLiteral("张三") }));
    const QStringList units { QStringLiteral("组织部"), QStringLiteral("办公室"),
        QStringLiteral("财务科") };
    EXPECT_EQ(sortedForDisplay(units, QLocale(QLocale::Chinese, QLocale::China)),
        (QStringList {
            QStringLiteral("办公室"), QStringLiteral("财务科"), QStringLiteral("组织部") }));
    setInterfaceLanguage(QStringLiteral("zh_CN"));
    EXPECT_EQ(interfaceLocale().language(), QLocale::Chinese);
    setInterfaceLanguage(QStringLiteral("en"));
    EXPECT_EQ(interfaceLocale().language(), QLocale::English);
}

TEST_F(UsersWindowTest, ChangePasswordDialogChecksAndChanges)
{
    add(QStringLiteral("wang"), UserRole::Official, QStringLiteral("人事科"),
        QStringLiteral("old-password"));
    ChangePasswordDialog dialog(*m_ledger, user(QStringLiteral("wang")));
    dialog.show();
    ASSERT_TRUE(dialog.currentEdit()->isVisible());
    const auto attempt = [&](const QString &current, const QString &fresh, const QString &repeat) {
        dialog.currentEdit()->clear();
        dialog.newEdit()->clear();
        dialog.repeatEdit()->clear();
        typeText(dialog.currentEdit(), current);
        typeText(dialog.newEdit(), fresh);
        typeText(dialog.repeatEdit(), repeat);
        QTest::keyClick(dialog.repeatEdit(), Qt::Key_Return);
    };
    attempt(QStringLiteral("old-password"), QStringLiteral("new-password"),
        QStringLiteral("new-passwort"));
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(dialog.errorLabel()->text().contains(QStringLiteral("differ")));
    attempt(QStringLiteral("old-password"), QStringLiteral("short"), QStringLiteral("short"));
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(dialog.errorLabel()->text().contains(QStringLiteral("at least 8")))
        << dialog.errorLabel()->text().toStdString();
    attempt(QStringLiteral("wrong-one"), QStringLiteral("new-password"),
        QStringLiteral("new-password"));
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(dialog.errorLabel()->text().contains(QStringLiteral("wrong")));
    EXPECT_TRUE(Password::verify(
        QStringLiteral("old-password"), user(QStringLiteral("wang")).passwordHash));

    attempt(QStringLiteral("old-password"), QStringLiteral("new-password"),
        QStringLiteral("new-password"));
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(Password::verify(
        QStringLiteral("new-password"), user(QStringLiteral("wang")).passwordHash));
}

TEST_F(UsersWindowTest, ChangePasswordIsInTheFileMenu)
{
    add(QStringLiteral("wang"), UserRole::Official, QStringLiteral("人事科"));
    auto ledger = std::make_unique<Ledger>();
    ledger->setActor(QStringLiteral("tester"));
    ASSERT_TRUE(ledger->open(m_ledger.path()).ok());
    MainWindow window(std::move(ledger));
    auto *controller = new SignoffController(&window, user(QStringLiteral("wang")));
    QAction *action = fileMenuAction(&window, controller->changePasswordAction()->text());
    ASSERT_NE(action, nullptr);
    EXPECT_TRUE(action->isEnabled());
    // Without a password yet, the dialog asks only for the new one.
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<ChangePasswordDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        EXPECT_FALSE(dialog->currentEdit()->isVisible());
        typeText(dialog->newEdit(), QStringLiteral("wang-password"));
        typeText(dialog->repeatEdit(), QStringLiteral("wang-password"));
        QTest::keyClick(dialog->repeatEdit(), Qt::Key_Return);
    });
    EXPECT_TRUE(controller->changePassword());
    EXPECT_TRUE(Password::verify(
        QStringLiteral("wang-password"), user(QStringLiteral("wang")).passwordHash));
    controller->setUser(std::nullopt);
    EXPECT_FALSE(action->isEnabled());
}

// An administrator's reset: the sign-in takes the temporary password, then asks
// for the user's own before letting them in.
TEST_F(UsersWindowTest, AResetPasswordMustBeChangedAtSignIn)
{
    add(QStringLiteral("wang"), UserRole::Official, QStringLiteral("人事科"),
        QStringLiteral("forgotten-1"));
    ASSERT_TRUE(admin().resetPassword(QStringLiteral("wang"), QStringLiteral("temporary-1")).ok());

    UserChooserDialog dialog(*m_ledger);
    dialog.show();
    dialog.userBox()->setCurrentIndex(dialog.userBox()->findData(QStringLiteral("wang")));
    typeText(dialog.passwordEdit(), QStringLiteral("temporary-1"));
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    ASSERT_TRUE(dialog.isVisible()) << dialog.errorLabel()->text().toStdString();
    EXPECT_FALSE(dialog.chosen().has_value());
    EXPECT_TRUE(dialog.asksForNewPassword());
    EXPECT_TRUE(dialog.newPasswordEdit()->isVisible());
    EXPECT_TRUE(dialog.repeatPasswordEdit()->isVisible());
    EXPECT_FALSE(dialog.userBox()->isEnabled());

    typeText(dialog.newPasswordEdit(), QStringLiteral("temporary-1"));
    typeText(dialog.repeatPasswordEdit(), QStringLiteral("temporary-1"));
    QTest::keyClick(dialog.repeatPasswordEdit(), Qt::Key_Return);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(dialog.errorLabel()->isVisible());
    EXPECT_FALSE(dialog.chosen().has_value());

    dialog.newPasswordEdit()->clear();
    dialog.repeatPasswordEdit()->clear();
    typeText(dialog.newPasswordEdit(), QStringLiteral("wang-own-1"));
    typeText(dialog.repeatPasswordEdit(), QStringLiteral("wang-own-1"));
    QTest::keyClick(dialog.repeatPasswordEdit(), Qt::Key_Return);
    ASSERT_TRUE(dialog.chosen().has_value()) << dialog.errorLabel()->text().toStdString();
    EXPECT_EQ(dialog.chosen()->name, QStringLiteral("wang"));
    const User wang = user(QStringLiteral("wang"));
    EXPECT_FALSE(wang.mustChangePassword);
    EXPECT_TRUE(Password::verify(QStringLiteral("wang-own-1"), wang.passwordHash));
}

TEST_F(UsersWindowTest, APasswordlessUserChoosesOneWhenTheLedgerRequiresIt)
{
    add(QStringLiteral("wang"), UserRole::Official, QStringLiteral("人事科"));
    ASSERT_TRUE(admin().setPasswordsRequired(true).ok());
    UserChooserDialog dialog(*m_ledger);
    dialog.show();
    dialog.userBox()->setCurrentIndex(dialog.userBox()->findData(QStringLiteral("wang")));
    EXPECT_FALSE(dialog.passwordEdit()->isVisible());
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    ASSERT_TRUE(dialog.asksForNewPassword());
    typeText(dialog.newPasswordEdit(), QStringLiteral("1234567"));
    typeText(dialog.repeatPasswordEdit(), QStringLiteral("1234567"));
    QTest::keyClick(dialog.repeatPasswordEdit(), Qt::Key_Return);
    EXPECT_TRUE(dialog.errorLabel()->text().contains(QStringLiteral("at least 8")));
    dialog.newPasswordEdit()->clear();
    dialog.repeatPasswordEdit()->clear();
    typeText(dialog.newPasswordEdit(), QStringLiteral("12345678"));
    typeText(dialog.repeatPasswordEdit(), QStringLiteral("12345678"));
    QTest::keyClick(dialog.repeatPasswordEdit(), Qt::Key_Return);
    ASSERT_TRUE(dialog.chosen().has_value()) << dialog.errorLabel()->text().toStdString();
    EXPECT_TRUE(
        Password::verify(QStringLiteral("12345678"), user(QStringLiteral("wang")).passwordHash));
}

TEST_F(UsersWindowTest, ADeactivatedUserIsNotOffered)
{
    add(QStringLiteral("wang"), UserRole::Official, QStringLiteral("人事科"));
    add(QStringLiteral("li"), UserRole::Official, QStringLiteral("财务科"));
    ASSERT_TRUE(admin().setActive(QStringLiteral("wang"), false).ok());
    // Even when wang was the last choice.
    QSettings().setValue(UserChooserDialog::lastUserKey(), QStringLiteral("wang"));
    UserChooserDialog dialog(*m_ledger);
    EXPECT_EQ(dialog.userBox()->findData(QStringLiteral("wang")), -1);
    EXPECT_NE(dialog.userBox()->findData(QStringLiteral("li")), -1);
    EXPECT_EQ(dialog.userBox()->count(), 2); // tester, li
}

// One active user, no password, passwords optional: the window opens on them.
TEST_F(UsersWindowTest, ASinglePasswordlessUserSkipsWhoAreYou)
{
    bool asked = false;
    const auto watch = [&asked] {
        QTimer::singleShot(0, [&asked] {
            if (auto *d = qobject_cast<UserChooserDialog *>(QApplication::activeModalWidget())) {
                asked = true;
                d->reject();
            }
        });
    };
    {
        auto ledger = std::make_unique<Ledger>();
        ledger->setActor(QStringLiteral("tester"));
        ASSERT_TRUE(ledger->open(m_ledger.path()).ok());
        MainWindow window(std::move(ledger));
        watch();
        SignoffController *controller = SignoffController::attach(&window, true);
        QCoreApplication::processEvents();
        EXPECT_FALSE(asked);
        ASSERT_TRUE(controller->user().has_value());
        EXPECT_EQ(controller->user()->name, QStringLiteral("tester"));
    }
    // A second active user: asked again.
    add(QStringLiteral("wang"), UserRole::Official, QStringLiteral("人事科"));
    {
        auto ledger = std::make_unique<Ledger>();
        ledger->setActor(QStringLiteral("tester"));
        ASSERT_TRUE(ledger->open(m_ledger.path()).ok());
        MainWindow window(std::move(ledger));
        watch();
        SignoffController *controller = SignoffController::attach(&window, true);
        EXPECT_TRUE(asked);
        EXPECT_FALSE(controller->user().has_value());
    }
}

TEST_F(UsersWindowTest, AnAdministratorEditsRoleUnitAndActiveInTheUsersDialog)
{
    add(QStringLiteral("wang"), UserRole::Official, QStringLiteral("人事科"));
    UsersDialog dialog(*m_ledger, user(QStringLiteral("tester")));
    dialog.show();
    ASSERT_TRUE(dialog.selectUser(QStringLiteral("wang")));
    EXPECT_TRUE(dialog.editRoleBox()->isEnabled());
    dialog.editUnitBox()->setCurrentText(QStringLiteral("财务科"));
    dialog.editRoleBox()->setCurrentIndex(
        dialog.editRoleBox()->findData(userRoleKey(UserRole::Supervisor)));
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    EXPECT_EQ(user(QStringLiteral("wang")).role, UserRole::Supervisor);
    EXPECT_EQ(user(QStringLiteral("wang")).unit, QStringLiteral("财务科"));

    // Deactivate: marked in the list, the button offers Activate.
    ASSERT_TRUE(dialog.selectUser(QStringLiteral("wang")));
    EXPECT_EQ(dialog.activeButton()->text(), QStringLiteral("Deactivate"));
    QTest::mouseClick(dialog.activeButton(), Qt::LeftButton);
    EXPECT_FALSE(user(QStringLiteral("wang")).active);
    const int row = static_cast<int>(rowNames(dialog.table()).indexOf(QStringLiteral("wang")));
    ASSERT_GE(row, 0);
    EXPECT_EQ(dialog.table()->item(row, 4)->text(), QStringLiteral("Deactivated"));
    EXPECT_EQ(dialog.activeButton()->text(), QStringLiteral("Activate"));

    // The last active administrator stays, and says why.
    ASSERT_TRUE(dialog.selectUser(QStringLiteral("tester")));
    QTest::mouseClick(dialog.activeButton(), Qt::LeftButton);
    EXPECT_TRUE(user(QStringLiteral("tester")).active);
    EXPECT_TRUE(dialog.messageLabel()->text().contains(QStringLiteral("last active administrator")))
        << dialog.messageLabel()->text().toStdString();

    // Reset: the temporary password is shown once, and works for the forced change.
    ASSERT_TRUE(dialog.selectUser(QStringLiteral("wang")));
    QTest::mouseClick(dialog.activeButton(), Qt::LeftButton); // active again
    ASSERT_TRUE(dialog.selectUser(QStringLiteral("wang")));
    QTest::mouseClick(dialog.resetButton(), Qt::LeftButton);
    EXPECT_TRUE(user(QStringLiteral("wang")).mustChangePassword);
    const QString shown = dialog.messageLabel()->text();
    const QString temporary
        = shown.section(QStringLiteral(" is "), 1).section(QLatin1Char('.'), 0, 0);
    EXPECT_EQ(temporary.size(), 12) << shown.toStdString();
    EXPECT_TRUE(Password::verify(temporary, user(QStringLiteral("wang")).passwordHash));

    // Passwords required: one click, on the record.
    EXPECT_FALSE(dialog.requiredBox()->isChecked());
    // On the box itself (the widget spans the dialog; its text does not).
    QTest::mouseClick(
        dialog.requiredBox(), Qt::LeftButton, {}, QPoint(6, dialog.requiredBox()->height() / 2));
    EXPECT_TRUE(dialog.requiredBox()->isChecked()) << dialog.messageLabel()->text().toStdString();
    EXPECT_TRUE(*Accounts::passwordsRequired(*m_ledger))
        << dialog.messageLabel()->text().toStdString();
}

TEST_F(UsersWindowTest, OthersSeeTheUsersButCannotEditThem)
{
    add(QStringLiteral("zhao"), UserRole::Supervisor, QString());
    UsersDialog dialog(*m_ledger, user(QStringLiteral("zhao")));
    dialog.show();
    ASSERT_TRUE(dialog.selectUser(QStringLiteral("tester")));
    EXPECT_FALSE(dialog.saveButton()->isEnabled());
    EXPECT_FALSE(dialog.activeButton()->isEnabled());
    EXPECT_FALSE(dialog.resetButton()->isEnabled());
    EXPECT_FALSE(dialog.requiredBox()->isEnabled());
    EXPECT_FALSE(dialog.messageLabel()->text().isEmpty());
}

// The users dialog and "who are you" list names by pinyin in a Chinese interface.
TEST_F(UsersWindowTest, UserListsFollowPinyinInChinese)
{
    for (const char *name : { "张三", "李四", "王五", "安娜" })
        add(QString::fromUtf8(name), UserRole::Supervisor, QString());
    setInterfaceLanguage(QStringLiteral("zh_CN"));
    UsersDialog dialog(*m_ledger, user(QStringLiteral("tester")));
    UserChooserDialog chooser(*m_ledger);
    setInterfaceLanguage(QStringLiteral("en"));
    // By pinyin (an, li, wang, zhang); Chinese names before Latin ones in zh_CN.
    const QStringList expected { QStringLiteral("安娜"), QStringLiteral("李四"),
        QStringLiteral("王五"), QStringLiteral("张三"), QStringLiteral("tester") };
    EXPECT_EQ(rowNames(dialog.table()), expected);
    QStringList offered;
    for (int i = 0; i < chooser.userBox()->count(); ++i)
        offered << chooser.userBox()->itemData(i).toString();
    EXPECT_EQ(offered, expected);
}
