<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>rectify::TaskQuery</name>
    <message>
        <location filename="../../core/search/taskquery.cpp" line="+341" />
        <location line="+62" />
        <source>list the tasks</source>
        <translation>列出任务</translation>
    </message>
    <message>
        <location line="+25" />
        <source>read the tasks</source>
        <translation>读取任务</translation>
    </message>
    <message>
        <location line="+27" />
        <source>read the responsibilities</source>
        <translation>读取责任清单</translation>
    </message>
    <message>
        <location line="+26" />
        <source>read the latest progress</source>
        <translation>读取最新进展</translation>
    </message>
    <message>
        <location line="+35" />
        <location line="+38" />
        <source>count the alerts</source>
        <translation>统计预警</translation>
    </message>
    <message>
        <location line="+14" />
        <source>list the categories</source>
        <translation>列出问题类别</translation>
    </message>
</context>
</TS>