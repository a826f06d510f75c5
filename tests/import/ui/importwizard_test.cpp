// The import wizard driven like a user would: file, detected shape and mapping,
// report, import in a worker thread.
#include "tests/support/templedger.h"
#include "ui/import/importwizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QThread>
#include <gtest/gtest.h>

using namespace rectify;

namespace {

class Wizard : public ::testing::Test
{
protected:
    QString write(const QString &text)
    {
        const QString path = m_dir.filePath(QStringLiteral("ledger.csv"));
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        QStringEncoder gb("GB18030");
        f.write(gb.encode(text));
        return path;
    }
    qint64 tasks()
    {
        QSqlQuery q(m_ledger->database());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM tasks")));
        return q.next() ? q.value(0).toLongLong() : -1;
    }
    static bool waitIdle(ImportWizard &w)
    {
        QElapsedTimer timer;
        timer.start();
        while (w.isWorking() && timer.elapsed() < 20000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            QThread::msleep(5);
        }
        QCoreApplication::processEvents();
        return !w.isWorking();
    }

    QTemporaryDir m_dir;
    test::TempLedger m_ledger;
};

const char *ledger = "整改台账\n"
                     "序号,反馈问题,整改措施,整改时限,牵头单位,佐证材料\n"
                     "1,问题甲,措施一,2024-06-30,办公室,会议纪要\n"
                     ",,措施二,2024年12月底,\"组织部、宣传部\",\n";

} // namespace

TEST_F(Wizard, DetectsPreviewsReportsAndImports)
{
    ImportWizard w(*m_ledger);
    w.show();
    w.setFilePath(write(QString::fromUtf8(ledger)));
    ASSERT_TRUE(w.currentPage()->isComplete());
    w.next();
    ASSERT_EQ(w.currentId(), ImportWizard::MappingPageId);

    auto *detected = w.findChild<QLabel *>(QStringLiteral("detected"));
    ASSERT_NE(detected, nullptr);
    EXPECT_TRUE(detected->text().contains(QStringLiteral("gb18030")))
        << detected->text().toStdString();
    EXPECT_TRUE(detected->text().contains(QStringLiteral("row 2")));
    auto *preview = w.findChild<QTableWidget *>(QStringLiteral("preview"));
    ASSERT_NE(preview, nullptr);
    ASSERT_GE(preview->rowCount(), 4);
    EXPECT_EQ(preview->item(1, 2)->text(), QStringLiteral("整改措施")); // decoded
    auto *mapping = w.findChild<QTableWidget *>(QStringLiteral("mapping"));
    ASSERT_EQ(mapping->rowCount(), 6);
    auto *measureBox = static_cast<QComboBox *>(mapping->cellWidget(2, 2));
    EXPECT_EQ(measureBox->currentData().toInt(), int(ImportField::Measure));
    // The user says the unknown column is to be ignored.
    auto *extraBox = static_cast<QComboBox *>(mapping->cellWidget(5, 2));
    EXPECT_EQ(extraBox->currentData().toInt(), int(ImportField::ExtraRemark));
    extraBox->setCurrentIndex(extraBox->findData(int(ImportField::None)));
    // Look at it: RECTIFY_SCREENSHOTS=DIR saves the page as a PNG.
    if (const QString dir = qEnvironmentVariable("RECTIFY_SCREENSHOTS"); !dir.isEmpty())
        w.grab().save(dir + QStringLiteral("/import-mapping.png"));

    w.next();
    ASSERT_EQ(w.currentId(), ImportWizard::ReportPageId);
    ASSERT_TRUE(waitIdle(w));
    ASSERT_TRUE(w.analysis().has_value());
    EXPECT_EQ(w.analysis()->tasks.added, 2);
    EXPECT_TRUE(w.currentPage()->isComplete());
    EXPECT_EQ(tasks(), 0); // nothing written yet
    auto *report = w.findChild<QPlainTextEdit *>(QStringLiteral("report"));
    EXPECT_TRUE(report->toPlainText().contains(QStringLiteral("2 added")));

    int imported = 0;
    QObject::connect(&w, &ImportWizard::imported, [&imported] { ++imported; });
    w.next();
    ASSERT_EQ(w.currentId(), ImportWizard::ImportPageId);
    ASSERT_TRUE(waitIdle(w));
    ASSERT_TRUE(w.result().has_value());
    EXPECT_TRUE(w.result()->committed);
    EXPECT_EQ(imported, 1);
    EXPECT_EQ(tasks(), 2);
    QSqlQuery q(m_ledger->database());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM tasks WHERE remarks <> ''")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 0); // the ignored column stayed out
}

// Cancel while the rows go in: the worker stops at its next progress check and
// the transaction is rolled back, on a ledger file as on a server.
TEST_F(Wizard, CancelDuringTheImportWritesNothing)
{
    QString text = QStringLiteral("序号,反馈问题,整改措施,整改时限,牵头单位\n");
    for (int i = 1; i <= 60000; ++i)
        text += QStringLiteral("%1,问题%1,措施%1,2024-06-30,单位%2\n").arg(i).arg(i % 40);
    ImportWizard w(*m_ledger);
    w.show();
    w.setFilePath(write(text));
    w.next();
    w.next();
    ASSERT_EQ(w.currentId(), ImportWizard::ReportPageId);
    ASSERT_TRUE(waitIdle(w));
    ASSERT_TRUE(w.analysis().has_value());
    EXPECT_EQ(w.analysis()->tasks.added, 60000);

    int progressed = 0;
    QObject::connect(&w, &ImportWizard::progressChanged, &w, [&w, &progressed](int) {
        if (++progressed == 1)
            w.button(QWizard::CancelButton)->click();
    });
    w.next();
    ASSERT_EQ(w.currentId(), ImportWizard::ImportPageId);
    ASSERT_TRUE(waitIdle(w));
    EXPECT_GE(progressed, 1);
    EXPECT_FALSE(w.isVisible());
    EXPECT_FALSE(w.result().has_value() && w.result()->committed);
    EXPECT_EQ(tasks(), 0);
}

TEST_F(Wizard, ErrorsBlockTheImportUnlessBadRowsAreSkipped)
{
    QString text = QString::fromUtf8(ledger);
    text.replace(QStringLiteral("2024-06-30"), QStringLiteral("2024-06-31"));
    ImportWizard w(*m_ledger);
    w.show();
    w.setFilePath(write(text));
    w.next();
    w.next();
    ASSERT_EQ(w.currentId(), ImportWizard::ReportPageId);
    ASSERT_TRUE(waitIdle(w));
    ASSERT_TRUE(w.analysis().has_value());
    EXPECT_EQ(w.analysis()->errorCount, 1);
    EXPECT_FALSE(w.currentPage()->isComplete());
    auto *report = w.findChild<QPlainTextEdit *>(QStringLiteral("report"));
    EXPECT_TRUE(report->toPlainText().contains(QStringLiteral("Row 3, column D")))
        << report->toPlainText().toStdString();
    w.findChild<QCheckBox *>(QStringLiteral("skipBadRows"))->setChecked(true);
    EXPECT_TRUE(w.currentPage()->isComplete());
    w.next();
    ASSERT_TRUE(waitIdle(w));
    ASSERT_TRUE(w.result().has_value());
    EXPECT_TRUE(w.result()->committed);
    EXPECT_EQ(tasks(), 1);
}

TEST_F(Wizard, FileThatIsNotALedgerSaysSo)
{
    ImportWizard w(*m_ledger);
    w.show();
    w.setFilePath(write(QStringLiteral("a,b\n1,2\n")));
    w.next();
    ASSERT_EQ(w.currentId(), ImportWizard::MappingPageId);
    EXPECT_FALSE(w.currentPage()->isComplete());
    EXPECT_TRUE(w.findChild<QLabel *>(QStringLiteral("detected"))
                    ->text()
                    .contains(QStringLiteral("header")));
}

// A UTF-8 ledger with a word pasted in another encoding: the report names the
// cell instead of the wizard finding no header.
TEST_F(Wizard, BrokenBytesAreNamedInTheReport)
{
    QByteArray bytes
        = QStringLiteral("整改台账\n序号,反馈问题,整改措施,整改时限\n1,问题甲,措施").toUtf8();
    bytes += QStringEncoder("GB18030").encode(QStringLiteral("整改"));
    bytes += QStringLiteral(",2024-06-30\n,,措施二,2024年12月底\n").toUtf8();
    const QString path = m_dir.filePath(QStringLiteral("broken.csv"));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    ImportWizard w(*m_ledger);
    w.show();
    w.setFilePath(path);
    w.next();
    ASSERT_EQ(w.currentId(), ImportWizard::MappingPageId);
    EXPECT_TRUE(w.currentPage()->isComplete());
    w.next();
    ASSERT_EQ(w.currentId(), ImportWizard::ReportPageId);
    ASSERT_TRUE(waitIdle(w));
    ASSERT_TRUE(w.analysis().has_value());
    EXPECT_EQ(w.analysis()->errorCount, 1);
    EXPECT_FALSE(w.currentPage()->isComplete());
    const QString report = w.findChild<QPlainTextEdit *>(QStringLiteral("report"))->toPlainText();
    EXPECT_TRUE(report.contains(QStringLiteral("Row 3, column C"))
        && report.contains(QStringLiteral("not valid UTF-8")))
        << report.toStdString();
    if (const QString dir = qEnvironmentVariable("RECTIFY_SCREENSHOTS"); !dir.isEmpty())
        w.grab().save(dir + QStringLiteral("/import-broken-bytes.png"));
}
