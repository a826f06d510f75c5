<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>rectify::ChartExporter</name>
    <message>
        <location filename="../../ui/dashboard/charts/chartexporter.cpp" line="+63"/>
        <source>The resolution must be between 24 and 1200 dpi, not %1.</source>
        <translation>分辨率须在 24 到 1200 dpi 之间，而不是 %1。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <location line="+13"/>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown format.</source>
        <translation>未知格式。</translation>
    </message>
</context>
<context>
    <name>rectify::ChartFactory</name>
    <message>
        <location filename="../../ui/dashboard/charts/chartfactory.cpp" line="+67"/>
        <source>Tasks by status (completion rate %1)</source>
        <translation>整改任务状态（完成率 %1）</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open, not overdue</source>
        <translation>未完成（未逾期）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+112"/>
        <source>Tasks</source>
        <translation>整改任务</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Problems with the most open tasks (%1 of %2 not completed)</source>
        <translation>未完成任务最多的问题（未完成问题 %2 个，显示 %1 个）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tasks completed</source>
        <translation>已完成任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks not completed</source>
        <translation>未完成任务</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Tasks due and completed, by week</source>
        <translation>应完成与已完成任务（按周累计）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks due and completed, by month</source>
        <translation>应完成与已完成任务（按月累计）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due (cumulative)</source>
        <translation>应完成（累计）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Completed (cumulative)</source>
        <translation>已完成（累计）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Completed before import (%1, date unknown)</source>
        <translation>导入前已完成（%1 项，日期不详）</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>End of the concentrated rectification period</source>
        <translation>集中整改期结束</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Tasks by status</source>
        <translation>整改任务状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+39"/>
        <source>Progress by lead unit</source>
        <translation>各牵头单位整改进展</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+39"/>
        <source>Progress by responsible leader</source>
        <translation>各责任领导整改进展</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Progress by problem</source>
        <translation>各问题整改进展</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tasks due and completed over time</source>
        <translation>整改进度累计曲线</translation>
    </message>
</context>
<context>
    <name>rectify::DashboardTab</name>
    <message>
        <location filename="../../ui/dashboard/dashboardtab.cpp" line="+39"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Lists</source>
        <translation>三项清单</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Dashboard</source>
        <translation>仪表盘(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Charts of the rectification&apos;s progress (F9)</source>
        <translation>整改进展图表（F9）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Print the Progress Report…</source>
        <translation>打印整改进展情况报告(&amp;P)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;Report (PDF)…</source>
        <translation>导出报告 (PDF)(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export C&amp;harts…</source>
        <translation>导出图表(&amp;H)…</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>The list shows alerts as of %1; the dashboard was set to %2.</source>
        <translation>清单按 %1 计算预警；仪表盘的统计日期为 %2。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Progress report on rectification</source>
        <translation>整改进展情况报告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the progress report</source>
        <translation>打印整改进展情况报告</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>无法写入 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the ledger…</source>
        <translation>正在读取台账…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+55"/>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>The report %1 was not written: cancelled.</source>
        <translation>报告 %1 未写入：已取消。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote the progress report to %1 (%2 pages).</source>
        <translation>整改进展情况报告已写入 %1（共 %2 页）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose at least one format.</source>
        <translation>请至少选择一种格式。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting the charts…</source>
        <translation>正在导出图表…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Export cancelled; %n file(s) written to %1.</source>
        <translation>
            <numerusform>导出已取消；已向 %1 写入 %n 个文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Wrote %n chart file(s) to %1.</source>
        <translation>
            <numerusform>已向 %1 写入 %n 个图表文件。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export the progress report</source>
        <translation>导出整改进展情况报告</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>progress-report_%1.pdf</source>
        <comment>a file name</comment>
        <translation>整改进展报告_%1.pdf</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>status</source>
        <comment>file name of the chart of tasks by status</comment>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>units</source>
        <comment>file name of the chart by lead unit</comment>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leaders</source>
        <comment>file name of the chart by responsible leader</comment>
        <translation>责任领导</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>problems</source>
        <comment>file name of the chart by problem</comment>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>burnup</source>
        <comment>file name of the chart of tasks due and completed</comment>
        <translation>完成趋势</translation>
    </message>
</context>
<context>
    <name>rectify::DashboardWidget</name>
    <message>
        <location filename="../../ui/dashboard/dashboardwidget.cpp" line="+61"/>
        <source>Inspection</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Whole dashboard as PDF…</source>
        <translation>整个仪表盘导出为 PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the dashboard</source>
        <translation>导出仪表盘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dashboard_%1.pdf</source>
        <comment>a file name</comment>
        <translation>仪表盘_%1.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print the progress report…</source>
        <translation>打印整改进展情况报告…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By week</source>
        <translation>按周</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+6"/>
        <location line="+6"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Reading the statistics…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Completion rate %1%: %2 of %3 tasks completed (%4 signed off). Overdue %5, due soon %6, long-term without progress %7, no deadline %8, on track %9.</source>
        <translation>完成率 %1%：%3 项任务已完成 %2 项（其中已销号 %4 项）。逾期 %5 项，即将到期 %6 项，长期未报进展 %7 项，缺少时限 %8 项，正常推进 %9 项。</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Export the chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF (*.pdf)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg);;PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Rectification dashboard</source>
        <translation>整改进展仪表盘</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>all inspections</source>
        <translation>全部巡视巡察</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inspection: %1; category: %2; lead unit: %3; as of %4</source>
        <translation>范围：%1；问题类别：%2；牵头单位：%3；统计截至 %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print the progress report</source>
        <translation>打印整改进展情况报告</translation>
    </message>
</context>
<context>
    <name>rectify::ExportChartsDialog</name>
    <message>
        <location filename="../../ui/dashboard/exportchartsdialog.cpp" line="+21"/>
        <source>PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawing</source>
        <translation>SVG 矢量图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the charts</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formats:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG resolution:</source>
        <translation>PNG 分辨率：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One file per chart: status, units, leaders, problems, burnup.</source>
        <translation>每张图表一个文件：status、units、leaders、problems、burnup。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder for the charts</source>
        <translation>图表保存文件夹</translation>
    </message>
</context>
<context>
    <name>rectify::RankingSection</name>
    <message>
        <location filename="../../ui/dashboard/rankingsection.cpp" line="+23"/>
        <source>Unit Ranking</source>
        <translation>单位考核</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export to E&amp;xcel…</source>
        <translation>导出 Excel(&amp;X)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tasks</source>
        <translation>牵头任务</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On time</source>
        <translation>按时完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>逾期未完成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Extended</source>
        <translation>延期</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+70"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Late</source>
        <translation>超期完成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reports</source>
        <translation>按时报送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks the unit leads</source>
        <translation>该单位牵头的任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed on or before the deadline</source>
        <translation>在整改时限内完成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Completed after the deadline (超期完成)</source>
        <translation>超过整改时限后完成（超期完成）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not completed, deadline passed</source>
        <translation>已过整改时限仍未完成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tasks with an approved extension</source>
        <translation>经批准延期的任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rounds reported on time / rounds past their due date that asked the unit</source>
        <translation>按时报送次数 / 已过截止日期的应报送轮次</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Score = 100 × (0.4 × completed on time ÷ due + 0.3 × (1 − overdue ÷ due) + 0.3 × reports on time ÷ rounds); due = completed + overdue.</source>
        <translation>得分 = 100 ×（0.4 × 按时完成数 ÷ 到期任务数 + 0.3 ×（1 − 逾期未完成数 ÷ 到期任务数）+ 0.3 × 按时报送次数 ÷ 应报送轮次）；到期任务数 = 已完成数 + 逾期未完成数。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Score by unit</source>
        <translation>各单位得分</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Export the Unit Ranking</source>
        <translation>导出单位考核排名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit_ranking_%1.xlsx</source>
        <comment>a file name</comment>
        <translation>单位考核_%1.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
</TS>
