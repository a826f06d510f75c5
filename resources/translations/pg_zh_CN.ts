<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>rectify::LedgerLocation</name>
    <message>
        <location filename="../../core/store/ledgerlocation.cpp" line="+25" />
        <source>The server address %1 is not valid: %2</source>
        <translation>服务器地址 %1 无效：%2</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+20" />
        <source>The server address must not contain a password: give it in the PGPASSWORD environment variable or in ~/.pgpass.</source>
        <translation>服务器地址中不能包含密码：请在环境变量 PGPASSWORD 或 ~/.pgpass 文件中提供密码。</translation>
    </message>
    <message>
        <location line="-9" />
        <source>The server address %1 names no database: write it as postgresql://user@host:port/database.</source>
        <translation>服务器地址 %1 未指定数据库：请写成 postgresql://用户@主机:端口/数据库 的形式。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The server address %1 has an option that cannot be used: %2</source>
        <translation>服务器地址 %1 含有无法使用的选项：%2</translation>
    </message>
</context>
</TS>