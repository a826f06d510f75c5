<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>rectify::UserGuideDialog</name>
    <message>
        <location filename="../../ui/help/userguidedialog.cpp" line="+15" />
        <source>user-guide.en.md</source>
        <comment>the bundled user guide in this language</comment>
        <translation>user-guide.zh_CN.md</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Rectify User Guide</source>
        <translation>整改台账使用说明</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The user guide is missing from this installation.</source>
        <translation>本安装中缺少使用说明。</translation>
    </message>
</context>
<context>
    <name>rectify::WelcomePage</name>
    <message>
        <location filename="../../ui/welcome/welcomepage.cpp" line="+29" />
        <source>Import a ledger…</source>
        <translation>导入台账…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Read the problem, task and responsibility lists from an Excel or CSV file.</source>
        <translation>从 Excel 或 CSV 文件读入问题清单、任务清单和责任清单。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add a problem…</source>
        <translation>新增问题…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Enter the first problem by hand.</source>
        <translation>手工录入第一个问题。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open the sample ledger</source>
        <translation>打开示例台账</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A filled-in ledger to try Rectify on; your own ledger stays as it is.</source>
        <translation>打开一份已填好的示例台账试用；您自己的台账保持不变。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the import template…</source>
        <translation>下载导入模板…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>An Excel workbook and a CSV file with the columns Rectify reads and one example row.</source>
        <translation>一个 Excel 工作簿和一个 CSV 文件，包含可导入的各列和一行示例。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This ledger has no problems yet</source>
        <translation>台账中还没有问题</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Start with the ledger your office keeps in Excel, or enter the problems fed back by the inspection one by one.</source>
        <translation>可以从本单位的 Excel 台账导入，也可以逐条录入巡视巡察反馈的问题。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Help → User Guide explains the columns of the import and the work with the ledger.</source>
        <translation>“帮助 → 使用说明”介绍导入的各列和台账的日常使用。</translation>
    </message>
</context>
</TS>