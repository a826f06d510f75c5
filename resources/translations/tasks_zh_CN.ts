<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>rectify::FilterBar</name>
    <message>
        <location filename="../../ui/tasks/filterbar.cpp" line="+92"/>
        <source>Lead unit only</source>
        <translation>仅牵头</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from …</source>
        <translation>起 …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to …</source>
        <translation>止 …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search problems and tasks (Ctrl+F)</source>
        <translation>搜索问题和任务（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open (not done)</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any alert</source>
        <translation>全部预警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red and yellow</source>
        <translation>红灯和黄灯</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open, not overdue</source>
        <translation>未完成且未逾期</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+52"/>
        <source>Any unit</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+55"/>
        <source>Any leader</source>
        <translation>全部责任领导</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+55"/>
        <source>Any person</source>
        <translation>全部责任人</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+56"/>
        <source>Any category</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deadline:</source>
        <translation>整改时限：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only the tasks the unit leads, not those it co-operates on</source>
        <translation>只显示该单位牵头的任务，不含其配合的任务</translation>
    </message>
</context>
<context>
    <name>rectify::LedgerEditor</name>
    <message>
        <location filename="../../ui/tasks/ledgereditor.cpp" line="+44"/>
        <source>&quot;%1&quot; cannot be undone: %2</source>
        <translation>无法撤销“%1”：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; cannot be redone: %2</source>
        <translation>无法重做“%1”：%2</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Add problem %1</source>
        <translation>新增问题 %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Edit problem %1</source>
        <translation>修改问题 %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Delete problem %1</source>
        <translation>删除问题 %1</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Add task (%1)</source>
        <translation>新增任务（%1）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Edit task (%1)</source>
        <translation>修改任务（%1）</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Delete task (%1)</source>
        <translation>删除任务（%1）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Add progress</source>
        <translation>新增进展</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Delete progress</source>
        <translation>删除进展</translation>
    </message>
</context>
<context>
    <name>rectify::NameListEdit</name>
    <message>
        <location filename="../../ui/tasks/namelistedit.cpp" line="+45"/>
        <source>Names separated by 、</source>
        <translation>多个名称用“、”分隔</translation>
    </message>
</context>
<context>
    <name>rectify::ProblemDialog</name>
    <message>
        <location filename="../../ui/tasks/problemdialog.cpp" line="+26"/>
        <source>Add problem</source>
        <translation>新增问题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit problem</source>
        <translation>修改问题</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Inspection:</source>
        <translation>巡视巡察：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No.:</source>
        <translation>序号：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category:</source>
        <translation>问题类别：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem:</source>
        <translation>反馈问题：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description:</source>
        <translation>问题表现：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The fields below still hold your text: OK saves it over the newer version, Cancel keeps the newer version.</source>
        <translation>下面的字段仍是您填写的内容：按“确定”以您的内容覆盖最新版本，按“取消”保留最新版本。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A problem needs a number.</source>
        <translation>问题需要填写序号。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A problem needs a title.</source>
        <translation>问题需要填写内容。</translation>
    </message>
</context>
<context>
    <name>rectify::ProblemListModel</name>
    <message>
        <location filename="../../ui/tasks/problemlistmodel.cpp" line="+128"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>反馈问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>rectify::ProgressModel</name>
    <message>
        <location filename="../../ui/tasks/progressmodel.cpp" line="+78"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>整改进展</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reported by</source>
        <translation>填报人</translation>
    </message>
</context>
<context>
    <name>rectify::ResponsibilityModel</name>
    <message>
        <location filename="../../ui/tasks/responsibilitymodel.cpp" line="+94"/>
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co-operating unit</source>
        <translation>配合单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leader</source>
        <translation>责任领导</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answers as</source>
        <translation>责任类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tasks</source>
        <translation>任务数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
</context>
<context>
    <name>rectify::TaskDetailPane</name>
    <message>
        <location filename="../../ui/tasks/taskdetailpane.cpp" line="+53"/>
        <location line="+404"/>
        <source>Long-term</source>
        <translation>长期坚持</translation>
    </message>
    <message>
        <location line="-395"/>
        <source>Add progress…</source>
        <translation>新增进展…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete entry</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reapply my changes</source>
        <translation>重新填入我的修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard them</source>
        <translation>放弃我的修改</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+375"/>
        <source>No deadline</source>
        <translation>无时限</translation>
    </message>
    <message>
        <location line="-362"/>
        <source>Measure:</source>
        <translation>整改措施：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target:</source>
        <translation>整改目标：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline:</source>
        <translation>整改时限：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>整改状态：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leader:</source>
        <translation>责任领导：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead unit:</source>
        <translation>牵头单位：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-operating units:</source>
        <translation>配合单位：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person:</source>
        <translation>责任人：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remarks:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Progress history</source>
        <translation>整改进展</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>No task selected</source>
        <translation>未选择任务</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem %1: %2 — task (%3)</source>
        <translation>问题 %1：%2 — 任务（%3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task (%1)</source>
        <translation>任务（%1）</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This task is closed (signed off); a supervisor must reopen it first.</source>
        <translation>该任务已销号；须由督办人员先重新打开。</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Edit task (%1)</source>
        <translation>修改任务（%1）</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Measure</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>整改目标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline</source>
        <translation>整改时限</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>整改状态</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leader</source>
        <translation>责任领导</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co-operating units</source>
        <translation>配合单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This task was deleted by another user before your changes were saved.</source>
        <translation>在您保存之前，其他用户已删除此任务。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another user changed this task before your changes were saved. The form now shows the newer version.</source>
        <translation>在您保存之前，其他用户修改了此任务，您的修改未保存。表单现显示最新内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Your unsaved changes:</source>
        <translation>您未保存的修改：</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Add progress</source>
        <translation>新增进展</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress:</source>
        <translation>进展情况：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported by:</source>
        <translation>填报人：</translation>
    </message>
</context>
<context>
    <name>rectify::TaskTableModel</name>
    <message>
        <location filename="../../ui/tasks/tasktablemodel.cpp" line="+41"/>
        <source>Overdue 1 day</source>
        <translation>逾期 1 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue %1 days</source>
        <translation>逾期 %1 天</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 day left</source>
        <translation>剩 1 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days left</source>
        <translation>剩 %1 天</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No progress yet</source>
        <translation>尚无进展</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No progress for %1 days</source>
        <translation>%1 天未报进展</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Signed off (completed late)</source>
        <translation>已销号（超期完成）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed off</source>
        <translation>已销号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed late</source>
        <translation>超期完成</translation>
    </message>
    <message>
        <location line="+454"/>
        <source>Alert</source>
        <translation>预警</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>反馈问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measure</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latest progress</source>
        <translation>最新进展</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leader</source>
        <translation>责任领导</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline</source>
        <translation>整改时限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/tasks/taskcolumns.cpp" line="+70"/>
        <location filename="../../ui/tasks/tasktablemodel.cpp" line="-45"/>
        <source>Long-term</source>
        <translation>长期坚持</translation>
    </message>
</context>
</TS>
