<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>rectify::AuditLogDialog</name>
    <message>
        <location filename="../../ui/audit/auditlogdialog.cpp" line="+28" />
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location line="+2" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+49" />
        <location line="+3" />
        <location line="+45" />
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location line="-96" />
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <location line="+5" />
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <location line="+15" />
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <location line="+17" />
        <source>&amp;Verify the Chain</source>
        <translation>核验审计链(&amp;V)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recompute the hash of every entry and check that none was changed, removed or inserted outside the app.</source>
        <translation>重新计算每条记录的哈希，检查是否有记录在本程序之外被修改、删除或插入。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the entries shown as an Excel workbook or a CSV file</source>
        <translation>将显示的记录保存为 Excel 工作簿或 CSV 文件</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print the entries shown (A4 landscape)</source>
        <translation>打印显示的记录（A4 横向）</translation>
    </message>
    <message numerus="yes">
        <location line="+39" />
        <source>%n entries</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17" />
        <source>Audit anchor: %1 (write it down; rectify-cli audit-verify --expect %1 shows later whether the history still extends it)</source>
        <translation>审计链锚点：%1（请记下；日后可用 rectify-cli audit-verify --expect %1 核对历史记录是否仍延续该锚点）</translation>
    </message>
    <message numerus="yes">
        <location line="+17" />
        <source>Verified: all %n entries are intact.</source>
        <translation>
            <numerusform>核验通过：全部 %n 条记录完好。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>The audit trail was tampered with: %1</source>
        <translation>审计记录已被篡改：%1</translation>
    </message>
</context>
<context>
    <name>rectify::AuditOutput</name>
    <message numerus="yes">
        <location filename="../../ui/audit/auditoutput.cpp" line="+24" />
        <source>Printed on %1; %n entries.</source>
        <translation>
            <numerusform>打印日期 %1，共 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+8" />
        <location line="+3" />
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n entries written to %1.</source>
        <translation>
            <numerusform>已将 %n 条记录写入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rectify::AuditTable</name>
    <message>
        <location filename="../../ui/audit/audittable.cpp" line="+13" />
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+0" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Change</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location line="+0" />
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Reason or comment</source>
        <translation>原因或意见</translation>
    </message>
</context>
<context>
    <name>rectify::ChangePasswordDialog</name>
    <message>
        <location filename="../../ui/users/changepassworddialog.cpp" line="+23" />
        <source>Change Password</source>
        <translation>更改密码</translation>
    </message>
    <message>
        <location line="+6" />
        <source>at least %1 characters</source>
        <translation>至少 %1 位</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 has no password yet. Choose one: it is asked for whenever someone signs in as %1.</source>
        <translation>%1 尚未设置密码。请设置一个：以后以 %1 身份登录时都要输入。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Change the password of %1.</source>
        <translation>修改 %1 的密码。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Current password:</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <location line="+3" />
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Repeat:</source>
        <translation>确认新密码：</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>rectify::ExtensionSection</name>
    <message>
        <location filename="../../ui/signoff/extensionsection.cpp" line="+31" />
        <source>Deadline Extension</source>
        <translation>延期申请</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Request E&amp;xtension…</source>
        <translation>申请延期(&amp;X)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Re&amp;ject Request</source>
        <translation>不予批准(&amp;J)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Reason of the decision (needed to reject)</source>
        <translation>审批意见（不予批准时必填）</translation>
    </message>
    <message>
        <location line="+49" />
        <source>No task chosen.</source>
        <translation>未选择任务。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1 %2 asks for %3: %4 (pending)</source>
        <translation>%1 %2 申请延期至 %3：%4（待审批）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 approved by %2: %3 → %4. %5</source>
        <translation>%1 %2 批准延期：%3 → %4。%5</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 rejected by %2 (asked for %3): %4</source>
        <translation>%1 %2 不予批准（申请延期至 %3）：%4</translation>
    </message>
    <message>
        <location line="+9" />
        <source>No deadline to extend.</source>
        <translation>没有可调整的整改时限。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Deadline %1.</source>
        <translation>整改时限 %1。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Original deadline %1, adjusted to %2.</source>
        <translation>原定时限 %1，调整后时限 %2。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A request for %1 awaits a supervisor's decision.</source>
        <translation>延期至 %1 的申请待督办人员审批。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Choose who you are first: File → Switch User…</source>
        <translation>请先选择您的身份：文件 → 切换用户…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>A request is already pending.</source>
        <translation>已有一项延期申请待审批。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>No request is pending.</source>
        <translation>没有待审批的延期申请。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Request a Later Deadline</source>
        <translation>申请延期</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Why the work needs more time</source>
        <translation>需要延期的理由</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Current deadline: %1</source>
        <translation>现整改时限：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New &amp;deadline:</source>
        <translation>申请延期至(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Reason:</source>
        <translation>延期理由(&amp;R)：</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Asked for a deadline of %1; a supervisor decides.</source>
        <translation>已申请延期至 %1，待督办人员审批。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Approved: the deadline is now %1.</source>
        <translation>已批准，整改时限调整为 %1。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Rejected: the deadline stays as it was.</source>
        <translation>不予批准，整改时限不变。</translation>
    </message>
</context>
<context>
    <name>rectify::SignoffConfirmDialog</name>
    <message>
        <location filename="../../ui/signoff/signoffconfirmdialog.cpp" line="+17" />
        <source>Sign off</source>
        <translation>销号</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Task %1: %2</source>
        <translation>任务 %1：%2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sign this task off?</source>
        <translation>确认销号？</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Comment (optional, kept with the sign-off):</source>
        <translation>销号意见（可不填，随销号记录保存）(&amp;C)：</translation>
    </message>
    <message>
        <location line="+4" />
        <source>e.g. checked on site, the evidence is complete</source>
        <translation>例如：经现场核查，佐证材料齐全</translation>
    </message>
    <message>
        <location line="+5" />
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>rectify::SignoffController</name>
    <message>
        <location filename="../../ui/signoff/signoffcontroller.cpp" line="+39" />
        <source>Switch &amp;User…</source>
        <translation>切换用户(&amp;U)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Audit Log…</source>
        <translation>审计日志(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Users…</source>
        <translation>用户管理(&amp;U)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change &amp;Password…</source>
        <translation>更改密码(&amp;P)…</translation>
    </message>
    <message>
        <location line="+25" />
        <location line="+71" />
        <location line="+8" />
        <location line="+26" />
        <source>Choose who you are first: File → Switch User…</source>
        <translation>请先选择您的身份：文件 → 切换用户…</translation>
    </message>
    <message>
        <location line="-47" />
        <source>User: %1 (%2)</source>
        <translation>用户：%1（%2）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>User: %1 (%2, %3)</source>
        <translation>用户：%1（%2，%3）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No user chosen: File → Switch User…</source>
        <translation>未选择用户：文件 → 切换用户…</translation>
    </message>
    <message>
        <location line="+43" />
        <source>This task is closed (signed off); a supervisor must reopen it first.</source>
        <translation>该任务已销号；须由督办人员先重新打开。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sign a task off with the Sign off button under the task: it records who signed it off and when.</source>
        <translation>请用任务下方的“销号”按钮销号：系统会记录销号人和时间。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Complete a task with the Complete button under the task, saying what was done.</source>
        <translation>请用任务下方的“完成”按钮完成任务，并说明完成了什么。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Send a completed task back with the Reject button and a reason.</source>
        <translation>退回已完成的任务请用“驳回”按钮并填写理由。</translation>
    </message>
    <message>
        <location line="+60" />
        <source>The password of %1 is changed.</source>
        <translation>%1 的密码已修改。</translation>
    </message>
</context>
<context>
    <name>rectify::SignoffPanel</name>
    <message>
        <location filename="../../ui/signoff/signoffpanel.cpp" line="+37" />
        <source>Add evidence…</source>
        <translation>添加佐证材料…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sign off</source>
        <translation>销号</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save As…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>What was done (to complete), or the reason (to reject or reopen)</source>
        <translation>完成情况说明（完成时），或理由（驳回、重新打开时）</translation>
    </message>
    <message>
        <location line="+8" />
        <source>完成: the work is done, awaiting sign-off</source>
        <translation>完成：整改已完成，等待评估销号</translation>
    </message>
    <message>
        <location line="+1" />
        <source>销号: sign the completed task off</source>
        <translation>销号：对已完成的任务评估销号</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Evidence to attach:</source>
        <translation>待附佐证材料：</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Evidence on file:</source>
        <translation>已存佐证材料：</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Open a copy of the selected file</source>
        <translation>打开所选文件的副本</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the selected file elsewhere</source>
        <translation>将所选文件另存到其他位置</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sign-off</source>
        <translation>销号</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Save this task's history as an Excel workbook or a CSV file</source>
        <translation>将此任务的历史记录保存为 Excel 工作簿或 CSV 文件</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print this task's history (A4 landscape)</source>
        <translation>打印此任务的历史记录（A4 横向）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+4" />
        <source>History of task %1</source>
        <translation>任务 %1 历史记录</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Add evidence</source>
        <translation>添加佐证材料</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Cannot create a temporary folder to open %1 in.</source>
        <translation>无法创建用于打开 %1 的临时文件夹。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>No program opens %1 here; save it elsewhere with Save As….</source>
        <translation>本机没有可打开 %1 的程序；请用“另存为…”保存到其他位置。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Saved %1 as %2.</source>
        <translation>已将 %1 另存为 %2。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Save evidence as</source>
        <translation>佐证材料另存为</translation>
    </message>
    <message>
        <location line="+27" />
        <source>No task selected.</source>
        <translation>未选择任务。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source> — awaiting sign-off</source>
        <translation>，等待销号</translation>
    </message>
    <message>
        <location line="+2" />
        <source> on %1</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Choose who you are first: File → Switch User…</source>
        <translation>请先选择您的身份：文件 → 切换用户…</translation>
    </message>
    <message>
        <location line="+66" />
        <source>Completed; the task awaits sign-off.</source>
        <translation>已完成，任务等待销号。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Signed off.</source>
        <translation>已销号。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sign-off rejected; the task is in progress again.</source>
        <translation>销号已驳回，任务恢复为推进中。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Reopened; the task is in progress again.</source>
        <translation>已重新打开，任务恢复为推进中。</translation>
    </message>
</context>
<context>
    <name>rectify::UserChooserDialog</name>
    <message>
        <location filename="../../ui/users/userchooserdialog.cpp" line="+26" />
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location line="+4" />
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Repeat:</source>
        <translation>确认新密码：</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Who are you?</source>
        <translation>请选择身份</translation>
    </message>
    <message>
        <location line="+14" />
        <source>at least %1 characters</source>
        <translation>至少 %1 位</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 — %2, %3</source>
        <translation>%1 — %2，%3</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Choose who you are. Every change you make is recorded under this name.</source>
        <translation>请选择您的身份。您所做的每项修改都会以此名义记录。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <location line="+46" />
        <source>The ledger has no users.</source>
        <translation>台账中没有用户。</translation>
    </message>
    <message>
        <location line="+34" />
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>rectify::UsersDialog</name>
    <message>
        <location filename="../../ui/users/usersdialog.cpp" line="+50" />
        <source>Add User</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+161" />
        <source>Selected user</source>
        <translation>选中的用户</translation>
    </message>
    <message>
        <location line="-158" />
        <source>Save Changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+163" />
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location line="-162" />
        <source>Reset Password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every user needs a password (at least %1 characters)</source>
        <translation>每个用户都须设置密码（至少 %1 位）</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Users</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+13" />
        <source>optional, at least %1 characters</source>
        <translation>可不填；填写则至少 %1 位</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A deactivated user cannot sign in; their name stays in the history. Users are never deleted.</source>
        <translation>停用的用户不能登录，其姓名仍保留在历史记录中。用户不会被删除。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Gives the user a temporary password; they must choose their own at their next sign-in.</source>
        <translation>给该用户一个临时密码；其下次登录时须设置自己的密码。</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+14" />
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location line="-13" />
        <location line="+14" />
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <location line="-4" />
        <source>New user</source>
        <translation>新增用户</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Every user now needs a password; a user without one chooses it at their next sign-in.</source>
        <translation>现要求每个用户设置密码；尚无密码的用户下次登录时设置。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Passwords are optional now.</source>
        <translation>现不强制设置密码。</translation>
    </message>
    <message>
        <location line="+33" />
        <source>reset: to be changed</source>
        <translation>已重置，待修改</translation>
    </message>
    <message>
        <location line="+2" />
        <source>set</source>
        <translation>已设置</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Selected user: %1</source>
        <translation>选中的用户：%1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Activate</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Added %1 (%2).</source>
        <translation>已添加 %1（%2）。</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+24" />
        <location line="+15" />
        <source>Select a user in the list first.</source>
        <translation>请先在列表中选择一个用户。</translation>
    </message>
    <message>
        <location line="-23" />
        <source>Saved the changes to %1.</source>
        <translation>已保存对 %1 的修改。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 is deactivated: they can no longer sign in; their name stays in the history.</source>
        <translation>%1 已停用：不能再登录，其姓名仍保留在历史记录中。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is active again and can sign in.</source>
        <translation>%1 已重新启用，可以登录。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The temporary password of %1 is %2. Give it to them in person; they must choose their own at their next sign-in.</source>
        <translation>%1 的临时密码是 %2。请当面告知本人；其下次登录时须设置自己的密码。</translation>
    </message>
</context>
</TS>