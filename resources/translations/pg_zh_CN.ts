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
    <message>
        <location line="+30" />
        <source>Backups are copies of a ledger file; the ledger %1 is on a PostgreSQL server: back it up with the server's tools (pg_dump).</source>
        <translation>备份是台账文件的副本；台账 %1 位于 PostgreSQL 服务器上：请用服务器自带的工具（pg_dump）备份。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Restoring a backup replaces a ledger file; the ledger %1 is on a PostgreSQL server: restore it with the server's tools (pg_restore).</source>
        <translation>恢复备份会替换台账文件；台账 %1 位于 PostgreSQL 服务器上：请用服务器自带的工具（pg_restore）恢复。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Evidence files are kept beside a ledger file; the ledger %1 is on a PostgreSQL server, where attaching files is not supported yet.</source>
        <translation>佐证材料保存在台账文件旁边；台账 %1 位于 PostgreSQL 服务器上，暂不支持附加文件。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Importing a CSV file into a ledger on a PostgreSQL server (%1) is not supported yet; import it into a ledger file.</source>
        <translation>暂不支持把 CSV 文件导入 PostgreSQL 服务器上的台账（%1）；请导入到台账文件中。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Exporting the ledger on a PostgreSQL server (%1) is not supported yet.</source>
        <translation>暂不支持导出 PostgreSQL 服务器上的台账（%1）。</translation>
    </message>
</context>
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