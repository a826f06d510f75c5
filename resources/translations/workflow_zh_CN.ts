<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>rectify::Accounts</name>
    <message>
        <location filename="../../core/workflow/accounts.cpp" line="+28"/>
        <source>The new password is empty.</source>
        <translation>新密码为空。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 位。</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+63"/>
        <source>The ledger has no user named &quot;%1&quot;.</source>
        <translation>台账中没有名为“%1”的用户。</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>%1 is deactivated and cannot sign in; an administrator can activate them again.</source>
        <translation>%1 已停用，不能登录；管理员可以重新启用。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This connection signed in with the server login of %1; it cannot act as %2.</source>
        <translation>本次连接以%1的服务器账号登录，不能以%2的身份操作。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot check the password of %1: %2</source>
        <translation>无法核对 %1 的密码：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong password for %1.</source>
        <translation>%1 的密码不正确。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An administrator reset the password of %1: choose a new one.</source>
        <translation>管理员已重置 %1 的密码：请设置新密码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This ledger requires a password of every user: choose one for %1.</source>
        <translation>本台账要求每个用户设置密码：请为 %1 设置密码。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>stronger password hash on sign-in</source>
        <translation>登录时更新为更强的密码摘要</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 is deactivated.</source>
        <translation>%1 已停用。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+8"/>
        <source>Choose a password of your own, not the one you were given.</source>
        <translation>请设置自己的密码，不要沿用管理员给的临时密码。</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>password set</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A user needs a name.</source>
        <translation>用户须有姓名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+59"/>
        <source>An official needs a unit: the tasks they may work on are their unit&apos;s.</source>
        <translation>经办人员须有所属单位：其可办理的是本单位的任务。</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>The ledger already has a user named &quot;%1&quot;.</source>
        <translation>台账中已有名为“%1”的用户。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This server ledger gives every user a login of their own; &quot;%1&quot; cannot be one: name a login (users add NAME --login LOGIN).</source>
        <translation>此服务器台账为每位用户单独设立账号；“%1”不能用作账号，请指定账号（users add 姓名 --login 账号）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This server ledger gives every user a login of their own, which needs a password: give it with --password-stdin.</source>
        <translation>此服务器台账为每位用户单独设立账号，账号需要密码：请用 --password-stdin 提供。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>password reset by %1</source>
        <translation>密码由 %1 重置</translation>
    </message>
</context>
<context>
    <name>rectify::AuditQuery</name>
    <message>
        <location filename="../../core/workflow/auditquery.cpp" line="+40"/>
        <location line="+13"/>
        <source>read the audit log</source>
        <translation>读取审计日志</translation>
    </message>
</context>
<context>
    <name>rectify::Extensions</name>
    <message>
        <location filename="../../core/workflow/extensions.cpp" line="+22"/>
        <source>The task is closed (signed off); its deadline no longer matters.</source>
        <translation>该任务已销号，无需调整整改时限。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The task is completed and awaits sign-off; it needs no later deadline.</source>
        <translation>该任务已完成待销号，无需延期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The task has no deadline to move (it is long-term or has none).</source>
        <translation>该任务没有可调整的整改时限（长期坚持或未设时限）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the new deadline as a date, e.g. 2024-06-30.</source>
        <translation>请以日期填写新的时限，如 2024-06-30。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The deadline %1 has passed: an extension is asked for before the deadline, not after.</source>
        <translation>整改时限 %1 已过：延期须在时限届满前申请。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new deadline %1 is not later than the current one, %2.</source>
        <translation>新时限 %1 不晚于现有时限 %2。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>An extension request needs a reason (延期理由).</source>
        <translation>申请延期须填写延期理由。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The task already has a request to move its deadline to %1, pending a supervisor&apos;s decision.</source>
        <translation>该任务已有延期至 %1 的申请，正待督办人员审批。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Rejecting an extension request needs a reason.</source>
        <translation>驳回延期申请须说明理由。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The task has no pending extension request.</source>
        <translation>该任务没有待审批的延期申请。</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+1"/>
        <source>extension approved: %1</source>
        <translation>批准延期：%1</translation>
    </message>
</context>
<context>
    <name>rectify::Password</name>
    <message>
        <location filename="../../core/workflow/password.cpp" line="+121"/>
        <source>The stored password is not in a form Rectify reads.</source>
        <translation>保存的密码格式无法识别。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stored password uses %1 iterations, outside %2 to %3: it is refused unchecked (it would be too weak, or take too long to check).</source>
        <translation>保存的密码使用 %1 次迭代，超出 %2 至 %3 的范围：不予核对，直接拒绝（强度过低，或核对耗时过长）。</translation>
    </message>
</context>
<context>
    <name>rectify::Permission</name>
    <message>
        <location filename="../../core/workflow/permission.cpp" line="+103"/>
        <source>%1 is deactivated: an administrator can activate them again.</source>
        <translation>%1 已停用：管理员可以重新启用。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only a supervisor may open, close or collect a reporting round (%1 is %2).</source>
        <translation>只有督办人员可以开启、结束或收取报送轮次（%1 是%2）。</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <source>Only a supervisor may approve or reject an extension request (%1 is an official).</source>
        <translation>只有督办人员可以批准或驳回延期申请（%1 是经办人员）。</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+6"/>
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
    <message>
        <location line="+11"/>
        <source>Only a supervisor or an administrator may record a %1 (%2 is an official; officials record the meetings and rules of their unit).</source>
        <translation>只有督办人员或管理员可以记录%1（%2 是责任单位人员；责任单位人员只能记录本单位的会议和制度）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is an official without a unit, and so may not record meetings or rules; an administrator can set the unit.</source>
        <translation>%1 是未设置单位的责任单位人员，不能记录会议或制度；可请管理员设置单位。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This record is not %1&apos;s: it was recorded for %2, not for %3.</source>
        <translation>这条记录不属于 %1：它记在%2名下，而不是%3。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the supervising office</source>
        <translation>督办部门</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only a supervisor or an administrator may change an inspection (%1 is an official).</source>
        <translation>只有督办人员或管理员可以修改巡视信息（%1 是责任单位人员）。</translation>
    </message>
</context>
<context>
    <name>rectify::Workflow</name>
    <message>
        <location filename="../../core/workflow/workflow.cpp" line="+31"/>
        <source>The task is already completed and awaits sign-off.</source>
        <translation>该任务已完成，正在等待销号。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+22"/>
        <source>The task is closed (signed off); a supervisor must reopen it first.</source>
        <translation>该任务已销号；须由督办人员先重新打开。</translation>
    </message>
    <message>
        <location line="-17"/>
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
        <location line="+49"/>
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
        <location line="+14"/>
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
</TS>
