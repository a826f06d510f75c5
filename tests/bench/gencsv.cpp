// rectify-gencsv OUT.csv --rows N [--encoding utf-8|gb18030] [--seed S] [--xlsx OUT.xlsx]
// Writes a ledger the way Excel saves it (one row per task, problem cells only on a
// problem's first row, about 8 tasks per problem, several units in some cells,
// every deadline spelling), for the import benchmark. With --xlsx it also writes the
// same rows as a workbook (shared strings, numbers as numbers, as Excel saves it).
#include <QCoreApplication>
#include <QFile>
#include <QStringEncoder>
#include <QTextStream>
#include <cstdio>
#include <memory>
#include <random>
#include <string>
#include <vector>
#include <xlsxwriter.h>

namespace {

const char *categories[] = { "政治建设", "思想建设", "组织建设", "作风建设", "纪律建设", "制度建设",
    "意识形态", "基层党建", "选人用人", "巡视整改", "财务管理", "工程建设" };
const char *verbs[] = { "建立健全", "全面排查", "深入开展", "严格落实", "持续完善", "专项整治",
    "认真梳理", "规范开展", "加强监督", "督促整改" };
const char *objects[] = { "第一议题学习制度", "三会一课记录", "干部选拔任用程序",
    "公务接待管理办法", "重大事项请示报告制度", "专项资金使用情况", "基层党组织换届工作",
    "意识形态工作责任制", "中央八项规定精神落实情况", "政府采购和招投标管理",
    "党风廉政建设责任清单", "问题线索处置台账" };
const char *problems[] = { "理论学习不够深入，学用结合不紧密", "落实全面从严治党主体责任有差距",
    "基层党组织建设存在薄弱环节", "执行财经纪律不严格，存在违规支出", "选人用人工作不够规范",
    "形式主义官僚主义问题仍有发生", "重点领域廉政风险防控不到位", "巡察整改成果运用不充分" };
const char *units[]
    = { "办公室", "组织部", "宣传部", "财务科", "人事科", "纪检监察室", "政策研究室", "机关党委",
          "基建处", "审计科", "法规科", "信息中心", "工会", "团委", "后勤服务中心" };
const char *leaders[] = { "张明", "王强", "刘洋", "陈静", "李华", "赵敏", "周涛", "吴刚", "郑丽",
    "孙伟", "马超", "朱琳" };
const char *statuses[]
    = { "已完成", "推进中", "未启动", "持续推进", "已销号", "长期坚持", "整改中", "" };

std::string quote(const std::string &s)
{
    if (s.find_first_of(",\"\n") == std::string::npos)
        return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + "\"";
}

// The same rows as one sheet of a workbook: text as shared strings, the numbers
// (序号, a deadline given as Excel's serial day) as numbers.
class XlsxRows
{
public:
    explicit XlsxRows(const QString &path)
    {
        m_workbook = workbook_new(path.toLocal8Bit().constData());
        if (m_workbook)
            m_sheet = workbook_add_worksheet(m_workbook, "台账");
    }
    ~XlsxRows()
    {
        if (m_workbook)
            workbook_close(m_workbook);
    }
    XlsxRows(const XlsxRows &) = delete;
    XlsxRows &operator=(const XlsxRows &) = delete;
    bool ok() const { return m_sheet != nullptr; }
    void add(const std::vector<std::string> &cells)
    {
        for (std::size_t c = 0; c < cells.size(); ++c) {
            const std::string &v = cells[c];
            if (v.empty())
                continue;
            const auto col = static_cast<lxw_col_t>(c);
            if (v.find_first_not_of("0123456789") == std::string::npos && v.size() < 10)
                worksheet_write_number(m_sheet, m_row, col, std::stod(v), nullptr);
            else
                worksheet_write_string(m_sheet, m_row, col, v.c_str(), nullptr);
        }
        ++m_row;
    }
    bool close()
    {
        const lxw_error e = workbook_close(m_workbook);
        m_workbook = nullptr;
        return e == LXW_NO_ERROR;
    }

private:
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_row_t m_row = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr,
            "usage: rectify-gencsv OUT.csv --rows N [--encoding utf-8|gb18030] [--seed S] "
            "[--xlsx OUT.xlsx]\n");
        return 2;
    }
    long rows = 100000;
    QString encoding = QStringLiteral("utf-8");
    unsigned seed = 1;
    QString xlsxPath;
    for (int i = 2; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--rows"))
            rows = args[i + 1].toLong();
        else if (args[i] == QLatin1String("--encoding"))
            encoding = args[i + 1];
        else if (args[i] == QLatin1String("--seed"))
            seed = args[i + 1].toUInt();
        else if (args[i] == QLatin1String("--xlsx"))
            xlsxPath = args[i + 1];
    }
    std::unique_ptr<XlsxRows> xlsx;
    if (!xlsxPath.isEmpty()) {
        xlsx = std::make_unique<XlsxRows>(xlsxPath);
        if (!xlsx->ok()) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(xlsxPath));
            return 1;
        }
    }
    std::mt19937 rng(seed);
    const auto pick = [&](const auto &array) { return array[rng() % std::size(array)]; };
    QFile out(args[1]);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(args[1]));
        return 1;
    }
    const bool gb = encoding == QLatin1String("gb18030");
    QStringEncoder encoder("GB18030");
    std::string chunk;
    const auto flush = [&](bool force) {
        if (!force && chunk.size() < (1u << 20))
            return;
        if (gb)
            out.write(encoder.encode(QString::fromStdString(chunk)));
        else
            out.write(chunk.data(), static_cast<qint64>(chunk.size()));
        chunk.clear();
    };
    chunk += "序号,问题类别,反馈问题,整改措施,整改目标,责任领导,牵头单位,配合单位,责任人,整改时限,"
             "整改进展,完成情况,备注\r\n";
    if (xlsx)
        xlsx->add({ "序号", "问题类别", "反馈问题", "整改措施", "整改目标", "责任领导", "牵头单位",
            "配合单位", "责任人", "整改时限", "整改进展", "完成情况", "备注" });
    long problem = 0;
    int left = 0;
    int task = 0;
    for (long r = 0; r < rows; ++r) {
        std::string code, category, title;
        if (left == 0) {
            left = 1 + static_cast<int>(rng() % 15); // 8 tasks per problem on average
            task = 0;
            ++problem;
            code = std::to_string(problem);
            category = pick(categories);
            title = std::string(pick(problems)) + "（第" + std::to_string(problem) + "项），"
                + pick(problems);
        }
        --left;
        ++task;
        const std::string measure = "（" + std::to_string(task) + "）" + pick(verbs) + pick(objects)
            + "，形成" + pick(objects) + "并抓好落实";
        std::string co;
        const int coCount = static_cast<int>(rng() % 3);
        for (int k = 0; k < coCount; ++k)
            co += (k ? "、" : "") + std::string(pick(units));
        std::string deadline;
        switch (rng() % 8) {
        case 0:
            deadline = "2024-06-30";
            break;
        case 1:
            deadline = "2024年" + std::to_string(1 + rng() % 12) + "月底前";
            break;
        case 2:
            deadline = "2024/12/31";
            break;
        case 3:
            deadline = "12月底前";
            break;
        case 4:
            deadline = "长期坚持";
            break;
        case 5:
            deadline = "立行立改";
            break;
        case 6:
            deadline = std::to_string(45200 + rng() % 400);
            break;
        default:
            deadline = "2025年3月31日";
            break;
        }
        const std::string progress = rng() % 3 ? std::string("已") + pick(verbs) + pick(objects)
                + "，完成阶段性任务，下一步将" + pick(verbs) + pick(objects)
                                               : std::string();
        const std::string target = std::string(pick(verbs)) + "到位";
        const std::string leader = pick(leaders);
        const std::string lead = pick(units);
        const std::string person = pick(leaders);
        const std::string status = pick(statuses);
        chunk += code + ',' + category + ',' + quote(title) + ',' + quote(measure) + ',' + target
            + ',' + leader + ',' + lead + ',' + quote(co) + ',' + person + ',' + deadline + ','
            + quote(progress) + ',' + status + ",\r\n";
        if (xlsx)
            xlsx->add({ code, category, title, measure, target, leader, lead, co, person, deadline,
                progress, status, std::string() });
        flush(false);
    }
    flush(true);
    if (xlsx && !xlsx->close()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(xlsxPath));
        return 1;
    }
    return 0;
}
