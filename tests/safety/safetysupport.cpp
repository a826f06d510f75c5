#include "tests/safety/safetysupport.h"

#include "store/sqlaccess.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace rectify::test {

bool seedSmallLedger(Ledger &ledger)
{
    Inspection i;
    i.name = QStringLiteral("市委第二巡察组反馈");
    i.kind = QStringLiteral("巡察");
    i.feedbackDate = QDate(2023, 9, 1);
    auto iid = ledger.addInspection(i);
    if (!iid)
        return false;

    Problem p1;
    p1.inspectionId = *iid;
    p1.code = QStringLiteral("1");
    p1.category = QStringLiteral("党的建设");
    p1.title = QStringLiteral("学习制度执行不严格");
    p1.sortOrder = 1;
    auto pid1 = ledger.addProblem(p1);
    Problem p2 = p1;
    p2.code = QStringLiteral("2");
    p2.category = QStringLiteral("作风建设");
    p2.title = QStringLiteral("基层调研次数偏少");
    p2.sortOrder = 2;
    auto pid2 = ledger.addProblem(p2);
    if (!pid1 || !pid2)
        return false;

    Task a;
    a.problemId = *pid1;
    a.measure = QStringLiteral("修订学习制度，按季度通报");
    a.target = QStringLiteral("制度落实");
    a.deadline = QDate(2023, 12, 31);
    a.status = TaskStatus::Completed;
    a.completedOn = QDate(2023, 12, 20);
    a.responsibilities.leaders = { QStringLiteral("王强") };
    a.responsibilities.leadUnits = { QStringLiteral("办公室") };
    a.responsibilities.coUnits = { QStringLiteral("组织部"), QStringLiteral("宣传部") };
    a.responsibilities.persons = { QStringLiteral("赵敏") };
    a.remarks = QStringLiteral("已报送材料");
    Task b;
    b.problemId = *pid1;
    b.measure = QStringLiteral("常态化开展专题学习");
    b.longTerm = true;
    b.status = TaskStatus::InProgress;
    b.responsibilities.leadUnits = { QStringLiteral("办公室") };
    Task c;
    c.problemId = *pid2;
    c.measure = QStringLiteral("制定年度调研计划");
    c.deadline = QDate(2024, 6, 30);
    c.status = TaskStatus::NotStarted;
    c.responsibilities.leaders = { QStringLiteral("李红") };
    c.responsibilities.leadUnits = { QStringLiteral("政策研究室") };
    auto ta = ledger.addTask(a);
    auto tb = ledger.addTask(b);
    auto tc = ledger.addTask(c);
    if (!ta || !tb || !tc)
        return false;

    ProgressEntry e;
    e.taskId = *ta;
    e.date = QDate(2023, 11, 5);
    e.text = QStringLiteral("制度初稿已完成");
    ProgressEntry f = e;
    f.date = QDate(2023, 12, 20);
    f.text = QStringLiteral("制度已印发");
    ProgressEntry g = e;
    g.taskId = *tb;
    g.date = QDate(2024, 1, 10);
    g.text = QStringLiteral("本季度学习两次");
    return ledger.addProgress(e).ok() && ledger.addProgress(f).ok() && ledger.addProgress(g).ok();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(bytes) == bytes.size();
}

bool makeSqliteFile(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-test-connection");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &sql : statements) {
            if (!ok)
                break;
            QSqlQuery q(db);
            ok = q.exec(sql);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QString scalar(const Ledger &ledger, const QString &sql)
{
    auto q = SqlAccess::exec(ledger, sql);
    if (!q || !q->next())
        return QString();
    return q->value(0).toString();
}

qint64 countOf(const Ledger &ledger, const char *table)
{
    return scalar(ledger, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
        .toLongLong();
}

TempDataHome::TempDataHome()
    : m_before(qgetenv("XDG_DATA_HOME"))
    , m_wasSet(qEnvironmentVariableIsSet("XDG_DATA_HOME"))
{
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.path()));
}

TempDataHome::~TempDataHome()
{
    if (m_wasSet)
        qputenv("XDG_DATA_HOME", m_before);
    else
        qunsetenv("XDG_DATA_HOME");
}

} // namespace rectify::test
