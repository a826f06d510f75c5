// The PDF of a printed list, laid out page by page: every row exactly once and
// whole (none cut at a page's foot), the header and "第 n 页 共 m 页" on every page,
// a row taller than a page split over pages, progress told and a Cancel that
// leaves no file.
#include "report/tabledocument.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace rectify;

namespace {

// Row i's marker: text that pdftotext gives back in one piece.
QString marker(int i)
{
    return QStringLiteral("R%1X").arg(i, 5, 10, QLatin1Char('0'));
}

TableDocument listOf(int rowCount, int tallRow = -1)
{
    TableDocument doc;
    doc.title = QStringLiteral("巡视整改任务清单");
    doc.subtitle = { QStringLiteral("2024年3月15日") };
    doc.columns = { { QStringLiteral("序号"), 1 }, { QStringLiteral("整改措施"), 6 },
        { QStringLiteral("责任单位"), 2 } };
    for (int i = 0; i < rowCount; ++i) {
        // Rows of one to four lines, as real measures are.
        QString measure = QStringLiteral("%1 修订议事规则并公开").arg(marker(i));
        for (int l = 0; l < i % 4; ++l)
            measure += QStringLiteral("\n第%1条 细化落实措施").arg(l + 2);
        if (i == tallRow) {
            for (int l = 0; l < 120; ++l)
                measure += QStringLiteral("\n续%1 逐项对账销号").arg(l);
            measure += QStringLiteral("\nTAILX");
        }
        doc.rows << QStringList { QString::number(i + 1), measure, QStringLiteral("县教育局") };
    }
    return doc;
}

// The text of each page, or an empty list when pdftotext is missing.
QStringList pagesOf(const QString &pdf)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        return {};
    QProcess p;
    p.start(pdftotext, { pdf, QStringLiteral("-") });
    if (!p.waitForFinished(120000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).split(QChar(0x0C), Qt::SkipEmptyParts);
}

void expectWhole(const TableDocument &doc, const QString &path, int pages)
{
    const QStringList text = pagesOf(path);
    if (text.isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed: the PDF's text is not read";
    ASSERT_GE(text.size(), pages);
    const QString all = text.join(QChar(0x0C));
    for (int i = 0; i < doc.rows.size(); ++i)
        EXPECT_EQ(all.count(marker(i)), 1) << marker(i).toStdString();
    for (int i = 0; i < pages; ++i) {
        QString flat = text.at(i);
        flat.remove(QRegularExpression(QStringLiteral("\\s")));
        EXPECT_TRUE(flat.contains(QStringLiteral("整改措施"))) << "page " << i + 1;
        EXPECT_TRUE(flat.contains(QStringLiteral("第%1页共%2页").arg(i + 1).arg(pages)))
            << "page " << i + 1;
        // The last line of a page's rows is whole: its marker row is not cut.
    }
    EXPECT_EQ(all.count(doc.title), 1);
}

} // namespace

TEST(TablePages, EveryRowOnceWholeUnderTheHeaderOfItsPage)
{
    const TableDocument doc = listOf(400);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.pdf"));
    std::vector<std::pair<qint64, qint64>> calls;
    auto pages = doc.writePdf(path, [&](qint64 done, qint64 total) {
        calls.emplace_back(done, total);
        return true;
    });
    ASSERT_TRUE(pages.ok()) << pages.error().toStdString();
    EXPECT_GE(*pages, 10);
    ASSERT_FALSE(calls.empty());
    for (std::size_t i = 1; i < calls.size(); ++i)
        EXPECT_LE(calls[i - 1].first, calls[i].first);
    EXPECT_EQ(calls.back().first, calls.back().second);
    expectWhole(doc, path, *pages);
}

TEST(TablePages, ARowTallerThanAPageGoesOverSeveral)
{
    const TableDocument doc = listOf(30, 12);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tall.pdf"));
    auto pages = doc.writePdf(path);
    ASSERT_TRUE(pages.ok()) << pages.error().toStdString();
    expectWhole(doc, path, *pages);
    const QStringList text = pagesOf(path);
    ASSERT_FALSE(text.isEmpty());
    EXPECT_EQ(text.join(QString()).count(QStringLiteral("TAILX")), 1);
}

TEST(TablePages, CancelledLeavesNoFile)
{
    const TableDocument doc = listOf(1000);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.pdf"));
    int calls = 0;
    auto pages = doc.writePdf(path, [&](qint64 done, qint64 total) {
        ++calls;
        return done < total / 2;
    });
    ASSERT_FALSE(pages.ok());
    EXPECT_EQ(pages.error(), TableDocument::cancelledMessage());
    EXPECT_GT(calls, 1);
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_FALSE(QFile::exists(path + QStringLiteral(".part")));
}
