// File → Connect to Server… with a login that must give its password: a wrong one
// leaves the window where it was with a message in words, the right one opens the
// ledger signed in as the login's Rectify user, and the password is kept nowhere
// but in memory.
#include "sample/sampleledger.h"
#include "store/ledger.h"
#include "store/ledgerlocation.h"
#include "store/serverpasswords.h"
#include "tests/pg/pglogins.h"
#include "tests/support/guitestmain.h"
#include "ui/server/connectserverdialog.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>

using namespace rectify;
using namespace rectify::test;

namespace {

void replaceText(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// Fills the dialog the window opens and presses Enter in the password field.
void typeIntoConnectDialog(const QString &url, const QString &login, const QString &password)
{
    QTimer::singleShot(0, [url, login, password] {
        auto *dialog = qobject_cast<ConnectServerDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        auto location = LedgerLocation::parse(url);
        ASSERT_TRUE(location.ok());
        replaceText(dialog->hostEdit(), location->host);
        dialog->portEdit()->selectAll();
        QTest::keyClicks(dialog->portEdit(), QString::number(location->port));
        replaceText(dialog->databaseEdit(), location->database);
        replaceText(dialog->userEdit(), login);
        QTest::keyClicks(dialog->passwordEdit(), password);
        QTest::keyClick(dialog->passwordEdit(), Qt::Key_Return);
    });
}

void closeMessageBoxes()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w->isVisible() && qobject_cast<QMessageBox *>(w))
            w->close();
}

MainWindow *openServerWindow()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        auto *window = qobject_cast<MainWindow *>(w);
        if (window && window->isVisible() && window->isOnServer())
            return window;
    }
    return nullptr;
}

TEST(PgConnectWindow, APasswordProtectedLoginSignsInAsItsUserAndAWrongPasswordIsSaidInWords)
{
    QSettings().remove(QStringLiteral("server"));
    PasswordLogins s;
    ASSERT_NO_FATAL_FAILURE(s.make());
    if (!s.checked)
        GTEST_SKIP() << "the test server does not check passwords (rectify_password_auth)";

    QTemporaryDir dir;
    auto file = std::make_unique<Ledger>();
    ASSERT_TRUE(file->open(dir.filePath(QStringLiteral("desk.sqlite"))).ok());
    ASSERT_TRUE(writeSampleLedger(*file, QDate(2024, 3, 15)).ok());
    const QString filePath = file->path();
    QPointer<MainWindow> window = new MainWindow(std::move(file));
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.data()));

    // A wrong password: the window keeps its ledger and says what is wrong.
    typeIntoConnectDialog(s.db.url(), s.official, QStringLiteral("falsch-2024"));
    window->connectAction()->trigger();
    ASSERT_FALSE(window.isNull());
    EXPECT_EQ(window->ledger().path(), filePath);
    EXPECT_TRUE(window->lastError().contains(QStringLiteral("the password is wrong")))
        << window->lastError().toStdString();
    EXPECT_TRUE(window->lastError().contains(s.official)) << window->lastError().toStdString();
    EXPECT_FALSE(window->lastError().contains(QStringLiteral("falsch-2024")));
    closeMessageBoxes();

    // The right one: a new window on the server, signed in as 张三.
    typeIntoConnectDialog(s.db.url(), s.official, s.password);
    window->connectAction()->trigger();
    ASSERT_TRUE(QTest::qWaitFor([] { return openServerWindow() != nullptr; }, 10000));
    MainWindow *server = openServerWindow();
    ASSERT_NE(server, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([server] { return server->isStartupFinished(); }, 10000));
    EXPECT_EQ(server->ledger().serverUser(), QStringLiteral("张三"));
    EXPECT_EQ(server->ledger().actor(), QStringLiteral("张三"));
    EXPECT_FALSE(server->ledger().path().contains(s.password));
    // The automatic backup and the start-up readers open connections of their own:
    // they get the password from memory (no PGPASSWORD in this test).
    EXPECT_FALSE(qEnvironmentVariableIsSet("PGPASSWORD"));
    EXPECT_EQ(ServerPasswords::lookup(server->ledger().path()), s.password);

    // Nothing of the password in the settings (recent ledgers, the dialog's fields).
    QSettings settings;
    settings.sync();
    for (const QString &key : settings.allKeys())
        EXPECT_FALSE(settings.value(key).toString().contains(s.password)) << key.toStdString();
    QFile stored(settings.fileName());
    if (stored.open(QIODevice::ReadOnly)) {
        EXPECT_FALSE(stored.readAll().contains(s.password.toUtf8()));
    }
    EXPECT_FALSE(MainWindow::recentLedgers().join(QLatin1Char(' ')).contains(s.password));

    const QString address = server->ledger().path();
    closeMessageBoxes();
    server->close();
    QSettings().remove(QStringLiteral("server"));
    ServerPasswords::forget(address);
}

} // namespace

int main(int argc, char **argv)
{
    return rectify::test::runGuiTests(
        argc, argv, QStringLiteral("rectify-pg-connect-window-test"), /*serverTests=*/true);
}
