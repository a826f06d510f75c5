<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>rectify::FormCollector</name>
    <message>
        <location filename="../../core/reporting/formcollector.cpp" line="+34" />
        <source>progress: %1</source>
        <translation>进展：%1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>completed (awaits sign-off): %1</source>
        <translation>已完成（待销号）：%1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>extension to %1: %2</source>
        <translation>申请延期至 %1：%2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>(already in the ledger)</source>
        <translation>（台账中已有）</translation>
    </message>
    <message>
        <location line="+13" />
        <source>row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>row %1, column %2 (%3): %4</source>
        <translation>第 %1 行，%2 列（%3）：%4</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: row %2: %3</source>
        <translation>%1：第 %2 行：%3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: row %2, column %3 (%4): %5</source>
        <translation>%1：第 %2 行，%3 列（%4）：%5</translation>
    </message>
    <message>
        <location line="+50" />
        <source>Nothing was written: %1</source>
        <translation>未写入任何内容：%1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The form is of format %1; this version of Rectify reads format %2.</source>
        <translation>该报送表为第 %1 版格式，本版本只能读取第 %2 版格式。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The form is not one of this ledger's: its round (%1) is unknown here. Was it sent out from another ledger?</source>
        <translation>该报送表不属于本台账：本台账中没有其报送轮次（%1）。是否由其他台账生成？</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The form belongs to the round %1, not to %2.</source>
        <translation>该报送表属于报送轮次 %1，不是 %2。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The round %1 is closed: forms are no longer collected in it.</source>
        <translation>报送轮次 %1 已结束，不再收取报送表。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The form's keys were changed (its round, unit or task references no longer match their checksum): return the form as it was sent, with only the white columns filled in.</source>
        <translation>报送表的校验信息被改动（报送轮次、单位或任务编号与校验码不符）：请按下发的原表报送，只填写白色列。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The form names the unit %1 on its sheet but was made for %2: a form cannot be taken for another unit's.</source>
        <translation>报送表上的填报单位为 %1，但该表是为 %2 生成的：不能用作其他单位的报送表。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>This is the form of %1, not of %2.</source>
        <translation>这是 %1 的报送表，不是 %2 的。</translation>
    </message>
    <message>
        <location line="+55" />
        <source>The task reference was changed from %1 to "%2"; the key columns are not edited.</source>
        <translation>任务编号由 %1 被改为“%2”；灰色的台账内容列不得修改。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Task %1 is no longer in the ledger (removed since the form was sent).</source>
        <translation>任务 %1 已不在台账中（报送表下发后被删除）。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Task %1 is not led by %2 (any more); its lead unit reports it.</source>
        <translation>任务 %1 的牵头单位已不是 %2，应由其牵头单位报送。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>"%1" is not one of %2.</source>
        <translation>“%1”不是以下之一：%2。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>"%1" is not a date; write it as 2024-06-30.</source>
        <translation>“%1”不是日期，请写作 2024-06-30。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>An extension request needs a reason.</source>
        <translation>申请延期须填写延期理由。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A reason for an extension is given, but no new deadline.</source>
        <translation>填写了延期理由，但未填写申请延期至的日期。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>已完成 needs the progress column to say what was done.</source>
        <translation>选择“已完成”须在本期进展中写明完成情况。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A task reported as 已完成 needs no extension.</source>
        <translation>报为“已完成”的任务无需申请延期。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Task %1 was signed off since the form was sent; it takes no more reports.</source>
        <translation>任务 %1 在报送表下发后已销号，不再接收报送。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Name who reports (填报人).</source>
        <translation>请填写填报人。</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Task %1 already has a request to move its deadline to %2, pending a supervisor's decision.</source>
        <translation>任务 %1 已有延期至 %2 的申请，正待督办人员审批。</translation>
    </message>
    <message>
        <location line="+33" />
        <location line="+5" />
        <location line="+4" />
        <source>task %1: %2</source>
        <translation>任务 %1：%2</translation>
    </message>
</context>
<context>
    <name>rectify::FormReader</name>
    <message>
        <location filename="../../core/reporting/formreader.cpp" line="+51" />
        <source>%1 is not a reporting form of Rectify (its keys are missing): return the form as it was sent, filled in.</source>
        <translation>%1 不是本系统生成的报送表（缺少校验信息）：请在下发的原表上填写后报送。</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+26" />
        <location line="+3" />
        <location line="+18" />
        <location line="+3" />
        <location line="+5" />
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="-53" />
        <source>%1 is %2 MB; a reporting form is far smaller. Is it the right file?</source>
        <translation>%1 有 %2 MB，报送表远小于此。是否选错了文件？</translation>
    </message>
    <message>
        <location line="+39" />
        <source>%1 has no sheet %2: return the form as it was sent, filled in.</source>
        <translation>%1 中没有工作表“%2”：请在下发的原表上填写后报送。</translation>
    </message>
    <message>
        <location line="+69" />
        <source>This row is not one of the form's tasks: rows cannot be added to a form, and the read-only section is not filled in.</source>
        <translation>此行不是报送表中的任务：不得在报送表中增加行，只读的配合任务部分也无需填写。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The row of task %1 is missing.</source>
        <translation>缺少任务 %1 所在的行。</translation>
    </message>
    <message>
        <location line="+23" />
        <source>%1 is not UTF-8 text: save it as "CSV UTF-8".</source>
        <translation>%1 不是 UTF-8 文本：请另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is neither UTF-8 nor GB18030 text: save it as "CSV UTF-8".</source>
        <translation>%1 既不是 UTF-8 也不是 GB18030 文本：请另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <location line="+43" />
        <source>The form ends before its task %1 (rows cannot be removed).</source>
        <translation>报送表在第 %1 个任务前就结束了（不得删除行）。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>This row is not one of the form's tasks: rows cannot be added to a form.</source>
        <translation>此行不是报送表中的任务：不得在报送表中增加行。</translation>
    </message>
</context>
<context>
    <name>rectify::FormWriter</name>
    <message>
        <location filename="../../core/reporting/formwriter.cpp" line="+74" />
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="+24" />
        <location line="+3" />
        <location line="+244" />
        <location line="+6" />
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="-245" />
        <source>the workbook could not be created</source>
        <translation>无法创建工作簿</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the worksheet could not be created</source>
        <translation>无法创建工作表</translation>
    </message>
    <message>
        <location line="+196" />
        <source>the finished file could not be renamed</source>
        <translation>无法重命名已写好的文件</translation>
    </message>
</context>
<context>
    <name>rectify::RemindDialog</name>
    <message>
        <location filename="../../ui/rounds/reminddialog.cpp" line="+29" />
        <source>&amp;Copy Text</source>
        <translation>复制文字(&amp;C)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Save Documents…</source>
        <translation>保存为文档(&amp;S)…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Reminders to Late Units</source>
        <translation>催办滞后单位</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Reminder to %1</source>
        <translation>催办%1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Word (.docx)</source>
        <translation>Word 文档 (.docx)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>OpenDocument (.odt)</source>
        <translation>OpenDocument 文档 (.odt)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy the notice as text, to paste into an IM or OA message (Ctrl+C)</source>
        <translation>复制通知文字，粘贴到即时通讯或 OA 消息中（Ctrl+C）</translation>
    </message>
    <message>
        <location line="+38" />
        <source>No unit is late on %1: there is nobody to remind.</source>
        <translation>截至 %1 没有滞后单位，无需催办。</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%n overdue</source>
        <translation>
            <numerusform>已超期 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n due soon</source>
        <translation>
            <numerusform>即将到期 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>not reported</source>
        <translation>未报送</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%n notice(s). A notice copied or saved is recorded in its tasks' history.</source>
        <translation>
            <numerusform>共 %n 份催办通知。复制或保存后即登记为已催办，记入相关任务的历史记录。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38" />
        <source>Copied the notice to %1: paste it into the message. Recorded as sent.</source>
        <translation>已复制给%1的催办通知，请粘贴到消息中发送。已登记为已催办。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Save the Notices Into</source>
        <translation>催办通知保存到</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>Saved %n notice(s) into %1; recorded as sent.</source>
        <translation>
            <numerusform>已将 %n 份催办通知保存到 %1，并登记为已催办。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rectify::Reminders</name>
    <message>
        <location filename="../../core/reporting/reminders.cpp" line="+84" />
        <source>Give the day of the notices.</source>
        <translation>请给出催办日期。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The ledger has no unit named "%1".</source>
        <translation>台账中没有名为“%1”的单位。</translation>
    </message>
    <message>
        <location line="+78" />
        <source>%1 has no overdue or due-soon task and is not missing its report of %2: there is nothing to remind it of.</source>
        <translation>%1没有已超期或即将到期的任务，也已报送“%2”，无需催办。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 has no overdue or due-soon task: there is nothing to remind it of.</source>
        <translation>%1没有已超期或即将到期的任务，无需催办。</translation>
    </message>
    <message>
        <location line="+74" />
        <source>The notice to %1 lists nothing.</source>
        <translation>给%1的催办通知没有任何事项。</translation>
    </message>
</context>
<context>
    <name>rectify::RoundForms</name>
    <message>
        <location filename="../../core/reporting/roundforms.cpp" line="+68" />
        <source>read the tasks of the round's units</source>
        <translation>读取报送单位的任务</translation>
    </message>
</context>
<context>
    <name>rectify::RoundStatus</name>
    <message>
        <location filename="../../core/reporting/roundstatus.cpp" line="+27" />
        <source>on time</source>
        <translation>按时报送</translation>
    </message>
    <message>
        <location line="+2" />
        <source>late</source>
        <translation>逾期报送</translation>
    </message>
    <message>
        <location line="+4" />
        <source>not reported</source>
        <translation>未报送</translation>
    </message>
</context>
<context>
    <name>rectify::Rounds</name>
    <message>
        <location filename="../../core/reporting/rounds.cpp" line="+15" />
        <source>closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location line="+0" />
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Name the round, e.g. 2024年1月进展报送.</source>
        <translation>请填写报送轮次名称，如“2024年1月进展报送”。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give the round's due date, e.g. 2024-01-25.</source>
        <translation>请填写报送截止日期，如 2024-01-25。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The ledger has no inspection named "%1".</source>
        <translation>台账中没有名为“%1”的巡视（检查）轮次。</translation>
    </message>
    <message>
        <location line="+28" />
        <source>The ledger has no reporting round named "%1".</source>
        <translation>台账中没有名为“%1”的报送轮次。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The ledger has no open reporting round: open one, or name a round.</source>
        <translation>台账中没有进行中的报送轮次：请先开启一个，或指定报送轮次。</translation>
    </message>
</context>
<context>
    <name>rectify::RoundsDialog</name>
    <message>
        <location filename="../../ui/rounds/roundsdialog.cpp" line="+57" />
        <source>Round</source>
        <translation>报送轮次</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location line="+0" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Reported</source>
        <translation>已报送</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Reporting</source>
        <translation>报送情况</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Reported on</source>
        <translation>报送日期</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Reporter</source>
        <translation>填报人</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Open Round</source>
        <translation>开启报送(&amp;O)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>C&amp;lose Round</source>
        <translation>结束报送(&amp;L)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Write Forms…</source>
        <translation>生成报送表(&amp;W)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>as CSV</source>
        <translation>CSV 格式</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Co&amp;llect Forms…</source>
        <translation>收取报送表(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+76" />
        <source>&amp;Remind Late Units…</source>
        <translation>催办滞后单位(&amp;R)…</translation>
    </message>
    <message>
        <location line="-74" />
        <source>&amp;Accept Checked Forms</source>
        <translation>接收已核对的报送表(&amp;A)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Reporting Rounds</source>
        <translation>进展报送</translation>
    </message>
    <message>
        <location line="+4" />
        <source>e.g. 2024年1月进展报送</source>
        <translation>如：2024年1月进展报送</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Choose the forms units returned (or drop them here): each file is checked and shown here before anything is written.</source>
        <translation>选择各单位报回的报送表（或拖放到此处）：每个文件先经校核并在此显示，确认后才写入台账。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>New round:</source>
        <translation>新报送轮次：</translation>
    </message>
    <message>
        <location line="+2" />
        <source>due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Who reported</source>
        <translation>报送情况</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Returned forms</source>
        <translation>报回的报送表</translation>
    </message>
    <message>
        <location line="+29" />
        <source>&amp;Remind %1…</source>
        <translation>催办%1(&amp;R)…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Choose who you are first: File → Switch User…</source>
        <translation>请先选择您的身份：文件 → 切换用户…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>A reminder (催办) listing the overdue and due-soon tasks and the missing report, to copy into a message or save as a document</source>
        <translation>生成催办通知，列出已超期、即将到期的任务和未报送情况，可复制到消息中或保存为文档</translation>
    </message>
    <message>
        <location line="+39" />
        <source>%1 of %2 (%3%)</source>
        <translation>%1/%2（%3%）</translation>
    </message>
    <message>
        <location line="+26" />
        <source>No reporting round yet: open one above.</source>
        <translation>还没有报送轮次：请在上方开启。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1, due %2: %3 on time, %4 late, %5 not reported; reporting rate %6%.</source>
        <translation>%1，截止 %2：按时报送 %3 个，逾期报送 %4 个，未报送 %5 个；报送率 %6%。</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Opened the round %1, due %2.</source>
        <translation>已开启报送轮次 %1，截止日期 %2。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Closed the round %1: no more forms are collected in it.</source>
        <translation>已结束报送轮次 %1，不再收取报送表。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Write the Forms Into</source>
        <translation>报送表保存到</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Only a supervisor writes a round's forms.</source>
        <translation>只有督办人员可以生成报送表。</translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>Wrote %n form(s) into %1: send each unit its file.</source>
        <translation>
            <numerusform>已在 %1 生成报送表 %n 份：请将各单位的文件分别发给该单位。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9" />
        <source>Collect Returned Forms</source>
        <translation>收取报回的报送表</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Forms (*.xlsx *.csv);;All files (*)</source>
        <translation>报送表 (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+23" />
        <source>✗ %1: refused, nothing will be written.</source>
        <translation>✗ %1：不予接收，不会写入任何内容。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>= %1: %2's form was already collected on %3; nothing changes.</source>
        <translation>= %1：%2 的报送表已于 %3 收取，不作更改。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>✓ %1: %2, %3</source>
        <translation>✓ %1：%2，%3</translation>
    </message>
    <message>
        <location line="+0" />
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
    <message numerus="yes">
        <location line="+6" />
        <source>%n file(s) refused; correct them and collect them again.</source>
        <translation>
            <numerusform>%n 个文件未予接收，请修改后重新收取。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the changes, then accept them.</source>
        <translation>请核对以上内容，然后接收。</translation>
    </message>
    <message numerus="yes">
        <location line="+25" />
        <source>%n form(s) could not be written; see above.</source>
        <translation>
            <numerusform>%n 份报送表未能写入，详见上方。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Collected %n form(s).</source>
        <translation>
            <numerusform>已收取报送表 %n 份。</numerusform>
        </translation>
    </message>
</context>
</TS>