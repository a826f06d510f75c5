<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>rectify::ImportWizard</name>
    <message>
        <location filename="../../ui/import/importwizard.cpp" line="+55" />
        <source>Feedback date:</source>
        <translation>反馈日期：</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose the ledger file</source>
        <translation>选择台账文件</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A ledger (整改台账): an Excel or WPS workbook (.xlsx), or a file saved from them as CSV or as Unicode text.</source>
        <translation>整改台账：Excel 或 WPS 工作簿（.xlsx），或由其另存的 CSV 文件、Unicode 文本。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+4" />
        <source>Detect automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location line="-2" />
        <source>GB18030 (GBK)</source>
        <translation>GB18030（GBK）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>UTF-16 (Unicode text)</source>
        <translation>UTF-16（Unicode 文本）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The sheet that holds the ledger, with its size.</source>
        <translation>台账所在的工作表及其大小。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The inspection whose feedback the ledger answers; a new name creates it.</source>
        <translation>台账所对应的巡视反馈；输入新名称将新建。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Needed for 立行立改 and for deadlines without a year when the inspection has no feedback date yet.</source>
        <translation>巡视尚无反馈日期时，“立行立改”和不带年份的时限需要它。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delimiter:</source>
        <translation>分隔符：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Sheet (rows × columns):</source>
        <translation>工作表（行 × 列）(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Inspection:</source>
        <translation>巡视轮次：</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+416" />
        <source>Import Ledger</source>
        <translation>导入台账</translation>
    </message>
    <message>
        <location line="-415" />
        <source>Ledgers (*.xlsx *.xlsm *.csv *.txt);;Excel workbooks (*.xlsx *.xlsm);;CSV and text files (*.csv *.txt);;All files (*)</source>
        <translation>台账文件 (*.xlsx *.xlsm *.csv *.txt);;Excel 工作簿 (*.xlsx *.xlsm);;CSV 和文本文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+31" />
        <source>%1 (%2 × %3)</source>
        <translation>%1（%2 × %3）</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Check the columns</source>
        <translation>核对各列</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rows above the header row are skipped. Choose what each column holds.</source>
        <translation>表头行以上的行将被跳过。请为每一列选择其内容。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Header</source>
        <translation>表头</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Header row:</source>
        <translation>表头行：</translation>
    </message>
    <message>
        <location line="+60" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Header on row %1</source>
        <translation>表头在第 %1 行</translation>
    </message>
    <message>
        <location line="+73" />
        <source>Import the valid rows and skip the rows with errors</source>
        <translation>导入有效行，跳过有错误的行</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the report</source>
        <translation>核对校验报告</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every row was read and checked; nothing has been written yet.</source>
        <translation>已读取并校验每一行，尚未写入任何内容。</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+88" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="-60" />
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location line="+24" />
        <source>%1 rows with errors: fix them in the file, or skip them.</source>
        <translation>%1 行有错误：请在文件中修改，或跳过这些行。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The file can be imported.</source>
        <translation>文件可以导入。</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Cancel the import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The import failed; nothing was written.
%1</source>
        <translation>导入失败，未写入任何内容。
%1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：未导入任何内容。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The file has errors: nothing was imported.</source>
        <translation>文件有错误：未导入任何内容。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Imported %1 rows: %2 tasks added, %3 updated, %4 unchanged.</source>
        <translation>已导入 %1 行：新增任务 %2 项，更新 %3 项，未变 %4 项。</translation>
    </message>
</context>
</TS>