<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>rectify::Conflict</name>
    <message>
        <location filename="../../core/store/conflict.cpp" line="+68" />
        <source>%1 was deleted by %2 at %3; your change was not saved.</source>
        <translation>%2 于 %3 删除了%1；您的修改未保存。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 was changed by %2 at %3 after you read it; your change was not saved.</source>
        <translation>在您读取之后，%2 于 %3 修改了%1；您的修改未保存。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 was changed by someone else after you read it; your change was not saved.</source>
        <translation>在您读取之后，其他用户修改了%1；您的修改未保存。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 %2</source>
        <comment>two sentences in a row</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>It now reads: %1.</source>
        <translation>当前内容为：%1。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Look at the newer values and make your change again if it is still needed.</source>
        <translation>请查看最新内容，如仍需修改请重新操作。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Task #%1</source>
        <translation>任务 #%1</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+36" />
        <source>%1 no longer exists; your change was not saved.</source>
        <translation>%1已不存在；您的修改未保存。</translation>
    </message>
    <message>
        <location line="-33" />
        <source>Task (%1)</source>
        <translation>任务（%1）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Task %1.%2</source>
        <translation>任务 %1.%2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0" />
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+2" />
        <source>status</source>
        <translation>整改状态</translation>
    </message>
    <message>
        <location line="+1" />
        <source>measure</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <location line="+1" />
        <source>deadline</source>
        <translation>整改时限</translation>
    </message>
    <message>
        <location line="+1" />
        <source>target</source>
        <translation>整改目标</translation>
    </message>
    <message>
        <location line="+1" />
        <source>long-term</source>
        <translation>长期坚持</translation>
    </message>
    <message>
        <location line="+1" />
        <source>leader</source>
        <translation>责任领导</translation>
    </message>
    <message>
        <location line="+1" />
        <source>lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location line="+2" />
        <source>co-operating units</source>
        <translation>配合单位</translation>
    </message>
    <message>
        <location line="+2" />
        <source>person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location line="+1" />
        <source>remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Problem #%1</source>
        <translation>问题 #%1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>number</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+1" />
        <source>category</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <location line="+1" />
        <source>title</source>
        <translation>反馈问题</translation>
    </message>
    <message>
        <location line="+1" />
        <source>description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Problem %1</source>
        <translation>问题 %1</translation>
    </message>
</context>
</TS>