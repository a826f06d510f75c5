// The audit log dialog and a task's history: read in words, exported (CSV UTF-8
// with a byte-order mark, .xlsx) and printed (A4 landscape, the anchor on top).
#include "export/auditexport.h"
#include "store/auditchain.h"
#include "tests/ui/historyfixture.h"
#include "ui/audit/auditlogdialog.h"
#include "ui/audit/auditoutput.h"
#include "ui/audit/audittable.h"
#include "ui/signoff/signoffpanel.h"

#include <QFile>
#include <QLabel>
#include <QPrinter>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTranslator>
#include <zip.h>

using namespace rectify;
using namespace rectify::test;

namespace {

QByteArray zipPart(const QString &path, const char *part)
{
    int error = 0;
    zip_t *z = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    if (!z)
        return {};
    QByteArray out;
    if (zip_file_t *f = zip_fopen(z, part, 0)) {
        char buffer[4096];
        zip_int64_t n;
        while ((n = zip_fread(f, buffer, sizeof buffer)) > 0)
            out.append(buffer, static_cast<int>(n));
        zip_fclose(f);
    }
    zip_close(z);
    return out;
}

class AuditExportTest : public HistoryTest
{
protected:
    void SetUp() override
    {
        HistoryTest::SetUp();
        ASSERT_TRUE(Workflow(*m_ledger, user(QStringLiteral("zhao")))
                        .close(m_tasks[0], QStringLiteral("评估合格"))
                        .ok());
    }
    QTemporaryDir m_out;
};

} // namespace

TEST_F(AuditExportTest, TheTableSpeaksTheUsersWords)
{
    AuditLogDialog dialog(*m_ledger);
    dialog.resize(1300, 700);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    AuditTable *table = dialog.table();
    ASSERT_GT(table->rowCount(), 5);
    bool signedOff = false;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString what = table->item(row, AuditTable::WhatColumn)->text();
        EXPECT_FALSE(what.startsWith(QLatin1String("task"))) << what.toStdString();
        EXPECT_FALSE(table->item(row, AuditTable::NewColumn)->text().startsWith(QLatin1Char('{')));
        if (table->item(row, AuditTable::NewColumn)->text() == QLatin1String("Signed off")) {
            signedOff = true;
            EXPECT_EQ(what, QStringLiteral("Task 4.1"));
            EXPECT_EQ(table->item(row, AuditTable::FieldColumn)->text(), QStringLiteral("Status"));
            EXPECT_EQ(table->item(row, AuditTable::OldColumn)->text(), QStringLiteral("Completed"));
        }
    }
    EXPECT_TRUE(signedOff);
    // Before and after wrap within a width of their own instead of widening the table.
    EXPECT_LE(table->columnWidth(AuditTable::NewColumn),
        table->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 24);
    EXPECT_TRUE(table->wordWrap());
    EXPECT_TRUE(dialog.exportButton()->isVisible());
    EXPECT_TRUE(dialog.printButton()->isVisible());
    if (const QString dir = qEnvironmentVariable("RECTIFY_SHOT_DIR"); !dir.isEmpty())
        dialog.grab().save(dir + QStringLiteral("/audit_log_en.png"));
}

TEST_F(AuditExportTest, ExportsCsvWithBomAndXlsx)
{
    AuditLogDialog dialog(*m_ledger);
    const QString csv = m_out.filePath(QStringLiteral("audit.csv"));
    ASSERT_EQ(dialog.exportTo(csv), QString());
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    auto head = AuditChain::head(*m_ledger);
    ASSERT_TRUE(head.ok());
    const QString anchor = AuditChain::anchorText(head->entries, head->hash);
    EXPECT_TRUE(text.startsWith(QStringLiteral("Audit anchor %1").arg(anchor)))
        << text.left(200).toStdString();
    EXPECT_TRUE(
        text.contains(QStringLiteral(",zhao,Task 4.1,Status,Completed,Signed off,评估合格,")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(head->hash)) << "the newest entry's hash is in its row";
    EXPECT_EQ(text.count(QStringLiteral("\r\n")), dialog.table()->rowCount() + 2);

    const QString xlsx = m_out.filePath(QStringLiteral("audit.xlsx"));
    ASSERT_EQ(dialog.exportTo(xlsx), QString());
    const QByteArray strings = zipPart(xlsx, "xl/sharedStrings.xml");
    EXPECT_TRUE(strings.contains("Task 4.1")) << strings.left(400).constData();
    EXPECT_TRUE(strings.contains(QStringLiteral("评估合格").toUtf8()));
    EXPECT_TRUE(strings.contains(head->hash.toLatin1()));
    EXPECT_TRUE(strings.contains(anchor.toLatin1()));
    // Printed A4 landscape with the header row repeated.
    const QByteArray sheet = zipPart(xlsx, "xl/worksheets/sheet1.xml");
    EXPECT_TRUE(sheet.contains("orientation=\"landscape\"")) << sheet.right(600).constData();
    EXPECT_TRUE(sheet.contains("paperSize=\"9\""));
    EXPECT_TRUE(zipPart(xlsx, "xl/workbook.xml").contains("_xlnm.Print_Titles"));

    // A folder that does not exist: the error names the file; nothing written.
    const QString bad = m_out.filePath(QStringLiteral("no/such/audit.csv"));
    EXPECT_TRUE(dialog.exportTo(bad).contains(QStringLiteral("audit.csv")));
    EXPECT_FALSE(QFile::exists(bad));
}

TEST_F(AuditExportTest, PrintsA4LandscapeWithTheAnchorAndRepeatedHeader)
{
    AuditLogDialog dialog(*m_ledger);
    const QString pdf = m_out.filePath(QStringLiteral("audit.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(pdf);
    dialog.printTo(&printer);
    EXPECT_EQ(printer.pageLayout().orientation(), QPageLayout::Landscape);
    EXPECT_EQ(printer.pageLayout().pageSize().id(), QPageSize::A4);
    QFile f(pdf);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.read(4) == "%PDF");

    const QString html
        = AuditOutput::html(*m_ledger, dialog.table()->entries(), QStringLiteral("Audit log"));
    auto head = AuditChain::head(*m_ledger);
    ASSERT_TRUE(head.ok());
    EXPECT_TRUE(html.contains(AuditChain::anchorText(head->entries, head->hash)));
    EXPECT_TRUE(html.contains(QStringLiteral("<thead>")));
    EXPECT_TRUE(html.contains(QStringLiteral("Task 4.1")));
    EXPECT_LT(html.indexOf(QStringLiteral("Audit anchor")), html.indexOf(QStringLiteral("<table")));
}

TEST_F(AuditExportTest, OneTasksHistoryExportsOnlyThatTask)
{
    SignoffPanel panel(*m_ledger);
    panel.setUser(user(QStringLiteral("zhao")));
    panel.setTask(m_tasks[0]);
    EXPECT_TRUE(panel.exportHistoryButton()->isEnabled());
    EXPECT_TRUE(panel.printHistoryButton()->isEnabled());
    EXPECT_EQ(panel.taskRef(), QStringLiteral("4.1"));
    const QString csv = m_out.filePath(QStringLiteral("history.csv"));
    auto written = AuditExport::write(*m_ledger, panel.history()->entries(), csv);
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    EXPECT_EQ(*written, panel.history()->rowCount());
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QStringList lines
        = QString::fromUtf8(f.readAll().mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), int(*written) + 2);
    for (int i = 2; i < lines.size(); ++i)
        EXPECT_EQ(lines.at(i).section(QLatin1Char(','), 2, 2), QStringLiteral("Task 4.1"))
            << lines.at(i).toStdString();
    panel.setTask(0);
    EXPECT_FALSE(panel.exportHistoryButton()->isEnabled());
}

TEST_F(AuditExportTest, ChineseDialog)
{
    std::vector<std::unique_ptr<QTranslator>> translators;
    for (const char *area : { "signoff", "store", "export" }) {
        auto t = std::make_unique<QTranslator>();
        ASSERT_TRUE(t->load(QStringLiteral(":/i18n/%1_zh_CN.qm").arg(QLatin1String(area))));
        QCoreApplication::installTranslator(t.get());
        translators.push_back(std::move(t));
    }
    {
        AuditLogDialog dialog(*m_ledger);
        dialog.resize(1300, 700);
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        EXPECT_EQ(dialog.exportButton()->text(), QStringLiteral("导出(&E)…"));
        EXPECT_EQ(dialog.printButton()->text(), QStringLiteral("打印(&P)…"));
        bool found = false;
        AuditTable *table = dialog.table();
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, AuditTable::NewColumn)->text() == QStringLiteral("已销号")) {
                found = true;
                EXPECT_EQ(
                    table->item(row, AuditTable::WhatColumn)->text(), QStringLiteral("任务 4.1"));
                EXPECT_EQ(
                    table->item(row, AuditTable::FieldColumn)->text(), QStringLiteral("状态"));
            }
        }
        EXPECT_TRUE(found);
        if (const QString dir = qEnvironmentVariable("RECTIFY_SHOT_DIR"); !dir.isEmpty())
            dialog.grab().save(dir + QStringLiteral("/audit_log_zh.png"));
        const QString csv = m_out.filePath(QStringLiteral("审计日志.csv"));
        ASSERT_EQ(dialog.exportTo(csv), QString());
        QFile f(csv);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        EXPECT_TRUE(
            text.contains(QStringLiteral("时间,操作人,对象,变更内容,原值,新值,原因或意见")));
        EXPECT_TRUE(text.contains(QStringLiteral(",zhao,任务 4.1,状态,已完成,已销号,评估合格,")));
    }
    for (auto &t : translators)
        QCoreApplication::removeTranslator(t.get());
}
