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
        <location line="+17" />
        <source>The ledger to open.</source>
        <translation>要打开的台账文件。</translation>
    </message>
    <message>
        <location line="-15" />
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
        <location line="+30" />
        <location line="+13" />
        <source>Rectify</source>
        <translation>整改台账</translation>
    </message>
</context>
<context>
    <name>rectify::Ledger</name>
    <message>
        <location filename="../../core/store/ledger.cpp" line="+54" />
        <source>Cannot read the ledger %1: %2</source>
        <translation>无法读取台账 %1：%2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 is not a Rectify ledger: it is not a SQLite database.</source>
        <translation>%1 不是整改台账文件：它不是 SQLite 数据库。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The ledger %1 is damaged: the file is truncated (%2 bytes).</source>
        <translation>台账 %1 已损坏：文件不完整（仅 %2 字节）。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The ledger %1 is damaged: the file is truncated (%2 bytes of %3).</source>
        <translation>台账 %1 已损坏：文件不完整（%3 字节中仅有 %2 字节）。</translation>
    </message>
    <message>
        <location line="+35" />
        <source>The transaction has already ended.</source>
        <translation>事务已经结束。</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+328" />
        <source>No ledger is open.</source>
        <translation>没有打开的台账。</translation>
    </message>
    <message>
        <location line="-325" />
        <source>The ledger %1 is open read-only.</source>
        <translation>台账 %1 以只读方式打开。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>start a transaction</source>
        <translation>开始事务</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The change was rolled back.</source>
        <translation>修改已回滚。</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+6" />
        <source>save the changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The change was rolled back because a part of it failed.</source>
        <translation>修改的一部分失败，整体已回滚。</translation>
    </message>
    <message>
        <location line="+61" />
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>未安装 Qt 的 SQLite 驱动（软件包 libqt6sql6-sqlite）。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Cannot open the ledger %1: %2</source>
        <translation>无法打开台账 %1：%2</translation>
    </message>
    <message>
        <location line="+36" />
        <source>The ledger %1 cannot be read; it is damaged or not a ledger (%2).</source>
        <translation>无法读取台账 %1：文件已损坏或不是台账（%2）。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is not a Rectify ledger: it is a SQLite database of another program. The file was not changed.</source>
        <translation>%1 不是整改台账文件：它是其他程序的 SQLite 数据库。文件未作任何修改。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The ledger %1 was written by a newer Rectify (format version %2; this program knows up to %3). Please upgrade Rectify. The file was not changed.</source>
        <translation>台账 %1 由更新版本的整改台账程序写入（格式版本 %2，本程序最高支持 %3）。请升级程序。文件未作任何修改。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The ledger %1 has format version %2 and must be upgraded before it can be read; open it once for writing.</source>
        <translation>台账 %1 的格式版本为 %2，需要先升级才能读取；请以可写方式打开一次。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>No ledger file was named.</source>
        <translation>未指定台账文件。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The ledger %1 does not exist.</source>
        <translation>台账 %1 不存在。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Cannot read the format version of %1.</source>
        <translation>无法读取 %1 的格式版本。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The ledger %1 was written by a newer Rectify (format version %2).</source>
        <translation>台账 %1 由更新版本的整改台账程序写入（格式版本 %2）。</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+9" />
        <source>upgrade the ledger to format version %1</source>
        <translation>将台账升级到格式版本 %1</translation>
    </message>
    <message>
        <location line="+31" />
        <source>ledger created</source>
        <translation>创建台账</translation>
    </message>
    <message>
        <location line="+0" />
        <source>ledger upgraded</source>
        <translation>升级台账</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cannot %1: %2</source>
        <translation>无法%1：%2</translation>
    </message>
    <message>
        <location line="+30" />
        <source>count the ledger's rows</source>
        <translation>统计台账数据</translation>
    </message>
    <message>
        <location line="+20" />
        <source>read the setting %1</source>
        <translation>读取设置 %1</translation>
    </message>
    <message>
        <location line="+16" />
        <source>save the setting %1</source>
        <translation>保存设置 %1</translation>
    </message>
    <message>
        <location line="+35" />
        <location line="+27" />
        <location line="+4" />
        <source>write the audit log</source>
        <translation>写入审计日志</translation>
    </message>
    <message>
        <location line="+19" />
        <source>read the audit log</source>
        <translation>读取审计日志</translation>
    </message>
    <message>
        <location line="+51" />
        <source>read the inspections</source>
        <translation>读取巡视轮次</translation>
    </message>
    <message>
        <location line="+12" />
        <source>read an inspection</source>
        <translation>读取巡视轮次</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Inspection #%1 does not exist.</source>
        <translation>巡视轮次 #%1 不存在。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>find an inspection</source>
        <translation>查找巡视轮次</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+28" />
        <source>An inspection needs a name.</source>
        <translation>巡视轮次需要名称。</translation>
    </message>
    <message>
        <location line="-21" />
        <source>add the inspection %1</source>
        <translation>添加巡视轮次 %1</translation>
    </message>
    <message>
        <location line="+25" />
        <source>save the inspection %1</source>
        <translation>保存巡视轮次 %1</translation>
    </message>
    <message>
        <location line="+27" />
        <source>delete the inspection %1</source>
        <translation>删除巡视轮次 %1</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Inspection feedback</source>
        <translation>巡视反馈意见</translation>
    </message>
    <message>
        <location line="+45" />
        <source>read the problems</source>
        <translation>读取问题清单</translation>
    </message>
    <message>
        <location line="+12" />
        <source>read a problem</source>
        <translation>读取问题</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Problem #%1 does not exist.</source>
        <translation>问题 #%1 不存在。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>find a problem</source>
        <translation>查找问题</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+47" />
        <source>A problem needs a number (序号).</source>
        <translation>问题需要序号。</translation>
    </message>
    <message>
        <location line="-45" />
        <location line="+47" />
        <source>Problem %1 needs a title.</source>
        <translation>问题 %1 需要填写反馈问题。</translation>
    </message>
    <message>
        <location line="-25" />
        <source>add problem %1</source>
        <translation>添加问题 %1</translation>
    </message>
    <message>
        <location line="+31" />
        <source>save problem %1</source>
        <translation>保存问题 %1</translation>
    </message>
    <message>
        <location line="+34" />
        <source>delete problem %1</source>
        <translation>删除问题 %1</translation>
    </message>
    <message>
        <location line="+19" />
        <source>A unit needs a name.</source>
        <translation>单位需要名称。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>add the unit %1</source>
        <translation>添加单位 %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>A person needs a name.</source>
        <translation>人员需要姓名。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>add the person %1</source>
        <translation>添加人员 %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>read the units</source>
        <translation>读取单位</translation>
    </message>
    <message>
        <location line="+12" />
        <source>read the people</source>
        <translation>读取人员</translation>
    </message>
    <message>
        <location line="+63" />
        <source>read the responsibilities</source>
        <translation>读取责任清单</translation>
    </message>
    <message>
        <location line="+14" />
        <source>replace the responsibilities</source>
        <translation>更新责任清单</translation>
    </message>
    <message>
        <location line="+31" />
        <source>save the responsibilities</source>
        <translation>保存责任清单</translation>
    </message>
    <message>
        <location line="+11" />
        <source>read a task</source>
        <translation>读取任务</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+165" />
        <source>Task #%1 does not exist.</source>
        <translation>任务 #%1 不存在。</translation>
    </message>
    <message>
        <location line="-152" />
        <source>read the tasks</source>
        <translation>读取任务清单</translation>
    </message>
    <message>
        <location line="+18" />
        <location line="+44" />
        <source>A task needs a measure (整改措施).</source>
        <translation>任务需要填写整改措施。</translation>
    </message>
    <message>
        <location line="-18" />
        <source>add task (%1) of problem %2</source>
        <translation>添加问题 %2 的第（%1）项任务</translation>
    </message>
    <message>
        <location line="+38" />
        <location line="+93" />
        <source>save task #%1</source>
        <translation>保存任务 #%1</translation>
    </message>
    <message>
        <location line="-41" />
        <source>delete task #%1</source>
        <translation>删除任务 #%1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>read task #%1</source>
        <translation>读取任务 #%1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Task %1.%2 is closed (signed off) and cannot be changed; a supervisor must reopen it first.</source>
        <translation>任务 %1.%2 已销号，不能修改；须由督办人员先重新打开。</translation>
    </message>
    <message>
        <location line="+44" />
        <source>read the evidence of task #%1</source>
        <translation>读取任务 #%1 的佐证材料</translation>
    </message>
    <message>
        <location line="+22" />
        <source>An evidence file needs a name, a stored copy and a hash.</source>
        <translation>佐证材料需要文件名、存储副本和哈希值。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>add evidence to task #%1</source>
        <translation>为任务 #%1 添加佐证材料</translation>
    </message>
    <message>
        <location line="+20" />
        <source>read the progress history</source>
        <translation>读取进展记录</translation>
    </message>
    <message>
        <location line="+20" />
        <source>A progress entry needs a text.</source>
        <translation>进展记录需要填写内容。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A progress entry needs a date.</source>
        <translation>进展记录需要日期。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>add a progress entry to task #%1</source>
        <translation>为任务 #%1 添加进展记录</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Progress entry #%1 does not exist.</source>
        <translation>进展记录 #%1 不存在。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>find a progress entry</source>
        <translation>查找进展记录</translation>
    </message>
    <message>
        <location line="+7" />
        <source>delete progress entry #%1</source>
        <translation>删除进展记录 #%1</translation>
    </message>
    <message>
        <location line="+33" />
        <source>read the users</source>
        <translation>读取用户</translation>
    </message>
    <message>
        <location line="+12" />
        <source>find the user %1</source>
        <translation>查找用户 %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>A user needs a name.</source>
        <translation>用户需要名称。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>add the user %1</source>
        <translation>添加用户 %1</translation>
    </message>
</context>
<context>
    <name>rectify::TaskStatus</name>
    <message>
        <location filename="../../core/domain/taskstatus.cpp" line="+36" />
        <source>Not started</source>
        <translation>未启动</translation>
    </message>
    <message>
        <location line="+2" />
        <source>In progress</source>
        <translation>推进中</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Signed off</source>
        <translation>已销号</translation>
    </message>
</context>
<context>
    <name>rectify::UserRole</name>
    <message>
        <location filename="../../core/domain/user.cpp" line="+33" />
        <source>Official</source>
        <translation>经办人员</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Supervisor</source>
        <translation>督办人员</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>rectify::cli</name>
    <message>
        <location filename="../../app/cli/cmd_info.cpp" line="+21" />
        <source>init takes no arguments; name the file with --db FILE.</source>
        <translation>init 不接受参数；请用 --db 文件 指定台账。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Created the ledger %1 (format version %2).</source>
        <translation>已创建台账 %1（格式版本 %2）。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The ledger %1 is ready (format version %2).</source>
        <translation>台账 %1 已就绪（格式版本 %2）。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>info takes no arguments.</source>
        <translation>info 不接受参数。</translation>
    </message>
    <message>
        <location line="+25" />
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
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+1" />
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
        <source>create the ledger, or upgrade an older one</source>
        <translation>创建台账，或升级旧版台账</translation>
    </message>
    <message>
        <location line="+2" />
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
        <location line="+5" />
        <source>completion figures per status, lead unit, leader, category and inspection</source>
        <translation>按状态、牵头单位、责任领导、问题类别和轮次统计整改完成情况</translation>
    </message>
    <message>
        <location line="+4" />
        <source>overdue, due-soon and stale tasks (red and yellow lights)</source>
        <translation>列出逾期、即将到期和长期未报进展的任务（红黄灯预警）</translation>
    </message>
    <message>
        <location line="+5" />
        <source>import a ledger saved as CSV from Excel; nothing is written if a row has errors</source>
        <translation>导入由 Excel 另存的 CSV 台账；任何一行有错误则不写入任何内容</translation>
    </message>
    <message>
        <location line="+5" />
        <source>write the progress charts (status, units, leaders, problems, burnup)</source>
        <translation>导出整改进展图表（状态、牵头单位、责任领导、问题、累计曲线）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>write the progress report (整改进展情况报告) as PDF</source>
        <translation>生成整改进展情况报告（PDF）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>list the ledger's users, or add one (admins)</source>
        <translation>列出台账用户，或添加用户（管理员）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>complete a task, sign it off (销号), reject the sign-off or reopen it; REF is e.g. 4.2</source>
        <translation>完成任务、销号、驳回销号或重新打开；REF 形如 4.2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the audit trail of one task, or of the whole ledger</source>
        <translation>查看单个任务或整个台账的审计记录</translation>
    </message>
    <message>
        <location line="+3" />
        <source>list a task's evidence files, or save them into DIR (from the folder beside a ledger file or from the server)</source>
        <translation>列出任务的佐证材料，或将其保存到 DIR（取自台账文件旁的文件夹或服务器）</translation>
    </message>
    <message>
        <location line="+5" />
        <source>recompute the audit hash chain; exit 1 naming the first bad entry</source>
        <translation>重新计算审计哈希链；如有篡改，以状态 1 退出并指出第一条问题记录</translation>
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
        <location line="+57" />
        <source>The option %1 needs a value.</source>
        <translation>选项 %1 需要一个取值。</translation>
    </message>
    <message>
        <location line="+9" />
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
        <location filename="../../app/cli/context.cpp" line="+40" />
        <source>The ledger has no user named "%1"; name one with --user (rectify-cli users lists them).</source>
        <translation>台账中没有名为“%1”的用户；请用 --user 指定（rectify-cli users 可列出用户）。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The user %1 has a password: set RECTIFY_PASSWORD or pass --password-stdin.</source>
        <translation>用户 %1 设有密码：请设置 RECTIFY_PASSWORD 或使用 --password-stdin。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Wrong password for the user %1.</source>
        <translation>用户 %1 的密码错误。</translation>
    </message>
</context>
</TS>