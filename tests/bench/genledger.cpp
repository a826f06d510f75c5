// rectify-genledger: writes a large, realistic ledger for benchmarks.
//
//   rectify-genledger OUT.sqlite --tasks N [--seed S] [--today YYYY-MM-DD] [--force]
//
// The schema comes from the store itself (Ledger::open creates and migrates the
// file), so a generated ledger is always at the current format version. The rows
// are then written through a native sqlite3 handle with prepared statements in
// one transaction: 100,000 tasks take a second or two, where the store's
// row-by-row API with its audit log would take minutes.
//
// The data follows the shape of a real ledger: a few inspections, problems of
// 1 to 6 tasks under a dozen categories, 40 lead units (some tasks have two),
// a dozen responsible leaders, deadlines spread over the concentrated
// rectification period and after it, statuses that depend on the deadline
// relative to --today (mostly done when long past, some overdue), 5 % long-term
// tasks with progress reports of varying age, and a few tasks with no deadline.
// The same seed gives the same ledger.
#include "store/ledger.h"
#include "util/sqlvalues.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QStringList>
#include <cstdio>
#include <random>
#include <sqlite3.h>
#include <string>
#include <vector>

namespace {

using rectify::Ledger;

const char *const unitNames[] = {
    "区委办公室",
    "区政府办公室",
    "区委组织部",
    "区委宣传部",
    "区委统战部",
    "区委政法委",
    "区委巡察办",
    "区纪委监委机关",
    "区发展和改革局",
    "区财政局",
    "区教育局",
    "区科技和工业信息化局",
    "区公安分局",
    "区民政局",
    "区司法局",
    "区人力资源和社会保障局",
    "区自然资源分局",
    "区生态环境分局",
    "区住房和城乡建设局",
    "区城市管理局",
    "区交通运输局",
    "区水务局",
    "区农业农村局",
    "区商务局",
    "区文化和旅游局",
    "区卫生健康委员会",
    "区退役军人事务局",
    "区应急管理局",
    "区审计局",
    "区国有资产服务中心",
    "区市场监督管理局",
    "区统计局",
    "区医疗保障局",
    "区行政审批局",
    "区投资促进中心",
    "区机关事务管理中心",
    "城东街道办事处",
    "城西街道办事处",
    "滨河街道办事处",
    "高新园区管委会",
};

const char *const leaderNames[] = {
    "陈建华",
    "刘志强",
    "王秀兰",
    "赵国栋",
    "孙立新",
    "周文涛",
    "吴海燕",
    "郑卫东",
    "冯晓明",
    "何振宇",
    "许丽娟",
    "韩长青",
};

const char *const surnames[] = { "张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴", "徐",
    "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高" };
const char *const givenNames[] = { "明", "华", "静", "磊", "婷", "勇", "洁", "斌", "丽", "军", "敏",
    "峰", "燕", "涛", "超", "霞", "鹏", "红", "波", "娜" };

const char *const categories[] = {
    "贯彻落实重大决策部署方面",
    "全面从严治党主体责任方面",
    "党风廉政建设方面",
    "选人用人和干部队伍建设方面",
    "基层党组织建设方面",
    "意识形态工作方面",
    "财经纪律和资金管理方面",
    "工程项目管理方面",
    "国有资产管理方面",
    "民生领域服务保障方面",
    "作风建设方面",
    "上轮巡察整改落实方面",
};

const char *const problemShapes[] = {
    "%1存在薄弱环节，工作推进不够有力",
    "%1制度执行不严格，监督检查流于形式",
    "%1责任分工不够清晰，协调配合不够顺畅",
    "%1台账资料不完整，过程管理不够规范",
    "%1问题整改不彻底，长效机制尚未建立",
    "%1风险排查不全面，隐患处置不够及时",
};

const char *const measureShapes[] = {
    "制定专项整改方案，明确责任分工和完成时限",
    "开展全面自查，建立问题清单并逐项销号",
    "修订完善相关管理制度，堵塞管理漏洞",
    "组织专题培训，提升相关人员业务能力",
    "开展专项检查，对发现的问题立即督促整改",
    "建立定期调度机制，每月通报整改进展",
    "完善台账资料，规范档案管理和过程留痕",
    "强化跟踪问效，对整改不力的严肃追责问责",
};

const char *const progressShapes[] = {
    "已召开专题会议研究部署，整改方案已印发",
    "已完成自查工作，正在逐项推进问题整改",
    "相关制度已完成修订，正在征求意见",
    "已组织开展专题培训，覆盖相关岗位人员",
    "专项检查已完成，发现问题已督促整改",
    "已建立月度调度机制，整改工作有序推进",
};

struct Options
{
    QString out;
    long tasks = 0;
    unsigned seed = 20240315;
    QDate today = QDate(2024, 6, 30);
    bool force = false;
};

int usage(const char *why)
{
    std::fprintf(stderr,
        "rectify-genledger: %s\n"
        "usage: rectify-genledger OUT.sqlite --tasks N [--seed S] [--today YYYY-MM-DD] "
        "[--force]\n",
        why);
    return 2;
}

// One sqlite3 statement, prepared once and reset after every step.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql)
        : m_db(db)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
            m_stmt = nullptr;
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool ok() const { return m_stmt != nullptr; }
    Statement &bind(int i, sqlite3_int64 v)
    {
        sqlite3_bind_int64(m_stmt, i, v);
        return *this;
    }
    Statement &bind(int i, const std::string &v)
    {
        sqlite3_bind_text(m_stmt, i, v.c_str(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Statement &bind(int i, const QDate &d)
    {
        if (d.isValid())
            return bind(i, d.toString(Qt::ISODate).toStdString());
        sqlite3_bind_null(m_stmt, i);
        return *this;
    }
    Statement &bindNull(int i)
    {
        sqlite3_bind_null(m_stmt, i);
        return *this;
    }
    // Runs the statement; returns the new row id, or -1 on failure.
    sqlite3_int64 run()
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        if (rc != SQLITE_DONE)
            return -1;
        return sqlite3_last_insert_rowid(m_db);
    }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

class Generator
{
public:
    Generator(sqlite3 *db, const Options &o)
        : m_db(db)
        , m_opt(o)
        , m_rng(o.seed)
    { }

    bool run();
    QString error() const { return m_error; }

private:
    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(m_rng) < p; }
    bool fail(const char *what)
    {
        m_error = QStringLiteral("%1: %2").arg(
            QString::fromUtf8(what), QString::fromUtf8(sqlite3_errmsg(m_db)));
        return false;
    }
    bool exec(const char *sql)
    {
        return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK || fail(sql);
    }

    sqlite3 *m_db;
    Options m_opt;
    std::mt19937 m_rng;
    QString m_error;
};

bool Generator::run()
{
    if (!exec("PRAGMA synchronous = OFF") || !exec("BEGIN IMMEDIATE"))
        return false;

    Statement unit(m_db, "INSERT INTO units (name) VALUES (?)");
    Statement person(m_db, "INSERT INTO people (name, unit_id) VALUES (?, ?)");
    Statement inspection(m_db,
        "INSERT INTO inspections (name, kind, feedback_date, rectification_end) VALUES (?, ?, ?, "
        "?)");
    Statement problem(m_db,
        "INSERT INTO problems (inspection_id, code, category, title, sort_order) "
        "VALUES (?, ?, ?, ?, ?)");
    Statement task(m_db,
        "INSERT INTO tasks (problem_id, number, measure, target, deadline, long_term, status, "
        "completed_on, closed_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Statement resp(m_db,
        "INSERT INTO responsibilities (task_id, role, unit_id, person_id, position) "
        "VALUES (?, ?, ?, ?, ?)");
    Statement progress(m_db,
        "INSERT INTO progress_entries (task_id, entry_date, text, author, created_at) "
        "VALUES (?, ?, ?, ?, ?)");
    for (Statement *s : { &unit, &person, &inspection, &problem, &task, &resp, &progress }) {
        if (!s->ok())
            return fail("prepare");
    }

    std::vector<sqlite3_int64> units;
    for (const char *name : unitNames) {
        const auto id = unit.bind(1, std::string(name)).run();
        if (id < 0)
            return fail("insert a unit");
        units.push_back(id);
    }
    std::vector<sqlite3_int64> leaders;
    for (const char *name : leaderNames) {
        const auto id = person.bind(1, std::string(name)).bind(2, units[0]).run();
        if (id < 0)
            return fail("insert a leader");
        leaders.push_back(id);
    }
    // Responsible persons: one or two per unit, named from common characters.
    std::vector<std::vector<sqlite3_int64>> personsOfUnit(units.size());
    for (size_t u = 0; u < units.size(); ++u) {
        for (int k = 0; k < 2; ++k) {
            const size_t n = u * 2 + static_cast<size_t>(k);
            // (surname, first given character) is unique for n < 80.
            const std::string name = std::string(surnames[n % 20])
                + givenNames[(n / 20) * 5 + n % 5] + givenNames[(n * 7 + 3) % 20];
            const auto id = person.bind(1, name).bind(2, units[u]).run();
            if (id < 0)
                return fail("insert a person");
            personsOfUnit[u].push_back(id);
        }
    }

    // Three inspection rounds, fed back 15, 9 and 4 months before today, each with
    // a three-month concentrated rectification period.
    struct Round
    {
        sqlite3_int64 id;
        QDate feedback;
        QDate end;
        int nextCode = 1;
    };
    std::vector<Round> rounds;
    const struct
    {
        const char *name;
        const char *kind;
        int monthsAgo;
    } roundSpecs[] = {
        { "区委第一轮巡察", "巡察", 15 },
        { "年度经济责任审计", "审计", 9 },
        { "区委第三轮巡察", "巡察", 4 },
    };
    for (const auto &spec : roundSpecs) {
        const QDate feedback = m_opt.today.addMonths(-spec.monthsAgo);
        const QDate end = feedback.addMonths(3);
        const std::string name = std::to_string(feedback.year()) + "年" + spec.name;
        const auto id = inspection.bind(1, name)
                            .bind(2, std::string(spec.kind))
                            .bind(3, feedback)
                            .bind(4, end)
                            .run();
        if (id < 0)
            return fail("insert an inspection");
        rounds.push_back({ id, feedback, end });
    }

    const std::string statusKeys[] = { "not_started", "in_progress", "completed", "closed" };
    long written = 0;
    while (written < m_opt.tasks) {
        // Later rounds carry more of the ledger.
        const int r = uniform(0, 9) < 2 ? 0 : (uniform(0, 9) < 5 ? 1 : 2);
        Round &round = rounds[static_cast<size_t>(r)];
        const int cat = uniform(0, static_cast<int>(std::size(categories)) - 1);
        const std::string category = categories[cat];
        const QString title = QString::fromUtf8(problemShapes[uniform(0, 5)])
                                  .arg(QString::fromUtf8(category.c_str()).chopped(2));
        const int code = round.nextCode++;
        const auto problemId = problem.bind(1, round.id)
                                   .bind(2, std::to_string(code))
                                   .bind(3, category)
                                   .bind(4, title.toStdString())
                                   .bind(5, code)
                                   .run();
        if (problemId < 0)
            return fail("insert a problem");

        const int taskCount
            = static_cast<int>(std::min<long>(uniform(1, 6), m_opt.tasks - written));
        // The tasks of one problem mostly share a lead unit and a leader.
        const size_t mainUnit = static_cast<size_t>(uniform(0, static_cast<int>(units.size()) - 1));
        const size_t mainLeader
            = static_cast<size_t>(uniform(0, static_cast<int>(leaders.size()) - 1));
        for (int number = 1; number <= taskCount; ++number) {
            const bool longTerm = chance(0.05);
            QDate deadline;
            if (!longTerm && !chance(0.002)) {
                // 立行立改 (deadline = feedback date), within the concentrated period,
                // or up to a year after it.
                const int pick = uniform(0, 9);
                if (pick == 0)
                    deadline = round.feedback;
                else if (pick < 7)
                    deadline = round.feedback.addDays(
                        uniform(7, static_cast<int>(round.feedback.daysTo(round.end))));
                else
                    deadline = round.end.addDays(uniform(1, 365));
                // Deadlines fall at the end of a month more often than not.
                if (pick > 0 && chance(0.6))
                    deadline = QDate(deadline.year(), deadline.month(), deadline.daysInMonth());
            }
            // Status, from how far the deadline is behind or ahead of today.
            int status = 0;
            if (longTerm) {
                status = chance(0.9) ? 1 : (chance(0.5) ? 0 : 2);
            } else {
                const qint64 ahead
                    = deadline.isValid() ? m_opt.today.daysTo(deadline) : 30; // days left
                const double done = ahead < -60 ? 0.93 : ahead < 0 ? 0.75 : ahead < 60 ? 0.35 : 0.1;
                if (chance(done))
                    status = chance(ahead < -30 ? 0.7 : 0.3) ? 3 : 2;
                else
                    status = chance(ahead < 90 ? 0.85 : 0.5) ? 1 : 0;
            }
            QDate completedOn;
            QDate closedOn;
            if (status >= 2) {
                // Completed some time after feedback, mostly around the deadline.
                QDate around = deadline.isValid() ? deadline : round.end;
                around = around.addDays(uniform(-45, 20));
                if (around < round.feedback)
                    around = round.feedback;
                if (around > m_opt.today)
                    around = m_opt.today.addDays(-uniform(0, 20));
                completedOn = around;
                if (status == 3) {
                    closedOn = completedOn.addDays(uniform(3, 40));
                    if (closedOn > m_opt.today)
                        closedOn = m_opt.today;
                }
            }
            const auto taskId = task.bind(1, problemId)
                                    .bind(2, number)
                                    .bind(3, std::string(measureShapes[uniform(0, 7)]))
                                    .bind(4, std::string("问题整改到位，建立长效机制"))
                                    .bind(5, deadline)
                                    .bind(6, longTerm ? 1 : 0)
                                    .bind(7, statusKeys[status])
                                    .bind(8, completedOn)
                                    .bind(9, closedOn)
                                    .run();
            if (taskId < 0)
                return fail("insert a task");

            // Responsibilities: one leader, one lead unit (two for 10 %), up to
            // two co-operating units, one responsible person of the lead unit.
            const size_t leader = chance(0.85)
                ? mainLeader
                : static_cast<size_t>(uniform(0, static_cast<int>(leaders.size()) - 1));
            if (resp.bind(1, taskId)
                    .bind(2, std::string("leader"))
                    .bindNull(3)
                    .bind(4, leaders[leader])
                    .bind(5, 0)
                    .run()
                < 0)
                return fail("insert a responsibility");
            const size_t lead = chance(0.8)
                ? mainUnit
                : static_cast<size_t>(uniform(0, static_cast<int>(units.size()) - 1));
            std::vector<size_t> leadUnits { lead };
            if (chance(0.1))
                leadUnits.push_back((lead + static_cast<size_t>(uniform(1, 5))) % units.size());
            std::vector<size_t> coUnits;
            for (int k = uniform(0, 2); k > 0; --k)
                coUnits.push_back((lead + static_cast<size_t>(uniform(6, 20))) % units.size());
            int position = 0;
            for (size_t u : leadUnits) {
                if (resp.bind(1, taskId)
                        .bind(2, std::string("lead_unit"))
                        .bind(3, units[u])
                        .bindNull(4)
                        .bind(5, position++)
                        .run()
                    < 0)
                    return fail("insert a responsibility");
            }
            position = 0;
            sqlite3_int64 lastCo = -1;
            for (size_t u : coUnits) {
                if (units[u] == lastCo)
                    continue; // the store keeps units unique within a role
                lastCo = units[u];
                if (resp.bind(1, taskId)
                        .bind(2, std::string("co_unit"))
                        .bind(3, units[u])
                        .bindNull(4)
                        .bind(5, position++)
                        .run()
                    < 0)
                    return fail("insert a responsibility");
            }
            const auto &persons = personsOfUnit[lead];
            if (resp.bind(1, taskId)
                    .bind(2, std::string("person"))
                    .bindNull(3)
                    .bind(4, persons[static_cast<size_t>(uniform(0, 1))])
                    .bind(5, 0)
                    .run()
                < 0)
                return fail("insert a responsibility");

            // Progress: started tasks report now and then; long-term tasks keep
            // reporting, some of them not recently enough (stale).
            int entries = status == 0 ? 0 : uniform(0, 2);
            if (longTerm)
                entries = uniform(1, 3);
            for (int e = 0; e < entries; ++e) {
                const QDate latest = completedOn.isValid() ? completedOn : m_opt.today;
                QDate on = latest.addDays(-uniform(0, longTerm ? 75 : 120));
                if (on < round.feedback)
                    on = round.feedback;
                const std::string createdAt
                    = on.toString(Qt::ISODate).toStdString() + "T08:30:00.000Z";
                if (progress.bind(1, taskId)
                        .bind(2, on)
                        .bind(3, std::string(progressShapes[uniform(0, 5)]))
                        .bind(4, std::string("联络员"))
                        .bind(5, createdAt)
                        .run()
                    < 0)
                    return fail("insert a progress entry");
            }
            ++written;
        }
    }
    return exec("COMMIT");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Options o;
    const QStringList args = QCoreApplication::arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        const auto next = [&]() { return i + 1 < args.size() ? args[++i] : QString(); };
        if (a == QLatin1String("--tasks")) {
            bool ok = false;
            o.tasks = next().toLong(&ok);
            if (!ok || o.tasks < 0)
                return usage("--tasks needs a number");
        } else if (a == QLatin1String("--seed")) {
            bool ok = false;
            o.seed = next().toUInt(&ok);
            if (!ok)
                return usage("--seed needs a number");
        } else if (a == QLatin1String("--today")) {
            o.today = QDate::fromString(next(), Qt::ISODate);
            if (!o.today.isValid())
                return usage("--today needs a date YYYY-MM-DD");
        } else if (a == QLatin1String("--force")) {
            o.force = true;
        } else if (a.startsWith(QLatin1String("--")) || !o.out.isEmpty()) {
            return usage("unknown argument");
        } else {
            o.out = a;
        }
    }
    if (o.out.isEmpty())
        return usage("name the output file");
    if (QFile::exists(o.out)) {
        if (!o.force)
            return usage("the output file exists (use --force to replace it)");
        for (const char *suffix : { "", "-wal", "-shm" })
            QFile::remove(o.out + QString::fromLatin1(suffix));
    }

    // The store creates the schema at the current version.
    {
        Ledger ledger;
        ledger.setActor(QStringLiteral("admin"));
        if (auto opened = ledger.open(o.out); !opened) {
            std::fprintf(stderr, "rectify-genledger: %s\n", qPrintable(opened.error()));
            return 1;
        }
    }

    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(o.out).constData(), &db, SQLITE_OPEN_READWRITE, nullptr)
        != SQLITE_OK) {
        std::fprintf(stderr, "rectify-genledger: cannot open %s: %s\n", qPrintable(o.out),
            sqlite3_errmsg(db));
        sqlite3_close(db);
        return 1;
    }
    sqlite3_exec(db, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
    Generator gen(db, o);
    const bool ok = gen.run();
    if (!ok) {
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        std::fprintf(stderr, "rectify-genledger: %s\n", qPrintable(gen.error()));
    } else {
        // Leave one self-contained file behind (no -wal next to it).
        sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
    }
    sqlite3_close(db);
    if (ok)
        std::printf("%s: %ld tasks\n", qPrintable(o.out), o.tasks);
    return ok ? 0 : 1;
}
