<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>rectify::AutoBackup</name>
    <message>
        <location filename="../../ui/autobackup.cpp" line="+51" />
        <source>The automatic backup failed: %1</source>
        <translation>自动备份失败：%1</translation>
    </message>
</context>
<context>
    <name>rectify::ConnectServerDialog</name>
    <message>
        <location filename="../../ui/connectserverdialog.cpp" line="+32" />
        <source>Connect to Server</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <location line="+5" />
        <source>for example db.example.org or 192.168.1.10</source>
        <translation>例如 db.example.org 或 192.168.1.10</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The password is not asked for here and never stored by Rectify: it comes from the PGPASSWORD environment variable or the file ~/.pgpass.</source>
        <translation>此处不询问密码，Rectify 也从不保存密码：密码取自环境变量 PGPASSWORD 或文件 ~/.pgpass。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Enter the server's host name or address.</source>
        <translation>请填写服务器的主机名或地址。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The host must be only the server's name or address, without "/" or "@" (a password never goes into the address).</source>
        <translation>主机只能填写服务器的名称或地址，不能含有“/”或“@”（密码从不写入地址）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Enter the name of the database on the server.</source>
        <translation>请填写服务器上数据库的名称。</translation>
    </message>
</context>
<context>
    <name>rectify::DashboardTab</name>
    <message>
        <location filename="../../ui/dashboardtab.cpp" line="+39" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Lists</source>
        <translation>三项清单</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Dashboard</source>
        <translation>仪表盘(&amp;D)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Charts of the rectification's progress (F9)</source>
        <translation>整改进展图表（F9）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Print the Progress Report…</source>
        <translation>打印整改进展情况报告(&amp;P)…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Export &amp;Report (PDF)…</source>
        <translation>导出报告 (PDF)(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export C&amp;harts…</source>
        <translation>导出图表(&amp;H)…</translation>
    </message>
    <message>
        <location line="+186" />
        <source>The list shows alerts as of %1; the dashboard was set to %2.</source>
        <translation>清单按 %1 计算预警；仪表盘的统计日期为 %2。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Progress report on rectification</source>
        <translation>整改进展情况报告</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Print the progress report</source>
        <translation>打印整改进展情况报告</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>无法写入 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Reading the ledger…</source>
        <translation>正在读取台账…</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+55" />
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location line="-40" />
        <source>The report %1 was not written: cancelled.</source>
        <translation>报告 %1 未写入：已取消。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+5" />
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Wrote the progress report to %1 (%2 pages).</source>
        <translation>整改进展情况报告已写入 %1（共 %2 页）。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Choose at least one format.</source>
        <translation>请至少选择一种格式。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Exporting the charts…</source>
        <translation>正在导出图表…</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>Export cancelled; %n file(s) written to %1.</source>
        <translation>
            <numerusform>导出已取消；已向 %1 写入 %n 个文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13" />
        <source>Wrote %n chart file(s) to %1.</source>
        <translation>
            <numerusform>已向 %1 写入 %n 个图表文件。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>Export the progress report</source>
        <translation>导出整改进展情况报告</translation>
    </message>
    <message>
        <location line="+0" />
        <source>progress-report.pdf</source>
        <translation>整改进展情况报告.pdf</translation>
    </message>
    <message>
        <location line="+0" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>rectify::ExportChartsDialog</name>
    <message>
        <location filename="../../ui/exportchartsdialog.cpp" line="+21" />
        <source>PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SVG drawing</source>
        <translation>SVG 矢量图</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Export the charts</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location line="+12" />
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Formats:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PNG resolution:</source>
        <translation>PNG 分辨率：</translation>
    </message>
    <message>
        <location line="+3" />
        <source>One file per chart: status, units, leaders, problems, burnup.</source>
        <translation>每张图表一个文件：status、units、leaders、problems、burnup。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Folder for the charts</source>
        <translation>图表保存文件夹</translation>
    </message>
</context>
<context>
    <name>rectify::FilterBar</name>
    <message>
        <location filename="../../ui/filterbar.cpp" line="+82" />
        <source>Lead unit only</source>
        <translation>仅牵头</translation>
    </message>
    <message>
        <location line="+4" />
        <source>from …</source>
        <translation>起 …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>to …</source>
        <translation>止 …</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Search problems and tasks (Ctrl+F)</source>
        <translation>搜索问题和任务（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open (not done)</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Any alert</source>
        <translation>全部预警</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Red and yellow</source>
        <translation>红灯和黄灯</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open, not overdue</source>
        <translation>未完成且未逾期</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+49" />
        <source>Any unit</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <location line="-48" />
        <location line="+51" />
        <source>Any leader</source>
        <translation>全部责任领导</translation>
    </message>
    <message>
        <location line="-50" />
        <location line="+51" />
        <source>Any person</source>
        <translation>全部责任人</translation>
    </message>
    <message>
        <location line="-50" />
        <location line="+52" />
        <source>Any category</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location line="-50" />
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Deadline:</source>
        <translation>整改时限：</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Only the tasks the unit leads, not those it co-operates on</source>
        <translation>只显示该单位牵头的任务，不含其配合的任务</translation>
    </message>
</context>
<context>
    <name>rectify::LedgerEditor</name>
    <message>
        <location filename="../../ui/ledgereditor.cpp" line="+162" />
        <source>Add problem %1</source>
        <translation>新增问题 %1</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Edit problem %1</source>
        <translation>修改问题 %1</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Delete problem %1</source>
        <translation>删除问题 %1</translation>
    </message>
    <message>
        <location line="+109" />
        <source>Add task (%1)</source>
        <translation>新增任务（%1）</translation>
    </message>
    <message>
        <location line="-274" />
        <source>"%1" cannot be undone: %2</source>
        <translation>无法撤销“%1”：%2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>"%1" cannot be redone: %2</source>
        <translation>无法重做“%1”：%2</translation>
    </message>
    <message>
        <location line="+295" />
        <source>Edit task (%1)</source>
        <translation>修改任务（%1）</translation>
    </message>
    <message>
        <location line="+51" />
        <source>Delete task (%1)</source>
        <translation>删除任务（%1）</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Add progress</source>
        <translation>新增进展</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Delete progress</source>
        <translation>删除进展</translation>
    </message>
</context>
<context>
    <name>rectify::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="+109" />
        <source>Rectify - %1</source>
        <translation>整改台账 - %1</translation>
    </message>
    <message>
        <location line="+18" />
        <source>All tasks</source>
        <translation>全部任务</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Show them</source>
        <translation>查看</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+79" />
        <source>The ledger was changed in another window or program; the lists are up to date.</source>
        <translation>台账已在其他窗口或程序中修改，清单已更新。</translation>
    </message>
    <message>
        <location line="+58" />
        <source>&amp;New Ledger…</source>
        <translation>新建台账(&amp;N)…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Open Ledger…</source>
        <translation>打开台账(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Connect to &amp;Server…</source>
        <translation>连接服务器(&amp;S)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open a ledger kept in a database on a PostgreSQL server.</source>
        <translation>打开保存在 PostgreSQL 服务器数据库中的台账。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save a &amp;Copy…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Add &amp;Problem…</source>
        <translation>新增问题(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Edit Problem…</source>
        <translation>修改问题(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete Problem</source>
        <translation>删除问题</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add &amp;Task…</source>
        <translation>新增任务(&amp;T)…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Delete Task</source>
        <translation>删除任务(&amp;D)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;All Tasks</source>
        <translation>全部任务(&amp;A)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Red and &amp;Yellow Tasks</source>
        <translation>红黄灯任务(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Clear Filters</source>
        <translation>清除筛选(&amp;C)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;About Rectify</source>
        <translation>关于整改台账(&amp;A)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <location line="+29" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Alerts</source>
        <translation>预警</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Double-click a task to open it.</source>
        <translation>双击任务即可打开。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Responsibilities</source>
        <translation>责任清单</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Double-click to list the tasks of this unit or person.</source>
        <translation>双击列出该单位或人员的任务。</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Unsaved changes</source>
        <translation>尚未保存的修改</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The selected task has changes that are not saved. Save them?</source>
        <translation>当前任务有尚未保存的修改，是否保存？</translation>
    </message>
    <message>
        <location line="+20" />
        <source>All inspections</source>
        <translation>全部巡视巡察</translation>
    </message>
    <message>
        <location line="+138" />
        <source>%1 problems, %2 tasks</source>
        <translation>%1 个问题，%2 项任务</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 overdue, %2 due soon</source>
        <translation>%1 项逾期，%2 项即将到期</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 tasks are overdue and %2 are due within %3 days.</source>
        <translation>%1 项任务已逾期，%2 项将在 %3 天内到期。</translation>
    </message>
    <message>
        <location line="+62" />
        <location line="+10" />
        <source>Rectify</source>
        <translation>整改台账</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Select the problem the task belongs to first.</source>
        <translation>请先选择任务所属的问题。</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Delete task (%1) “%2” with its progress history? You can undo this.</source>
        <translation>删除任务（%1）“%2”及其进展记录？此操作可以撤销。</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Delete problem %1 “%2” and its tasks (%3)? You can undo this.</source>
        <translation>删除问题 %1“%2”及其 %3 项任务？此操作可以撤销。</translation>
    </message>
    <message>
        <location line="+64" />
        <source>Add task</source>
        <translation>新增任务</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Rectification measure:</source>
        <translation>整改措施：</translation>
    </message>
    <message>
        <location line="+71" />
        <source>About Rectify</source>
        <translation>关于整改台账</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;h3&gt;Rectify %1&lt;/h3&gt;&lt;p&gt;Keeps the rectification ledger after an inspection: the problem list, the task list and the responsibility list, with deadlines, progress and traffic-light alerts.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;整改台账 %1&lt;/h3&gt;&lt;p&gt;管理巡视巡察反馈问题的整改台账：问题清单、任务清单和责任清单，跟踪整改时限、整改进展和红黄绿灯预警。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+37" />
        <source>New ledger</source>
        <translation>新建台账</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ledgers (*.sqlite *.db)</source>
        <translation>台账文件 (*.sqlite *.db)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 already exists; open it with File → Open Ledger.</source>
        <translation>%1 已存在，请通过“文件 → 打开台账”打开。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Open ledger</source>
        <translation>打开台账</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ledgers (*.sqlite *.db);;All files (*)</source>
        <translation>台账文件 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Could not open the ledger on the server %1: %2</source>
        <translation>无法打开服务器 %1 上的台账：%2</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Automatic backup saved: %1</source>
        <translation>自动备份已保存：%1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Backing up the ledger on the server (automatic backup); you can work meanwhile…</source>
        <translation>正在自动备份服务器上的台账，备份期间可照常工作……</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Save a copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ledgers (*.sqlite)</source>
        <translation>台账文件 (*.sqlite)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Saved a copy to %1.</source>
        <translation>已将副本保存到 %1。</translation>
    </message>
</context>
<context>
    <name>rectify::NameListEdit</name>
    <message>
        <location filename="../../ui/namelistedit.cpp" line="+45" />
        <source>Names separated by 、</source>
        <translation>多个名称用“、”分隔</translation>
    </message>
</context>
<context>
    <name>rectify::ProblemDialog</name>
    <message>
        <location filename="../../ui/problemdialog.cpp" line="+26" />
        <source>Add problem</source>
        <translation>新增问题</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Edit problem</source>
        <translation>修改问题</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Inspection:</source>
        <translation>巡视巡察：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No.:</source>
        <translation>序号：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Category:</source>
        <translation>问题类别：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Problem:</source>
        <translation>反馈问题：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Description:</source>
        <translation>问题表现：</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The fields below still hold your text: OK saves it over the newer version, Cancel keeps the newer version.</source>
        <translation>下面的字段仍是您填写的内容：按“确定”以您的内容覆盖最新版本，按“取消”保留最新版本。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>A problem needs a number.</source>
        <translation>问题需要填写序号。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A problem needs a title.</source>
        <translation>问题需要填写内容。</translation>
    </message>
</context>
<context>
    <name>rectify::ProblemListModel</name>
    <message>
        <location line="+103" />
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Problem</source>
        <translation>反馈问题</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>rectify::ProgressModel</name>
    <message>
        <location filename="../../ui/progressmodel.cpp" line="+78" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Progress</source>
        <translation>整改进展</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reported by</source>
        <translation>填报人</translation>
    </message>
</context>
<context>
    <name>rectify::ResponsibilityModel</name>
    <message>
        <location line="+0" />
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Co-operating unit</source>
        <translation>配合单位</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Leader</source>
        <translation>责任领导</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Answers as</source>
        <translation>责任类型</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tasks</source>
        <translation>任务数</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
</context>
<context>
    <name>rectify::Sample</name>
    <message>
        <location filename="../../core/sample/sampleledger.cpp" line="+265" />
        <source>Cannot replace the sample ledger %1.</source>
        <translation>无法替换示例台账 %1。</translation>
    </message>
</context>
<context>
    <name>rectify::SettingsDialog</name>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="+23" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+1" />
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+8" />
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+4" />
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A new language applies when Rectify starts again.</source>
        <translation>更换语言在重新启动后生效。</translation>
    </message>
    <message>
        <location line="-23" />
        <source>Alerts (for everyone using this ledger)</source>
        <translation>预警（对使用本台账的所有人生效）</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Yellow when due within:</source>
        <translation>黄灯提前天数：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Early notice within:</source>
        <translation>提前提醒天数：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Long-term tasks report at least every:</source>
        <translation>长期任务进展报送间隔：</translation>
    </message>
</context>
<context>
    <name>rectify::Startup</name>
    <message>
        <location filename="../../ui/startup.cpp" line="+27" />
        <location line="+17" />
        <location line="+6" />
        <source>Rectify</source>
        <translation>整改台账</translation>
    </message>
    <message>
        <location line="-23" />
        <source>Your ledger is still empty.</source>
        <translation>您的台账还是空的。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open a sample ledger to see how a rectification ledger looks in Rectify? Your own ledger stays as it is; you can import or enter your problems later.</source>
        <translation>是否打开一份示例台账，看看整改台账的样子？您自己的台账保持不变，稍后可以导入或录入问题。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open the sample</source>
        <translation>打开示例</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start empty</source>
        <translation>从空台账开始</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Cannot write the sample ledger: %1</source>
        <translation>无法写入示例台账：%1</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>rectify::TaskDetailPane</name>
    <message>
        <location filename="../../ui/taskdetailpane.cpp" line="+50" />
        <location line="+310" />
        <source>Long-term</source>
        <translation>长期坚持</translation>
    </message>
    <message>
        <location line="-301" />
        <source>Add progress…</source>
        <translation>新增进展…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete entry</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Reapply my changes</source>
        <translation>重新填入我的修改</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Discard them</source>
        <translation>放弃我的修改</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+285" />
        <source>No deadline</source>
        <translation>无时限</translation>
    </message>
    <message>
        <location line="-274" />
        <source>Measure:</source>
        <translation>整改措施：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Target:</source>
        <translation>整改目标：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Deadline:</source>
        <translation>整改时限：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status:</source>
        <translation>整改状态：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Leader:</source>
        <translation>责任领导：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lead unit:</source>
        <translation>牵头单位：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Co-operating units:</source>
        <translation>配合单位：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Person:</source>
        <translation>责任人：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remarks:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Progress history</source>
        <translation>整改进展</translation>
    </message>
    <message>
        <location line="+112" />
        <source>No task selected</source>
        <translation>未选择任务</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Problem %1: %2 — task (%3)</source>
        <translation>问题 %1：%2 — 任务（%3）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Task (%1)</source>
        <translation>任务（%1）</translation>
    </message>
    <message>
        <location line="+83" />
        <source>Edit task (%1)</source>
        <translation>修改任务（%1）</translation>
    </message>
    <message>
        <location line="+43" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+0" />
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Measure</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Target</source>
        <translation>整改目标</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Deadline</source>
        <translation>整改时限</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Status</source>
        <translation>整改状态</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Leader</source>
        <translation>责任领导</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Co-operating units</source>
        <translation>配合单位</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+7" />
        <source>This task was deleted by another user before your changes were saved.</source>
        <translation>在您保存之前，其他用户已删除此任务。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Another user changed this task before your changes were saved. The form now shows the newer version.</source>
        <translation>在您保存之前，其他用户修改了此任务，您的修改未保存。表单现显示最新内容。</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+7" />
        <source>Your unsaved changes:</source>
        <translation>您未保存的修改：</translation>
    </message>
    <message>
        <location line="+75" />
        <source>Add progress</source>
        <translation>新增进展</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Progress:</source>
        <translation>进展情况：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reported by:</source>
        <translation>填报人：</translation>
    </message>
</context>
<context>
    <name>rectify::TaskQuery</name>
    <message>
        <location filename="../../core/search/taskquery.cpp" line="+295" />
        <location line="+88" />
        <source>list the tasks</source>
        <translation>列出任务</translation>
    </message>
    <message>
        <location line="+24" />
        <source>read the tasks</source>
        <translation>读取任务</translation>
    </message>
    <message>
        <location line="+26" />
        <source>read the responsibilities</source>
        <translation>读取责任清单</translation>
    </message>
    <message>
        <location line="+21" />
        <source>read the progress dates</source>
        <translation>读取进展日期</translation>
    </message>
    <message>
        <location line="+32" />
        <source>count the alerts</source>
        <translation>统计预警</translation>
    </message>
    <message>
        <location line="+13" />
        <source>list the categories</source>
        <translation>列出问题类别</translation>
    </message>
</context>
<context>
    <name>rectify::TaskTableModel</name>
    <message>
        <location filename="../../ui/tasktablemodel.cpp" line="+39" />
        <source>Overdue 1 day</source>
        <translation>逾期 1 天</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Overdue %1 days</source>
        <translation>逾期 %1 天</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location line="+3" />
        <source>1 day left</source>
        <translation>剩 1 天</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 days left</source>
        <translation>剩 %1 天</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No progress yet</source>
        <translation>尚无进展</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No progress for %1 days</source>
        <translation>%1 天未报进展</translation>
    </message>
    <message>
        <location line="+248" />
        <source>Long-term</source>
        <translation>长期坚持</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Alert</source>
        <translation>预警</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Problem</source>
        <translation>反馈问题</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Measure</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Leader</source>
        <translation>责任领导</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Deadline</source>
        <translation>整改时限</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
</TS>