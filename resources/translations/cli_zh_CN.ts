<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>main</name>
    <message>
        <location filename="../../app/gui/main.cpp" line="+30" />
        <source>Rectification ledger</source>
        <translation>整改台账</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+26" />
        <source>The ledger to open.</source>
        <translation>要打开的台账文件。</translation>
    </message>
    <message>
        <location line="-24" />
        <source>Interface language (zh_CN or en).</source>
        <translation>界面语言（zh_CN 或 en）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open a fresh copy of the sample ledger.</source>
        <translation>打开一份新的示例台账副本。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open on the dashboard.</source>
        <translation>启动后显示仪表盘。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save a picture of the window to FILE and quit.</source>
        <translation>将窗口截图保存到 FILE 后退出。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>With --screenshot: work as this user of the ledger.</source>
        <translation>与 --screenshot 同用：以台账中的该用户身份工作。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>With --screenshot: select the task with this id (0: none).</source>
        <translation>与 --screenshot 同用：选中该编号的任务（0 表示不选）。</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Rectify</source>
        <translation>整改台账</translation>
    </message>
</context>
<context>
    <name>rectify::cli</name>
    <message>
        <location filename="../../app/cli/cmd_info.cpp" line="+23" />
        <source>init takes no arguments; name the file with --db FILE.</source>
        <translation>init 不接受参数；请用 --db 文件 指定台账。</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Created the ledger %1 (format version %2).</source>
        <translation>已创建台账 %1（格式版本 %2）。</translation>
    </message>
    <message>
        <location line="-23" />
        <source>--password-stdin and --passwords-optional exclude each other.</source>
        <translation>--password-stdin 与 --passwords-optional 不能同时使用。</translation>
    </message>
    <message>
        <location line="+38" />
        <source>The ledger %1 is ready (format version %2).</source>
        <translation>台账 %1 已就绪（格式版本 %2）。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>info takes no arguments.</source>
        <translation>info 不接受参数。</translation>
    </message>
    <message>
        <location line="-24" />
        <source>Passwords are required: %1 sets one first with rectify-cli --user %1 passwd.</source>
        <translation>本台账要求设置密码：%1 请先用 rectify-cli --user %1 passwd 设置密码。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The ledger %1 exists already: --password-stdin and --passwords-optional go with a new ledger.</source>
        <translation>台账 %1 已存在：--password-stdin 和 --passwords-optional 只用于新建台账。</translation>
    </message>
    <message>
        <location line="+44" />
        <location filename="../../app/cli/cmd_stats.cpp" line="+246" />
        <source>%1: %2</source>
        <comment>a label and its value</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ledger</source>
        <translation>台账</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Format version</source>
        <translation>格式版本</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Inspections</source>
        <translation>巡视（巡察）轮次</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../app/cli/cmd_stats.cpp" line="+2" />
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../app/cli/cmd_stats.cpp" line="-22" />
        <location line="+29" />
        <source>Tasks</source>
        <translation>整改任务</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Progress entries</source>
        <translation>进展记录</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1" />
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Audit entries</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandargs.cpp" line="+32" />
        <source>The option --%1 takes no value.</source>
        <translation>选项 --%1 不带取值。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The option --%1 needs a value.</source>
        <translation>选项 --%1 需要一个取值。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Unknown option --%1.</source>
        <translation>未知选项 --%1。</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands.cpp" line="+11" />
        <source>create the ledger (passwords required; the creator's from stdin), or upgrade an older one</source>
        <translation>新建台账（要求设置密码；创建人密码从标准输入读取），或升级旧台账</translation>
    </message>
    <message>
        <location line="+4" />
        <source>show the format version and what the ledger holds</source>
        <translation>显示格式版本和台账内容统计</translation>
    </message>
    <message>
        <location line="+4" />
        <source>export one row per task as CSV, in the shape the importer reads</source>
        <translation>导出为 CSV，每个任务一行，格式与导入时读取的相同</translation>
    </message>
    <message>
        <location line="+3" />
        <source>export the ledger as an Excel workbook with dates and status colours</source>
        <translation>将台账导出为 Excel 工作簿，含日期格式和状态颜色</translation>
    </message>
    <message>
        <location line="+3" />
        <source>copy the ledger to OUT, or take a rotating automatic backup</source>
        <translation>将台账复制到 OUT，或生成一份轮换保存的自动备份</translation>
    </message>
    <message>
        <location line="+3" />
        <source>replace the ledger by a verified backup (the current content is kept)</source>
        <translation>用经过校验的备份替换台账（当前内容会先保存）</translation>
    </message>
    <message>
        <location line="+15" />
        <source>import a ledger from an Excel workbook (.xlsx, first sheet unless --sheet) or saved as CSV; nothing is written if a row has errors</source>
        <translation>从 Excel 工作簿（.xlsx，默认第一个工作表，可用 --sheet 指定）或另存的 CSV 导入台账；任一行有错误时不写入任何内容</translation>
    </message>
    <message>
        <location line="+11" />
        <source>write the draft of the progress bulletin (整改进展情况通报) of one inspection in official-document layout, to edit in Word or WPS</source>
        <translation>按公文格式生成一轮巡视巡察的整改进展情况通报稿，可在 Word 或 WPS 中修改</translation>
    </message>
    <message>
        <location line="+11" />
        <source>print the task list (整改任务清单): A4 landscape, the filters under the title, the table's header on every page</source>
        <translation>打印整改任务清单：A4 横向，标题下注明筛选条件，每页重复表头</translation>
    </message>
    <message>
        <location line="+14" />
        <source>list the ledger's users; add, change, reset, deactivate one (admins)</source>
        <translation>列出台账用户；新增、修改、重置密码、停用用户（管理员）</translation>
    </message>
    <message>
        <location line="-20" />
        <source>write one problem's rectification report (整改情况报告): its measures, progress, evidence and sign-off, in official-document layout</source>
        <translation>按公文格式生成单个问题的整改情况报告：整改措施、进展、佐证材料和销号情况</translation>
    </message>
    <message>
        <location line="+27" />
        <source>set or change your own password (the new one from stdin or typed twice)</source>
        <translation>设置或修改本人密码（新密码从标准输入读取，或输入两遍）</translation>
    </message>
    <message>
        <location line="-15" />
        <source>print the responsibility list (责任清单): who answers for each task, filtered like task-list</source>
        <translation>打印责任清单：各项任务的责任领导、责任单位和责任人，筛选方式同 task-list</translation>
    </message>
    <message>
        <location line="+11" />
        <source>make a server ledger enforce the roles itself: a login per user, row-level security, checked sign-off, audit written by the server</source>
        <translation>让服务器上的台账自行执行角色规则：每位用户一个账号、行级安全、销号经核对、审计由服务器记录</translation>
    </message>
    <message>
        <location line="+18" />
        <source>the audit log in words, filtered by task, dates and user; or exported as CSV (UTF-8) or xlsx with the entries' hashes and the audit anchor</source>
        <translation>以文字显示审计日志，可按任务、日期和用户筛选；或导出为 CSV（UTF-8）或 xlsx，含各条记录的哈希值和审计锚点</translation>
    </message>
    <message>
        <location line="+21" />
        <source>reporting rounds (报送): open one, write each unit's form, collect the forms back, see who reported</source>
        <translation>报送轮次：开启报送、生成各单位报送表、收取报送表、查看报送情况</translation>
    </message>
    <message>
        <location line="+6" />
        <source>ask for a later deadline (延期申请), approve or reject it, list the requests</source>
        <translation>延期申请：提出申请、批准或驳回、列出申请</translation>
    </message>
    <message>
        <location line="-13" />
        <source>the results of the work (整改成效): meetings, supervision rounds and their findings, rules established, accountability, quantified results</source>
        <translation>整改成效：会议、督查及其发现问题、建章立制、问责、量化成效</translation>
    </message>
    <message>
        <location line="+25" />
        <source>show the inspections, or set one's stay on site (进驻)</source>
        <translation>查看巡视，或设置进驻起止日期</translation>
    </message>
    <message>
        <location line="-8" />
        <source>write a 催办 notice to one unit or to every late unit (overdue and due-soon tasks, missing report) and record it in the tasks' history</source>
        <translation>向一个单位或所有滞后单位发出催办通知（已超期、即将到期的任务，未报送进展），并记入任务的历史记录</translation>
    </message>
    <message>
        <location line="+12" />
        <source>export the 整改成效 records as CSV</source>
        <translation>将整改成效记录导出为 CSV</translation>
    </message>
    <message>
        <location line="-8" />
        <source>rank the responsible units (单位考核): tasks on time, late, overdue, extended, reports on time, and a score</source>
        <translation>责任单位考核排名：按时完成、超期完成、逾期未完成、延期、按时报送情况及得分</translation>
    </message>
    <message>
        <location line="+10" />
        <source>import 整改成效 records (all or nothing; rows already held are skipped)</source>
        <translation>导入整改成效记录（全部成功才写入；已有的行跳过）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>recompute the audit hash chain; exit 1 naming the first bad entry, or when the chain no longer passes through an anchor written down earlier</source>
        <translation>重新计算审计哈希链；发现第一条异常记录，或审计链不再经过此前记下的锚点时，以状态 1 退出</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_stats.cpp" line="-233" />
        <location filename="../../app/cli/commands.cpp" line="-116" />
        <source>completion figures per status, lead unit, leader, category and inspection</source>
        <translation>按状态、牵头单位、责任领导、问题类别和轮次统计整改完成情况</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../../app/cli/commands.cpp" line="+4" />
        <source>overdue, due-soon and stale tasks (red and yellow lights)</source>
        <translation>列出逾期、即将到期和长期未报进展的任务（红黄灯预警）</translation>
    </message>
    <message>
        <location line="+202" />
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Signed off</source>
        <translation>已销号</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In progress</source>
        <translation>推进中</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Not started</source>
        <translation>未启动</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Completion</source>
        <translation>完成率</translation>
    </message>
    <message>
        <location line="+4" />
        <source>(none)</source>
        <translation>（未明确）</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Rectification statistics as of %1</source>
        <translation>整改情况统计（截至 %1）</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 in all: %2 completed (%3 signed off), %4 in progress, %5 not started</source>
        <translation>共 %1 个，已完成 %2 个（其中已销号 %3 个），推进中 %4 个，未启动 %5 个</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 in all: %2 completed (%3 signed off), %4 in progress, %5 not started; %6 long-term</source>
        <translation>共 %1 项，已完成 %2 项（其中已销号 %3 项），推进中 %4 项，未启动 %5 项；长期坚持 %6 项</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Completion rate</source>
        <translation>完成率</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Alerts</source>
        <translation>预警</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 overdue, %2 due within %3 days, %4 long-term without progress for %5 days, %6 without a deadline, %7 on track</source>
        <translation>逾期 %1 项，%3 天内到期 %2 项，长期坚持任务超过 %5 天未报进展 %4 项，缺少整改时限 %6 项，正常推进 %7 项</translation>
    </message>
    <message>
        <location line="-4" />
        <source>Extended</source>
        <translation>延期任务</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n task(s) with a deadline moved by an approved extension</source>
        <translation>
            <numerusform>%n 项任务经批准延期</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13" />
        <source>Approaching</source>
        <translation>临近时限</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 due within %2 days</source>
        <translation>%2 天内到期 %1 项</translation>
    </message>
    <message>
        <location line="+2" />
        <source>By lead unit</source>
        <translation>按牵头单位</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+8" />
        <location line="+112" />
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location line="-119" />
        <source>By responsible leader</source>
        <translation>按责任领导</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Leader</source>
        <translation>责任领导</translation>
    </message>
    <message>
        <location line="+1" />
        <source>By problem category</source>
        <translation>按问题类别</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Category</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <location line="+1" />
        <source>By inspection</source>
        <translation>按巡视（巡察）轮次</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Inspection</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Upcoming deadlines</source>
        <translation>近期到期任务</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+112" />
        <source>Deadline</source>
        <translation>整改时限</translation>
    </message>
    <message>
        <location line="-112" />
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+112" />
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="-111" />
        <location line="+112" />
        <source>Measure</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <location line="-87" />
        <source>--period is week or month, not "%1".</source>
        <translation>--period 只能是 week 或 month，而不是“%1”。</translation>
    </message>
    <message>
        <location line="+78" />
        <source>Alerts as of %1, tasks: %2</source>
        <translation>截至 %1 的预警任务：%2 项</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Level</source>
        <translation>预警级别</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 late</source>
        <translation>逾期 %1 天</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 left</source>
        <translation>剩余 %1 天</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 silent</source>
        <translation>%1 天未报</translation>
    </message>
    <message>
        <location line="+1" />
        <source>never reported</source>
        <translation>从未报送</translation>
    </message>
    <message>
        <location line="+8" />
        <source>long-term</source>
        <translation>长期坚持</translation>
    </message>
    <message>
        <location line="+1" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="-401" />
        <location filename="../../app/cli/commands.cpp" line="+11" />
        <source>write the progress charts (status, units, leaders, problems, burnup)</source>
        <translation>导出整改进展图表（状态、牵头单位、责任领导、问题、累计曲线）</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../../app/cli/commands.cpp" line="+3" />
        <source>write the progress report (整改进展情况报告) as PDF</source>
        <translation>生成整改进展情况报告（PDF）</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands.cpp" line="+40" />
        <source>complete a task, sign it off (销号), reject the sign-off or reopen it; REF is e.g. 4.2</source>
        <translation>完成任务、销号、驳回销号或重新打开；REF 形如 4.2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the audit trail of one task, or of the whole ledger</source>
        <translation>查看单个任务或整个台账的审计记录</translation>
    </message>
    <message>
        <location line="+9" />
        <source>list a task's evidence files, or save them into DIR (from the folder beside a ledger file or from the server)</source>
        <translation>列出任务的佐证材料，或将其保存到 DIR（取自台账文件旁的文件夹或服务器）</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.cpp" line="+19" />
        <source>Usage: rectify-cli [--db FILE] [--user NAME] COMMAND [options]</source>
        <translation>用法：rectify-cli [--db 文件] [--user 用户名] 命令 [选项]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Global options:</source>
        <translation>全局选项：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the ledger (default: %1)</source>
        <translation>台账文件（默认：%1）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>who is acting (default: the system user)</source>
        <translation>操作人（默认：系统用户）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>read the acting user's password from stdin (or set RECTIFY_PASSWORD)</source>
        <translation>从标准输入读取当前用户的密码（或设置 RECTIFY_PASSWORD）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>interface language: zh_CN or en</source>
        <translation>界面语言：zh_CN 或 en</translation>
    </message>
    <message>
        <location line="+1" />
        <source>show this help</source>
        <translation>显示本帮助</translation>
    </message>
    <message>
        <location line="+1" />
        <source>show the version</source>
        <translation>显示版本</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Exit status: 0 success, 1 failure, 2 usage error.</source>
        <translation>退出码：0 成功，1 失败，2 用法错误。</translation>
    </message>
    <message>
        <location line="+62" />
        <source>The option %1 needs a value.</source>
        <translation>选项 %1 需要一个取值。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Unknown option %1; see rectify-cli --help.</source>
        <translation>未知选项 %1；请查看 rectify-cli --help。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No command given; see rectify-cli --help.</source>
        <translation>未指定命令；请查看 rectify-cli --help。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Unknown command "%1"; see rectify-cli --help.</source>
        <translation>未知命令“%1”；请查看 rectify-cli --help。</translation>
    </message>
    <message>
        <location filename="../../app/cli/context.cpp" line="+39" />
        <source>The server login of this connection belongs to %1, not to %2.</source>
        <translation>本次连接使用的服务器账号属于%1，不属于%2。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The ledger has no user named "%1"; name one with --user (rectify-cli users lists them).</source>
        <translation>台账中没有名为“%1”的用户；请用 --user 指定（rectify-cli users 可列出用户）。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Current password of %1: </source>
        <translation>%1 的当前密码：</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The user %1 has a password: set RECTIFY_PASSWORD or pass --password-stdin.</source>
        <translation>用户 %1 设有密码：请设置 RECTIFY_PASSWORD 或使用 --password-stdin。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 Set it first: rectify-cli --user %2 passwd</source>
        <translation>%1 请先设置：rectify-cli --user %2 passwd</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_import.cpp" line="+41" />
        <source>import takes one CSV or Excel (.xlsx) file.</source>
        <translation>import 需要一个 CSV 或 Excel（.xlsx）文件。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Unknown encoding %1: use auto, utf-8, gb18030 or utf-16.</source>
        <translation>未知编码 %1：请使用 auto、utf-8、gb18030 或 utf-16。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Unknown delimiter %1: use auto, ",", ";" or tab.</source>
        <translation>未知分隔符 %1：请使用 auto、","、";" 或 tab。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The feedback date must be written YYYY-MM-DD.</source>
        <translation>反馈日期须写成 YYYY-MM-DD。</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Dry run: nothing was written.</source>
        <translation>试运行：未写入任何内容。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Imported into %1.</source>
        <translation>已导入到 %1。</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%1 has %n error(s); nothing was imported. Fix the rows listed, or import the valid rows with --skip-bad-rows.</source>
        <translation>
            <numerusform>%1 有 %n 个错误，未导入任何内容。请修改所列的行，或用 --skip-bad-rows 只导入有效行。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_migrate.cpp" line="+8" />
        <source>copy a whole ledger, audit trail included, between a file and a PostgreSQL server (postgresql://user@host:port/db) either way, into a new file or an empty database</source>
        <translation>在文件与 PostgreSQL 服务器（postgresql://用户@主机:端口/数据库）之间双向复制整个台账（含审计记录），目标须为新文件或空数据库</translation>
    </message>
    <message>
        <location line="+13" />
        <source>migrate needs --from LEDGER and --to LEDGER (a file or postgresql://user@host:port/db).</source>
        <translation>migrate 需要 --from 台账 和 --to 台账（文件或 postgresql://用户@主机:端口/数据库）。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Copied %1 rows, %2 of them audit entries, from %3 to %4.</source>
        <translation>已从 %3 复制 %1 行到 %4，其中审计记录 %2 条。</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>Copied the contents of %n evidence file(s).</source>
        <translation>
            <numerusform>已复制 %n 个佐证材料的内容。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_data.cpp" line="+28" />
        <location filename="../../app/cli/cmd_records.cpp" line="+33" />
        <location line="+307" />
        <location filename="../../app/cli/statsoptions.h" line="+88" />
        <source>The ledger has no inspection named "%1".</source>
        <translation>台账中没有名为“%1”的巡视巡察。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Usage: export-csv OUT [--encoding gb18030|utf-8-bom] [--first-row-only] [--inspection NAME].</source>
        <translation>用法：export-csv OUT [--encoding gb18030|utf-8-bom] [--first-row-only] [--inspection 名称]。</translation>
    </message>
    <message>
        <location line="+20" />
        <location line="+29" />
        <location filename="../../app/cli/cmd_records.cpp" line="+46" />
        <source>Exported %1 rows to %2.</source>
        <translation>已导出 %1 行到 %2。</translation>
    </message>
    <message>
        <location line="-13" />
        <source>Usage: export-xlsx OUT [--first-row-only] [--inspection NAME].</source>
        <translation>用法：export-xlsx OUT [--first-row-only] [--inspection 名称]。</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Usage: backup OUT, or backup --auto [--keep N].</source>
        <translation>用法：backup OUT，或 backup --auto [--keep N]。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>--keep goes with --auto.</source>
        <translation>--keep 须与 --auto 一起使用。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>--keep needs a number of backups, 0 or more; got "%1".</source>
        <translation>--keep 需要备份份数（0 或以上），而不是“%1”。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Backed up %1 to %2.</source>
        <translation>已将 %1 备份到 %2。</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Automatic backups are off for this ledger (--keep 0).</source>
        <translation>此台账已关闭自动备份（--keep 0）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Automatic backup: %1 (%2 automatic backups kept in %3).</source>
        <translation>自动备份：%1（%3 中保留 %2 份自动备份）。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Usage: restore FROM (a backup of a ledger).</source>
        <translation>用法：restore FROM（台账的备份文件）。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 Nothing was changed.</source>
        <translation>%1 未做任何更改。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Restored %1 from %2; the previous content was saved as %3.</source>
        <translation>已从 %2 恢复 %1；恢复前的内容已保存为 %3。</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_workflow.cpp" line="+37" />
        <source>Usage: users [--json], or users add NAME --role ROLE.</source>
        <translation>用法：users [--json]，或 users add 姓名 --role 角色。</translation>
    </message>
    <message>
        <location line="+25" />
        <source>(password set)</source>
        <translation>（已设密码）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(must choose a new password)</source>
        <translation>（须设置新密码）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(deactivated)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <location line="+18" />
        <source>users add needs --role official, supervisor or admin.</source>
        <translation>users add 需要 --role official、supervisor 或 admin。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>--role takes official, supervisor or admin, not "%1".</source>
        <translation>--role 只能是 official、supervisor 或 admin，不能是“%1”。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>An official needs a unit: add --unit UNIT.</source>
        <translation>经办人员需要所属单位：请加 --unit 单位。</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_users.cpp" line="+159" />
        <location filename="../../app/cli/cmd_workflow.cpp" line="+14" />
        <source>No password was read from stdin.</source>
        <translation>未从标准输入读到密码。</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_workflow.cpp" line="+7" />
        <source>Added the user %1 (%2).</source>
        <translation>已添加用户 %1（%2）。</translation>
    </message>
    <message>
        <location line="+60" />
        <source>The option --evidence needs a value.</source>
        <translation>选项 --evidence 需要一个值。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Usage: task complete|close|reject|reopen REF [--reason TEXT] [--evidence FILE ...] [--inspection NAME]; REF is the problem code and the task number, e.g. 4.2.</source>
        <translation>用法：task complete|close|reject|reopen REF [--reason 说明] [--evidence 文件 ...] [--inspection 名称]；REF 为问题序号加任务序号，如 4.2。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>--evidence goes with task complete.</source>
        <translation>--evidence 只用于 task complete。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>task complete needs --reason TEXT saying what was done.</source>
        <translation>task complete 需要用 --reason 说明完成了什么。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>task %1 needs --reason TEXT.</source>
        <translation>task %1 需要 --reason 说明理由。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Task %1 is completed and awaits sign-off.</source>
        <translation>任务 %1 已完成，等待销号。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Task %1 is closed (signed off).</source>
        <translation>任务 %1 已销号。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The sign-off of task %1 was rejected; it is in progress again.</source>
        <translation>任务 %1 的销号被驳回，恢复为推进中。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Task %1 is reopened and in progress again.</source>
        <translation>任务 %1 已重新打开，恢复为推进中。</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_rounds.cpp" line="+408" />
        <location line="+9" />
        <location filename="../../app/cli/cmd_workflow.cpp" line="+3" />
        <source>Task %1: %2</source>
        <translation>任务 %1：%2</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_workflow.cpp" line="+12" />
        <source>Usage: history [REF] [--json] [--inspection NAME].</source>
        <translation>用法：history [REF] [--json] [--inspection 名称]。</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Progress:</source>
        <translation>整改进展：</translation>
    </message>
    <message>
        <location line="+86" />
        <source>Usage: evidence REF [--save DIR] [--json] [--inspection NAME].</source>
        <translation>用法：evidence REF [--save DIR] [--json] [--inspection NAME]。</translation>
    </message>
    <message>
        <location line="-66" />
        <source>Usage: audit [--csv OUT.csv | --xlsx OUT.xlsx | --json] [--task REF] [--since DATE] [--until DATE] [--user NAME] [--inspection NAME].</source>
        <translation>用法：audit [--csv OUT.csv | --xlsx OUT.xlsx | --json] [--task REF] [--since DATE] [--until DATE] [--user NAME] [--inspection NAME]。</translation>
    </message>
    <message>
        <location line="-224" />
        <source>(server login %1)</source>
        <translation>（服务器账号 %1）</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Usage: users add NAME --role official|supervisor|admin [--unit UNIT] [--login LOGIN] [--password-stdin].</source>
        <translation>用法：users add 姓名 --role official|supervisor|admin [--unit 单位] [--login 账号] [--password-stdin]。</translation>
    </message>
    <message>
        <location line="+80" />
        <source>--role, --unit, --login and --password-stdin go with users add.</source>
        <translation>--role、--unit、--login 和 --password-stdin 只能与 users add 一起使用。</translation>
    </message>
    <message>
        <location line="+150" />
        <source>--%1 takes a date as YYYY-MM-DD, not "%2".</source>
        <translation>--%1 需要 YYYY-MM-DD 格式的日期，而不是“%2”。</translation>
    </message>
    <message numerus="yes">
        <location line="+24" />
        <source>%n audit entries written to %1.</source>
        <translation>
            <numerusform>已将 %n 条审计记录写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+75" />
        <source>Task %1 has no evidence files.</source>
        <translation>任务 %1 没有佐证材料。</translation>
    </message>
    <message>
        <location line="+20" />
        <source>audit-verify takes no arguments.</source>
        <translation>audit-verify 不接受参数。</translation>
    </message>
    <message>
        <location line="+34" />
        <source>The audit trail of %1 was tampered with: %2</source>
        <translation>%1 的审计记录被篡改：%2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The audit trail of %1 no longer extends the anchor %2: %3</source>
        <translation>%1 的审计记录不再延续锚点 %2：%3</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The audit trail is intact: %1 entries; newest hash %2.</source>
        <translation>审计记录完整：共 %1 条；最新哈希 %2。</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>It extends the anchor %1 (%n entries written since).</source>
        <translation>
            <numerusform>审计链延续锚点 %1（此后新增 %n 条记录）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>Anchor to write down: %1</source>
        <translation>请记下锚点：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_charts.cpp" line="+120" />
        <location line="+57" />
        <source>Charts need the application set up for drawing.</source>
        <translation>绘制图表需要图形应用环境。</translation>
    </message>
    <message>
        <location line="-44" />
        <source>--format takes png, svg and pdf, not "%1".</source>
        <translation>--format 可取 png、svg 和 pdf，而不是“%1”。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>--dpi needs a number from 24 to 1200.</source>
        <translation>--dpi 需要 24 到 1200 之间的数字。</translation>
    </message>
    <message>
        <location line="+7" />
        <location filename="../../app/cli/cmd_remind.cpp" line="+85" />
        <location filename="../../app/cli/cmd_workflow.cpp" line="-102" />
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location line="+52" />
        <source>Report, problems written</source>
        <translation>报告，已写入问题</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Wrote %1 (%2 pages).</source>
        <translation>已生成 %1（共 %2 页）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/statsoptions.h" line="-48" />
        <source>%1 takes no arguments.</source>
        <translation>%1 不接受参数。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 needs one argument: %2.</source>
        <translation>%1 需要一个参数：%2。</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_remind.cpp" line="-17" />
        <location filename="../../app/cli/statsoptions.h" line="+6" />
        <source>--today needs a date written YYYY-MM-DD, not "%1".</source>
        <translation>--today 需要 YYYY-MM-DD 格式的日期，而不是“%1”。</translation>
    </message>
    <message>
        <location filename="../../app/cli/statsoptions.h" line="+25" />
        <source>--%1 needs a number of days from 0 to 3650.</source>
        <translation>--%1 需要 0 到 3650 之间的天数。</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_users.cpp" line="-89" />
        <source>No new password was read from stdin.</source>
        <translation>未从标准输入读到新密码。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>New password: </source>
        <translation>新密码：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Repeat the new password: </source>
        <translation>再次输入新密码：</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The two passwords differ; nothing was changed.</source>
        <translation>两次输入的密码不一致，未作修改。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No new password was given.</source>
        <translation>未输入新密码。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Usage: passwd [--password-stdin]; the new password is read from stdin, never from the command line.</source>
        <translation>用法：passwd [--password-stdin]；新密码从标准输入读取，不能写在命令行上。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The password of %1 is changed.</source>
        <translation>%1 的密码已修改。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Usage: users reset-password NAME [--password-stdin] | set-role NAME ROLE | set-unit NAME UNIT | deactivate NAME | activate NAME | require-passwords on|off.</source>
        <translation>用法：users reset-password 姓名 [--password-stdin] | set-role 姓名 角色 | set-unit 姓名 单位 | deactivate 姓名 | activate 姓名 | require-passwords on|off。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>--password-stdin goes with users reset-password.</source>
        <translation>--password-stdin 只用于 users reset-password。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The role is official, supervisor or admin, not "%1".</source>
        <translation>角色应为 official、supervisor 或 admin，而不是“%1”。</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The password of %1 is reset; they must choose a new one at their next sign-in.</source>
        <translation>%1 的密码已重置，下次登录时须设置新密码。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The password of %1 is reset to %2; they must choose a new one at their next sign-in.</source>
        <translation>%1 的密码已重置为 %2，下次登录时须设置新密码。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 is now: %2.</source>
        <translation>%1 现为：%2。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 has no unit now.</source>
        <translation>%1 现在没有所属单位。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The unit of %1 is now %2.</source>
        <translation>%1 的所属单位现为 %2。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is active again and can sign in.</source>
        <translation>%1 已重新启用，可以登录。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 is deactivated: they can no longer sign in; their name stays in the history.</source>
        <translation>%1 已停用：不能再登录，其姓名仍保留在历史记录中。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Every user of this ledger now needs a password (at least %1 characters); a user without one sets it at the next sign-in.</source>
        <translation>本台账现要求每个用户设置密码（至少 %1 位）；尚无密码的用户下次登录时设置。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Passwords are optional in this ledger now.</source>
        <translation>本台账现不强制设置密码。</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_documents.cpp" line="+28" />
        <source>This computer lacks some fonts of official documents; the PDF uses others in their place: %1.</source>
        <translation>本机缺少部分公文字体，PDF 中以其他字体代替：%1。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Wrote %1 (places to fill in, marked 【待填写】: %2).</source>
        <translation>已生成 %1（标有“【待填写】”需人工填写之处：%2 处）。</translation>
    </message>
    <message>
        <location line="+89" />
        <source>A bulletin covers a whole inspection: it takes --inspection, not --category or --unit.</source>
        <translation>通报稿覆盖整轮巡视巡察，只能用 --inspection 指定，不能用 --category 或 --unit。</translation>
    </message>
    <message>
        <location line="-66" />
        <location line="+73" />
        <location line="+27" />
        <source>%1: the file name must end in .docx, .odt or .pdf.</source>
        <translation>%1：文件名须以 .docx、.odt 或 .pdf 结尾。</translation>
    </message>
    <message>
        <location line="-20" />
        <location line="+31" />
        <source>Choose one with --inspection NAME.</source>
        <translation>请用 --inspection 名称 指定一轮。</translation>
    </message>
    <message>
        <location line="-85" />
        <source>--status takes not_started, in_progress, completed or closed (several separated by commas), not "%1".</source>
        <translation>--status 取 not_started、in_progress、completed 或 closed（多个以逗号分隔），不能是“%1”。</translation>
    </message>
    <message>
        <location line="+77" />
        <source>problem-report needs --problem CODE, the problem's number in the problem list.</source>
        <translation>problem-report 需要 --problem 序号，即问题清单中的问题序号。</translation>
    </message>
    <message numerus="yes">
        <location line="-64" />
        <source>Wrote %1 (%n task(s)).</source>
        <translation>
            <numerusform>已写入 %1（共 %n 项任务）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+79" />
        <source>The inspection has no problem numbered "%1".</source>
        <translation>该轮巡视巡察中没有序号为“%1”的问题。</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_records.cpp" line="-341" />
        <source>--%1 needs a date YYYY-MM-DD; got "%2".</source>
        <translation>--%1 需要日期 YYYY-MM-DD，收到的是“%2”。</translation>
    </message>
    <message>
        <location line="+32" />
        <source>round %1</source>
        <translation>第%1轮</translation>
    </message>
    <message>
        <location line="+44" />
        <source>finding #%1 at task #%2: %3</source>
        <translation>发现问题 #%1（任务 #%2）：%3</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Usage: records add meeting|round|rule|accountability|result [options]; see docs/workflow.md.</source>
        <translation>用法：records add meeting|round|rule|accountability|result [选项]；参见 docs/workflow.md。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>"%1" is not a kind of record: meeting, round, rule, accountability or result.</source>
        <translation>“%1”不是整改成效类别：应为 meeting、round、rule、accountability 或 result。</translation>
    </message>
    <message>
        <location line="+30" />
        <source>--number needs a round number, 1 or more.</source>
        <translation>--number 需要轮次，1 或以上。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>--count needs a number, 0 or more; got "%1".</source>
        <translation>--count 需要数量，0 或以上；收到的是“%1”。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>--value needs a number and its unit, e.g. "1200 万元"; got "%1".</source>
        <translation>--value 需要数值和计量单位，例如“1200 万元”；收到的是“%1”。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1 has no problem %2.</source>
        <translation>%1 没有问题 %2。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Added record #%1 (%2).</source>
        <translation>已添加记录 #%1（%2）。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Usage: records remove ID.</source>
        <translation>用法：records remove 编号。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Removed record #%1.</source>
        <translation>已删除记录 #%1。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Usage: records finding ROUND_ID TASK TEXT [--progress DATE].</source>
        <translation>用法：records finding 督查记录编号 任务 内容 [--progress 日期]。</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Added finding #%1 to record #%2.</source>
        <translation>已在记录 #%2 下添加发现问题 #%1。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Usage: records list|add|remove|finding ...; see --help.</source>
        <translation>用法：records list|add|remove|finding ...；参见 --help。</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1  feedback %2  stationed %3..%4  rectification until %5</source>
        <translation>%1  反馈 %2  进驻 %3..%4  集中整改至 %5</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Usage: inspection NAME --stationed-from DATE --stationed-to DATE.</source>
        <translation>用法：inspection 名称 --stationed-from 日期 --stationed-to 日期。</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1 was stationed from %2 to %3.</source>
        <translation>%1 进驻时间：%2 至 %3。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Usage: export-records OUT [--inspection NAME] [--encoding gb18030|utf-8-bom].</source>
        <translation>用法：export-records 输出文件 [--inspection 名称] [--encoding gb18030|utf-8-bom]。</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Usage: import-records CSV [--dry-run].</source>
        <translation>用法：import-records CSV [--dry-run]。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 rows: %2 records added, %3 findings added, %4 inspections' stay set, %5 unchanged%6.</source>
        <translation>共 %1 行：新增记录 %2 条，新增发现问题 %3 条，设置进驻日期 %4 个，未变 %5 行%6。</translation>
    </message>
    <message>
        <location line="+7" />
        <source> (dry run: nothing written)</source>
        <translation>（试运行：未写入）</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_rounds.cpp" line="-370" />
        <source>Usage: round open NAME --due DATE [--inspection NAME].</source>
        <translation>用法：round open 名称 --due 日期 [--inspection 轮次名称]。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>--due takes a date as YYYY-MM-DD, not "%1".</source>
        <translation>--due 须为 YYYY-MM-DD 格式的日期，而不是“%1”。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Opened the reporting round %1, due %2.</source>
        <translation>已开启报送轮次 %1，截止日期 %2。</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Usage: round close NAME.</source>
        <translation>用法：round close 名称。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Closed the reporting round %1.</source>
        <translation>已结束报送轮次 %1。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Usage: round forms OUTDIR [--round NAME] [--csv].</source>
        <translation>用法：round forms 输出文件夹 [--round 名称] [--csv]。</translation>
    </message>
    <message numerus="yes">
        <location line="+14" />
        <source>Wrote %n form(s) of the round %1.</source>
        <translation>
            <numerusform>已生成报送轮次 %1 的报送表 %n 份。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47" />
        <source>%1: refused, nothing written.</source>
        <translation>%1：未予接收，未写入任何内容。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1: %2's form was already collected on %3; nothing changed.</source>
        <translation>%1：%2 的报送表已于 %3 收取，未作任何更改。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: %2, round %3 (dry run, nothing written)</source>
        <translation>%1：%2，报送轮次 %3（试运行，未写入）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: %2, round %3</source>
        <translation>%1：%2，报送轮次 %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>on time</source>
        <translation>按时</translation>
    </message>
    <message>
        <location line="+0" />
        <source>late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location line="+4" />
        <source>(nothing reported)</source>
        <translation>（未填报内容）</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Usage: round collect FILE... [--round NAME] [--unit UNIT] [--dry-run] [--json].</source>
        <translation>用法：round collect 文件... [--round 名称] [--unit 单位] [--dry-run] [--json]。</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Usage: round status [--round NAME] [--json].</source>
        <translation>用法：round status [--round 名称] [--json]。</translation>
    </message>
    <message>
        <location line="+32" />
        <source>%1 (due %2, %3): %4 on time, %5 late, %6 not reported; reporting rate %7%</source>
        <translation>%1（截止 %2，%3）：按时报送 %4 个，逾期报送 %5 个，未报送 %6 个；报送率 %7%</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Usage: %1.</source>
        <translation>用法：%1。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Usage: extension request REF --to DATE --reason TEXT | extension approve|reject REF [--reason TEXT] | extension list [--json].</source>
        <translation>用法：extension request 任务编号 --to 日期 --reason 理由 | extension approve|reject 任务编号 [--reason 理由] | extension list [--json]。</translation>
    </message>
    <message>
        <location line="+34" />
        <source>to %1</source>
        <translation>延期至 %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>original deadline %1, now due %2</source>
        <translation>原定时限 %1，调整后时限 %2</translation>
    </message>
    <message>
        <location line="+18" />
        <source>extension request needs --to DATE (YYYY-MM-DD).</source>
        <translation>extension request 需要 --to 日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>extension request needs --reason TEXT.</source>
        <translation>extension request 需要 --reason 延期理由。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>extension reject needs --reason TEXT.</source>
        <translation>extension reject 需要 --reason 驳回理由。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Asked to move the deadline of task %1 to %2; a supervisor decides.</source>
        <translation>已申请将任务 %1 的整改时限延至 %2，待督办人员审批。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Approved: task %1 is now due %2.</source>
        <translation>已批准：任务 %1 的整改时限调整为 %2。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rejected the extension request of task %1.</source>
        <translation>已驳回任务 %1 的延期申请。</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_remind.cpp" line="-29" />
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Usage: remind OUTDIR [--unit U] [--round NAME] [--today DATE] [--format docx|odt|txt] [--json].</source>
        <translation>用法：remind 输出文件夹 [--unit 单位] [--round 轮次名称] [--today 日期] [--format docx|odt|txt] [--json]。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>--format takes docx, odt or txt, not "%1".</source>
        <translation>--format 只能是 docx、odt 或 txt，不能是“%1”。</translation>
    </message>
    <message>
        <location line="+49" />
        <source>%1: %2 overdue, %3 due soon%4</source>
        <translation>%1：已超期 %2 项，即将到期 %3 项%4</translation>
    </message>
    <message>
        <location line="+4" />
        <source>, report of %1 missing</source>
        <translation>，未报送“%1”</translation>
    </message>
    <message>
        <location line="+7" />
        <source>No unit is late: no notice written.</source>
        <translation>没有需要催办的单位，未生成催办通知。</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Wrote and recorded %n notice(s).</source>
        <translation>
            <numerusform>已生成并登记 %n 份催办通知。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16" />
        <source>Usage: ranking [--json] [--today DATE] [--inspection NAME] [--xlsx OUT.xlsx].</source>
        <translation>用法：ranking [--json] [--today 日期] [--inspection 名称] [--xlsx 输出.xlsx]。</translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>Wrote the ranking of %n unit(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个单位的考核排名写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21" />
        <source>Rank	Unit	Tasks	On time	Late	Overdue	Extended	Reports on time	Score</source>
        <translation>排名	单位	牵头任务	按时完成	超期完成	逾期未完成	延期	按时报送	得分</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_server.cpp" line="+16" />
        <source>Usage: rectify-cli --db postgresql://USER@HOST/DB server setup (as a superuser, or the login that owns the ledger's tables with CREATEROLE).</source>
        <translation>用法：rectify-cli --db postgresql://用户@主机/数据库 server setup（以超级用户身份，或以拥有台账各表并具有 CREATEROLE 权限的账号执行）。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 is a ledger file; server setup is for a ledger on a PostgreSQL server (--db postgresql://...).</source>
        <translation>%1 是台账文件；server setup 只用于 PostgreSQL 服务器上的台账（--db postgresql://...）。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Server setup of %1 failed, nothing was changed: %2</source>
        <translation>%1 的服务器设置失败，未作任何改动：%2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The ledger %1 now enforces roles on the server.</source>
        <translation>台账 %1 现由服务器执行角色规则。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The ledger %1 was already set up; nothing changed.</source>
        <translation>台账 %1 此前已设置过，未作改动。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Owner role: %1; groups: %2, %3, %4.</source>
        <translation>所有者角色：%1；用户组：%2、%3、%4。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give each user a login: users add NAME --role ROLE [--unit UNIT] [--login LOGIN] --password-stdin.</source>
        <translation>请为每位用户创建账号：users add 姓名 --role 角色 [--unit 单位] [--login 账号] --password-stdin。</translation>
    </message>
</context>
</TS>