<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>rectify::Ledger</name>
    <message>
        <location filename="../../core/store/ledger_pg.cpp" line="+32" />
        <source>The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql); cannot open %1.</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（软件包 libqt6sql6-psql），无法打开 %1。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Cannot connect to the ledger %1: %2</source>
        <translation>无法连接台账 %1：%2</translation>
    </message>
    <message>
        <location line="+16" />
        <source>set up the connection to %1</source>
        <translation>设置与 %1 的连接</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+13" />
        <source>read the ledger %1</source>
        <translation>读取台账 %1</translation>
    </message>
    <message>
        <location line="-11" />
        <source>no answer</source>
        <translation>服务器没有应答</translation>
    </message>
    <message>
        <location line="+23" />
        <source>%1 is not a Rectify ledger: the database holds the tables of another program. Nothing was changed.</source>
        <translation>%1 不是整改台账：该数据库中是其他程序的数据表。未作任何修改。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The ledger %1 was written by a newer Rectify (format version %2; this program knows up to %3). Please upgrade Rectify. Nothing was changed.</source>
        <translation>台账 %1 由更新版本的整改台账程序写入（格式版本 %2，本程序最高支持 %3）。请升级程序。未作任何修改。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The database %1 holds no ledger yet; open it once for writing.</source>
        <translation>数据库 %1 中还没有台账；请以可写方式打开一次。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The ledger %1 has format version %2 and must be upgraded before it can be read; open it once for writing.</source>
        <translation>台账 %1 的格式版本为 %2，需要先升级才能读取；请以可写方式打开一次。</translation>
    </message>
</context>
<context>
    <name>rectify::LedgerCopy</name>
    <message>
        <location filename="../../core/store/ledgercopy.cpp" line="+133" />
        <source>Name both ledgers: the one to copy and the new one.</source>
        <translation>请同时指定两个台账：要复制的台账和新台账。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The target %1 exists; a ledger is copied into a new file or an empty database only. Nothing was changed.</source>
        <translation>目标 %1 已存在；台账只能复制到新文件或空数据库中。未做任何更改。</translation>
    </message>
    <message>
        <location line="+29" />
        <source>The target %1 already holds a ledger; a ledger is copied into a new file or an empty database only. Nothing was changed.</source>
        <translation>目标 %1 中已有台账；台账只能复制到新文件或空数据库中。未做任何更改。</translation>
    </message>
    <message>
        <location line="+29" />
        <location line="+30" />
        <source>read the target ledger</source>
        <translation>读取目标台账</translation>
    </message>
    <message>
        <location line="-26" />
        <source>The target %1 has no audit log guard.</source>
        <translation>目标 %1 缺少审计日志保护。</translation>
    </message>
    <message>
        <location line="+20" />
        <location line="+91" />
        <source>prepare the target ledger</source>
        <translation>准备目标台账</translation>
    </message>
    <message>
        <location line="-81" />
        <source>The target %1 already holds a ledger (its table %2 has rows); a ledger is copied into a new file or an empty database only. Nothing was changed.</source>
        <translation>目标 %1 中已有台账（其表 %2 中有数据）；台账只能复制到新文件或空数据库中。未做任何更改。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>read the evidence of %1</source>
        <translation>读取 %1 的佐证材料</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Cannot copy the evidence file %1 of %2: %3 Nothing was copied.</source>
        <translation>无法复制 %2 的佐证材料 %1：%3 未复制任何内容。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The stored copy %1 of the evidence file %2 no longer matches the hash recorded when it was attached. Nothing was copied.</source>
        <translation>佐证材料 %2 的存档副本 %1 与添加时记录的哈希值不再一致。未复制任何内容。</translation>
    </message>
    <message>
        <location line="+27" />
        <source>The connection to %1 is not open.</source>
        <translation>与 %1 的连接未打开。</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+22" />
        <location line="+78" />
        <source>Cannot copy the rows into %1: %2</source>
        <translation>无法将各行复制到 %1：%2</translation>
    </message>
    <message>
        <location line="-72" />
        <location line="+65" />
        <source>Cannot read the table %1 of %2: %3</source>
        <translation>无法读取 %2 的表 %1：%3</translation>
    </message>
    <message>
        <location line="-46" />
        <source>Cannot write the table %1 of %2: %3</source>
        <translation>无法写入 %2 的表 %1：%3</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Cannot copy the rows of the table %1 into %2: %3</source>
        <translation>无法将表 %1 的行复制到 %2：%3</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Cannot copy a row of the table %1 into %2: %3</source>
        <translation>无法将表 %1 的一行复制到 %2：%3</translation>
    </message>
    <message>
        <location line="+20" />
        <source>read the audit log</source>
        <translation>读取审计日志</translation>
    </message>
    <message>
        <location line="+7" />
        <source>write the audit log</source>
        <translation>写入审计日志</translation>
    </message>
    <message>
        <location line="+11" />
        <source>write the target ledger</source>
        <translation>写入目标台账</translation>
    </message>
</context>
<context>
    <name>rectify::LedgerLocation</name>
    <message>
        <location filename="../../core/store/ledgerlocation.cpp" line="+28" />
        <source>A server address begins with postgresql:// — write it as postgresql://user@host:port/database.</source>
        <translation>服务器地址以 postgresql:// 开头，请写成 postgresql://用户@主机:端口/数据库。</translation>
    </message>
    <message>
        <location line="+5" />
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
<context>
    <name>rectify::PgLinkCheck</name>
    <message>
        <location filename="../../core/store/pglinkcheck.cpp" line="+154" />
        <source>the new row (id %1) of %2 refers to id %3 of %4, which does not exist (%5)</source>
        <translation>新写入的 %2 表中 id 为 %1 的行引用了 %4 表中不存在的 id %3（%5）</translation>
    </message>
</context>
<context>
    <name>rectify::cli</name>
    <message>
        <location filename="../../app/cli/cmd_migrate.cpp" line="+8" />
        <source>copy a whole ledger, audit trail included, between a file and a PostgreSQL server (postgresql://user@host:port/db) either way, into a new file or an empty database</source>
        <translation>在文件与 PostgreSQL 服务器（postgresql://用户@主机:端口/数据库）之间双向复制整个台账（含审计记录），目标须为新文件或空数据库</translation>
    </message>
    <message>
        <location line="+13" />
        <source>migrate needs --from LEDGER and --to LEDGER (a file or postgresql://user@host:port/db).</source>
        <translation>migrate 需要 --from 台账 和 --to 台账（文件或 postgresql://用户@主机:端口/数据库）。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Copied %1 rows, %2 of them audit entries, from %3 to %4.</source>
        <translation>已从 %3 复制 %1 行到 %4，其中审计记录 %2 条。</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>Copied the contents of %n evidence file(s).</source>
        <translation>
            <numerusform>已复制 %n 个佐证材料的内容。</numerusform>
        </translation>
    </message>
</context>
</TS>