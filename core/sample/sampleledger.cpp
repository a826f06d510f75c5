#include "sample/sampleledger.h"

#include "store/ledger.h"
#include "util/paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace rectify {

namespace {

// Deadlines are offsets in days from today; longTerm marks 长期坚持 tasks.
struct SampleProgress
{
    int daysAgo;
    const char *text;
    const char *author;
};

struct SampleTask
{
    const char *measure;
    const char *target;
    int deadlineOffset; // days from today
    bool longTerm;
    TaskStatus status;
    const char *leader;
    const char *leadUnit;
    const char *coUnits; // separated by 、
    const char *person;
    std::initializer_list<SampleProgress> progress;
};

struct SampleProblem
{
    const char *code;
    const char *category;
    const char *title;
    std::initializer_list<SampleTask> tasks;
};

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QStringList names(const char *utf8)
{
    const QString text = s(utf8);
    return text.isEmpty() ? QStringList() : text.split(QStringLiteral("、"));
}

const TaskStatus NotStarted = TaskStatus::NotStarted;
const TaskStatus InProgress = TaskStatus::InProgress;
const TaskStatus Completed = TaskStatus::Completed;
const TaskStatus Closed = TaskStatus::Closed;

} // namespace

Status writeSampleLedger(Ledger &ledger, const QDate &today)
{
    const SampleProblem problems[] = {
        { "1", "党的建设", "理论学习中心组学习流于形式，专题研讨发言准备不充分，学用结合不够紧密",
            {
                { "制定年度理论学习中心组学习计划，明确每季度专题和领学人",
                    "学习计划印发并按季度落实", -40, false, Closed, "王立新", "园区党工委办公室",
                    "", "赵敏", { { 50, "年度学习计划已经党工委会议审议通过并印发。", "赵敏" } } },
                { "建立专题研讨发言材料提前审阅制度，研讨后形成问题清单跟踪落实",
                    "每次研讨形成问题清单并销号管理", 0, true, InProgress, "王立新",
                    "园区党工委办公室", "组织人事部", "赵敏",
                    { { 12, "第三季度专题研讨已按新制度提前三天报送发言材料。", "赵敏" } } },
            } },
        { "2", "党的建设", "基层党组织“三会一课”落实不规范，部分支部组织生活记录不全",
            {
                { "开展支部组织生活专项检查，逐个支部核查会议记录", "全部支部完成自查和抽查", -12,
                    false, InProgress, "刘建军", "组织人事部", "", "孙丽",
                    { { 20, "已完成 23 个支部中 17 个的现场核查，发现记录不全问题 9 处。",
                        "孙丽" } } },
                { "组织支部书记专题培训，统一会议记录模板", "支部书记全员轮训", 25, false,
                    NotStarted, "刘建军", "组织人事部", "园区党校", "孙丽", {} },
            } },
        { "3", "全面从严治党", "落实主体责任压力传导不够，部分部门“一岗双责”意识淡薄",
            {
                { "逐级签订全面从严治党责任书，细化责任清单", "责任书签订率 100%", -60, false,
                    Closed, "王立新", "园区党工委办公室", "纪工委", "赵敏",
                    { { 70, "党工委与 14 个部门签订责任书，部门与科室逐级签订完毕。", "赵敏" } } },
                { "将主体责任落实情况纳入年度考核，考核结果与评优挂钩", "考核办法修订出台", 5,
                    false, InProgress, "王立新", "组织人事部", "纪工委", "孙丽",
                    { { 6, "考核办法修订稿已征求各部门意见，正在汇总修改。", "孙丽" } } },
            } },
        { "4", "廉政风险", "工程建设项目招投标监管存在薄弱环节，个别项目未按规定公开招标",
            {
                { "全面排查近三年政府投资项目招投标情况，建立问题台账", "排查覆盖全部项目", -30,
                    false, Completed, "陈志远", "建设管理局", "财政金融局、审计室", "周强",
                    { { 40, "已排查项目 126 个，发现程序不规范问题 11 个，已建立台账。", "周强" },
                        { 31, "11 个问题全部完成整改，相关资料已报送评估。", "周强" } } },
                { "修订工程建设项目招投标管理办法，明确限额以下项目比选程序", "管理办法印发实施",
                    -5, false, InProgress, "陈志远", "建设管理局", "法制办", "周强",
                    { { 15, "管理办法送审稿已提交法制办合法性审查。", "周强" } } },
                { "对招投标领域问题线索开展专项监督，依规依纪严肃处理", "线索全部办结", 0, true,
                    InProgress, "李红梅", "纪工委", "", "吴涛",
                    { { 45, "移交问题线索 3 件，已办结 2 件。", "吴涛" } } },
            } },
        { "5", "民生保障", "园区企业职工反映的子女入学、通勤等问题回应不及时，群众满意度不高",
            {
                { "建立企业职工诉求快速响应机制，实行首问负责和限时办结",
                    "诉求平均办结时间不超过 5 个工作日", 3, false, InProgress, "张晓东",
                    "社会事业局", "企业服务中心", "郑慧",
                    { { 4, "诉求受理平台已上线试运行，本周受理诉求 37 件。", "郑慧" } } },
                { "协调新增两条园区通勤公交线路", "新线路开通运行", 40, false, NotStarted, "张晓东",
                    "社会事业局", "交通运输分局", "郑慧", {} },
            } },
        { "6", "营商环境", "涉企审批事项办理环节多、时限长，“一网通办”覆盖率偏低",
            {
                { "梳理涉企审批事项清单，压减办理环节和申报材料", "审批时限压缩 30% 以上", -20,
                    false, Completed, "张晓东", "行政审批局", "企业服务中心", "何佳",
                    { { 22, "梳理事项 164 项，压减材料 212 份，平均时限压缩 36%。", "何佳" } } },
                { "推进审批事项全部接入“一网通办”平台", "网办率达到 90%", 12, false, InProgress,
                    "张晓东", "行政审批局", "信息中心", "何佳",
                    { { 9, "已接入 131 项，网办率 80%，剩余事项正在调试接口。", "何佳" } } },
            } },
        { "7", "财经纪律", "专项资金使用绩效评价不到位，部分项目资金闲置时间较长",
            {
                { "清理盘活闲置专项资金，该收回的及时收回统筹使用", "闲置资金全部清理", -8, false,
                    InProgress, "陈志远", "财政金融局", "", "冯磊",
                    { { 25, "已清理闲置资金 2300 万元，剩余 2 个项目正在与主管部门对接。",
                        "冯磊" } } },
                { "建立专项资金全过程绩效管理制度", "制度出台并开展评价", 60, false, NotStarted,
                    "陈志远", "财政金融局", "审计室", "冯磊", {} },
            } },
        { "8", "选人用人", "干部交流轮岗不够，个别重要岗位干部任职时间过长",
            {
                { "制定重点岗位干部交流轮岗计划，分批实施", "应交流干部全部交流到位", 90, false,
                    InProgress, "刘建军", "组织人事部", "", "孙丽",
                    { { 30, "已完成第一批 8 名干部交流轮岗。", "孙丽" } } },
            } },
        { "9", "意识形态", "意识形态工作责任制落实不够有力，网络阵地管理存在漏洞",
            {
                { "全面排查园区各部门网站、公众号等网络阵地，建立管理台账",
                    "网络阵地台账覆盖全部账号", -15, false, Closed, "王立新", "宣传统战部",
                    "信息中心", "钱芳",
                    { { 30, "排查账号 41 个，关停僵尸账号 6 个，台账已建立。", "钱芳" } } },
                { "落实网络信息内容“三审三校”制度，定期开展抽查", "每季度抽查一次", 0, true,
                    InProgress, "王立新", "宣传统战部", "", "钱芳",
                    { { 48, "第二季度抽查发现错漏 3 处，已督促整改。", "钱芳" } } },
            } },
        { "10", "安全生产", "危化品企业安全隐患排查整治不彻底，部分隐患反复出现",
            {
                { "对园区 27 家危化品企业开展全覆盖隐患排查", "排查覆盖率 100%", -25, false,
                    Completed, "李卫国", "应急管理局", "生态环境分局", "马骏",
                    { { 28, "27 家企业全部完成排查，查出隐患 64 项，已整改 64 项。", "马骏" } } },
                { "建立隐患整改“回头看”机制，对反复出现的隐患挂牌督办", "挂牌隐患全部销号", 7,
                    false, InProgress, "李卫国", "应急管理局", "", "马骏",
                    { { 10, "挂牌督办隐患 5 项，已销号 3 项。", "马骏" } } },
            } },
        { "11", "作风建设", "文山会海问题仍然存在，基层迎检和报表负担较重",
            {
                { "精简会议文件，严控督查检查考核事项", "会议文件数量同比下降 20%", 18, false,
                    InProgress, "王立新", "园区党工委办公室", "管委会办公室", "赵敏",
                    { { 14, "前三季度会议数量同比下降 18%，发文数量下降 22%。", "赵敏" } } },
                { "整合各类报表，建立数据共享目录，一数一源", "基层报表数量减少三分之一", -2, false,
                    NotStarted, "张晓东", "管委会办公室", "信息中心", "何佳", {} },
            } },
    };

    Ledger::Transaction tx(ledger);
    if (!tx.status())
        return tx.status();
    Inspection inspection;
    inspection.name = s("市委第二巡察组对高新园区党工委巡察反馈");
    inspection.kind = s("巡察");
    inspection.feedbackDate = today.addDays(-80);
    inspection.rectificationEnd = inspection.feedbackDate.addMonths(3);
    inspection.stationedFrom = inspection.feedbackDate.addDays(-75);
    inspection.stationedTo = inspection.feedbackDate.addDays(-30);
    auto inspectionId = ledger.addInspection(inspection);
    if (!inspectionId)
        return Error { inspectionId.error() };
    int order = 0;
    for (const SampleProblem &sp : problems) {
        Problem p;
        p.inspectionId = *inspectionId;
        p.code = s(sp.code);
        p.category = s(sp.category);
        p.title = s(sp.title);
        p.sortOrder = ++order;
        auto problemId = ledger.addProblem(p);
        if (!problemId)
            return Error { problemId.error() };
        for (const SampleTask &st : sp.tasks) {
            Task t;
            t.problemId = *problemId;
            t.measure = s(st.measure);
            t.target = s(st.target);
            t.longTerm = st.longTerm;
            if (!st.longTerm)
                t.deadline = today.addDays(st.deadlineOffset);
            // A closed task takes no more progress: it is written completed, its
            // progress added, then signed off.
            t.status = st.status == TaskStatus::Closed ? TaskStatus::Completed : st.status;
            if (isDone(st.status))
                t.completedOn = today.addDays(std::min(st.deadlineOffset, 0) - 3);
            if (st.status == TaskStatus::Closed)
                t.closedOn = t.completedOn.addDays(2);
            t.responsibilities.leaders = names(st.leader);
            t.responsibilities.leadUnits = names(st.leadUnit);
            t.responsibilities.coUnits = names(st.coUnits);
            t.responsibilities.persons = names(st.person);
            auto taskId = ledger.addTask(t);
            if (!taskId)
                return Error { taskId.error() };
            for (const SampleProgress &sp2 : st.progress) {
                ProgressEntry e;
                e.taskId = *taskId;
                e.date = today.addDays(-sp2.daysAgo);
                e.text = s(sp2.text);
                e.author = s(sp2.author);
                if (auto added = ledger.addProgress(e); !added)
                    return Error { added.error() };
            }
            if (st.status == TaskStatus::Closed) {
                if (auto closed = ledger.setTaskStatus(
                        *taskId, 1, TaskStatus::Closed, t.completedOn, t.closedOn, QString());
                    !closed)
                    return closed;
            }
        }
    }
    // 整改成效: a few meetings, two supervision rounds, rules, accountability and
    // figures, so that the records window and the 通报 have something to show.
    {
        const QDate feedback = inspection.feedbackDate;
        struct SampleRecord
        {
            RecordKind kind;
            int day; // after the feedback
            int endDay;
            const char *title;
            const char *category;
            const char *party;
            const char *docNumber;
            qint64 count;
            double value;
            const char *unit;
        };
        const SampleRecord records[] = {
            { RecordKind::Meeting, 2, 0, "党工委会议专题研究巡察反馈意见整改", "党工委会议", "", "",
                0, 0, "" },
            { RecordKind::Meeting, 6, 0, "整改工作领导小组第一次会议", "领导小组会议", "", "", 0, 0,
                "" },
            { RecordKind::Meeting, 35, 0, "整改工作推进会", "专题会议", "", "", 0, 0, "" },
            { RecordKind::Meeting, 60, 0, "巡察整改专题民主生活会", "专题民主生活会", "", "", 0, 0,
                "" },
            { RecordKind::SupervisionRound, 20, 27, "", "", "纪工委监察室", "", 14, 0, "" },
            { RecordKind::SupervisionRound, 50, 56, "", "", "园区督查室", "", 18, 0, "" },
            { RecordKind::Rule, 25, 0, "园区党工委议事规则（修订）", "", "园区党工委",
                "园党发〔2024〕5号", 0, 0, "" },
            { RecordKind::Rule, 40, 0, "政府投资项目全过程监管办法", "", "管委会",
                "园管发〔2024〕12号", 0, 0, "" },
            { RecordKind::Rule, 55, 0, "干部队伍日常监督管理实施细则", "", "组织人事部", "", 0, 0,
                "" },
            { RecordKind::Accountability, 45, 0, "项目审批超时", "诫勉谈话", "相关责任人", "", 2, 0,
                "" },
            { RecordKind::Accountability, 58, 0, "台账报送失实", "通报批评", "某项目公司", "", 1, 0,
                "" },
            { RecordKind::Result, 70, 0, "追回违规资金", "", "", "", 0, 186.5, "万元" },
            { RecordKind::Result, 70, 0, "清理规范协议合同", "", "", "", 0, 42, "份" },
        };
        for (const SampleRecord &sr : records) {
            Record r;
            r.inspectionId = *inspectionId;
            r.kind = sr.kind;
            r.date = feedback.addDays(sr.day);
            if (sr.endDay)
                r.endDate = feedback.addDays(sr.endDay);
            r.title = s(sr.title);
            r.category = s(sr.category);
            r.party = s(sr.party);
            r.docNumber = s(sr.docNumber);
            r.count = sr.count;
            r.value = sr.value;
            r.unit = s(sr.unit);
            if (auto added = ledger.addRecord(r); !added)
                return Error { added.error() };
        }
    }
    // Someone to try the sign-off workflow as (File → Switch User…): an official of
    // a lead unit and a supervisor, without passwords.
    const struct
    {
        const char *name;
        UserRole role;
        const char *unit;
    } users[] = { { "孙丽", UserRole::Official, "组织人事部" },
        { "周主任", UserRole::Supervisor, "督查室" } };
    for (const auto &su : users) {
        if (auto existing = ledger.findUser(s(su.name)); existing && existing->has_value())
            continue;
        User u;
        u.name = s(su.name);
        u.role = su.role;
        u.unit = s(su.unit);
        if (auto added = ledger.addUser(u); !added)
            return Error { added.error() };
    }
    if (auto set = ledger.setSetting(QStringLiteral("sample_ledger"), QStringLiteral("1")); !set)
        return set;
    return tx.commit();
}

QString sampleLedgerPath()
{
    return QFileInfo(defaultLedgerPath()).dir().filePath(QStringLiteral("sample-ledger.sqlite"));
}

Status createSampleLedger(const QString &path, const QDate &today)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    // A fresh copy every time: the sample is for looking around, not for keeping.
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        if (QFile::exists(path + suffix) && !QFile::remove(path + suffix)) {
            return Error { QCoreApplication::translate(
                "rectify::Sample", "Cannot replace the sample ledger %1.")
                               .arg(QDir::toNativeSeparators(path)) };
        }
    }
    Ledger ledger;
    ledger.setActor(systemUserName());
    if (Status opened = ledger.open(path); !opened)
        return opened;
    return writeSampleLedger(ledger, today);
}

} // namespace rectify
