<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>rectify::AutoBackup</name>
    <message>
        <location filename="../../ui/datasafety/autobackup.cpp" line="+74"/>
        <source>The automatic backup failed: %1</source>
        <translation>自动备份失败：%1</translation>
    </message>
</context>
<context>
    <name>rectify::BulletinAction</name>
    <message>
        <location filename="../../ui/documents/bulletinaction.cpp" line="+18"/>
        <source>Draft &amp;Bulletin…</source>
        <translation>生成通报稿(&amp;B)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the draft of the progress bulletin (整改进展情况通报) in official-document layout, to edit in Word or WPS</source>
        <translation>按公文格式生成整改进展情况通报稿，可在 Word 或 WPS 中修改</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>progress-bulletin_%1.docx</source>
        <translation>整改进展情况通报_%1.docx</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing the bulletin…</source>
        <translation>正在生成通报稿…</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+20"/>
        <source>Draft Bulletin</source>
        <translation>生成通报稿</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>The bulletin of which inspection?</source>
        <translation>生成哪一轮巡视巡察的通报稿？</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Wrote the bulletin draft to %1.</source>
        <translation>通报稿已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>rectify::ConnectServerDialog</name>
    <message>
        <location filename="../../ui/server/connectserverdialog.cpp" line="+35"/>
        <source>Connect to Server</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>for example db.example.org or 192.168.1.10</source>
        <translation>例如 db.example.org 或 192.168.1.10</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server login: on a ledger set up for the server, your own login, which signs you in as your Rectify user.</source>
        <translation>服务器登录名：台账已在服务器上设置角色时，填写您本人的登录名，登录后即为对应的 Rectify 用户。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Prefer encryption (libpq default)</source>
        <translation>优先加密（libpq 默认）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Require encryption</source>
        <translation>必须加密</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Require encryption and verify the server&apos;s certificate</source>
        <translation>必须加密并验证服务器证书</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No encryption</source>
        <translation>不加密</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a network others share, choose to verify the server&apos;s certificate: only then is the server known to be the right one.</source>
        <translation>在与他人共用的网络中，请选择验证服务器证书：只有这样才能确认连接的是正确的服务器。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>default: ~/.postgresql/root.crt</source>
        <translation>默认：~/.postgresql/root.crt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Root Certificate</source>
        <translation>根证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>证书 (*.crt *.pem);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The password is kept only while Rectify runs, for this connection, and never saved. Left empty, it comes from the PGPASSWORD environment variable or the file ~/.pgpass.</source>
        <translation>密码只在 Rectify 运行期间用于本次连接，不会保存。不填时从环境变量 PGPASSWORD 或文件 ~/.pgpass 读取。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;assword:</source>
        <translation>密码(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encryption:</source>
        <translation>加密(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root &amp;certificate:</source>
        <translation>根证书(&amp;C)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Enter the server&apos;s host name or address.</source>
        <translation>请填写服务器的主机名或地址。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The host must be only the server&apos;s name or address, without &quot;/&quot; or &quot;@&quot; (a password never goes into the address).</source>
        <translation>主机只能填写服务器的名称或地址，不能含有“/”或“@”（密码从不写入地址）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the name of the database on the server.</source>
        <translation>请填写服务器上数据库的名称。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The root certificate&apos;s path must not contain &quot;;&quot;.</source>
        <translation>根证书路径中不能含有“;”。</translation>
    </message>
</context>
<context>
    <name>rectify::DataSafetyActions</name>
    <message>
        <location filename="../../ui/datasafety/datasafetyactions.cpp" line="+23"/>
        <source>Export &amp;CSV…</source>
        <translation>导出 &amp;CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export E&amp;xcel…</source>
        <translation>导出 E&amp;xcel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back Up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;store from Backup…</source>
        <translation>从备份恢复(&amp;S)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write one row per task as CSV, in the shape the import reads back</source>
        <translation>按每项任务一行导出 CSV，格式与导入一致</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the ledger as an Excel workbook with dates and status colours</source>
        <translation>将台账导出为 Excel 工作簿，含日期格式和状态颜色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a consistent copy of the ledger</source>
        <translation>保存台账的一致副本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the ledger by a backup; the current content is kept in the backup folder</source>
        <translation>用备份替换台账；当前内容保留在备份文件夹中</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>CSV for Chinese Excel, GB18030 (*.csv)</source>
        <translation>CSV（中文 Excel，GB18030）(*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV in UTF-8 with BOM (*.csv)</source>
        <translation>CSV（UTF-8 带 BOM）(*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back Up the Ledger</source>
        <translation>备份台账</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ledgers (*.sqlite)</source>
        <translation>台账文件 (*.sqlite)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Ledgers (*.sqlite);;All files (*)</source>
        <translation>台账文件 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <location line="+20"/>
        <source>Exported %n task row(s) to %1.</source>
        <translation>
            <numerusform>已导出 %n 行任务到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Backing up the ledger…</source>
        <translation>正在备份台账…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backing up the ledger: %L1 of %L2 rows copied…</source>
        <translation>正在备份台账：已复制 %L1 条记录，共 %L2 条…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Backed up the ledger to %1.</source>
        <translation>已将台账备份到 %1。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 Nothing was changed.</source>
        <translation>%1 未做任何更改。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Replace the content of the ledger %1 by the backup %2 (%n task(s))?

The current content is saved in the backup folder first.</source>
        <translation>
            <numerusform>用备份 %2（%n 项任务）替换台账 %1 的内容吗？

当前内容会先保存到备份文件夹。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Restored the ledger from %1. The previous content was saved as %2.</source>
        <translation>已从 %1 恢复台账。恢复前的内容已保存为 %2。</translation>
    </message>
</context>
<context>
    <name>rectify::DocumentSave</name>
    <message>
        <location filename="../../ui/documents/documentsave.cpp" line="+37"/>
        <source>Word document (*.docx);;OpenDocument text (*.odt);;PDF (*.pdf)</source>
        <translation>Word 文档 (*.docx);;OpenDocument 文本 (*.odt);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the file name must end in .docx, .odt or .pdf.</source>
        <translation>%1：文件名须以 .docx、.odt 或 .pdf 结尾。</translation>
    </message>
</context>
<context>
    <name>rectify::ListPrinting</name>
    <message>
        <location filename="../../ui/documents/listprinting.cpp" line="+25"/>
        <source>Print &amp;Task List…</source>
        <translation>打印任务清单(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Task &amp;List…</source>
        <translation>导出任务清单(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print Res&amp;ponsibility List…</source>
        <translation>打印责任清单(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Responsibility L&amp;ist…</source>
        <translation>导出责任清单(&amp;I)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Print the tasks the list shows (整改任务清单), with the filters under the title, on A4 landscape</source>
        <translation>打印列表中显示的任务（整改任务清单），标题下注明筛选条件，A4 横向</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the tasks the list shows (整改任务清单) as PDF, Word or OpenDocument</source>
        <translation>将列表中显示的任务（整改任务清单）导出为 PDF、Word 或 OpenDocument 文档</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print who answers for each task the list shows (责任清单), on A4 landscape</source>
        <translation>打印列表中各项任务的责任人（责任清单），A4 横向</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write who answers for each task the list shows (责任清单) as PDF, Word or OpenDocument</source>
        <translation>将列表中各项任务的责任人（责任清单）导出为 PDF、Word 或 OpenDocument 文档</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The task list is not available.</source>
        <translation>任务列表不可用。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>task-list_%1.pdf</source>
        <translation>整改任务清单_%1.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>responsibility-list_%1.pdf</source>
        <translation>责任清单_%1.pdf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the list…</source>
        <translation>正在生成清单…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Writing %1…</source>
        <translation>正在生成 %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Print Task List</source>
        <translation>打印任务清单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print Responsibility List</source>
        <translation>打印责任清单</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Export Task List</source>
        <translation>导出任务清单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Responsibility List</source>
        <translation>导出责任清单</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF (*.pdf);;Word document (*.docx);;OpenDocument text (*.odt)</source>
        <translation>PDF (*.pdf);;Word 文档 (*.docx);;OpenDocument 文本 (*.odt)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
</context>
<context>
    <name>rectify::MainWindow</name>
    <message>
        <location filename="../../ui/window/mainwindow.cpp" line="+125"/>
        <source>Rectify - %1</source>
        <translation>整改台账 - %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>All tasks</source>
        <translation>全部任务</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Show them</source>
        <translation>查看</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Listed: … tasks</source>
        <translation>当前列出：任务数统计中…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Listed: %1 tasks</source>
        <translation>当前列出 %1 项任务</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The ledger was changed in another window or program; the lists are up to date.</source>
        <translation>台账已在其他窗口或程序中修改，清单已更新。</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>&amp;New Ledger…</source>
        <translation>新建台账(&amp;N)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open Ledger…</source>
        <translation>打开台账(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to &amp;Server…</source>
        <translation>连接服务器(&amp;S)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a ledger kept in a database on a PostgreSQL server.</source>
        <translation>打开保存在 PostgreSQL 服务器数据库中的台账。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a &amp;Copy…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import Ledger (Excel/CSV)…</source>
        <translation>导入台账（Excel/CSV）(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read problems and tasks from an Excel or CSV ledger.</source>
        <translation>从 Excel 或 CSV 台账读入问题和任务。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the Import &amp;Template…</source>
        <translation>下载导入模板(&amp;T)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An Excel workbook and a CSV file with the columns to import and one example row.</source>
        <translation>一个 Excel 工作簿和一个 CSV 文件，包含可导入的各列和一行示例。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User Guide</source>
        <translation>使用说明(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;Sample Ledger</source>
        <translation>打开示例台账(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A filled-in ledger to try Rectify on; your own ledger stays as it is.</source>
        <translation>打开一份已填好的示例台账试用；您自己的台账保持不变。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add &amp;Problem…</source>
        <translation>新增问题(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit Problem…</source>
        <translation>修改问题(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Problem</source>
        <translation>删除问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;Task…</source>
        <translation>新增任务(&amp;T)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete Task</source>
        <translation>删除任务(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;All Tasks</source>
        <translation>全部任务(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red and &amp;Yellow Tasks</source>
        <translation>红黄灯任务(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear Filters</source>
        <translation>清除筛选(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reporting Rounds…</source>
        <translation>进展报送(&amp;R)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a reporting round, write each unit&apos;s form, collect the forms back and see who reported</source>
        <translation>开启报送轮次、生成各单位报送表、收取报送表并查看报送情况</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Rectify</source>
        <translation>关于整改台账(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Alerts</source>
        <translation>预警</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Double-click a task to open it.</source>
        <translation>双击任务即可打开。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Responsibilities</source>
        <translation>责任清单</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Double-click to list the tasks of this unit or person.</source>
        <translation>双击列出该单位或人员的任务。</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Unsaved changes</source>
        <translation>尚未保存的修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected task has changes that are not saved. Save them?</source>
        <translation>当前任务有尚未保存的修改，是否保存？</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>All inspections</source>
        <translation>全部巡视巡察</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>%1 problems, %2 tasks</source>
        <translation>%1 个问题，%2 项任务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 overdue, %2 due soon</source>
        <translation>%1 项逾期，%2 项即将到期</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 tasks are overdue and %2 are due within %3 days.</source>
        <translation>%1 项任务已逾期，%2 项将在 %3 天内到期。</translation>
    </message>
    <message>
        <location line="+81"/>
        <location line="+10"/>
        <source>Rectify</source>
        <translation>整改台账</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Select the problem the task belongs to first.</source>
        <translation>请先选择任务所属的问题。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Delete task (%1) “%2” with its progress history? You can undo this.</source>
        <translation>删除任务（%1）“%2”及其进展记录？此操作可以撤销。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Delete problem %1 “%2” and its tasks (%3)? You can undo this.</source>
        <translation>删除问题 %1“%2”及其 %3 项任务？此操作可以撤销。</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Add task</source>
        <translation>新增任务</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rectification measure:</source>
        <translation>整改措施：</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>About Rectify</source>
        <translation>关于整改台账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Rectify %1&lt;/h3&gt;&lt;p&gt;Keeps the rectification ledger after an inspection: the problem list, the task list and the responsibility list, with deadlines, progress and traffic-light alerts.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;整改台账 %1&lt;/h3&gt;&lt;p&gt;管理巡视巡察反馈问题的整改台账：问题清单、任务清单和责任清单，跟踪整改时限、整改进展和红黄绿灯预警。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>New ledger</source>
        <translation>新建台账</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ledgers (*.sqlite *.db)</source>
        <translation>台账文件 (*.sqlite *.db)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already exists; open it with File → Open Ledger.</source>
        <translation>%1 已存在，请通过“文件 → 打开台账”打开。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open ledger</source>
        <translation>打开台账</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ledgers (*.sqlite *.db);;All files (*)</source>
        <translation>台账文件 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Could not open the ledger on the server %1: %2</source>
        <translation>无法打开服务器 %1 上的台账：%2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Automatic backup %p%</source>
        <translation>自动备份 %p%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ledger is being copied to its backup folder; you can work meanwhile.</source>
        <translation>正在将台账复制到备份文件夹，期间可照常操作。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Automatic backup saved: %1</source>
        <translation>自动备份已保存：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Backing up the ledger on the server (automatic backup); you can work meanwhile…</source>
        <translation>正在自动备份服务器上的台账，备份期间可照常工作……</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Save a copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ledgers (*.sqlite)</source>
        <translation>台账文件 (*.sqlite)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved a copy to %1.</source>
        <translation>已将副本保存到 %1。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>import-template</source>
        <translation>整改台账导入模板</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the import template</source>
        <translation>下载导入模板</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved the import template: %1 and %2</source>
        <translation>导入模板已保存：%1 和 %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The sample ledger is open.</source>
        <translation>示例台账已经打开。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write the sample ledger: %1</source>
        <translation>无法写入示例台账：%1</translation>
    </message>
</context>
<context>
    <name>rectify::ProblemReportAction</name>
    <message>
        <location filename="../../ui/documents/problemreportaction.cpp" line="+20"/>
        <source>Problem Rectification Re&amp;port…</source>
        <translation>生成问题整改报告(&amp;P)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the rectification report (整改情况报告) of the selected problem: its measures, progress, evidence and sign-off</source>
        <translation>生成所选问题的整改情况报告：整改措施、进展、佐证材料和销号情况</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>rectification-report_%1_%2.docx</source>
        <translation>整改情况报告_%1_%2.docx</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing the report…</source>
        <translation>正在生成整改报告…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select a problem in the problem list first.</source>
        <translation>请先在问题列表中选择一个问题。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem Rectification Report</source>
        <translation>问题整改报告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote the rectification report to %1.</source>
        <translation>已将整改情况报告写入 %1。</translation>
    </message>
</context>
<context>
    <name>rectify::RecordsDialog</name>
    <message>
        <location filename="../../ui/records/recordsdialog.cpp" line="+38"/>
        <location line="+7"/>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+337"/>
        <location line="+21"/>
        <location line="+8"/>
        <location line="+8"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="-389"/>
        <location line="+11"/>
        <location line="+342"/>
        <location line="+24"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="-377"/>
        <location line="+7"/>
        <location line="+350"/>
        <location line="+13"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-369"/>
        <location line="+8"/>
        <source>Recorded for</source>
        <translation>记录单位</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+361"/>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location line="-361"/>
        <location line="+362"/>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location line="-362"/>
        <location line="+363"/>
        <source>To</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location line="-362"/>
        <location line="+363"/>
        <source>Led by</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location line="-363"/>
        <location line="+393"/>
        <source>Tasks checked</source>
        <translation>督查任务数</translation>
    </message>
    <message>
        <location line="-392"/>
        <source>Findings</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+363"/>
        <source>Issued by</source>
        <translation>印发单位</translation>
    </message>
    <message>
        <location line="-363"/>
        <location line="+364"/>
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location line="-361"/>
        <location line="+365"/>
        <source>Who</source>
        <translation>问责对象</translation>
    </message>
    <message>
        <location line="-364"/>
        <location line="+385"/>
        <source>Count</source>
        <translation>人数</translation>
    </message>
    <message>
        <location line="-385"/>
        <location line="+368"/>
        <source>For</source>
        <translation>问责事由</translation>
    </message>
    <message>
        <location line="-366"/>
        <location line="+370"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-370"/>
        <location line="+371"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="-371"/>
        <location line="+372"/>
        <source>Unit</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <location line="-341"/>
        <source>Results of the Work</source>
        <translation>整改成效</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stationed from</source>
        <translation>进驻时间</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save Stay</source>
        <translation>保存进驻时间</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Findings of the selected round:</source>
        <translation>所选督查轮次发现的问题：</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+402"/>
        <source>Task</source>
        <translation>整改任务</translation>
    </message>
    <message>
        <location line="-402"/>
        <location line="+404"/>
        <source>Finding</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <location line="-404"/>
        <source>Progress entry</source>
        <translation>转为进展</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add &amp;Finding…</source>
        <translation>添加督查发现(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit Fi&amp;nding…</source>
        <translation>修改督查发现(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Findin&amp;g</source>
        <translation>删除督查发现(&amp;G)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Results of the &amp;Work…</source>
        <translation>整改成效(&amp;W)…</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+91"/>
        <source>The ledger has no inspection yet.</source>
        <translation>台账中还没有巡视。</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Task #%1</source>
        <translation>任务 #%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Entry #%1</source>
        <translation>进展 #%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose who you are first (File → Switch User…).</source>
        <translation>请先选择身份（文件 → 切换用户…）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select a record first.</source>
        <translation>请先选择一条记录。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record a new one (Ctrl+N)</source>
        <translation>新增一条（Ctrl+N）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a round first.</source>
        <translation>请先选择一轮督查。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a finding first.</source>
        <translation>请先选择一条督查发现。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>next</source>
        <translation>自动编号</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>New %1</source>
        <translation>新增%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove Record</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this %1? The removal is kept in the audit log.</source>
        <translation>删除这条%1？删除操作会记入审计日志。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>New Finding</source>
        <translation>添加督查发现</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Edit Finding</source>
        <translation>修改督查发现</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Remove Finding</source>
        <translation>删除督查发现</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this finding? The removal is kept in the audit log; a progress entry made from it stays.</source>
        <translation>删除这条督查发现？删除操作记入审计日志；由它生成的进展记录保留。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Write the dates of the stay as YYYY-MM-DD, or leave them empty.</source>
        <translation>进驻日期请按 YYYY-MM-DD 填写，或留空。</translation>
    </message>
</context>
<context>
    <name>rectify::SettingsDialog</name>
    <message>
        <location filename="../../ui/window/settingsdialog.cpp" line="+20"/>
        <source>Alerts (for everyone using this ledger)</source>
        <translation>预警（对使用本台账的所有人生效）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies when Rectify starts again.</source>
        <translation>更换语言在重新启动后生效。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yellow when due within:</source>
        <translation>黄灯提前天数：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Early notice within:</source>
        <translation>提前提醒天数：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long-term tasks report at least every:</source>
        <translation>长期任务进展报送间隔：</translation>
    </message>
</context>
<context>
    <name>rectify::Startup</name>
    <message>
        <location filename="../../ui/window/startup.cpp" line="+28"/>
        <location line="+17"/>
        <location line="+6"/>
        <source>Rectify</source>
        <translation>整改台账</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Your ledger is still empty.</source>
        <translation>您的台账还是空的。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a sample ledger to see how a rectification ledger looks in Rectify? Your own ledger stays as it is; you can import or enter your problems later.</source>
        <translation>是否打开一份示例台账，看看整改台账的样子？您自己的台账保持不变，稍后可以导入或录入问题。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the sample</source>
        <translation>打开示例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start empty</source>
        <translation>从空台账开始</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write the sample ledger: %1</source>
        <translation>无法写入示例台账：%1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
</TS>
