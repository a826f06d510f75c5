<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>rectify::Backup</name>
    <message>
        <location filename="../../core/store/backup.cpp" line="+304" />
        <location line="+144" />
        <location line="+151" />
        <source>No ledger is open.</source>
        <translation>没有打开的台账。</translation>
    </message>
    <message>
        <location line="-292" />
        <source>The ledger's database connection does not support backups.</source>
        <translation>台账的数据库连接不支持备份。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No backup file was named.</source>
        <translation>未指定备份文件。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The backup cannot overwrite the ledger itself (%1).</source>
        <translation>备份不能覆盖台账本身（%1）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is a folder; name a file for the backup.</source>
        <translation>%1 是文件夹，请为备份指定一个文件。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="-75" />
        <location line="+89" />
        <location line="+7" />
        <source>Cannot write the backup %1: %2</source>
        <translation>无法写入备份 %1：%2</translation>
    </message>
    <message>
        <location line="-69" />
        <source>the old evidence folder %1 could not be removed</source>
        <translation>无法删除原有的佐证材料文件夹 %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the evidence files could not be moved to %1</source>
        <translation>无法将佐证材料移到 %1</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+83" />
        <source>the finished copy could not be renamed</source>
        <translation>无法重命名已完成的副本</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is empty; it is not a Rectify ledger.</source>
        <translation>%1 是空文件，不是整改台账文件。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The ledger %1 cannot be read; it is damaged or not a ledger (%2).</source>
        <translation>无法读取台账 %1，文件已损坏或不是台账（%2）。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 is an empty database, not a Rectify ledger.</source>
        <translation>%1 是空数据库，不是整改台账文件。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 is not a Rectify ledger: it is a SQLite database of another program.</source>
        <translation>%1 不是整改台账文件：它是其他程序的 SQLite 数据库。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The ledger %1 was written by a newer Rectify (format version %2; this program knows up to %3).</source>
        <translation>台账 %1 由更新版本的整改台账程序写入（格式版本 %2，本程序最高支持 %3）。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 is not a complete Rectify ledger (format version %2).</source>
        <translation>%1 不是完整的整改台账文件（格式版本 %2）。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The ledger %1 is damaged: %2</source>
        <translation>台账 %1 已损坏：%2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The ledger %1 is damaged: %2 rows refer to rows that do not exist (first in table %3).</source>
        <translation>台账 %1 已损坏：有 %2 行引用了不存在的记录（首个在表 %3 中）。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 is not a complete Rectify ledger: %2</source>
        <translation>%1 不是完整的整改台账文件：%2</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The ledger %1 is open read-only.</source>
        <translation>台账 %1 以只读方式打开。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is the open ledger itself; choose a backup to restore.</source>
        <translation>%1 就是当前打开的台账，请选择一个备份来恢复。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 Nothing was changed.</source>
        <translation>%1 未做任何更改。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cannot create the folder %1; nothing was changed.</source>
        <translation>无法创建文件夹 %1，未做任何更改。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 The ledger was not restored.</source>
        <translation>%1 台账未被恢复。</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Cannot restore %1 into %2: %3. The ledger was not changed.</source>
        <translation>无法将 %1 恢复到 %2：%3。台账未被更改。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 was restored but cannot be opened: %2. The previous content is in %3.</source>
        <translation>%1 已恢复，但无法打开：%2。恢复前的内容保存在 %3。</translation>
    </message>
    <message>
        <location line="-21" />
        <source>restored from a backup; the previous content was saved as %1</source>
        <translation>从备份恢复；恢复前的内容已保存为 %1</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Cannot restore %1 into %2: %3 The ledger was not changed.</source>
        <translation>无法将 %1 恢复到 %2：%3 台账未被更改。</translation>
    </message>
    <message>
        <location line="+24" />
        <source>its evidence folder %1 cannot be read.</source>
        <translation>无法读取其佐证材料文件夹 %1。</translation>
    </message>
    <message>
        <location line="+25" />
        <source>its audit log does not verify (entry %1: %2).</source>
        <translation>其审计日志校验未通过（第 %1 条：%2）。</translation>
    </message>
    <message>
        <location line="+65" />
        <source>The automatic backup failed: %1</source>
        <translation>自动备份失败：%1</translation>
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
    <name>rectify::DataSafetyActions</name>
    <message>
        <location filename="../../ui/datasafetyactions.cpp" line="+22" />
        <source>Export &amp;CSV…</source>
        <translation>导出 &amp;CSV…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export E&amp;xcel…</source>
        <translation>导出 E&amp;xcel…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Back Up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Re&amp;store from Backup…</source>
        <translation>从备份恢复(&amp;S)…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Write one row per task as CSV, in the shape the import reads back</source>
        <translation>按每项任务一行导出 CSV，格式与导入一致</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Write the ledger as an Excel workbook with dates and status colours</source>
        <translation>将台账导出为 Excel 工作簿，含日期格式和状态颜色</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save a consistent copy of the ledger</source>
        <translation>保存台账的一致副本</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Replace the ledger by a backup; the current content is kept in the backup folder</source>
        <translation>用备份替换台账；当前内容保留在备份文件夹中</translation>
    </message>
    <message>
        <location line="+59" />
        <source>CSV for Chinese Excel, GB18030 (*.csv)</source>
        <translation>CSV（中文 Excel，GB18030）(*.csv)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CSV in UTF-8 with BOM (*.csv)</source>
        <translation>CSV（UTF-8 带 BOM）(*.csv)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Export Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Back Up the Ledger</source>
        <translation>备份台账</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ledgers (*.sqlite)</source>
        <translation>台账文件 (*.sqlite)</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+10" />
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location line="-9" />
        <source>Ledgers (*.sqlite);;All files (*)</source>
        <translation>台账文件 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+43" />
        <location line="+20" />
        <source>Exported %n task row(s) to %1.</source>
        <translation>
            <numerusform>已导出 %n 行任务到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20" />
        <source>Backed up the ledger to %1.</source>
        <translation>已将台账备份到 %1。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 Nothing was changed.</source>
        <translation>%1 未做任何更改。</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>Replace the content of the ledger %1 by the backup %2 (%n task(s))?

The current content is saved in the backup folder first.</source>
        <translation>
            <numerusform>用备份 %2（%n 项任务）替换台账 %1 的内容吗？

当前内容会先保存到备份文件夹。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18" />
        <source>Restored the ledger from %1. The previous content was saved as %2.</source>
        <translation>已从 %1 恢复台账。恢复前的内容已保存为 %2。</translation>
    </message>
</context>
<context>
    <name>rectify::LedgerExport</name>
    <message>
        <location filename="../../core/export/exportrows.cpp" line="+295" />
        <location line="+13" />
        <source>No ledger is open.</source>
        <translation>没有打开的台账。</translation>
    </message>
    <message>
        <location line="-120" />
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
</context>
<context>
    <name>rectify::ReadSnapshot</name>
    <message>
        <location filename="../../core/store/readsnapshot.cpp" line="+14" />
        <source>start a consistent read of the ledger %1</source>
        <translation>开始一致地读取台账 %1</translation>
    </message>
</context>
<context>
    <name>rectify::XlsxExporter</name>
    <message>
        <location filename="../../core/export/xlsxexporter.cpp" line="+88" />
        <source>The ledger has %1 rows; an Excel sheet holds at most %2. Export as CSV instead.</source>
        <translation>台账共有 %1 行，Excel 工作表最多容纳 %2 行。请改为导出 CSV。</translation>
    </message>
    <message>
        <location line="+15" />
        <location line="+5" />
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the workbook could not be created</source>
        <translation>无法创建工作簿</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the worksheet could not be created</source>
        <translation>无法创建工作表</translation>
    </message>
    <message>
        <location line="+73" />
        <source>row %1, column %2 (%3) holds %4 characters; an Excel cell holds at most %5. Export as CSV instead.</source>
        <translation>第 %1 行 %2 列（%3）有 %4 个字符，Excel 单元格最多容纳 %5 个。请改为导出 CSV。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>row %1, column %2 (%3): %4</source>
        <translation>第 %1 行 %2 列（%3）：%4</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the finished file could not be renamed</source>
        <translation>无法重命名已完成的文件</translation>
    </message>
</context>
<context>
    <name>rectify::cli</name>
    <message>
        <location filename="../../app/cli/cmd_data.cpp" line="+28" />
        <source>The ledger has no inspection named "%1".</source>
        <translation>台账中没有名为“%1”的巡视巡察。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Usage: export-csv OUT [--encoding gb18030|utf-8-bom] [--first-row-only] [--inspection NAME].</source>
        <translation>用法：export-csv OUT [--encoding gb18030|utf-8-bom] [--first-row-only] [--inspection 名称]。</translation>
    </message>
    <message>
        <location line="+20" />
        <location line="+29" />
        <source>Exported %1 rows to %2.</source>
        <translation>已导出 %1 行到 %2。</translation>
    </message>
    <message>
        <location line="-13" />
        <source>Usage: export-xlsx OUT [--first-row-only] [--inspection NAME].</source>
        <translation>用法：export-xlsx OUT [--first-row-only] [--inspection 名称]。</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Usage: backup OUT, or backup --auto [--keep N].</source>
        <translation>用法：backup OUT，或 backup --auto [--keep N]。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>--keep goes with --auto.</source>
        <translation>--keep 须与 --auto 一起使用。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>--keep needs a number of backups, 0 or more; got "%1".</source>
        <translation>--keep 需要备份份数（0 或以上），而不是“%1”。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Backed up %1 to %2.</source>
        <translation>已将 %1 备份到 %2。</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Automatic backups are off for this ledger (--keep 0).</source>
        <translation>此台账已关闭自动备份（--keep 0）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Automatic backup: %1 (%2 automatic backups kept in %3).</source>
        <translation>自动备份：%1（%3 中保留 %2 份自动备份）。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Usage: restore FROM (a backup of a ledger).</source>
        <translation>用法：restore FROM（台账的备份文件）。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 Nothing was changed.</source>
        <translation>%1 未做任何更改。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Restored %1 from %2; the previous content was saved as %3.</source>
        <translation>已从 %2 恢复 %1；恢复前的内容已保存为 %3。</translation>
    </message>
</context>
</TS>