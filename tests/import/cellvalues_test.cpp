// Deadlines, status words, name lists, task numbers and header aliases.
#include "import/cellvalues.h"
#include "import/importfield.h"
#include "import/sha256.h"
#include "import/textsource.h"

#include <QCryptographicHash>
#include <QStringEncoder>
#include <gtest/gtest.h>

using namespace rectify;

namespace {

const QDate feedback(2023, 10, 10);

QDate deadline(const char *text, const QDate &fb = feedback)
{
    const DeadlineValue v = parseDeadline(text, fb);
    return v.kind == DeadlineValue::Kind::Date ? v.date : QDate();
}

DeadlineValue::Problem problemOf(const char *text, const QDate &fb = feedback)
{
    const DeadlineValue v = parseDeadline(text, fb);
    EXPECT_EQ(v.kind == DeadlineValue::Kind::Invalid, v.problem != DeadlineValue::Problem::None)
        << text;
    return v.problem;
}

} // namespace

TEST(Deadline, EverySpellingOfADay)
{
    const QDate d(2023, 12, 31);
    EXPECT_EQ(deadline("2023-12-31"), d);
    EXPECT_EQ(deadline("2023/12/31"), d);
    EXPECT_EQ(deadline("2023.12.31"), d);
    EXPECT_EQ(deadline("2023年12月31日"), d);
    EXPECT_EQ(deadline(" 2023 年 12 月 31 日 "), d);
    EXPECT_EQ(deadline("２０２３年１２月３１日"), d); // full-width digits
    EXPECT_EQ(deadline("20231231"), d);
    EXPECT_EQ(deadline("2023/12/31 0:00"), d);
    EXPECT_EQ(deadline("2023-12-31 00:00:00"), d);
    EXPECT_EQ(deadline("45291"), d); // Excel serial number
    EXPECT_EQ(deadline("45291.0"), d);
    EXPECT_EQ(deadline("2024-3-5"), QDate(2024, 3, 5));
}

TEST(Deadline, EndOfMonthAndYear)
{
    EXPECT_EQ(deadline("2023年12月底"), QDate(2023, 12, 31));
    EXPECT_EQ(deadline("2024年6月底前"), QDate(2024, 6, 30));
    EXPECT_EQ(deadline("2024年1月"), QDate(2024, 1, 31));
    EXPECT_EQ(deadline("2024年2月底"), QDate(2024, 2, 29)); // leap year
    EXPECT_EQ(deadline("2024年2月末"), QDate(2024, 2, 29));
    EXPECT_EQ(deadline("2024-06"), QDate(2024, 6, 30));
    EXPECT_EQ(deadline("2024年底"), QDate(2024, 12, 31));
    EXPECT_EQ(deadline("2024年6月30日前"), QDate(2024, 6, 30));
}

TEST(Deadline, YearFromTheFeedbackDate)
{
    EXPECT_EQ(deadline("12月底前"), QDate(2023, 12, 31));
    EXPECT_EQ(deadline("12月底"), QDate(2023, 12, 31));
    // Before the feedback month: the next year.
    EXPECT_EQ(deadline("3月底前"), QDate(2024, 3, 31));
    EXPECT_EQ(deadline("11月15日"), QDate(2023, 11, 15));
    EXPECT_EQ(problemOf("12月底前", QDate()), DeadlineValue::Problem::NeedsFeedbackDate);
}

TEST(Deadline, LongTermAndFixAtOnce)
{
    EXPECT_EQ(parseDeadline("长期坚持", feedback).kind, DeadlineValue::Kind::LongTerm);
    EXPECT_FALSE(parseDeadline("长期坚持", feedback).date.isValid());
    EXPECT_EQ(deadline("立行立改"), feedback);
    EXPECT_EQ(problemOf("立行立改", QDate()), DeadlineValue::Problem::NeedsFeedbackDate);
    EXPECT_EQ(parseDeadline("", feedback).kind, DeadlineValue::Kind::Empty);
    EXPECT_EQ(parseDeadline("  ", feedback).kind, DeadlineValue::Kind::Empty);
}

TEST(Deadline, ImpossibleOrUnreadableIsAnErrorNeverAGuess)
{
    using P = DeadlineValue::Problem;
    EXPECT_EQ(problemOf("2023-02-30"), P::NoSuchDate);
    EXPECT_EQ(problemOf("2023-13-01"), P::NoSuchDate);
    EXPECT_EQ(problemOf("2023年13月底"), P::NoSuchDate);
    EXPECT_EQ(problemOf("2023年2月29日"), P::NoSuchDate);
    EXPECT_EQ(problemOf("13月底前"), P::NoSuchDate);
    EXPECT_EQ(problemOf("尽快"), P::Unreadable);
    EXPECT_EQ(problemOf("2023-12"), P::None);
    EXPECT_EQ(problemOf("2023-12-31-1"), P::Unreadable);
    EXPECT_EQ(problemOf("2023/12-31"), P::Unreadable);
    EXPECT_EQ(problemOf("年底"), P::Unreadable);
    EXPECT_EQ(problemOf("123"), P::Unreadable);
    EXPECT_EQ(problemOf("99999999"), P::NoSuchDate);
}

TEST(StatusWord, Vocabulary)
{
    for (const char *w : { "已完成", "完成", "已整改", "整改完成" })
        EXPECT_EQ(parseStatusWord(w).status, TaskStatus::Completed) << w;
    for (const char *w : { "已销号", "销号" })
        EXPECT_EQ(parseStatusWord(w).status, TaskStatus::Closed) << w;
    for (const char *w : { "推进中", "正在推进", "持续推进", "整改中", "进行中" })
        EXPECT_EQ(parseStatusWord(w).status, TaskStatus::InProgress) << w;
    for (const char *w : { "未启动", "未开始", "", "  " }) {
        EXPECT_EQ(parseStatusWord(w).status, TaskStatus::NotStarted) << w;
        EXPECT_TRUE(parseStatusWord(w).known) << w;
    }
    EXPECT_TRUE(parseStatusWord("长期坚持").longTerm);
    EXPECT_TRUE(parseStatusWord(" 已完成。").known);
    EXPECT_FALSE(parseStatusWord("差不多了").known);
    EXPECT_EQ(parseStatusWord("差不多了").status, TaskStatus::NotStarted);
}

TEST(SplitNames, EverySeparator)
{
    std::vector<std::string_view> out;
    splitNames("组织部、宣传部，办公室,财务科;人事科；纪委/工会／团委\n妇联\r\n组织部 ", out);
    const std::vector<std::string_view> expected { "组织部", "宣传部", "办公室", "财务科", "人事科",
        "纪委", "工会", "团委", "妇联" };
    EXPECT_EQ(out, expected);
    splitNames("  ", out);
    EXPECT_TRUE(out.empty());
    splitNames("张三", out);
    EXPECT_EQ(out, (std::vector<std::string_view> { "张三" }));
}

TEST(TaskNumber, CellAndMeasurePrefix)
{
    EXPECT_EQ(parseTaskNumber("3"), 3);
    EXPECT_EQ(parseTaskNumber("(3)"), 3);
    EXPECT_EQ(parseTaskNumber("（12）"), 12);
    EXPECT_EQ(parseTaskNumber("3."), 3);
    EXPECT_EQ(parseTaskNumber("三"), 0);
    std::string_view m = "（2）建立制度";
    EXPECT_EQ(takeTaskNumberPrefix(m), 2);
    EXPECT_EQ(m, "建立制度");
    m = "1.开展学习";
    EXPECT_EQ(takeTaskNumberPrefix(m), 1);
    EXPECT_EQ(m, "开展学习");
    m = "1.5万元专项资金";
    EXPECT_EQ(takeTaskNumberPrefix(m), 0);
    EXPECT_EQ(m, "1.5万元专项资金");
    m = "2024年完成";
    EXPECT_EQ(takeTaskNumberPrefix(m), 0);
}

TEST(HeaderAliases, MatchedTrimmedIgnoringSpacesAndBrackets)
{
    const auto f = [](const char *h) { return matchHeader(QString::fromUtf8(h)); };
    EXPECT_EQ(f("序号"), ImportField::Code);
    EXPECT_EQ(f("编号"), ImportField::Code);
    EXPECT_EQ(f("问题序号"), ImportField::Code);
    EXPECT_EQ(f("问题类型"), ImportField::Category);
    for (const char *h : { "反馈问题", "存在问题", "问题", "问题表现", "问题清单" })
        EXPECT_EQ(f(h), ImportField::Problem) << h;
    for (const char *h : { "整改措施", "整改任务", "具体措施", "任务清单" })
        EXPECT_EQ(f(h), ImportField::Measure) << h;
    EXPECT_EQ(f("整改目标"), ImportField::Target);
    for (const char *h : { "责任领导", "牵头领导", "分管领导" })
        EXPECT_EQ(f(h), ImportField::Leader) << h;
    for (const char *h : { "牵头单位", "责任单位", "整改责任单位", "责任部门" })
        EXPECT_EQ(f(h), ImportField::LeadUnit) << h;
    EXPECT_EQ(f("协办单位"), ImportField::CoUnit);
    EXPECT_EQ(f("具体责任人"), ImportField::Person);
    for (const char *h : { "整改时限", "完成时限", "时限", "整改期限" })
        EXPECT_EQ(f(h), ImportField::Deadline) << h;
    // 完成时间 is the completion date (the deadline only in a file without one).
    EXPECT_EQ(f("完成时间"), ImportField::CompletedOn);
    for (const char *h : { "整改进展", "进展情况", "整改情况" })
        EXPECT_EQ(f(h), ImportField::Progress) << h;
    for (const char *h : { "完成情况", "整改状态", "状态", "是否完成" })
        EXPECT_EQ(f(h), ImportField::Completion) << h;
    EXPECT_EQ(f("备注"), ImportField::Remarks);
    // Spaces, line breaks, full-width forms and brackets do not matter.
    EXPECT_EQ(f(" 整改 措施 "), ImportField::Measure);
    EXPECT_EQ(f("整改\n措施"), ImportField::Measure);
    EXPECT_EQ(f("整改时限（年月日）"), ImportField::Deadline);
    EXPECT_EQ(f("整改时限(年月日)"), ImportField::Deadline);
    EXPECT_EQ(f("（责任领导）"), ImportField::Leader);
    EXPECT_EQ(f("佐证材料"), ImportField::None);
    EXPECT_EQ(f(""), ImportField::None);
}

TEST(EncodingDetection, BomsZerosAndValidity)
{
    EXPECT_EQ(detectTextEncoding(QByteArray("\xEF\xBB\xBF"
                                            "a,b")),
        TextEncoding::Utf8);
    EXPECT_EQ(detectTextEncoding(QByteArray("\xFF\xFE"
                                            "a\0",
                  4)),
        TextEncoding::Utf16Le);
    EXPECT_EQ(detectTextEncoding(QByteArray("\xFE\xFF\0a", 4)), TextEncoding::Utf16Be);
    EXPECT_EQ(detectTextEncoding(QString::fromUtf8("序号,整改措施").toUtf8()), TextEncoding::Utf8);
    QStringEncoder gb("GB18030");
    ASSERT_TRUE(gb.isValid());
    const QByteArray gbBytes = gb.encode(QString::fromUtf8("序号,整改措施"));
    EXPECT_EQ(detectTextEncoding(gbBytes), TextEncoding::Gb18030);
    // Valid in neither: mostly UTF-8 with a broken byte is UTF-8; mostly GB18030
    // with a broken byte is GB18030.
    const QByteArray utf8Text = QString::fromUtf8("序号,整改措施\n1,建立制度\n").toUtf8();
    EXPECT_EQ(detectTextEncoding(utf8Text + "\xFF,\n" + utf8Text), TextEncoding::Utf8);
    EXPECT_EQ(detectTextEncoding(gbBytes + "\xFF,\n" + gbBytes), TextEncoding::Gb18030);
    QStringEncoder le(QStringConverter::Utf16LE);
    EXPECT_EQ(
        detectTextEncoding(le.encode(QStringLiteral("no,bom,here\n"))), TextEncoding::Utf16Le);
    EXPECT_EQ(textEncodingFromName(QStringLiteral("GBK")), TextEncoding::Gb18030);
    EXPECT_EQ(textEncodingFromName(QStringLiteral("utf-16")), TextEncoding::Utf16Le);
    EXPECT_FALSE(textEncodingFromName(QStringLiteral("latin9")).has_value());
}

TEST(Sha256, SameDigestAsQtInPiecesAndAfterReset)
{
    QByteArray data;
    quint32 x = 12345;
    for (int i = 0; i < 300000; ++i) {
        x = x * 1103515245u + 12345u;
        data.append(static_cast<char>(x >> 24));
    }
    for (const qsizetype size : { qsizetype(0), qsizetype(3), qsizetype(64), qsizetype(300000) }) {
        const QByteArray bytes = data.left(size);
        Sha256 h;
        // In uneven pieces, as the file is read.
        for (qsizetype at = 0; at < bytes.size(); at += 7777)
            h.addData(
                QByteArrayView(bytes).sliced(at, std::min<qsizetype>(7777, bytes.size() - at)));
        const QByteArray expected = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
        EXPECT_EQ(h.result().toHex(), expected.toHex()) << size;
        EXPECT_EQ(h.result().toHex(), expected.toHex()) << "result() twice";
        h.reset();
        h.addData(bytes);
        EXPECT_EQ(h.result().toHex(), expected.toHex()) << "after reset";
    }
    EXPECT_EQ(Sha256().result().toHex(),
        QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
}
