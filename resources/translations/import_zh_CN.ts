<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>rectify::CsvSource</name>
    <message>
        <location filename="../../core/import/csvsource.cpp" line="+42"/>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+115"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>%1 is not valid %2 text: row %3, column %4 holds bytes that are not valid %2, and no header row was found. Choose the file&apos;s encoding.</source>
        <translation>%1 不是有效的 %2 文本：第 %3 行第 %4 列含有不符合 %2 编码的字节，且未找到表头行。请选择文件的编码。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has no row %2 to take the header from.</source>
        <translation>%1 没有第 %2 行，无法从中取表头。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no header row: none of its first %2 rows names a measure column (整改措施, 整改任务, 具体措施 or 任务清单) next to other known columns. Check the encoding and the delimiter, or choose the header row.</source>
        <translation>%1 没有表头行：前 %2 行中没有一行同时含有整改措施列（整改措施、整改任务、具体措施或任务清单）和其他可识别的列。请检查编码和分隔符，或手动指定表头行。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delimiter</source>
        <translation>分隔符</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>a quoted cell is not closed before the end of the file.</source>
        <translation>有带引号的单元格直到文件末尾都未闭合。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the cell holds bytes that are not valid %1 text (shown as �). Is the file in another encoding? Choose it, or correct the cell.</source>
        <translation>该单元格含有不符合 %1 编码的字节（显示为 �）。文件是否为其他编码？请选择正确的编码，或修改该单元格。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the row is longer than %1 MiB; a quote is probably not closed.</source>
        <translation>该行超过 %1 MiB，可能有引号未闭合。</translation>
    </message>
</context>
<context>
    <name>rectify::ImportField</name>
    <message>
        <location filename="../../core/import/importfield.cpp" line="+19"/>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number (序号)</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Category (问题类别)</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problem (反馈问题)</source>
        <translation>反馈问题</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Task number (任务序号)</source>
        <translation>任务序号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measure (整改措施)</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target (整改目标)</source>
        <translation>整改目标</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Responsible leader (责任领导)</source>
        <translation>责任领导</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lead unit (牵头单位)</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Co-operating units (配合单位)</source>
        <translation>配合单位</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Responsible person (责任人)</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deadline (整改时限)</source>
        <translation>整改时限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress (整改进展)</source>
        <translation>整改进展</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status (完成情况)</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remarks (备注)</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Completion date (完成时间)</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-off date (销号时间)</source>
        <translation>销号时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep in remarks</source>
        <translation>保存到备注</translation>
    </message>
</context>
<context>
    <name>rectify::ImportIssue</name>
    <message>
        <location filename="../../core/import/importreport.cpp" line="+22"/>
        <source>Row %1, column %2</source>
        <translation>第 %1 行 %2 列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row %1, column %2 (%3)</source>
        <translation>第 %1 行 %2 列（%3）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column %1</source>
        <translation>%1 列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column %1 (%2)</source>
        <translation>%1 列（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2: %3</source>
        <translation>%1：%2：%3</translation>
    </message>
</context>
<context>
    <name>rectify::ImportReport</name>
    <message>
        <location line="+10"/>
        <source>File: %1 (header on row %2)</source>
        <translation>文件：%1（表头在第 %2 行）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File: %1 (%2, header on row %3)</source>
        <translation>文件：%1（%2，表头在第 %3 行）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inspection: %1</source>
        <translation>巡视轮次：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows: %1 with data, %2 to import, %3 with errors, %4 ignored, %5 blank</source>
        <translation>行：有数据 %1，可导入 %2，有错误 %3，已忽略 %4，空行 %5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problems: %1 added, %2 updated, %3 unchanged</source>
        <translation>问题：新增 %1，更新 %2，未变 %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tasks: %1 added, %2 updated, %3 unchanged</source>
        <translation>任务：新增 %1，更新 %2，未变 %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New units: %1; new people: %2; progress entries: %3</source>
        <translation>新单位：%1；新人员：%2；整改进展记录：%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 errors, %2 warnings</source>
        <translation>错误 %1 个，警告 %2 个</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(%1 more not shown)</source>
        <translation>（另有 %1 条未显示）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows skipped: %1</source>
        <translation>跳过的行：%1</translation>
    </message>
</context>
<context>
    <name>rectify::Importer</name>
    <message>
        <location filename="../../core/import/importer.cpp" line="+62"/>
        <source>No ledger is open.</source>
        <translation>没有打开台账。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ledger is open read-only.</source>
        <translation>台账以只读方式打开。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Inspection feedback</source>
        <translation>巡视反馈</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>imported %1</source>
        <translation>导入 %1</translation>
    </message>
</context>
<context>
    <name>rectify::LedgerMerge</name>
    <message>
        <location filename="../../core/import/ledgermerge.cpp" line="+87"/>
        <source>Cannot %1: %2</source>
        <translation>无法%1：%2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>this column repeats %1 (column %2); its values are kept in the remarks.</source>
        <translation>此列与%1（%2 列）重复，其内容保存到备注中。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+10"/>
        <source>not a column Rectify knows; its values are kept in the remarks.</source>
        <translation>不是可识别的列，其内容保存到备注中。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No column is mapped to the measure (整改措施): every row is a task and needs one.</source>
        <translation>没有列对应整改措施：每一行是一项任务，必须有整改措施。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No column is mapped to the problem&apos;s number (序号) or its text (反馈问题): rows cannot be grouped into problems.</source>
        <translation>没有列对应问题序号或反馈问题：无法把各行归入问题。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>imported as signed off</source>
        <translation>导入时已销号</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>imported %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>write the audit log</source>
        <translation>写入审计日志</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot read the units and people: %1</source>
        <translation>无法读取单位和人员：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read the audit log: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot read the problems: %1</source>
        <translation>无法读取问题：%1</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Cannot read the tasks: %1</source>
        <translation>无法读取任务：%1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>this column has no header; its values are ignored (first seen here).</source>
        <translation>此列没有表头，其内容将被忽略（首次出现于此）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ignored: the row has no measure (整改措施).</source>
        <translation>已忽略：该行没有整改措施。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the measure (整改措施) is empty.</source>
        <translation>整改措施为空。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the problem&apos;s number (序号) is empty and there is no problem above this row to belong to.</source>
        <translation>问题序号为空，且上方没有可归属的问题。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the problem&apos;s number (序号) is empty, but the problem text differs from problem %1 above: give the problem a number.</source>
        <translation>问题序号为空，但问题内容与上方的问题 %1 不同：请为该问题填写序号。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the problem (反馈问题) is empty and there is no problem above this row to belong to.</source>
        <translation>反馈问题为空，且上方没有可归属的问题。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>problem %1 appears again with different text; the text of row %2 is kept.</source>
        <translation>问题 %1 再次出现且内容不同；保留第 %2 行的内容。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the row belongs to problem %1, whose first row (%2) has errors.</source>
        <translation>该行属于问题 %1，而该问题的首行（第 %2 行）有错误。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>problem %1 has no text (反馈问题) on its first row.</source>
        <translation>问题 %1 的首行没有反馈问题内容。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>update problem %1</source>
        <translation>更新问题 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>add problem %1</source>
        <translation>添加问题 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>add the unit %1</source>
        <translation>添加单位 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add the person %1</source>
        <translation>添加人员 %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+288"/>
        <source>save the responsibilities</source>
        <translation>保存责任清单</translation>
    </message>
    <message>
        <location line="-255"/>
        <source>&quot;%1&quot; is after the day of the import: a task cannot be done in the future.</source>
        <translation>“%1”晚于导入当天，任务不能在将来完成。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a date Rectify can read (for example 2024-06-30, 2024年6月30日); leave the cell empty when the date is not known.</source>
        <translation>“%1”不是可识别的日期（例如 2024-06-30、2024年6月30日）；日期不详时请留空。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&quot;%1&quot; is not a task number.</source>
        <translation>“%1”不是任务序号。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>task (%1) of problem %2 appears twice: on row %3 and on this row.</source>
        <translation>问题 %2 的任务（%1）出现两次：第 %3 行和本行。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the same measure appears twice under problem %1: on row %2 and on this row.</source>
        <translation>问题 %1 下同一整改措施出现两次：第 %2 行和本行。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot; is not a deadline Rectify can read (for example 2024-06-30, 2024年6月底, 长期坚持).</source>
        <translation>“%1”不是可识别的整改时限（例如 2024-06-30、2024年6月底、长期坚持）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a possible date.</source>
        <translation>“%1”不是有效日期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; depends on the inspection&apos;s feedback date, which is not set; set it (or give it to the import) first.</source>
        <translation>“%1”取决于巡视反馈日期，但尚未设置；请先设置（或在导入时指定）反馈日期。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a status Rectify knows; the task is taken as not started.</source>
        <translation>“%1”不是可识别的完成情况，该任务按未启动处理。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the task is signed off (%1) before it was completed (%2).</source>
        <translation>销号日期（%1）早于完成日期（%2）。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the progress opens with &quot;%1&quot;, whose year cannot be told (it would fall before the inspection&apos;s feedback date); the entry&apos;s date is left unknown.</source>
        <translation>整改进展以“%1”开头，无法确定年份（会早于反馈日期），该条进展的日期记为不详。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the progress opens with &quot;%1&quot;, after the day of the import; the entry&apos;s date is left unknown.</source>
        <translation>整改进展以“%1”开头，晚于导入当天，该条进展的日期记为不详。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the progress opens with &quot;%1&quot;, which is not a possible date; the entry&apos;s date is left unknown.</source>
        <translation>整改进展以“%1”开头，不是有效日期，该条进展的日期记为不详。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the task is %1: the date is not imported.</source>
        <translation>任务状态为“%1”，该日期未导入。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>task (%1) of problem %2 is not signed off in the ledger: an import does not sign off a task, so this row&apos;s changes were not imported. A supervisor signs it off in the app.</source>
        <translation>问题 %2 的任务（%1）在台账中尚未销号：导入不能销号，本行的修改未导入。须由督办人员在程序中销号。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>task (%1) of problem %2 is closed (signed off): this row&apos;s changes were not imported. A supervisor must reopen the task first.</source>
        <translation>问题 %2 的任务（%1）已销号：本行的修改未导入。须由督办人员先重新打开该任务。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>add task (%1) of problem %2</source>
        <translation>添加问题 %2 的任务（%1）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>update task #%1</source>
        <translation>更新任务 #%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>add the progress of task #%1</source>
        <translation>添加任务 #%1 的整改进展</translation>
    </message>
</context>
<context>
    <name>rectify::PgImportWriter</name>
    <message>
        <location filename="../../core/import/pgimportwriter.cpp" line="+127"/>
        <source>The connection to the server is not open.</source>
        <translation>与服务器的连接未打开。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot prepare the import: %1</source>
        <translation>无法准备导入：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no answer</source>
        <translation>服务器没有应答</translation>
    </message>
    <message>
        <location line="+232"/>
        <location line="+10"/>
        <source>Cannot write the imported rows: %1</source>
        <translation>无法写入导入的行：%1</translation>
    </message>
</context>
<context>
    <name>rectify::RecordsImport</name>
    <message>
        <location filename="../../core/import/recordsimport.cpp" line="+125"/>
        <source>%1, row %2, column %3 (%4)</source>
        <translation>%1，第 %2 行，第 %3 列（%4）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 holds no rows. Nothing was imported.</source>
        <translation>%1 没有内容，未导入任何记录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no column %2: is it a records file (rectify-cli export-records)? Nothing was imported.</source>
        <translation>%1 没有“%2”列：这是整改成效记录文件（rectify-cli export-records 导出）吗？未导入任何记录。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>no inspection named</source>
        <translation>未填写巡视名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the ledger has no inspection %1</source>
        <translation>台账中没有巡视“%1”</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is not a kind of record (进驻, 会议, 督查, 督查发现, 建章立制, 问责, 量化成效)</source>
        <translation>“%1”不是整改成效类别（进驻、会议、督查、督查发现、建章立制、问责、量化成效）</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <source>%1 is not a date (YYYY-MM-DD)</source>
        <translation>“%1”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a round number (1, 2, ...)</source>
        <translation>“%1”不是轮次（1、2……）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no task %2</source>
        <translation>%1 没有任务 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no problem %2</source>
        <translation>%1 没有问题 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the stay ends before it begins</source>
        <translation>进驻结束日期早于开始日期</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a finding names the number of its round</source>
        <translation>发现问题须填写所属督查轮次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a finding names its task (CODE.NUMBER)</source>
        <translation>发现问题须填写所属任务（问题序号.任务序号）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a finding needs a text</source>
        <translation>发现问题须填写内容</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not a count (0, 1, 2, ...)</source>
        <translation>“%1”不是数量（0、1、2……）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a number</source>
        <translation>“%1”不是数值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a quantified result needs its value</source>
        <translation>量化成效须填写数值</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: a row is longer than the reader accepts</source>
        <translation>%1：有一行超出可读取的长度</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>... and %1 more</source>
        <translation>……另有 %1 处</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has errors; nothing was imported:
%2</source>
        <translation>%1 有错误，未导入任何记录：
%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, row %2: %3 Nothing was imported.</source>
        <translation>%1，第 %2 行：%3 未导入任何记录。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The inspection has no supervision round %1 (a round&apos;s row comes before its findings).</source>
        <translation>该巡视没有第 %1 轮督查（督查行应在其发现问题之前）。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The inspection already has a supervision round %1, with other values.</source>
        <translation>该巡视已有第 %1 轮督查，且内容不同。</translation>
    </message>
</context>
<context>
    <name>rectify::SqliteImportWriter</name>
    <message>
        <location filename="../../core/import/sqliteimportwriter.cpp" line="+138"/>
        <source>The ledger is not an SQLite database that can be imported into.</source>
        <translation>该台账不是可导入的 SQLite 数据库。</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+56"/>
        <location line="+6"/>
        <source>Cannot prepare the import: %1</source>
        <translation>无法准备导入：%1</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>Cannot save the responsibilities: %1</source>
        <translation>无法保存责任清单：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot rebuild the indexes after the import: %1</source>
        <translation>导入后无法重建索引：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The import would break the ledger&apos;s links (table %1); nothing was written.</source>
        <translation>导入会破坏台账中的关联（表 %1），未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>rectify::TextSource</name>
    <message>
        <location filename="../../core/import/textsource.cpp" line="+227"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This build of Qt cannot read GB18030 (it lacks ICU).</source>
        <translation>此版本的 Qt 无法读取 GB18030（缺少 ICU）。</translation>
    </message>
</context>
<context>
    <name>rectify::XlsxPartReader</name>
    <message>
        <location filename="../../core/import/xlsxpartreader.cpp" line="+259"/>
        <source>the part %1 declares a document type or entities, which a workbook never does</source>
        <translation>部件 %1 声明了文档类型或实体，工作簿从不这样做</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 (in %2)</source>
        <translation>%1（位于 %2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the rows of %1 never end (&lt;sheetData&gt; has no end tag): the part is cut short or damaged</source>
        <translation>%1 中的数据行没有结尾（&lt;sheetData&gt; 缺少结束标记）：该部分被截断或已损坏</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the part %1 is not well-formed XML: %2 (line %3)</source>
        <translation>部件 %1 不是格式正确的 XML：%2（第 %3 行）</translation>
    </message>
</context>
<context>
    <name>rectify::XlsxSheetReader</name>
    <message>
        <location filename="../../core/import/xlsxsheetreader.cpp" line="+111"/>
        <source>the merged range %1 is beyond XFD1048576 or not a range</source>
        <translation>合并区域 %1 超出 XFD1048576 或不是有效区域</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the sheet has more than %1 merged ranges</source>
        <translation>工作表的合并区域超过 %1 个</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>the row number %1 is beyond row %2</source>
        <translation>行号 %1 超出第 %2 行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>row %1 comes after row %2; the rows are not in order</source>
        <translation>第 %1 行出现在第 %2 行之后，行的顺序不对</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the cell reference %1 is beyond XFD1048576 or not a cell</source>
        <translation>单元格引用 %1 超出 XFD1048576 或不是单元格</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>row %1 has a cell beyond column XFD</source>
        <translation>第 %1 行有超出 XFD 列的单元格</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>the cell refers to shared text %1, which the workbook does not have.</source>
        <translation>单元格引用了共享文本 %1，但工作簿中没有该文本。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the formula has no saved result, so the cell is read as empty; open the workbook in Excel or WPS and save it to keep the results.</source>
        <translation>公式没有保存的计算结果，该单元格按空值读取；请用 Excel 或 WPS 打开工作簿并保存，以保留计算结果。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>row %1 holds more than %2 MiB of text</source>
        <translation>第 %1 行的文字超过 %2 MiB</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the merged cells of row %1 hold more than %2 MiB of text</source>
        <translation>第 %1 行的合并单元格文字超过 %2 MiB</translation>
    </message>
</context>
<context>
    <name>rectify::XlsxSource</name>
    <message>
        <location filename="../../core/import/xlsxsource.cpp" line="+59"/>
        <source>Cannot read %1 as an Excel workbook: %2. Open it in Excel or WPS and save it again as Excel Workbook (.xlsx).</source>
        <translation>无法将 %1 作为 Excel 工作簿读取：%2。请用 Excel 或 WPS 打开并重新另存为“Excel 工作簿（.xlsx）”。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is an OpenDocument spreadsheet (.ods), which is not read. Open it and save it as Excel Workbook (.xlsx).</source>
        <translation>%1 是 OpenDocument 电子表格（.ods），不能读取。请打开并另存为“Excel 工作簿（.xlsx）”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a WPS spreadsheet (.et), which is not read. Open it in WPS and save it as Excel Workbook (.xlsx).</source>
        <translation>%1 是 WPS 表格文件（.et），不能读取。请用 WPS 打开并另存为“Excel 工作簿（.xlsx）”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is an Excel 97-2003 workbook (.xls) or a workbook protected by a password, which is not read. Open it in Excel or WPS, remove any password and save it as Excel Workbook (.xlsx).</source>
        <translation>%1 是 Excel 97-2003 工作簿（.xls）或设有密码的工作簿，不能读取。请用 Excel 或 WPS 打开，取消密码后另存为“Excel 工作簿（.xlsx）”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is not a zip package, as every .xlsx file is</source>
        <translation>它不是 zip 包，而每个 .xlsx 文件都是 zip 包</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is an OpenDocument spreadsheet, which is not read. Open it and save it as Excel Workbook (.xlsx).</source>
        <translation>%1 是 OpenDocument 电子表格，不能读取。请打开并另存为“Excel 工作簿（.xlsx）”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+82"/>
        <source>it has no workbook part (xl/workbook.xml)</source>
        <translation>其中没有工作簿部件（xl/workbook.xml）</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>the part of sheet %1 is missing</source>
        <translation>工作表 %1 的部件缺失</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>%1 has no sheet %2. Its sheets are: %3 (a name, or a number from 1 to %4).</source>
        <translation>%1 中没有工作表 %2。其工作表有：%3（请给出名称，或 1 到 %4 的序号）。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sheet %1 of %2 has no row %3 to take the header from.</source>
        <translation>%2 的工作表 %1 没有第 %3 行可作为表头。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sheet %1 of %2 has no header row: none of its first %3 rows names a measure column (整改措施, 整改任务, 具体措施 or 任务清单) next to other known columns. Choose another sheet or the header row.</source>
        <translation>%2 的工作表 %1 没有表头行：前 %3 行中没有一行在其他已知列旁写有措施列（整改措施、整改任务、具体措施或任务清单）。请选择其他工作表或指定表头行。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the column is hidden in the workbook; its values are imported.</source>
        <translation>该列在工作簿中被隐藏，其内容仍会导入。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the row is hidden in the workbook; it is imported.</source>
        <translation>该行在工作簿中被隐藏，仍会导入。</translation>
    </message>
</context>
<context>
    <name>rectify::XlsxWorkbook</name>
    <message>
        <location filename="../../core/import/xlsxworkbook.cpp" line="+128"/>
        <source>the workbook has no sheets</source>
        <translation>工作簿中没有工作表</translation>
    </message>
</context>
<context>
    <name>rectify::ZipEntryDevice</name>
    <message>
        <location filename="../../core/import/zippackage.cpp" line="+29"/>
        <source>a part of the package is damaged (%1)</source>
        <translation>包中的一个部件已损坏（%1）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a part of the package holds more than it declares</source>
        <translation>包中的一个部件内容多于其声明的大小</translation>
    </message>
</context>
<context>
    <name>rectify::ZipPackage</name>
    <message>
        <location line="+28"/>
        <source>the zip package is incomplete or damaged (truncated?)</source>
        <translation>zip 包不完整或已损坏（文件被截断？）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file cannot be read</source>
        <translation>无法读取该文件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the zip package cannot be read (%1)</source>
        <translation>无法读取 zip 包（%1）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the part %1 is missing</source>
        <translation>缺少部件 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the part %1 does not say its size</source>
        <translation>部件 %1 没有写明大小</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the part %1 is %2 MiB, more than the %3 MiB a ledger could need</source>
        <translation>部件 %1 有 %2 MiB，超过台账可能需要的 %3 MiB</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the part %1 would inflate more than %2 times, which no real workbook does</source>
        <translation>部件 %1 解压后会膨胀 %2 倍以上，真实的工作簿不会如此</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the part %1 cannot be read (%2)</source>
        <translation>无法读取部件 %1（%2）</translation>
    </message>
</context>
</TS>
