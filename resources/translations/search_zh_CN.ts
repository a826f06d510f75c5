<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>rectify::TaskQuery</name>
    <message>
        <location filename="../../core/search/taskquery.cpp" line="+423"/>
        <location line="+19"/>
        <location line="+420"/>
        <source>list the tasks</source>
        <translation>列出任务</translation>
    </message>
    <message>
        <location line="-252"/>
        <source>read the tasks</source>
        <translation>读取任务</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>read the responsibilities</source>
        <translation>读取责任清单</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>read the latest progress</source>
        <translation>读取最新进展</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+38"/>
        <source>count the alerts</source>
        <translation>统计预警</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>list the categories</source>
        <translation>列出问题类别</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+106"/>
        <location line="+22"/>
        <location line="+15"/>
        <source>find the task</source>
        <translation>查找任务</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+9"/>
        <source>count the tasks</source>
        <translation>统计任务数</translation>
    </message>
</context>
</TS>
