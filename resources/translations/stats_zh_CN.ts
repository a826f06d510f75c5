<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>StatsQuery</name>
    <message>
        <location filename="../../core/stats/statsquery.cpp" line="+280"/>
        <source>count the tasks per lead unit</source>
        <translation>按牵头单位统计任务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>count the tasks per co-operating unit</source>
        <translation>按配合单位统计任务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>count the tasks per leader</source>
        <translation>按责任领导统计任务</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>count the tasks per person</source>
        <translation>按责任人统计任务</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No date was given for the statistics.</source>
        <translation>没有给出统计日期。</translation>
    </message>
    <message>
        <location line="+278"/>
        <source>read the problems</source>
        <translation>读取问题清单</translation>
    </message>
</context>
<context>
    <name>rectify::AlertLevel</name>
    <message>
        <location filename="../../core/stats/alert.cpp" line="+35"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On track</source>
        <translation>正常推进</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approaching</source>
        <translation>临近时限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No recent progress</source>
        <translation>长期未报进展</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No deadline</source>
        <translation>缺少整改时限</translation>
    </message>
</context>
<context>
    <name>rectify::AlertList</name>
    <message>
        <location filename="../../core/stats/alertlist.cpp" line="+60"/>
        <source>No date was given for the alerts.</source>
        <translation>没有给出预警日期。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>read the tasks to alert on</source>
        <translation>读取预警任务</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>read the responsibilities of the alerting tasks</source>
        <translation>读取预警任务的责任信息</translation>
    </message>
</context>
<context>
    <name>rectify::Bulletin</name>
    <message>
        <location filename="../../core/report/bulletin.cpp" line="+226"/>
        <source>The ledger holds no inspection yet.</source>
        <translation>台账中还没有巡视巡察轮次。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The ledger holds several inspections; name one: %1.</source>
        <translation>台账中有多轮巡视巡察，请指定其中一轮：%1。</translation>
    </message>
</context>
<context>
    <name>rectify::ChartData</name>
    <message>
        <location filename="../../core/stats/chartdata.cpp" line="+19"/>
        <source>Others</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(none named)</source>
        <translation>（未明确）</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <source>Completed, awaiting sign-off</source>
        <translation>已完成待销号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed off</source>
        <translation>已销号</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stale or no deadline</source>
        <translation>长期未报进展或缺少时限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On track</source>
        <translation>正常推进</translation>
    </message>
</context>
<context>
    <name>rectify::DocumentFile</name>
    <message>
        <location filename="../../core/report/documentfile.cpp" line="+28"/>
        <source>%1: the file name must end in .docx, .odt or .pdf.</source>
        <translation>%1：文件名须以 .docx、.odt 或 .pdf 结尾。</translation>
    </message>
</context>
<context>
    <name>rectify::OfficialPdfWriter</name>
    <message>
        <location filename="../../core/report/officialpdfwriter.cpp" line="+75"/>
        <source>Cannot draw the document.</source>
        <translation>无法绘制文档。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot start page %1 of the document.</source>
        <translation>无法开始绘制文档第 %1 页。</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Cannot finish drawing the document.</source>
        <translation>无法完成文档绘制。</translation>
    </message>
</context>
<context>
    <name>rectify::PdfFile</name>
    <message>
        <location filename="../../core/report/pdffile.cpp" line="+22"/>
        <source>Cannot write %1 (%2).</source>
        <translation>无法写入 %1（%2）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>rectify::ProblemStatus</name>
    <message>
        <location filename="../../core/stats/problemstatus.cpp" line="+26"/>
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
    <name>rectify::Ranking</name>
    <message>
        <location filename="../../core/stats/ranking.cpp" line="+28"/>
        <source>Give the day of the ranking.</source>
        <translation>请给出考核日期。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>read the tasks of the units</source>
        <translation>读取各单位的任务</translation>
    </message>
</context>
<context>
    <name>rectify::ReportData</name>
    <message>
        <location filename="../../core/stats/reportdata.cpp" line="+25"/>
        <source>read the tasks for the report</source>
        <translation>读取报告所需的整改任务</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>read the units for the report</source>
        <translation>读取报告所需的责任单位</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+17"/>
        <source>read the progress for the report</source>
        <translation>读取报告所需的整改进展</translation>
    </message>
</context>
<context>
    <name>rectify::ReportWriter</name>
    <message>
        <location filename="../../core/report/reportwriter.cpp" line="+163"/>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>lead unit %1</source>
        <translation>牵头单位：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; </source>
        <comment>between the parts of the report&apos;s scope</comment>
        <translation>；</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+18"/>
        <source>Progress report on rectification</source>
        <translation>整改进展情况报告</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Cannot start the report.</source>
        <translation>无法开始生成报告。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit anchor %1 (check: rectify-cli audit-verify --expect %1)</source>
        <translation>审计链锚点 %1（核对：rectify-cli audit-verify --expect %1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1. Overview</source>
        <translation>一、总体情况</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems: %1 in all; %2 completed (%3 signed off), %4 in progress, %5 not started.</source>
        <translation>问题：共 %1 个，已完成 %2 个（其中已销号 %3 个），推进中 %4 个，未启动 %5 个。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tasks: %1 in all; %2 completed (%3 signed off), %4 in progress, %5 not started, %6 long-term; completion rate %7%.</source>
        <translation>整改任务：共 %1 项，已完成 %2 项（其中已销号 %3 项），推进中 %4 项，未启动 %5 项，长期坚持 %6 项；完成率 %7%。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Alerts: %1 overdue, %2 due within %3 days, %4 long-term tasks without progress for %5 days, %6 without a deadline.</source>
        <translation>预警：逾期 %1 项，%3 天内到期 %2 项，长期坚持任务超过 %5 天未报进展 %4 项，缺少整改时限 %6 项。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>2. Charts</source>
        <translation>二、整改进展图表</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>3. Overdue tasks</source>
        <translation>三、逾期任务清单</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No task is overdue.</source>
        <translation>没有逾期任务。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>Measure</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Deadline</source>
        <translation>整改时限</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Days late</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>4. Problems and their tasks</source>
        <translation>四、各问题整改情况</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest progress</source>
        <translation>最新进展</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Problem %1: %2</source>
        <translation>问题 %1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; %2; %3 of %4 tasks completed</source>
        <translation>%1；%2；%4 项任务已完成 %3 项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no category</source>
        <translation>未分类</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>
(with %1)</source>
        <translation>
（配合：%1）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>long-term</source>
        <translation>长期坚持</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The report was cancelled.</source>
        <translation>报告已取消。</translation>
    </message>
</context>
<context>
    <name>rectify::StatsQuery</name>
    <message>
        <location filename="../../core/stats/statsquery.cpp" line="-505"/>
        <source>count the tasks</source>
        <translation>统计整改任务</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>count the long-term tasks without recent progress</source>
        <translation>统计长期未报进展的任务</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>count the tasks with an extended deadline</source>
        <translation>统计延期任务</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>count the problems</source>
        <translation>统计问题</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>read the progress of the problems</source>
        <translation>读取问题整改进度</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>count the tasks without a responsibility</source>
        <translation>统计未明确责任的任务</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>count the tasks per category</source>
        <translation>按问题类别统计任务</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>count the tasks per deadline</source>
        <translation>按整改时限统计任务</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>count the tasks per completion date</source>
        <translation>按完成日期统计任务</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>read the inspections</source>
        <translation>读取巡视（巡察）轮次</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>read the upcoming deadlines</source>
        <translation>读取即将到期的任务</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>read the lead units</source>
        <translation>读取牵头单位</translation>
    </message>
</context>
<context>
    <name>rectify::TableDocument</name>
    <message>
        <location filename="../../core/report/tabledocument.cpp" line="+930"/>
        <source>Cannot draw the document.</source>
        <translation>无法绘制文档。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot start page %1 of the document.</source>
        <translation>无法开始文档第 %1 页。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot finish drawing the document.</source>
        <translation>无法完成文档绘制。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The document was not written: cancelled.</source>
        <translation>已取消，文档未生成。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: the file name must end in .docx, .odt or .pdf.</source>
        <translation>%1：文件名须以 .docx、.odt 或 .pdf 结尾。</translation>
    </message>
</context>
<context>
    <name>rectify::ZipWriter</name>
    <message>
        <location filename="../../core/report/zipwriter.cpp" line="+38"/>
        <location line="+41"/>
        <source>Cannot write %1 (%2).</source>
        <translation>无法写入 %1（%2）。</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+27"/>
        <source>Cannot write %1: it is not open.</source>
        <translation>无法写入 %1：文件未打开。</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Cannot add %1 to %2 (%3).</source>
        <translation>无法将 %1 写入 %2（%3）。</translation>
    </message>
</context>
</TS>
