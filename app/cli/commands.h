#pragma once

#include "app/cli/context.h"

#include <QStringList>
#include <QVector>
#include <memory>

namespace rectify::cli {

using CommandFunction = int (*)(Context &, const QStringList &args);

struct Command
{
    const char *name;
    CommandFunction run;
    const char *usage; // arguments, after the command name
    const char *summary; // translated through the "rectify::cli" context
};

// Every command rectify-cli knows, in the order --help lists them.
const QVector<Command> &commands();

// The application object for this command line: a QApplication on the offscreen
// platform for the commands that draw charts, a QCoreApplication otherwise.
std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv);

int runInit(Context &ctx, const QStringList &args);
int runInfo(Context &ctx, const QStringList &args);
int runExportCsv(Context &ctx, const QStringList &args);
int runExportXlsx(Context &ctx, const QStringList &args);
int runBackup(Context &ctx, const QStringList &args);
int runRestore(Context &ctx, const QStringList &args);
int runStats(Context &ctx, const QStringList &args);
int runAlerts(Context &ctx, const QStringList &args);
int runImport(Context &ctx, const QStringList &args);
int runExportCharts(Context &ctx, const QStringList &args);
int runReport(Context &ctx, const QStringList &args);
int runBulletin(Context &ctx, const QStringList &args);
int runProblemReport(Context &ctx, const QStringList &args);
int runTaskList(Context &ctx, const QStringList &args);
int runResponsibilityList(Context &ctx, const QStringList &args);
int runUsers(Context &ctx, const QStringList &args);
// users reset-password / set-role / set-unit / deactivate / activate /
// require-passwords (cmd_users.cpp); runUsers hands them over.
int runUsersAdmin(Context &ctx, const QStringList &args);
int runPasswd(Context &ctx, const QStringList &args);
// server setup (cmd_server.cpp).
int runServer(Context &ctx, const QStringList &args);
int runTask(Context &ctx, const QStringList &args);
int runHistory(Context &ctx, const QStringList &args);
int runAudit(Context &ctx, const QStringList &args);
int runEvidence(Context &ctx, const QStringList &args);
int runAuditVerify(Context &ctx, const QStringList &args);
int runMigrate(Context &ctx, const QStringList &args);
int runRecords(Context &ctx, const QStringList &args);
int runInspection(Context &ctx, const QStringList &args);
int runExportRecords(Context &ctx, const QStringList &args);
int runImportRecords(Context &ctx, const QStringList &args);
int runRound(Context &ctx, const QStringList &args);
int runExtension(Context &ctx, const QStringList &args);
int runRemind(Context &ctx, const QStringList &args);
int runRanking(Context &ctx, const QStringList &args);
// The summary of migrate, kept with the command (translation area pg).
extern const char *const migrateSummary;

} // namespace rectify::cli
