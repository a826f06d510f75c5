<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>rectify::AuditExport</name>
    <message>
        <location filename="../../core/export/auditexport.cpp" line="+45" />
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
        <location line="+0" />
        <source>Before</source>
        <translation>原值</translation>
    </message>
    <message>
        <location line="+0" />
        <source>After</source>
        <translation>新值</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reason or comment</source>
        <translation>原因或意见</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Entry</source>
        <translation>记录号</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Entity</source>
        <translation>对象类型</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Entity id</source>
        <translation>对象编号</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hash</source>
        <translation>哈希值</translation>
    </message>
    <message>
        <location line="+16" />
        <source>read the audit log</source>
        <translation>读取审计日志</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Audit anchor %1 (rectify-cli audit-verify --expect %1)</source>
        <translation>审计锚点 %1（rectify-cli audit-verify --expect %1）</translation>
    </message>
    <message>
        <location line="+22" />
        <location line="+3" />
        <location line="+20" />
        <location line="+3" />
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="-14" />
        <source>%1 entries do not fit an Excel sheet; export as CSV instead.</source>
        <translation>%1 条记录超出 Excel 工作表的容量，请改为导出 CSV。</translation>
    </message>
    <message>
        <location line="+19" />
        <source>the workbook could not be created</source>
        <translation>无法创建工作簿</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the worksheet could not be created</source>
        <translation>无法创建工作表</translation>
    </message>
    <message>
        <location line="+44" />
        <source>the finished file could not be renamed</source>
        <translation>写好的文件无法重命名</translation>
    </message>
</context>
<context>
    <name>rectify::CsvExporter</name>
    <message>
        <location filename="../../core/export/csvexporter.cpp" line="+52" />
        <source>Unknown encoding "%1"; use gb18030 or utf-8-bom.</source>
        <translation>未知编码“%1”，请使用 gb18030 或 utf-8-bom。</translation>
    </message>
    <message>
        <location line="+31" />
        <source>This build of Qt cannot write GB18030; export as UTF-8 instead.</source>
        <translation>当前 Qt 版本无法写入 GB18030，请改为导出 UTF-8。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The text cannot be written in GB18030.</source>
        <translation>该文本无法以 GB18030 编码写入。</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+9" />
        <location line="+2" />
        <location line="+27" />
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>rectify::ImportTemplate</name>
    <message>
        <location filename="../../core/export/importtemplate.cpp" line="+61" />
        <source>Cannot create a temporary folder for the template: %1</source>
        <translation>无法为导入模板创建临时文件夹：%1</translation>
    </message>
</context>
<context>
    <name>rectify::LedgerExport</name>
    <message>
        <location filename="../../core/export/exportrows.cpp" line="+202" />
        <source>Cannot %1: %2</source>
        <translation>无法%1：%2</translation>
    </message>
    <message>
        <location line="+29" />
        <source>read the responsibilities for the export</source>
        <translation>读取要导出的责任清单</translation>
    </message>
    <message>
        <location line="+11" />
        <source>read the progress for the export</source>
        <translation>读取要导出的整改进展</translation>
    </message>
    <message>
        <location line="+54" />
        <source>read the tasks for the export</source>
        <translation>读取要导出的任务</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+13" />
        <source>No ledger is open.</source>
        <translation>没有打开的台账。</translation>
    </message>
</context>
<context>
    <name>rectify::RankingXlsx</name>
    <message>
        <location filename="../../core/export/rankingxlsx.cpp" line="+40" />
        <location line="+3" />
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the workbook could not be created</source>
        <translation>无法创建工作簿</translation>
    </message>
    <message>
        <location line="+51" />
        <source>the finished file could not be renamed</source>
        <translation>无法重命名已写好的文件</translation>
    </message>
</context>
<context>
    <name>rectify::RecordsExport</name>
    <message>
        <location filename="../../core/export/recordsexport.cpp" line="+171" />
        <location line="+3" />
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>rectify::XlsxExporter</name>
    <message>
        <location filename="../../core/export/xlsxexporter.cpp" line="+117" />
        <source>The ledger has %1 rows; an Excel sheet holds at most %2. Export as CSV instead.</source>
        <translation>台账共有 %1 行，Excel 工作表最多容纳 %2 行。请改为导出 CSV。</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+3" />
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the workbook could not be created</source>
        <translation>无法创建工作簿</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Audit anchor %1 (rectify-cli audit-verify --expect %1)</source>
        <translation>审计链锚点 %1（核对：rectify-cli audit-verify --expect %1）</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+226" />
        <source>the worksheet could not be created</source>
        <translation>无法创建工作表</translation>
    </message>
    <message>
        <location line="-27" />
        <source>row %1, column %2 (%3) holds %4 characters; an Excel cell holds at most %5. Export as CSV instead.</source>
        <translation>第 %1 行 %2 列（%3）有 %4 个字符，Excel 单元格最多容纳 %5 个。请改为导出 CSV。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>row %1, column %2 (%3): %4</source>
        <translation>第 %1 行 %2 列（%3）：%4</translation>
    </message>
    <message>
        <location line="+49" />
        <source>the finished file could not be renamed</source>
        <translation>无法重命名已完成的文件</translation>
    </message>
</context>
</TS>