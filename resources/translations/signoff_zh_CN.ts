<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>rectify::AuditChain</name>
    <message>
        <location filename="../../core/store/auditchain.cpp" line="+75"/>
        <location line="+66"/>
        <source>read the audit log</source>
        <translation>读取审计日志</translation>
    </message>
    <message>
        <location line="-51"/>
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
        <location line="+13"/>
        <source>read the audit head</source>
        <translation>读取审计链末端记录</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+23"/>
        <location line="+8"/>
        <source>chain the audit log</source>
        <translation>为审计日志建立哈希链</translation>
    </message>
</context>
<context>
    <name>rectify::AuditLogDialog</name>
    <message>
        <location filename="../../ui/signoff/auditlogdialog.cpp" line="+22"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rectify::AuditQuery</name>
    <message>
        <location filename="../../core/workflow/auditquery.cpp" line="+39"/>
        <location line="+13"/>
        <source>read the audit log</source>
        <translation>读取审计日志</translation>
    </message>
</context>
<context>
    <name>rectify::AuditTable</name>
    <message>
        <location filename="../../ui/signoff/audittable.cpp" line="+12"/>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>整改进展</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>整改时限</translation>
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
</context>
<context>
    <name>rectify::EvidenceContent</name>
    <message>
        <location filename="../../core/store/evidencecontent.cpp" line="+50"/>
        <location line="+130"/>
        <source>Cannot read the evidence file %1.</source>
        <translation>无法读取佐证材料 %1。</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>The evidence file %1 is %2; a ledger on a server takes files of up to %3 each. Attach a smaller copy (a compressed scan, fewer pages) and keep the full file elsewhere.</source>
        <translation>佐证材料 %1 大小为 %2；服务器上的台账每个文件最多 %3。请添加较小的副本（压缩的扫描件或减少页数），完整文件另行保存。</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+57"/>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Cannot copy the evidence file %1 to %2.</source>
        <translation>无法将佐证材料 %1 复制到 %2。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>read the stored evidence</source>
        <translation>读取已存的佐证材料</translation>
    </message>
    <message>
        <location line="+8"/>
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
    <name>rectify::Permission</name>
    <message>
        <location filename="../../core/workflow/permission.cpp" line="+95"/>
        <source>%1 is an administrator: administrators keep the ledger (import, settings, users, backups); task work and sign-off are for officials and supervisors.</source>
        <translation>%1 是管理员：管理员负责维护台账（导入、设置、用户、备份）；任务办理和销号由经办人员和督办人员负责。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only an administrator may do this (%1 is a supervisor).</source>
        <translation>只有管理员可以执行此操作（%1 是督办人员）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only a supervisor may sign a task off or reject its sign-off (%1 is an official).</source>
        <translation>只有督办人员可以销号或驳回销号（%1 是经办人员）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only a supervisor may reopen a closed task (%1 is an official).</source>
        <translation>只有督办人员可以重新打开已销号的任务（%1 是经办人员）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a supervisor may change a deadline (%1 is an official).</source>
        <translation>只有督办人员可以修改整改时限（%1 是经办人员）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only an administrator may do this (%1 is an official).</source>
        <translation>只有管理员可以执行此操作（%1 是经办人员）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is an official without a unit, and so may not work on tasks; an administrator can set the unit.</source>
        <translation>%1 是未设所属单位的经办人员，不能办理任务；可由管理员设置单位。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This task is not one of %1&apos;s: %2 is neither its lead unit nor a co-operating unit.</source>
        <translation>此任务不属于 %1：%2 既不是牵头单位，也不是配合单位。</translation>
    </message>
</context>
<context>
    <name>rectify::SignoffController</name>
    <message>
        <location filename="../../ui/signoff/signoffcontroller.cpp" line="+35"/>
        <source>Switch &amp;User…</source>
        <translation>切换用户(&amp;U)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audit Log…</source>
        <translation>审计日志(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Users…</source>
        <translation>用户管理(&amp;U)…</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>User: %1 (%2)</source>
        <translation>用户：%1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User: %1 (%2, %3)</source>
        <translation>用户：%1（%2，%3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No user chosen: File → Switch User…</source>
        <translation>未选择用户：文件 → 切换用户…</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+58"/>
        <location line="+47"/>
        <source>Choose who you are first: File → Switch User…</source>
        <translation>请先选择您的身份：文件 → 切换用户…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This task is closed (signed off); a supervisor must reopen it first.</source>
        <translation>该任务已销号；须由督办人员先重新打开。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign a task off with the Sign off button under the task: it records who signed it off and when.</source>
        <translation>请用任务下方的“销号”按钮销号：系统会记录销号人和时间。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complete a task with the Complete button under the task, saying what was done.</source>
        <translation>请用任务下方的“完成”按钮完成任务，并说明完成了什么。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send a completed task back with the Reject button and a reason.</source>
        <translation>退回已完成的任务请用“驳回”按钮并填写理由。</translation>
    </message>
</context>
<context>
    <name>rectify::SignoffPanel</name>
    <message>
        <location filename="../../ui/signoff/signoffpanel.cpp" line="+34"/>
        <source>Add evidence…</source>
        <translation>添加佐证材料…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign off</source>
        <translation>销号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save As…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What was done (to complete), or the reason (to reject or reopen)</source>
        <translation>完成情况说明（完成时），或理由（驳回、重新打开时）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>完成: the work is done, awaiting sign-off</source>
        <translation>完成：整改已完成，等待评估销号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>销号: sign the completed task off</source>
        <translation>销号：对已完成的任务评估销号</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Evidence to attach:</source>
        <translation>待附佐证材料：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Evidence on file:</source>
        <translation>已存佐证材料：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open a copy of the selected file</source>
        <translation>打开所选文件的副本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the selected file elsewhere</source>
        <translation>将所选文件另存到其他位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-off</source>
        <translation>销号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Add evidence</source>
        <translation>添加佐证材料</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot create a temporary folder to open %1 in.</source>
        <translation>无法创建用于打开 %1 的临时文件夹。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No program opens %1 here; save it elsewhere with Save As….</source>
        <translation>本机没有可打开 %1 的程序；请用“另存为…”保存到其他位置。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved %1 as %2.</source>
        <translation>已将 %1 另存为 %2。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save evidence as</source>
        <translation>佐证材料另存为</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No task selected.</source>
        <translation>未选择任务。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — awaiting sign-off</source>
        <translation>，等待销号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> on %1</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose who you are first: File → Switch User…</source>
        <translation>请先选择您的身份：文件 → 切换用户…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Completed; the task awaits sign-off.</source>
        <translation>已完成，任务等待销号。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed off.</source>
        <translation>已销号。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-off rejected; the task is in progress again.</source>
        <translation>销号已驳回，任务恢复为推进中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reopened; the task is in progress again.</source>
        <translation>已重新打开，任务恢复为推进中。</translation>
    </message>
</context>
<context>
    <name>rectify::UserChooserDialog</name>
    <message>
        <location filename="../../ui/signoff/userchooserdialog.cpp" line="+24"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who are you?</source>
        <translation>请选择身份</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose who you are. Every change you make is recorded under this name.</source>
        <translation>请选择您的身份。您所做的每项修改都会以此名义记录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The ledger has no users.</source>
        <translation>台账中没有用户。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrong password for %1.</source>
        <translation>%1 的密码错误。</translation>
    </message>
</context>
<context>
    <name>rectify::UsersDialog</name>
    <message>
        <location filename="../../ui/signoff/usersdialog.cpp" line="+28"/>
        <source>Add User</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Users</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>optional</source>
        <translation>可不填</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>set</source>
        <translation>已设置</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A user needs a name.</source>
        <translation>用户需要填写姓名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An official needs a unit: the tasks they may work on are their unit&apos;s.</source>
        <translation>经办人员需要所属单位：其可办理的任务是本单位的任务。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ledger already has a user named &quot;%1&quot;.</source>
        <translation>台账中已有名为“%1”的用户。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Added %1 (%2).</source>
        <translation>已添加 %1（%2）。</translation>
    </message>
</context>
<context>
    <name>rectify::Workflow</name>
    <message>
        <location filename="../../core/workflow/workflow.cpp" line="+30"/>
        <source>The task is already completed and awaits sign-off.</source>
        <translation>该任务已完成，正在等待销号。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+20"/>
        <source>The task is closed (signed off); a supervisor must reopen it first.</source>
        <translation>该任务已销号；须由督办人员先重新打开。</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The task is already closed (signed off).</source>
        <translation>该任务已销号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a completed task can be signed off or rejected; this one is %1.</source>
        <translation>只有已完成的任务才能销号或驳回；此任务为“%1”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only a closed task can be reopened; this one is %1.</source>
        <translation>只有已销号的任务才能重新打开；此任务为“%1”。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Say what was done: completing a task needs a text.</source>
        <translation>请说明完成了什么：完成任务需要填写说明。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>signed off</source>
        <translation>评估销号</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rejecting a sign-off needs a reason.</source>
        <translation>驳回销号需要填写理由。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reopening a closed task needs a reason.</source>
        <translation>重新打开已销号任务需要填写理由。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&quot;%1&quot; is not a task reference: write the problem code and the task number, e.g. 4.2.</source>
        <translation>“%1”不是任务编号：请写问题序号和任务序号，如 4.2。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>find task %1</source>
        <translation>查找任务 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The ledger has no task %1 (problem %2, task %3).</source>
        <translation>台账中没有任务 %1（问题 %2，任务 %3）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Task %1 exists in several inspections (%2); name one with --inspection.</source>
        <translation>任务 %1 在多轮巡视中都有（%2）；请用 --inspection 指定。</translation>
    </message>
</context>
<context>
    <name>rectify::cli</name>
    <message>
        <location filename="../../app/cli/cmd_workflow.cpp" line="+32"/>
        <source>Usage: users [--json], or users add NAME --role ROLE.</source>
        <translation>用法：users [--json]，或 users add 姓名 --role 角色。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(password set)</source>
        <translation>（已设密码）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Usage: users add NAME --role official|supervisor|admin [--unit UNIT] [--password-stdin].</source>
        <translation>用法：users add 姓名 --role official|supervisor|admin [--unit 单位] [--password-stdin]。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>users add needs --role official, supervisor or admin.</source>
        <translation>users add 需要 --role official、supervisor 或 admin。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--role takes official, supervisor or admin, not &quot;%1&quot;.</source>
        <translation>--role 只能是 official、supervisor 或 admin，不能是“%1”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An official needs a unit: add --unit UNIT.</source>
        <translation>经办人员需要所属单位：请加 --unit 单位。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No password was read from stdin.</source>
        <translation>未从标准输入读到密码。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The ledger already has a user named &quot;%1&quot;.</source>
        <translation>台账中已有名为“%1”的用户。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added the user %1 (%2).</source>
        <translation>已添加用户 %1（%2）。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>--role, --unit and --password-stdin go with users add.</source>
        <translation>--role、--unit 和 --password-stdin 只用于 users add。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The option --evidence needs a value.</source>
        <translation>选项 --evidence 需要一个值。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Usage: task complete|close|reject|reopen REF [--reason TEXT] [--evidence FILE ...] [--inspection NAME]; REF is the problem code and the task number, e.g. 4.2.</source>
        <translation>用法：task complete|close|reject|reopen REF [--reason 说明] [--evidence 文件 ...] [--inspection 名称]；REF 为问题序号加任务序号，如 4.2。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--evidence goes with task complete.</source>
        <translation>--evidence 只用于 task complete。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>task complete needs --reason TEXT saying what was done.</source>
        <translation>task complete 需要用 --reason 说明完成了什么。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>task %1 needs --reason TEXT.</source>
        <translation>task %1 需要 --reason 说明理由。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Task %1 is completed and awaits sign-off.</source>
        <translation>任务 %1 已完成，等待销号。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Task %1 is closed (signed off).</source>
        <translation>任务 %1 已销号。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-off of task %1 was rejected; it is in progress again.</source>
        <translation>任务 %1 的销号被驳回，恢复为推进中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Task %1 is reopened and in progress again.</source>
        <translation>任务 %1 已重新打开，恢复为推进中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Task %1: %2</source>
        <translation>任务 %1：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Usage: history [REF] [--json] [--inspection NAME].</source>
        <translation>用法：history [REF] [--json] [--inspection 名称]。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Usage: evidence REF [--save DIR] [--json] [--inspection NAME].</source>
        <translation>用法：evidence REF [--save DIR] [--json] [--inspection NAME]。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Task %1 has no evidence files.</source>
        <translation>任务 %1 没有佐证材料。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>audit-verify takes no arguments.</source>
        <translation>audit-verify 不接受参数。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The audit trail of %1 was tampered with: %2</source>
        <translation>%1 的审计记录被篡改：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audit trail is intact: %1 entries; newest hash %2.</source>
        <translation>审计记录完整：共 %1 条；最新哈希 %2。</translation>
    </message>
</context>
</TS>
