<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>rectify::AuditChain</name>
    <message>
        <location filename="../../core/store/auditchain.cpp" line="+114"/>
        <source>&quot;%1&quot; is not an audit anchor: give ENTRIES:HASH as printed in a report or by audit-verify (e.g. 1234:3fa9c2e1b07d), or at least %2 hex digits of a hash.</source>
        <translation>“%1”不是审计链锚点：请按报告或 audit-verify 输出的“条数:哈希”格式填写（如 1234:3fa9c2e1b07d），或至少填写哈希的前 %2 位十六进制数字。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An audit anchor counts at least one entry.</source>
        <translation>审计链锚点至少包含一条记录。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+82"/>
        <source>read the audit head</source>
        <translation>读取审计链末端记录</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+96"/>
        <source>read the audit log</source>
        <translation>读取审计日志</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>entry #%1 has no hash: it was written outside the app.</source>
        <translation>第 #%1 条记录没有哈希值：它是在程序之外写入的。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entry #%1 was changed after it was written (its hash does not match its content).</source>
        <translation>第 #%1 条记录在写入后被修改（哈希值与内容不符）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>entry #%1 is the first entry but does not start the chain: earlier entries were removed.</source>
        <translation>第 #%1 条是第一条记录，但不是哈希链的起点：之前的记录被删除了。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>entry #%1 does not follow entry #%2: an entry between them was removed or inserted, or #%2 was changed and re-hashed.</source>
        <translation>第 #%1 条记录与第 #%2 条衔接不上：两者之间有记录被删除或插入，或第 #%2 条被修改后重新计算了哈希。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the log holds %1 entries, fewer than the %2 of the anchor: entries were removed.</source>
        <translation>审计记录只有 %1 条，少于锚点的 %2 条：有记录被删除。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>entry %1 of the log has the hash %2, not %3: the history up to the anchor was rewritten.</source>
        <translation>第 %1 条记录的哈希是 %2，而不是 %3：锚点之前的历史记录被改写过。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no entry of the log has a hash starting %1: the history was rewritten.</source>
        <translation>没有任何记录的哈希以 %1 开头：历史记录被改写过。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the record of the newest audit entry is missing.</source>
        <translation>最新审计记录的登记缺失。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>entries after #%1 were removed (the newest entry written was #%2).</source>
        <translation>第 #%1 条之后的记录被删除（程序写入的最新记录是第 #%2 条）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>entry #%1 is not the newest entry the app wrote (#%2).</source>
        <translation>第 #%1 条不是程序写入的最新记录（应为第 #%2 条）。</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+8"/>
        <source>chain the audit log</source>
        <translation>为审计日志建立哈希链</translation>
    </message>
</context>
<context>
    <name>rectify::AuditText</name>
    <message>
        <location filename="../../core/store/audittext.cpp" line="+51"/>
        <location line="+21"/>
        <location line="+24"/>
        <location line="+328"/>
        <source>read the audit log</source>
        <translation>读取审计日志</translation>
    </message>
    <message>
        <location line="-306"/>
        <location line="+145"/>
        <location line="+22"/>
        <location line="+2"/>
        <source>Task %1</source>
        <translation>任务 %1</translation>
    </message>
    <message>
        <location line="-167"/>
        <location line="+138"/>
        <location line="+2"/>
        <source>Problem %1</source>
        <translation>问题 %1</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Inspection %1</source>
        <translation>巡视 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reporting round %1</source>
        <translation>报送轮次 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record #%1</source>
        <translation>整改成效记录 #%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ledger setting</source>
        <translation>台账设置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ledger</source>
        <translation>台账</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Round number</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task number</source>
        <translation>任务序号</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+24"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Unit of measure</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round state</source>
        <translation>轮次状态</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>进展</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long-term</source>
        <translation>长期坚持</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed off on</source>
        <translation>销号日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>整改目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-operating units</source>
        <translation>配合单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leader</source>
        <translation>责任领导</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection</source>
        <translation>巡视</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback date</source>
        <translation>反馈日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of rectification</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On site from</source>
        <translation>进驻开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On site to</source>
        <translation>进驻结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem number</source>
        <translation>问题序号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>排列顺序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit or person</source>
        <translation>单位或对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded by unit</source>
        <translation>记录单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding</source>
        <translation>督查发现</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding made progress</source>
        <translation>督查发现转为进展</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must choose a new password</source>
        <translation>须设置新密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report received</source>
        <translation>收到报送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline extension</source>
        <translation>延期申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder sent</source>
        <translation>已催办</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ledger format version</source>
        <translation>台账格式版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+168"/>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Default inspection</source>
        <translation>默认巡视</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+177"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>finding %1 became progress entry %2</source>
        <translation>督查发现 %1 转为进展 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <location line="+104"/>
        <location line="+4"/>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>requested</source>
        <translation>申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation>批准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+77"/>
        <location line="+3"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>requested to %1</source>
        <translation>申请延期至 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Imported %1: 1 task added</source>
        <translation>导入 %1：新增 1 项任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported %1: %2 tasks added</source>
        <translation>导入 %1：新增 %2 项任务</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n updated</source>
        <translation>
            <numerusform>，更新 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, new problems: %1</source>
        <translation>，新增问题 %1 个</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, rows skipped: %1</source>
        <translation>，跳过 %1 行</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>added from %1</source>
        <translation>从 %1 导入新增</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added from %1 (%2)</source>
        <translation>从 %1 导入新增（%2）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Responsibilities</source>
        <translation>责任分工</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completion dates</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unchanged from %1</source>
        <translation>从 %1 导入，无变化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>updated from %1: %2</source>
        <translation>从 %1 导入更新：%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; status %1</source>
        <translation>；状态 %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 removed: %2</source>
        <translation>删除%1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>rectify::Backup</name>
    <message>
        <location filename="../../core/store/backup.cpp" line="+319"/>
        <location line="+361"/>
        <location line="+7"/>
        <source>Cannot write the backup %1: %2</source>
        <translation>无法写入备份 %1：%2</translation>
    </message>
    <message>
        <location line="-337"/>
        <location line="+379"/>
        <source>the finished copy could not be renamed</source>
        <translation>无法重命名已完成的副本</translation>
    </message>
    <message>
        <location line="-307"/>
        <source>the evidence file %1 could not be copied</source>
        <translation>佐证材料文件 %1 无法复制</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the old evidence folder %1 could not be removed</source>
        <translation>无法删除原有的佐证材料文件夹 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the evidence files could not be moved to %1</source>
        <translation>无法将佐证材料移到 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot read the schema of %1: %2</source>
        <translation>无法读取 %1 的数据库结构：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>trigger</source>
        <translation>触发器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>view</source>
        <translation>视图</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>index</source>
        <translation>索引</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>it holds the %1 %2, which Rectify does not create (the file was changed with another program).</source>
        <translation>其中含有整改台账不会创建的%1 %2（该文件曾被其他程序改动）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its %1 %2 is not the one Rectify creates (the file was changed with another program).</source>
        <translation>其中的%1 %2 与整改台账创建的不一致（该文件曾被其他程序改动）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it lacks the %1 %2 that every ledger has.</source>
        <translation>其中缺少每个台账都有的%1 %2。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>its evidence folder %1 cannot be read.</source>
        <translation>无法读取其佐证材料文件夹 %1。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>its audit log does not verify (entry %1: %2).</source>
        <translation>其审计日志校验未通过（第 %1 条：%2）。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot copy the evidence file %1 to %2.</source>
        <translation>无法将佐证材料文件 %1 复制到 %2。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>point the evidence rows at the ledger&apos;s folder</source>
        <translation>将佐证材料记录指向台账所在文件夹</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The backup was stopped before it was complete; no copy was kept.</source>
        <translation>备份未完成即已停止，未保留不完整的副本。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+168"/>
        <location line="+125"/>
        <source>No ledger is open.</source>
        <translation>没有打开的台账。</translation>
    </message>
    <message>
        <location line="-290"/>
        <source>The ledger&apos;s database connection does not support backups.</source>
        <translation>台账的数据库连接不支持备份。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No backup file was named.</source>
        <translation>未指定备份文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup cannot overwrite the ledger itself (%1).</source>
        <translation>备份不能覆盖台账本身（%1）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a folder; name a file for the backup.</source>
        <translation>%1 是文件夹，请为备份指定一个文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is empty; it is not a Rectify ledger.</source>
        <translation>%1 是空文件，不是整改台账文件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The ledger %1 cannot be read; it is damaged or not a ledger (%2).</source>
        <translation>无法读取台账 %1，文件已损坏或不是台账（%2）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is an empty database, not a Rectify ledger.</source>
        <translation>%1 是空数据库，不是整改台账文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a Rectify ledger: it is a SQLite database of another program.</source>
        <translation>%1 不是整改台账文件：它是其他程序的 SQLite 数据库。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The ledger %1 was written by a newer Rectify (format version %2; this program knows up to %3).</source>
        <translation>台账 %1 由更新版本的整改台账程序写入（格式版本 %2，本程序最高支持 %3）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a complete Rectify ledger (format version %2).</source>
        <translation>%1 不是完整的整改台账文件（格式版本 %2）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The ledger %1 is damaged: %2</source>
        <translation>台账 %1 已损坏：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The ledger %1 is damaged: %2 rows refer to rows that do not exist (first in table %3).</source>
        <translation>台账 %1 已损坏：有 %2 行引用了不存在的记录（首个在表 %3 中）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a complete Rectify ledger: %2</source>
        <translation>%1 不是完整的整改台账文件：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The ledger %1 is open read-only.</source>
        <translation>台账 %1 以只读方式打开。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is the open ledger itself; choose a backup to restore.</source>
        <translation>%1 就是当前打开的台账，请选择一个备份来恢复。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 Nothing was changed.</source>
        <translation>%1 未做任何更改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot restore %1 into %2: %3 The ledger was not changed.</source>
        <translation>无法将 %1 恢复到 %2：%3 台账未被更改。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot create the folder %1; nothing was changed.</source>
        <translation>无法创建文件夹 %1，未做任何更改。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 The ledger was not restored.</source>
        <translation>%1 台账未被恢复。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>restored from a backup; the previous content was saved as %1</source>
        <translation>从备份恢复；恢复前的内容已保存为 %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 was restored but cannot be opened: %2. The previous content is in %3.</source>
        <translation>%1 已恢复，但无法打开：%2。恢复前的内容保存在 %3。</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n evidence file(s) named by the backup were found neither beside it nor beside the ledger</source>
        <translation>
            <numerusform>备份中列出的 %n 个佐证材料文件在备份旁和台账旁均未找到</numerusform>
        </translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The automatic backup failed: %1</source>
        <translation>自动备份失败：%1</translation>
    </message>
</context>
<context>
    <name>rectify::Conflict</name>
    <message>
        <location filename="../../core/store/conflict.cpp" line="+70"/>
        <source>%1 was deleted by %2 at %3; your change was not saved.</source>
        <translation>%2 于 %3 删除了%1；您的修改未保存。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was changed by %2 at %3 after you read it; your change was not saved.</source>
        <translation>在您读取之后，%2 于 %3 修改了%1；您的修改未保存。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was changed by someone else after you read it; your change was not saved.</source>
        <translation>在您读取之后，其他用户修改了%1；您的修改未保存。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2</source>
        <comment>two sentences in a row</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It now reads: %1.</source>
        <translation>当前内容为：%1。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Look at the newer values and make your change again if it is still needed.</source>
        <translation>请查看最新内容，如仍需修改请重新操作。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Task #%1</source>
        <translation>任务 #%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+36"/>
        <source>%1 no longer exists; your change was not saved.</source>
        <translation>%1已不存在；您的修改未保存。</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Task (%1)</source>
        <translation>任务（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task %1.%2</source>
        <translation>任务 %1.%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>status</source>
        <translation>整改状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>measure</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deadline</source>
        <translation>整改时限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target</source>
        <translation>整改目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>long-term</source>
        <translation>长期坚持</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leader</source>
        <translation>责任领导</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>co-operating units</source>
        <translation>配合单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Problem #%1</source>
        <translation>问题 #%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>number</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>category</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>反馈问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem %1</source>
        <translation>问题 %1</translation>
    </message>
</context>
<context>
    <name>rectify::EvidenceContent</name>
    <message>
        <location filename="../../core/store/evidencecontent.cpp" line="+90"/>
        <location line="+132"/>
        <source>Cannot read the evidence file %1.</source>
        <translation>无法读取佐证材料 %1。</translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+59"/>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Cannot copy the evidence file %1 to %2.</source>
        <translation>无法将佐证材料 %1 复制到 %2。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The evidence file %1 is %2; a ledger on a server takes files of up to %3 each. Attach a smaller copy (a compressed scan, fewer pages) and keep the full file elsewhere.</source>
        <translation>佐证材料 %1 大小为 %2；服务器上的台账每个文件最多 %3。请添加较小的副本（压缩的扫描件或减少页数），完整文件另行保存。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>read the stored evidence</source>
        <translation>读取已存的佐证材料</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>store the evidence file %1</source>
        <translation>保存佐证材料 %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot write the evidence file %1.</source>
        <translation>无法写入佐证材料 %1。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>read the evidence file %1</source>
        <translation>读取佐证材料 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ledger %1 holds no contents for the evidence file %2 (SHA-256 %3).</source>
        <translation>台账 %1 中没有佐证材料 %2 的内容（SHA-256 %3）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The evidence file %1 is missing.</source>
        <translation>佐证材料 %1 不存在。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The stored copy of the evidence file %1 no longer matches the hash recorded when it was attached; it was changed since.</source>
        <translation>佐证材料 %1 的存档副本与添加时记录的哈希值不再一致，添加后已被改动。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>rectify::Ledger</name>
    <message>
        <location filename="../../core/store/ledger.cpp" line="+42"/>
        <source>Cannot read the ledger %1: %2</source>
        <translation>无法读取台账 %1：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not a Rectify ledger: it is not a SQLite database.</source>
        <translation>%1 不是整改台账文件：它不是 SQLite 数据库。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ledger %1 is damaged: the file is truncated (%2 bytes).</source>
        <translation>台账 %1 已损坏：文件不完整（仅 %2 字节）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The ledger %1 is damaged: the file is truncated (%2 bytes of %3).</source>
        <translation>台账 %1 已损坏：文件不完整（%3 字节中仅有 %2 字节）。</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>未安装 Qt 的 SQLite 驱动（软件包 libqt6sql6-sqlite）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot open the ledger %1: %2</source>
        <translation>无法打开台账 %1：%2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The ledger %1 cannot be read; it is damaged or not a ledger (%2).</source>
        <translation>无法读取台账 %1：文件已损坏或不是台账（%2）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a Rectify ledger: it is a SQLite database of another program. The file was not changed.</source>
        <translation>%1 不是整改台账文件：它是其他程序的 SQLite 数据库。文件未作任何修改。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ledger %1 was written by a newer Rectify (format version %2; this program knows up to %3). Please upgrade Rectify. The file was not changed.</source>
        <translation>台账 %1 由更新版本的整改台账程序写入（格式版本 %2，本程序最高支持 %3）。请升级程序。文件未作任何修改。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../core/store/ledger_pg.cpp" line="+145"/>
        <source>The ledger %1 has format version %2 and must be upgraded before it can be read; open it once for writing.</source>
        <translation>台账 %1 的格式版本为 %2，需要先升级才能读取；请以可写方式打开一次。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No ledger file was named.</source>
        <translation>未指定台账文件。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ledger %1 does not exist.</source>
        <translation>台账 %1 不存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+38"/>
        <location filename="../../core/store/ledgertransaction.cpp" line="+35"/>
        <source>No ledger is open.</source>
        <translation>没有打开的台账。</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+37"/>
        <location line="+18"/>
        <source>Database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+37"/>
        <location line="+18"/>
        <source>Cannot %1: %2</source>
        <translation>无法%1：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>count the ledger&apos;s rows</source>
        <translation>统计台账数据</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>read the setting %1</source>
        <translation>读取设置 %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>save the setting %1</source>
        <translation>保存设置 %1</translation>
    </message>
    <message>
        <location filename="../../core/store/ledgertransaction.cpp" line="-9"/>
        <source>The transaction has already ended.</source>
        <translation>事务已经结束。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The ledger %1 is open read-only.</source>
        <translation>台账 %1 以只读方式打开。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>start a transaction</source>
        <translation>开始事务</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The change was rolled back.</source>
        <translation>修改已回滚。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>save the changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The change was rolled back because a part of it failed.</source>
        <translation>修改的一部分失败，整体已回滚。</translation>
    </message>
    <message>
        <location filename="../../core/store/ledgermigration.cpp" line="+19"/>
        <source>Cannot read the format version of %1.</source>
        <translation>无法读取 %1 的格式版本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ledger %1 was written by a newer Rectify (format version %2).</source>
        <translation>台账 %1 由更新版本的整改台账程序写入（格式版本 %2）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+9"/>
        <source>upgrade the ledger to format version %1</source>
        <translation>将台账升级到格式版本 %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>ledger created</source>
        <translation>创建台账</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ledger upgraded</source>
        <translation>升级台账</translation>
    </message>
    <message>
        <location filename="../../core/store/ledgeraudit.cpp" line="+37"/>
        <location line="+28"/>
        <location line="+9"/>
        <source>write the audit log</source>
        <translation>写入审计日志</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>read the audit log</source>
        <translation>读取审计日志</translation>
    </message>
    <message>
        <location filename="../../core/store/ledgerinspections.cpp" line="+34"/>
        <source>read the inspections</source>
        <translation>读取巡视轮次</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>read an inspection</source>
        <translation>读取巡视轮次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection #%1 does not exist.</source>
        <translation>巡视轮次 #%1 不存在。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>find an inspection</source>
        <translation>查找巡视轮次</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The inspection %1 cannot leave (%2) before it is stationed (%3).</source>
        <translation>巡视“%1”的进驻结束日期（%2）不能早于进驻开始日期（%3）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+32"/>
        <source>An inspection needs a name.</source>
        <translation>巡视轮次需要名称。</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>add the inspection %1</source>
        <translation>添加巡视轮次 %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>save the inspection %1</source>
        <translation>保存巡视轮次 %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>delete the inspection %1</source>
        <translation>删除巡视轮次 %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Inspection feedback</source>
        <translation>巡视反馈意见</translation>
    </message>
    <message>
        <location filename="../../core/store/ledgerproblems.cpp" line="+38"/>
        <source>read the problems</source>
        <translation>读取问题清单</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>read a problem</source>
        <translation>读取问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem #%1 does not exist.</source>
        <translation>问题 #%1 不存在。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>find a problem</source>
        <translation>查找问题</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+47"/>
        <source>A problem needs a number (序号).</source>
        <translation>问题需要序号。</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+47"/>
        <source>Problem %1 needs a title.</source>
        <translation>问题 %1 需要填写反馈问题。</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>add problem %1</source>
        <translation>添加问题 %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>save problem %1</source>
        <translation>保存问题 %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>delete problem %1</source>
        <translation>删除问题 %1</translation>
    </message>
    <message>
        <location filename="../../core/store/ledgerpeople.cpp" line="+47"/>
        <source>A unit needs a name.</source>
        <translation>单位需要名称。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add the unit %1</source>
        <translation>添加单位 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A person needs a name.</source>
        <translation>人员需要姓名。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add the person %1</source>
        <translation>添加人员 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>read the units</source>
        <translation>读取单位</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>read the people</source>
        <translation>读取人员</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>read the users</source>
        <translation>读取用户</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>find the user %1</source>
        <translation>查找用户 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A user needs a name.</source>
        <translation>用户需要名称。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is reserved for imported progress; choose another name.</source>
        <translation>“%1”留作导入进展的报送人，请使用其他名称。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>add the user %1</source>
        <translation>添加用户 %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+46"/>
        <source>The ledger has no user named %1.</source>
        <translation>台账中没有名为 %1 的用户。</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>change the user %1</source>
        <translation>修改用户 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>count the administrators</source>
        <translation>统计管理员人数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is the last active administrator: make another user an administrator first.</source>
        <translation>%1 是最后一名在用的管理员：请先将其他用户设为管理员。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>change the password of %1</source>
        <translation>修改 %1 的密码</translation>
    </message>
    <message>
        <location filename="../../core/store/ledgertasks.cpp" line="+68"/>
        <location line="+110"/>
        <source>read the responsibilities</source>
        <translation>读取责任清单</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>replace the responsibilities</source>
        <translation>更新责任清单</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>save the responsibilities</source>
        <translation>保存责任清单</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>read a task</source>
        <translation>读取任务</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+217"/>
        <source>Task #%1 does not exist.</source>
        <translation>任务 #%1 不存在。</translation>
    </message>
    <message>
        <location line="-183"/>
        <location line="+32"/>
        <source>read the tasks</source>
        <translation>读取任务清单</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+44"/>
        <source>A task needs a measure (整改措施).</source>
        <translation>任务需要填写整改措施。</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>add task (%1) of problem %2</source>
        <translation>添加问题 %2 的第（%1）项任务</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+101"/>
        <source>save task #%1</source>
        <translation>保存任务 #%1</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>delete task #%1</source>
        <translation>删除任务 #%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>read task #%1</source>
        <translation>读取任务 #%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Task %1.%2 is closed (signed off) and cannot be changed; a supervisor must reopen it first.</source>
        <translation>任务 %1.%2 已销号，不能修改；须由督办人员先重新打开。</translation>
    </message>
    <message>
        <location filename="../../core/store/ledgerprogress.cpp" line="+46"/>
        <source>read the evidence of task #%1</source>
        <translation>读取任务 #%1 的佐证材料</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An evidence file needs a name, a stored copy and a hash.</source>
        <translation>佐证材料需要文件名、存储副本和哈希值。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>add evidence to task #%1</source>
        <translation>为任务 #%1 添加佐证材料</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+19"/>
        <source>read the progress history</source>
        <translation>读取进展记录</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A progress entry needs a text.</source>
        <translation>进展记录需要填写内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A progress entry needs a date.</source>
        <translation>进展记录需要日期。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>add a progress entry to task #%1</source>
        <translation>为任务 #%1 添加进展记录</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>find a progress entry</source>
        <translation>查找进展记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source>Progress entry #%1 does not exist.</source>
        <translation>进展记录 #%1 不存在。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>delete progress entry #%1</source>
        <translation>删除进展记录 #%1</translation>
    </message>
    <message>
        <location filename="../../core/store/ledger_pg.cpp" line="-98"/>
        <source>The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql); cannot open %1.</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（软件包 libqt6sql6-psql），无法打开 %1。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The server refused the login %1: the password is wrong, or the login does not exist or may not sign in. Check the login name and the password and connect again (%2).</source>
        <translation>服务器拒绝了登录名 %1：密码错误，或该登录名不存在、已停用。请核对登录名和密码后重新连接（%2）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server asks for the password of the login %1: enter it in File → Connect to Server…, or give it in PGPASSWORD or ~/.pgpass (%2).</source>
        <translation>服务器要求输入登录名 %1 的密码：请在“文件 → 连接服务器…”中填写，或写入 PGPASSWORD 或 ~/.pgpass（%2）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot connect to the ledger %1: %2</source>
        <translation>无法连接台账 %1：%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>set up the connection to %1</source>
        <translation>设置与 %1 的连接</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+13"/>
        <source>read the ledger %1</source>
        <translation>读取台账 %1</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>no answer</source>
        <translation>服务器没有应答</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is not a Rectify ledger: the database holds the tables of another program. Nothing was changed.</source>
        <translation>%1 不是整改台账：该数据库中是其他程序的数据表。未作任何修改。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The ledger %1 was written by a newer Rectify (format version %2; this program knows up to %3). Please upgrade Rectify. Nothing was changed.</source>
        <translation>台账 %1 由更新版本的整改台账程序写入（格式版本 %2，本程序最高支持 %3）。请升级程序。未作任何修改。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The database %1 holds no ledger yet; open it once for writing.</source>
        <translation>数据库 %1 中还没有台账；请以可写方式打开一次。</translation>
    </message>
    <message>
        <location filename="../../core/store/ledgerrecords.cpp" line="+110"/>
        <source>A record belongs to an inspection: name one.</source>
        <translation>整改成效记录须属于某次巡视：请指定。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A record&apos;s count cannot be negative.</source>
        <translation>记录的数量不能为负数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A quantified result needs a number.</source>
        <translation>量化成效须填写数值。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A meeting needs the date it was held.</source>
        <translation>会议须填写召开日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A meeting needs a title.</source>
        <translation>会议须填写名称。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A supervision round needs its first and last day.</source>
        <translation>督查须填写开始和结束日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A supervision round cannot end (%1) before it starts (%2).</source>
        <translation>督查结束日期（%1）不能早于开始日期（%2）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A supervision round&apos;s number cannot be negative.</source>
        <translation>督查轮次不能为负数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A rule established needs a title.</source>
        <translation>建章立制须填写制度名称。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accountability needs who was held accountable (a person or a unit).</source>
        <translation>问责须填写问责对象（个人或单位）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accountability needs its kind (诫勉谈话, 通报批评, 党纪处分 ...).</source>
        <translation>问责须填写问责方式（诫勉谈话、通报批评、党纪处分等）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accountability needs how many were held accountable (1 or more).</source>
        <translation>问责须填写问责人数（1 或以上）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A quantified result needs a name.</source>
        <translation>量化成效须填写名称。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Task #%1 is not a task of problem #%2.</source>
        <translation>任务 #%1 不属于问题 #%2。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problem %1 belongs to another inspection.</source>
        <translation>问题 %1 属于另一次巡视。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>read the findings of the supervision rounds</source>
        <translation>读取督查发现的问题</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+2"/>
        <source>read the records</source>
        <translation>读取整改成效记录</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+145"/>
        <source>read a record</source>
        <translation>读取整改成效记录</translation>
    </message>
    <message>
        <location line="-144"/>
        <location line="+148"/>
        <source>Record #%1 does not exist.</source>
        <translation>记录 #%1 不存在。</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>number the supervision round</source>
        <translation>编排督查轮次</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>add the record %1</source>
        <translation>添加记录 %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Record #%1 is a %2; its kind cannot change.</source>
        <translation>记录 #%1 是%2，类别不能更改。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>save record #%1</source>
        <translation>保存记录 #%1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>delete record #%1</source>
        <translation>删除记录 #%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>read a finding</source>
        <translation>读取督查发现的问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding #%1 does not exist.</source>
        <translation>发现问题 #%1 不存在。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A finding needs a text.</source>
        <translation>发现问题须填写内容。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Only a supervision round has findings (record #%1 is not one).</source>
        <translation>只有督查记录才有发现问题（记录 #%1 不是督查）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Task %1.%2 belongs to another inspection than the round.</source>
        <translation>任务 %1.%2 与该轮督查不属于同一次巡视。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>add a finding to record #%1</source>
        <translation>为记录 #%1 添加发现问题</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>delete finding #%1</source>
        <translation>删除发现问题 #%1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Finding #%1 is already progress entry #%2 of its task.</source>
        <translation>发现问题 #%1 已转为其任务的进展 #%2。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Supervision round %1: %2</source>
        <translation>第%1轮督查：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>save finding #%1</source>
        <translation>保存发现问题 #%1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>count the records</source>
        <translation>统计整改成效记录</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>count the meetings</source>
        <translation>统计会议</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>count the accountability</source>
        <translation>统计问责</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>read the quantified results</source>
        <translation>读取量化成效</translation>
    </message>
    <message>
        <location filename="../../core/store/ledgerrounds.cpp" line="+103"/>
        <source>read the reporting rounds</source>
        <translation>读取报送轮次</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <source>find a reporting round</source>
        <translation>查找报送轮次</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A reporting round needs a name.</source>
        <translation>报送轮次须有名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reporting round needs a due date.</source>
        <translation>报送轮次须有截止日期。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The ledger already has a reporting round named &quot;%1&quot;.</source>
        <translation>台账中已有名为“%1”的报送轮次。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>open the reporting round %1</source>
        <translation>开启报送轮次 %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>read a reporting round</source>
        <translation>读取报送轮次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reporting round #%1 does not exist.</source>
        <translation>报送轮次 #%1 不存在。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>change a reporting round</source>
        <translation>修改报送轮次</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>read the forms collected in a round</source>
        <translation>读取已收取的报送表</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>record the form of %1</source>
        <translation>记录 %1 的报送表</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+4"/>
        <source>read the extension requests</source>
        <translation>读取延期申请</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An extension request needs a new deadline and a reason.</source>
        <translation>延期申请须有新的时限和理由。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>add an extension request to task #%1</source>
        <translation>为任务 #%1 添加延期申请</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A decision approves or rejects the request.</source>
        <translation>审批须为批准或驳回。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>decide extension request #%1</source>
        <translation>审批延期申请 #%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extension request #%1 is no longer pending.</source>
        <translation>延期申请 #%1 已不在待审批状态。</translation>
    </message>
</context>
<context>
    <name>rectify::LedgerCopy</name>
    <message>
        <location filename="../../core/store/ledgercopy.cpp" line="+153"/>
        <source>Name both ledgers: the one to copy and the new one.</source>
        <translation>请同时指定两个台账：要复制的台账和新台账。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The target %1 exists; a ledger is copied into a new file or an empty database only. Nothing was changed.</source>
        <translation>目标 %1 已存在；台账只能复制到新文件或空数据库中。未做任何更改。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The copy was stopped before it was complete; nothing was copied.</source>
        <translation>复制未完成即已停止，未复制任何内容。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>read the ledger %1</source>
        <translation>读取台账 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The target %1 already holds a ledger; a ledger is copied into a new file or an empty database only. Nothing was changed.</source>
        <translation>目标 %1 中已有台账；台账只能复制到新文件或空数据库中。未做任何更改。</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+31"/>
        <source>read the target ledger</source>
        <translation>读取目标台账</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>The target %1 has no audit log guard.</source>
        <translation>目标 %1 缺少审计日志保护。</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+89"/>
        <source>prepare the target ledger</source>
        <translation>准备目标台账</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>The target %1 already holds a ledger (its table %2 has rows); a ledger is copied into a new file or an empty database only. Nothing was changed.</source>
        <translation>目标 %1 中已有台账（其表 %2 中有数据）；台账只能复制到新文件或空数据库中。未做任何更改。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>read the evidence of %1</source>
        <translation>读取 %1 的佐证材料</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot copy the evidence file %1 of %2: %3 Nothing was copied.</source>
        <translation>无法复制 %2 的佐证材料 %1：%3 未复制任何内容。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The stored copy %1 of the evidence file %2 no longer matches the hash recorded when it was attached. Nothing was copied.</source>
        <translation>佐证材料 %2 的存档副本 %1 与添加时记录的哈希值不再一致。未复制任何内容。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The connection to %1 is not open.</source>
        <translation>与 %1 的连接未打开。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+23"/>
        <location line="+83"/>
        <source>Cannot copy the rows into %1: %2</source>
        <translation>无法将各行复制到 %1：%2</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+68"/>
        <source>Cannot read the table %1 of %2: %3</source>
        <translation>无法读取 %2 的表 %1：%3</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Cannot write the table %1 of %2: %3</source>
        <translation>无法写入 %2 的表 %1：%3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot copy the rows of the table %1 into %2: %3</source>
        <translation>无法将表 %1 的行复制到 %2：%3</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot copy a row of the table %1 into %2: %3</source>
        <translation>无法将表 %1 的一行复制到 %2：%3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>read the audit log</source>
        <translation>读取审计日志</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>write the audit log</source>
        <translation>写入审计日志</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>write the target ledger</source>
        <translation>写入目标台账</translation>
    </message>
</context>
<context>
    <name>rectify::LedgerLocation</name>
    <message>
        <location filename="../../core/store/ledgerlocation.cpp" line="+28"/>
        <source>A server address begins with postgresql:// — write it as postgresql://user@host:port/database.</source>
        <translation>服务器地址以 postgresql:// 开头，请写成 postgresql://用户@主机:端口/数据库。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server address %1 is not valid: %2</source>
        <translation>服务器地址 %1 无效：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+20"/>
        <source>The server address must not contain a password: give it in the PGPASSWORD environment variable or in ~/.pgpass.</source>
        <translation>服务器地址中不能包含密码：请在环境变量 PGPASSWORD 或 ~/.pgpass 文件中提供密码。</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The server address %1 names no database: write it as postgresql://user@host:port/database.</source>
        <translation>服务器地址 %1 未指定数据库：请写成 postgresql://用户@主机:端口/数据库 的形式。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The server address %1 has an option that cannot be used: %2</source>
        <translation>服务器地址 %1 含有无法使用的选项：%2</translation>
    </message>
</context>
<context>
    <name>rectify::PgLinkCheck</name>
    <message>
        <location filename="../../core/store/pglinkcheck.cpp" line="+155"/>
        <source>the new row (id %1) of %2 refers to id %3 of %4, which does not exist (%5)</source>
        <translation>新写入的 %2 表中 id 为 %1 的行引用了 %4 表中不存在的 id %3（%5）</translation>
    </message>
</context>
<context>
    <name>rectify::ProgressEntry</name>
    <message>
        <location filename="../../core/domain/progressentry.cpp" line="+10"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>rectify::ReadSnapshot</name>
    <message>
        <location filename="../../core/store/readsnapshot.cpp" line="+15"/>
        <source>start a consistent read of the ledger %1</source>
        <translation>开始一致地读取台账 %1</translation>
    </message>
</context>
<context>
    <name>rectify::RecordKind</name>
    <message>
        <location filename="../../core/domain/records.cpp" line="+61"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supervision round</source>
        <translation>督查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule established</source>
        <translation>建章立制</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accountability</source>
        <translation>问责</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantified result</source>
        <translation>量化成效</translation>
    </message>
</context>
<context>
    <name>rectify::Sample</name>
    <message>
        <location filename="../../core/sample/sampleledger.cpp" line="+325"/>
        <source>Cannot replace the sample ledger %1.</source>
        <translation>无法替换示例台账 %1。</translation>
    </message>
</context>
<context>
    <name>rectify::SearchIndexBatch</name>
    <message>
        <location filename="../../core/store/searchindexbatch.cpp" line="+68"/>
        <location filename="../../core/store/searchindexworker.cpp" line="+96"/>
        <location line="+43"/>
        <source>Cannot %1: %2</source>
        <translation>无法%1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+142"/>
        <location line="+24"/>
        <location line="+9"/>
        <location filename="../../core/store/searchindexworker.cpp" line="-55"/>
        <location line="+6"/>
        <location line="+68"/>
        <location line="+48"/>
        <location line="+21"/>
        <location line="+11"/>
        <location line="+46"/>
        <location line="+10"/>
        <location line="+6"/>
        <location line="+7"/>
        <location line="+5"/>
        <location line="+3"/>
        <source>update the search index</source>
        <translation>更新搜索索引</translation>
    </message>
    <message>
        <location line="-160"/>
        <location line="+6"/>
        <source>read the search triggers</source>
        <translation>读取搜索触发器</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>read the tasks</source>
        <translation>读取任务</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>read the problems</source>
        <translation>读取问题</translation>
    </message>
    <message>
        <location line="+94"/>
        <location line="+6"/>
        <location filename="../../core/store/searchindexworker.cpp" line="-40"/>
        <location line="+6"/>
        <source>read the search index settings</source>
        <translation>读取搜索索引设置</translation>
    </message>
    <message>
        <location filename="../../core/store/searchindexworker.cpp" line="-141"/>
        <location line="+5"/>
        <source>create a temporary file for the search index</source>
        <translation>为搜索索引创建临时文件</translation>
    </message>
</context>
<context>
    <name>rectify::ServerRoles</name>
    <message>
        <location filename="../../core/store/serverroles.cpp" line="+536"/>
        <source>set up the server ledger</source>
        <translation>设置服务器上的台账</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 is a ledger file; server setup is for a ledger on a PostgreSQL server.</source>
        <translation>%1 是台账文件；服务器设置只用于 PostgreSQL 服务器上的台账。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server did not name the database.</source>
        <translation>服务器没有返回数据库名称。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The ledger %1 is open read-only.</source>
        <translation>台账 %1 以只读方式打开。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot make the role %1: %2</source>
        <translation>无法创建角色 %1：%2</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>roles, grants, row-level security and server-side audit set up</source>
        <translation>已设置角色、权限、行级安全和服务器端审计</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&quot;%1&quot; cannot be a server login: use letters, digits, _ . and -, starting with a letter, at most 63 characters (not pg_...).</source>
        <translation>“%1”不能用作服务器账号：请使用字母、数字、_ . 和 -，以字母开头，最多 63 个字符（不能以 pg_ 开头）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A server login needs a password (give it with --password-stdin).</source>
        <translation>服务器账号需要密码（用 --password-stdin 提供）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>make the server login %1</source>
        <translation>创建服务器账号 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The ledger %1 is not open on a server.</source>
        <translation>台账 %1 不是在服务器上打开的。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot prepare the password of the login %1: %2</source>
        <translation>无法处理登录名 %1 的密码：%2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>change the password of the server login %1</source>
        <translation>修改服务器登录名 %1 的密码</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The server ledger %1 was set up by an older Rectify: run `rectify-cli server setup` on it again (as its owner) so that passwords of logins can be changed.</source>
        <translation>服务器台账 %1 是由旧版 Rectify 设置的：请以数据库所有者身份再运行一次 `rectify-cli server setup`，之后才能修改登录名的密码。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot check the password of the login %1: %2</source>
        <translation>无法核对登录名 %1 的密码：%2</translation>
    </message>
</context>
<context>
    <name>rectify::TaskStatus</name>
    <message>
        <location filename="../../core/domain/taskstatus.cpp" line="+36"/>
        <source>Not started</source>
        <translation>未启动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress</source>
        <translation>推进中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed off</source>
        <translation>已销号</translation>
    </message>
</context>
<context>
    <name>rectify::UserRole</name>
    <message>
        <location filename="../../core/domain/user.cpp" line="+33"/>
        <source>Official</source>
        <translation>经办人员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supervisor</source>
        <translation>督办人员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
</context>
</TS>
