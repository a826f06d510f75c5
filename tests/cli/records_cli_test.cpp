// rectify-cli records, inspection, export-records and import-records as a script
// would use them: exit codes, output, refusals by role, the CSV round trip.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

struct CliResult
{
    int code = -1;
    QString out;
    QString err;
};

class RecordsCli : public ::testing::Test
{
protected:
    CliResult run(QStringList args, const QString &user = QString(), const QString &db = QString())
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("RECTIFY_LANG"), QStringLiteral("en"));
        p.setProcessEnvironment(env);
        QStringList all { QStringLiteral("--db"),
            db.isEmpty() ? m_dir.filePath(QStringLiteral("l.sqlite")) : db };
        if (!user.isEmpty())
            all << QStringLiteral("--user") << user;
        p.start(QStringLiteral(RECTIFY_CLI_PATH), all + args);
        EXPECT_TRUE(p.waitForFinished(60000));
        CliResult r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(RecordsCli, AddListRemoveAndRoles)
{
    ASSERT_EQ(run({ QStringLiteral("init"), QStringLiteral("--passwords-optional") }).code, 0);
    CliResult r = run({ QStringLiteral("records"), QStringLiteral("add"), QStringLiteral("meeting"),
        QStringLiteral("--date"), QStringLiteral("2024-03-02"), QStringLiteral("--kind"),
        QStringLiteral("专题会议"), QStringLiteral("--title"), QStringLiteral("研究整改") });
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    r = run({ QStringLiteral("records"), QStringLiteral("add"), QStringLiteral("accountability"),
        QStringLiteral("--who"), QStringLiteral("某局"), QStringLiteral("--kind"),
        QStringLiteral("通报批评"), QStringLiteral("--count"), QStringLiteral("2") });
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    r = run({ QStringLiteral("records"), QStringLiteral("add"), QStringLiteral("result"),
        QStringLiteral("--title"), QStringLiteral("追回资金"), QStringLiteral("--value"),
        QStringLiteral("12.5 万元") });
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    // A meeting without a date is refused with the reason, exit 1.
    r = run({ QStringLiteral("records"), QStringLiteral("add"), QStringLiteral("meeting"),
        QStringLiteral("--title"), QStringLiteral("x") });
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("date"))) << r.err.toStdString();
    r = run({ QStringLiteral("records"), QStringLiteral("add"), QStringLiteral("party") });
    EXPECT_EQ(r.code, 2);

    r = run({ QStringLiteral("records"), QStringLiteral("list"), QStringLiteral("--json") });
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonArray all = QJsonDocument::fromJson(r.out.toUtf8()).array();
    ASSERT_EQ(all.size(), 3);
    EXPECT_EQ(all[2].toObject().value(QStringLiteral("unit")).toString(), QStringLiteral("万元"));
    EXPECT_DOUBLE_EQ(all[2].toObject().value(QStringLiteral("value")).toDouble(), 12.5);

    // An official may not record accountability.
    ASSERT_EQ(run({ QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("officer"),
                      QStringLiteral("--role"), QStringLiteral("official"),
                      QStringLiteral("--unit"), QStringLiteral("财政局") })
                  .code,
        0);
    r = run({ QStringLiteral("records"), QStringLiteral("add"), QStringLiteral("accountability"),
                QStringLiteral("--who"), QStringLiteral("某人"), QStringLiteral("--kind"),
                QStringLiteral("诫勉谈话"), QStringLiteral("--count"), QStringLiteral("1") },
        QStringLiteral("officer"));
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("supervisor"))) << r.err.toStdString();
    r = run({ QStringLiteral("records"), QStringLiteral("remove"),
                QString::number(all[0].toObject().value(QStringLiteral("id")).toInteger()) },
        QStringLiteral("officer"));
    EXPECT_EQ(r.code, 1);

    r = run({ QStringLiteral("records"), QStringLiteral("remove"),
        QString::number(all[0].toObject().value(QStringLiteral("id")).toInteger()) });
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
}

TEST_F(RecordsCli, StationedDatesAndCsvRoundTrip)
{
    ASSERT_EQ(run({ QStringLiteral("init"), QStringLiteral("--passwords-optional") }).code, 0);
    ASSERT_EQ(run({ QStringLiteral("records"), QStringLiteral("add"), QStringLiteral("rule"),
                      QStringLiteral("--title"), QStringLiteral("议事规则"),
                      QStringLiteral("--unit"), QStringLiteral("党工委"),
                      QStringLiteral("--doc-number"), QStringLiteral("园党发〔2024〕5号") })
                  .code,
        0);
    CliResult r = run({ QStringLiteral("inspection") });
    ASSERT_EQ(r.code, 0);
    const QString name = r.out.section(QStringLiteral("  "), 0, 0).trimmed();
    r = run({ QStringLiteral("inspection"), name, QStringLiteral("--stationed-from"),
        QStringLiteral("2023-10-09"), QStringLiteral("--stationed-to"),
        QStringLiteral("2023-11-30") });
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    r = run({ QStringLiteral("inspection"), name, QStringLiteral("--stationed-from"),
        QStringLiteral("2023-12-09") });
    EXPECT_EQ(r.code, 1); // after its end

    const QString csv = m_dir.filePath(QStringLiteral("records.csv"));
    r = run({ QStringLiteral("export-records"), csv });
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    // The same file again: nothing new.
    r = run({ QStringLiteral("import-records"), csv });
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("0 records added"))) << r.out.toStdString();
    // Into a new ledger of the same inspection.
    const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
    ASSERT_EQ(
        run({ QStringLiteral("init"), QStringLiteral("--passwords-optional") }, QString(), other)
            .code,
        0);
    // Its inspection (the default one) comes with its first record.
    ASSERT_EQ(run({ QStringLiteral("records"), QStringLiteral("add"), QStringLiteral("meeting"),
                      QStringLiteral("--date"), QStringLiteral("2024-03-02"),
                      QStringLiteral("--title"), QStringLiteral("部署会") },
                  QString(), other)
                  .code,
        0);
    r = run({ QStringLiteral("import-records"), csv }, QString(), other);
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("1 records added"))) << r.out.toStdString();
    r = run({ QStringLiteral("inspection") }, QString(), other);
    EXPECT_TRUE(r.out.contains(QStringLiteral("2023-10-09..2023-11-30"))) << r.out.toStdString();
}
