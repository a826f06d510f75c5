// File → Connect to Server…: the dialog typed into like a user would, and the
// window's answer when the server cannot be reached.
#include "sample/sampleledger.h"
#include "store/ledger.h"
#include "tests/support/templedger.h"
#include "ui/server/connectserverdialog.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSettings>
#include <QSpinBox>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>

using namespace rectify;
using namespace rectify::test;

QT_BEGIN_NAMESPACE
inline void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}
QT_END_NAMESPACE

namespace {

void clearServerSettings()
{
    QSettings().remove(QStringLiteral("server"));
}

void replaceText(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void replaceValue(QSpinBox *spin, int value)
{
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(value));
}

TEST(ConnectServerDialog, DefaultsToPort5432AndTheSystemUser)
{
    clearServerSettings();
    ConnectServerDialog dialog;
    EXPECT_EQ(dialog.portEdit()->value(), 5432);
    EXPECT_EQ(dialog.userEdit()->text(), ConnectServerDialog::systemUserName());
    EXPECT_TRUE(dialog.hostEdit()->text().isEmpty());
    // One password field, echo off and empty; the note says it is not saved and
    // where the password comes from when it is left empty.
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("passwordNote"));
    ASSERT_NE(note, nullptr);
    EXPECT_TRUE(note->text().contains(QStringLiteral("never saved")));
    EXPECT_TRUE(note->text().contains(QStringLiteral("PGPASSWORD")));
    EXPECT_TRUE(note->text().contains(QStringLiteral("~/.pgpass")));
    int hidden = 0;
    for (QLineEdit *edit : dialog.findChildren<QLineEdit *>())
        hidden += edit->echoMode() == QLineEdit::Password ? 1 : 0;
    EXPECT_EQ(hidden, 1);
    ASSERT_NE(dialog.passwordEdit(), nullptr);
    EXPECT_EQ(dialog.passwordEdit()->echoMode(), QLineEdit::Password);
    EXPECT_TRUE(dialog.passwordEdit()->text().isEmpty());
}

TEST(ConnectServerDialog, ThePasswordIsHandedOverButNeverRemembered)
{
    clearServerSettings();
    const QString secret = QStringLiteral("Geheim-Pass-2024");
    {
        ConnectServerDialog dialog;
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.hostEdit(), QStringLiteral("db.example.org"));
        QTest::keyClicks(dialog.databaseEdit(), QStringLiteral("ledger"));
        replaceText(dialog.userEdit(), QStringLiteral("zhangsan"));
        QTest::keyClicks(dialog.passwordEdit(), secret);
        // What the user sees: dots, not the password (a picture to look at).
        EXPECT_NE(dialog.passwordEdit()->displayText(), secret);
        EXPECT_TRUE(dialog.grab().save(
            QDir::temp().filePath(QStringLiteral("rectify-connect-dialog.png"))));
        // Enter in the password field connects.
        QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
        EXPECT_EQ(dialog.result(), QDialog::Accepted);
        EXPECT_EQ(dialog.acceptedPassword(), secret);
        EXPECT_FALSE(dialog.acceptedAddress().contains(secret));
    }
    QSettings settings;
    settings.sync();
    for (const QString &key : settings.allKeys()) {
        EXPECT_FALSE(key.contains(secret, Qt::CaseInsensitive));
        EXPECT_FALSE(settings.value(key).toString().contains(secret)) << key.toStdString();
    }
    QFile file(settings.fileName());
    if (file.open(QIODevice::ReadOnly)) {
        EXPECT_FALSE(file.readAll().contains(secret.toUtf8()));
    }
    // Opened again: the login is remembered, the password is not, and it has the focus.
    ConnectServerDialog again;
    EXPECT_EQ(again.userEdit()->text(), QStringLiteral("zhangsan"));
    EXPECT_TRUE(again.passwordEdit()->text().isEmpty());
    again.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&again));
    EXPECT_TRUE(again.passwordEdit()->hasFocus());
    clearServerSettings();
}

TEST(ConnectServerDialog, TypedFieldsBuildTheAddressAndAreRemembered)
{
    clearServerSettings();
    {
        ConnectServerDialog dialog;
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.hostEdit(), QStringLiteral("db.example.org"));
        replaceValue(dialog.portEdit(), 6543);
        QTest::keyClicks(dialog.databaseEdit(), QStringLiteral("rectify"));
        replaceText(dialog.userEdit(), QStringLiteral("clerk"));
        QTest::keyClick(dialog.databaseEdit(), Qt::Key_Return);
        EXPECT_EQ(dialog.result(), QDialog::Accepted);
        EXPECT_EQ(dialog.acceptedAddress(),
            QStringLiteral("postgresql://clerk@db.example.org:6543/rectify"));
    }
    // Next time the dialog starts from the same fields.
    ConnectServerDialog again;
    EXPECT_EQ(again.hostEdit()->text(), QStringLiteral("db.example.org"));
    EXPECT_EQ(again.portEdit()->value(), 6543);
    EXPECT_EQ(again.databaseEdit()->text(), QStringLiteral("rectify"));
    EXPECT_EQ(again.userEdit()->text(), QStringLiteral("clerk"));
    clearServerSettings();
}

// TLS is chosen in the dialog and goes into the address; the root certificate
// only counts where the server's certificate is verified.
TEST(ConnectServerDialog, EncryptionChoiceGoesIntoTheAddress)
{
    clearServerSettings();
    {
        ConnectServerDialog dialog;
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.hostEdit(), QStringLiteral("db.example.org"));
        QTest::keyClicks(dialog.databaseEdit(), QStringLiteral("rectify"));
        replaceText(dialog.userEdit(), QStringLiteral("clerk"));
        EXPECT_FALSE(dialog.rootCertEdit()->isEnabled());
        dialog.sslModeBox()->setCurrentIndex(
            dialog.sslModeBox()->findData(QStringLiteral("verify-full")));
        ASSERT_TRUE(dialog.rootCertEdit()->isEnabled());
        QTest::keyClicks(dialog.rootCertEdit(), QStringLiteral("/etc/rectify/root.crt"));
        QTest::keyClick(dialog.databaseEdit(), Qt::Key_Return);
        EXPECT_EQ(dialog.result(), QDialog::Accepted);
        EXPECT_EQ(dialog.acceptedAddress(),
            QStringLiteral("postgresql://clerk@db.example.org:5432/rectify?sslmode=verify-full&"
                           "sslrootcert=/etc/rectify/root.crt"));
    }
    ConnectServerDialog again; // remembered
    EXPECT_EQ(again.sslModeBox()->currentData().toString(), QStringLiteral("verify-full"));
    EXPECT_EQ(again.rootCertEdit()->text(), QStringLiteral("/etc/rectify/root.crt"));
    again.sslModeBox()->setCurrentIndex(again.sslModeBox()->findData(QStringLiteral("require")));
    auto address = again.address();
    ASSERT_TRUE(address.ok());
    EXPECT_TRUE(address->endsWith(QStringLiteral("/rectify?sslmode=require")))
        << address->toStdString();
    clearServerSettings();
}

TEST(ConnectServerDialog, EmptyHostOrDatabaseIsRefusedInTheDialog)
{
    clearServerSettings();
    ConnectServerDialog dialog;
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("error"));
    ASSERT_NE(error, nullptr);
    EXPECT_FALSE(error->isVisible());

    QTest::keyClicks(dialog.databaseEdit(), QStringLiteral("rectify"));
    QTest::keyClick(dialog.databaseEdit(), Qt::Key_Return);
    EXPECT_TRUE(dialog.isVisible()) << "not accepted";
    EXPECT_TRUE(error->isVisible());
    EXPECT_EQ(error->text(), QStringLiteral("Enter the server's host name or address."));
    EXPECT_TRUE(dialog.acceptedAddress().isEmpty());

    QTest::keyClicks(dialog.hostEdit(), QStringLiteral("127.0.0.1"));
    replaceText(dialog.databaseEdit(), QString());
    QTest::keyClick(dialog.hostEdit(), Qt::Key_Return);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(error->text(), QStringLiteral("Enter the name of the database on the server."));
    // Nothing refused is remembered.
    EXPECT_FALSE(QSettings().contains(QStringLiteral("server/host")));

    QTest::keyClicks(dialog.databaseEdit(), QStringLiteral("rectify"));
    QTest::keyClick(dialog.databaseEdit(), Qt::Key_Return);
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_FALSE(error->isVisible());
    EXPECT_TRUE(dialog.acceptedAddress().startsWith(QStringLiteral("postgresql://")));
    clearServerSettings();
}

TEST(ConnectServerDialog, AHostThatIsNotAHostIsRefused)
{
    clearServerSettings();
    ConnectServerDialog dialog;
    dialog.show();
    QTest::keyClicks(dialog.hostEdit(), QStringLiteral("me:secret@db"));
    QTest::keyClicks(dialog.databaseEdit(), QStringLiteral("rectify"));
    QTest::keyClick(dialog.databaseEdit(), Qt::Key_Return);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(dialog.errorText().isEmpty());
    EXPECT_FALSE(dialog.errorText().contains(QStringLiteral("secret")))
        << dialog.errorText().toStdString();
}

// A window on a ledger file; File → Connect to Server… to a port where nothing listens.
TEST(ConnectToServer, AServerThatRefusesLeavesTheWindowOnItsLedger)
{
    clearServerSettings();
    TempLedger file;
    ASSERT_TRUE(writeSampleLedger(*file, QDate(2024, 3, 15)).ok());
    auto ledger = std::make_unique<Ledger>();
    ASSERT_TRUE(ledger->open(file.path()).ok());
    const QString before = ledger->path();
    QPointer<MainWindow> window = new MainWindow(std::move(ledger));
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.data()));
    EXPECT_FALSE(window->isOnServer());
    ASSERT_TRUE(window->connectAction()->isEnabled());
    EXPECT_FALSE(window->connectAction()->shortcut().isEmpty());

    bool typed = false;
    QTimer::singleShot(0, [&typed] {
        auto *dialog = qobject_cast<ConnectServerDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        QTest::keyClicks(dialog->hostEdit(), QStringLiteral("127.0.0.1"));
        replaceValue(dialog->portEdit(), 1);
        QTest::keyClicks(dialog->databaseEdit(), QStringLiteral("nosuchledger"));
        replaceText(dialog->userEdit(), QStringLiteral("clerk"));
        typed = true;
        QTest::keyClick(dialog->databaseEdit(), Qt::Key_Return);
    });
    window->connectAction()->trigger();
    ASSERT_TRUE(typed);
    ASSERT_FALSE(window.isNull()) << "the window stays";
    EXPECT_EQ(window->ledger().path(), before);
    EXPECT_TRUE(window->ledger().isOpen());
    EXPECT_TRUE(
        window->lastError().contains(QStringLiteral("postgresql://clerk@127.0.0.1:1/nosuchledger")))
        << window->lastError().toStdString();
    EXPECT_EQ(window->lastError().count(QStringLiteral("postgresql://clerk@127.0.0.1:1/")), 1)
        << "named once: " << window->lastError().toStdString();
    // The address the user typed is remembered, even though it did not connect.
    EXPECT_EQ(QSettings().value(QStringLiteral("server/database")).toString(),
        QStringLiteral("nosuchledger"));
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w != window && w->isVisible() && w->inherits("QMessageBox"))
            w->close();
    window->close();
    clearServerSettings();
}

} // namespace

TEST(ConnectServerDialog, SettingsAreThisTestProcessesOwn)
{
    // Test cases run two at a time in processes of their own: a server remembered by
    // one must never be read by another (the settings live in the process's private
    // temporary folder, not in a folder every test process shares).
    EXPECT_TRUE(QSettings().fileName().startsWith(QDir::tempPath() + QLatin1Char('/')))
        << QSettings().fileName().toStdString() << " is outside " << QDir::tempPath().toStdString();
}
