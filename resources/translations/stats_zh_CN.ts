<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>rectify::AlertLevel</name>
    <message>
        <location filename="../../core/stats/alert.cpp" line="+35" />
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+3" />
        <source>On track</source>
        <translation>正常推进</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Approaching</source>
        <translation>临近时限</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No recent progress</source>
        <translation>长期未报进展</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No deadline</source>
        <translation>缺少整改时限</translation>
    </message>
</context>
<context>
    <name>rectify::AlertList</name>
    <message>
        <location filename="../../core/stats/alertlist.cpp" line="+59" />
        <source>No date was given for the alerts.</source>
        <translation>没有给出预警日期。</translation>
    </message>
    <message>
        <location line="+22" />
        <source>read the tasks to alert on</source>
        <translation>读取预警任务</translation>
    </message>
    <message>
        <location line="+43" />
        <source>read the responsibilities of the alerting tasks</source>
        <translation>读取预警任务的责任信息</translation>
    </message>
</context>
<context>
    <name>rectify::ChartData</name>
    <message>
        <location filename="../../core/stats/chartdata.cpp" line="+19" />
        <source>Others</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+5" />
        <source>(none named)</source>
        <translation>（未明确）</translation>
    </message>
    <message>
        <location line="+7" />
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
        <source>Completed, awaiting sign-off</source>
        <translation>已完成待销号</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Signed off</source>
        <translation>已销号</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Stale or no deadline</source>
        <translation>长期未报进展或缺少时限</translation>
    </message>
    <message>
        <location line="+2" />
        <source>On track</source>
        <translation>正常推进</translation>
    </message>
</context>
<context>
    <name>rectify::ChartExporter</name>
    <message>
        <location filename="../../ui/charts/chartexporter.cpp" line="+63" />
        <source>The resolution must be between 24 and 1200 dpi, not %1.</source>
        <translation>分辨率须在 24 到 1200 dpi 之间，而不是 %1。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+4" />
        <location line="+13" />
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Unknown format.</source>
        <translation>未知格式。</translation>
    </message>
</context>
<context>
    <name>rectify::ChartFactory</name>
    <message>
        <location filename="../../ui/charts/chartfactory.cpp" line="+65" />
        <source>Tasks by status (completion rate %1)</source>
        <translation>整改任务状态（完成率 %1）</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open, not overdue</source>
        <translation>未完成（未逾期）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location line="+25" />
        <location line="+98" />
        <source>Tasks</source>
        <translation>整改任务</translation>
    </message>
    <message>
        <location line="-77" />
        <source>Problems with the most open tasks (%1 of %2 not completed)</source>
        <translation>未完成任务最多的问题（未完成问题 %2 个，显示 %1 个）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Tasks completed</source>
        <translation>已完成任务</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tasks not completed</source>
        <translation>未完成任务</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Tasks due and completed, by week</source>
        <translation>应完成与已完成任务（按周累计）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tasks due and completed, by month</source>
        <translation>应完成与已完成任务（按月累计）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Due (cumulative)</source>
        <translation>应完成（累计）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Completed (cumulative)</source>
        <translation>已完成（累计）</translation>
    </message>
    <message>
        <location line="+43" />
        <source>End of the concentrated rectification period</source>
        <translation>集中整改期结束</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Tasks by status</source>
        <translation>整改任务状态</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+31" />
        <source>Progress by lead unit</source>
        <translation>各牵头单位整改进展</translation>
    </message>
    <message>
        <location line="-29" />
        <location line="+31" />
        <source>Progress by responsible leader</source>
        <translation>各责任领导整改进展</translation>
    </message>
    <message>
        <location line="-29" />
        <source>Progress by problem</source>
        <translation>各问题整改进展</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tasks due and completed over time</source>
        <translation>整改进度累计曲线</translation>
    </message>
</context>
<context>
    <name>rectify::DashboardWidget</name>
    <message>
        <location filename="../../ui/dashboard/dashboardwidget.cpp" line="+55" />
        <source>Inspection</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Category</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location line="+2" />
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Whole dashboard as PDF…</source>
        <translation>整个仪表盘导出为 PDF…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export the dashboard</source>
        <translation>导出仪表盘</translation>
    </message>
    <message>
        <location line="+0" />
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Print the progress report…</source>
        <translation>打印整改进展情况报告…</translation>
    </message>
    <message>
        <location line="+53" />
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <location line="+1" />
        <source>By week</source>
        <translation>按周</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+6" />
        <location line="+7" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+103" />
        <source>Reading the statistics…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Completion rate %1%: %2 of %3 tasks completed (%4 signed off). Overdue %5, due soon %6, long-term without progress %7, no deadline %8, on track %9.</source>
        <translation>完成率 %1%：%3 项任务已完成 %2 项（其中已销号 %4 项）。逾期 %5 项，即将到期 %6 项，长期未报进展 %7 项，缺少时限 %8 项，正常推进 %9 项。</translation>
    </message>
    <message>
        <location line="+121" />
        <source>Export the chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF (*.pdf)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg);;PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Rectification dashboard</source>
        <translation>整改进展仪表盘</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Print the progress report</source>
        <translation>打印整改进展情况报告</translation>
    </message>
    <message>
        <location line="+25" />
        <source>lead unit %1</source>
        <translation>牵头单位 %1</translation>
    </message>
</context>
<context>
    <name>rectify::ProblemStatus</name>
    <message>
        <location filename="../../core/stats/problemstatus.cpp" line="+26" />
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
    <name>rectify::ReportData</name>
    <message>
        <location filename="../../core/stats/reportdata.cpp" line="+23" />
        <source>read the tasks for the report</source>
        <translation>读取报告所需的整改任务</translation>
    </message>
    <message>
        <location line="+45" />
        <source>read the units for the report</source>
        <translation>读取报告所需的责任单位</translation>
    </message>
    <message>
        <location line="+20" />
        <source>read the progress for the report</source>
        <translation>读取报告所需的整改进展</translation>
    </message>
</context>
<context>
    <name>rectify::ReportWriter</name>
    <message>
        <location filename="../../ui/charts/reportwriter.cpp" line="+162" />
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <location line="+22" />
        <location line="+18" />
        <source>Progress report on rectification</source>
        <translation>整改进展情况报告</translation>
    </message>
    <message>
        <location line="-5" />
        <source>Cannot start the report.</source>
        <translation>无法开始生成报告。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>yyyy-MM-dd</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <location line="+6" />
        <source>1. Overview</source>
        <translation>一、总体情况</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Problems: %1 in all; %2 completed (%3 signed off), %4 in progress, %5 not started.</source>
        <translation>问题：共 %1 个，已完成 %2 个（其中已销号 %3 个），推进中 %4 个，未启动 %5 个。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Tasks: %1 in all; %2 completed (%3 signed off), %4 in progress, %5 not started, %6 long-term; completion rate %7%.</source>
        <translation>整改任务：共 %1 项，已完成 %2 项（其中已销号 %3 项），推进中 %4 项，未启动 %5 项，长期坚持 %6 项；完成率 %7%。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Alerts: %1 overdue, %2 due within %3 days, %4 long-term tasks without progress for %5 days, %6 without a deadline.</source>
        <translation>预警：逾期 %1 项，%3 天内到期 %2 项，长期坚持任务超过 %5 天未报进展 %4 项，缺少整改时限 %6 项。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>2. Charts</source>
        <translation>二、整改进展图表</translation>
    </message>
    <message>
        <location line="+9" />
        <source>3. Overdue tasks</source>
        <translation>三、逾期任务清单</translation>
    </message>
    <message>
        <location line="+11" />
        <source>No task is overdue.</source>
        <translation>没有逾期任务。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+8" />
        <source>Measure</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <location line="-8" />
        <location line="+9" />
        <source>Deadline</source>
        <translation>整改时限</translation>
    </message>
    <message>
        <location line="-8" />
        <source>Days late</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+8" />
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location line="-8" />
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location line="+5" />
        <source>4. Problems and their tasks</source>
        <translation>四、各问题整改情况</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Latest progress</source>
        <translation>最新进展</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Problem %1: %2</source>
        <translation>问题 %1：%2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1; %2; %3 of %4 tasks completed</source>
        <translation>%1；%2；%4 项任务已完成 %3 项</translation>
    </message>
    <message>
        <location line="+1" />
        <source>no category</source>
        <translation>未分类</translation>
    </message>
    <message>
        <location line="+9" />
        <source>
(with %1)</source>
        <translation>
（配合：%1）</translation>
    </message>
    <message>
        <location line="+5" />
        <source>long-term</source>
        <translation>长期坚持</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The report was cancelled.</source>
        <translation>报告已取消。</translation>
    </message>
</context>
<context>
    <name>rectify::StatsQuery</name>
    <message>
        <location filename="../../core/stats/statsquery.cpp" line="+108" />
        <source>count the tasks</source>
        <translation>统计整改任务</translation>
    </message>
    <message>
        <location line="+19" />
        <source>count the long-term tasks without recent progress</source>
        <translation>统计长期未报进展的任务</translation>
    </message>
    <message>
        <location line="+38" />
        <source>count the problems</source>
        <translation>统计问题</translation>
    </message>
    <message>
        <location line="+18" />
        <source>read the progress of the problems</source>
        <translation>读取问题整改进度</translation>
    </message>
    <message>
        <location line="+62" />
        <source>count the tasks per lead unit</source>
        <translation>按牵头单位统计任务</translation>
    </message>
    <message>
        <location line="+0" />
        <source>count the tasks per leader</source>
        <translation>按责任领导统计任务</translation>
    </message>
    <message>
        <location line="+0" />
        <source>count the tasks per co-operating unit</source>
        <translation>按配合单位统计任务</translation>
    </message>
    <message>
        <location line="+0" />
        <source>count the tasks per person</source>
        <translation>按责任人统计任务</translation>
    </message>
    <message>
        <location line="+0" />
        <source>read the problems</source>
        <translation>读取问题清单</translation>
    </message>
    <message>
        <location line="+12" />
        <source>count the tasks without a responsibility</source>
        <translation>统计未明确责任的任务</translation>
    </message>
    <message>
        <location line="+20" />
        <source>count the tasks per category</source>
        <translation>按问题类别统计任务</translation>
    </message>
    <message>
        <location line="+51" />
        <source>count the tasks per deadline</source>
        <translation>按整改时限统计任务</translation>
    </message>
    <message>
        <location line="+12" />
        <source>count the tasks per completion date</source>
        <translation>按完成日期统计任务</translation>
    </message>
    <message>
        <location line="+19" />
        <source>read the inspections</source>
        <translation>读取巡视（巡察）轮次</translation>
    </message>
    <message>
        <location line="+22" />
        <source>read the upcoming deadlines</source>
        <translation>读取即将到期的任务</translation>
    </message>
    <message>
        <location line="+26" />
        <source>read the lead units</source>
        <translation>读取牵头单位</translation>
    </message>
    <message>
        <location line="+75" />
        <source>No date was given for the statistics.</source>
        <translation>没有给出统计日期。</translation>
    </message>
</context>
<context>
    <name>rectify::cli</name>
    <message>
        <location filename="../../app/cli/cmd_stats.cpp" line="+22" />
        <source>completion figures per status, lead unit, leader, category and inspection</source>
        <translation>按状态、牵头单位、责任领导、问题类别和轮次统计整改完成情况</translation>
    </message>
    <message>
        <location line="+2" />
        <source>overdue, due-soon and stale tasks (red and yellow lights)</source>
        <translation>列出逾期、即将到期和长期未报进展的任务（红黄灯预警）</translation>
    </message>
    <message>
        <location filename="../../app/cli/statsoptions.h" line="+40" />
        <source>%1 takes no arguments.</source>
        <translation>%1 不接受参数。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 needs one argument: %2.</source>
        <translation>%1 需要一个参数：%2。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>--today needs a date written YYYY-MM-DD, not "%1".</source>
        <translation>--today 需要 YYYY-MM-DD 格式的日期，而不是“%1”。</translation>
    </message>
    <message>
        <location line="+25" />
        <source>--%1 needs a number of days from 0 to 3650.</source>
        <translation>--%1 需要 0 到 3650 之间的天数。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The ledger has no inspection named "%1".</source>
        <translation>台账中没有名为“%1”的巡视巡察。</translation>
    </message>
    <message>
        <location filename="../../app/cli/cmd_stats.cpp" line="+1" />
        <source>write the progress charts (status, units, leaders, problems, burnup)</source>
        <translation>导出整改进展图表（状态、牵头单位、责任领导、问题、累计曲线）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>write the progress report (整改进展情况报告) as PDF</source>
        <translation>生成整改进展情况报告（PDF）</translation>
    </message>
    <message>
        <location line="+197" />
        <location line="+29" />
        <source>Tasks</source>
        <translation>整改任务</translation>
    </message>
    <message>
        <location line="-29" />
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
        <location line="+3" />
        <source>%1: %2</source>
        <comment>a label and its value</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+1" />
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
        <location line="+1" />
        <source>Alerts</source>
        <translation>预警</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 overdue, %2 due within %3 days, %4 long-term without progress for %5 days, %6 without a deadline, %7 on track</source>
        <translation>逾期 %1 项，%3 天内到期 %2 项，长期坚持任务超过 %5 天未报进展 %4 项，缺少整改时限 %6 项，正常推进 %7 项</translation>
    </message>
    <message>
        <location line="+10" />
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
        <location filename="../../app/cli/cmd_charts.cpp" line="+115" />
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
        <source>lead unit %1</source>
        <translation>牵头单位：%1</translation>
    </message>
    <message>
        <location line="+5" />
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
</context>
</TS>