<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>rectify::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="+15" />
        <source>Rectify - %1</source>
        <translation>整改台账 - %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rectification ledger</source>
        <translation>整改台账</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1 problems, %2 tasks — %3</source>
        <translation>%1 个问题，%2 项任务 — %3</translation>
    </message>
</context>
</TS>