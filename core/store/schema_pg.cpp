// The ledger's schema on PostgreSQL: the steps of schema.cpp, one for one, in
// PostgreSQL's words. The same tables, columns, constraints and version numbers;
// what differs and why:
// - ids: SQLite's INTEGER PRIMARY KEY hands out the next id when NULL is inserted;
//   here a bigserial column and a trigger that fills a NULL id from its sequence
//   (the store inserts NULL for "a new id" and an explicit id to restore a row);
//   audit_log ids are always written by the store (they are hashed);
// - text compares byte by byte (COLLATE "C"), as in SQLite, so that orderings agree;
// - the append-only audit log: trigger functions that raise, on UPDATE, DELETE
//   and TRUNCATE;
// - free-text search: pg_trgm GIN indexes on the same problem and task texts that
//   SQLite's FTS5 table holds, queried with ILIKE (core/search/taskquery.cpp);
// - the format version and the application id live in rectify_schema (one row),
//   what SQLite keeps in its file header (PRAGMA user_version, application_id).
#include "store/schema.h"

#include <QRegularExpression>

namespace rectify {

namespace {

// Byte-order text, as SQLite compares it.
QString collated(QString sql)
{
    static const QRegularExpression text(QStringLiteral("\\bTEXT\\b"));
    return sql.replace(text, QStringLiteral("TEXT COLLATE \"C\""));
}

// A bigserial id filled from its sequence when the insert gives NULL.
QStringList serialId(const QString &table)
{
    return {
        QStringLiteral("CREATE TRIGGER %1_new_id BEFORE INSERT ON %1 FOR EACH ROW "
                       "WHEN (NEW.id IS NULL) EXECUTE FUNCTION rectify_new_id('%1_id_seq')")
            .arg(table),
    };
}

QString appendOnly(const QString &function, const QString &message)
{
    return QStringLiteral("CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $$ "
                          "BEGIN RAISE EXCEPTION '%2'; END $$")
        .arg(function, message);
}

QStringList version1()
{
    QStringList out = {
        QStringLiteral(R"(CREATE TABLE rectify_schema (
            application_id INTEGER NOT NULL,
            version INTEGER NOT NULL))"),
        QStringLiteral("INSERT INTO rectify_schema (application_id, version) VALUES (%1, 0)")
            .arg(Schema::applicationId),
        QStringLiteral("CREATE FUNCTION rectify_new_id() RETURNS trigger LANGUAGE plpgsql AS $$ "
                       "BEGIN NEW.id := nextval(TG_ARGV[0]::regclass); RETURN NEW; END $$"),
        QStringLiteral(R"(CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE inspections (
            id BIGSERIAL PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL DEFAULT '',
            feedback_date TEXT,
            rectification_end TEXT,
            notes TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE units (
            id BIGSERIAL PRIMARY KEY,
            name TEXT NOT NULL UNIQUE))"),
        QStringLiteral(R"(CREATE TABLE people (
            id BIGSERIAL PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            unit_id BIGINT REFERENCES units(id) ON DELETE SET NULL))"),
        QStringLiteral(R"(CREATE TABLE problems (
            id BIGSERIAL PRIMARY KEY,
            inspection_id BIGINT NOT NULL REFERENCES inspections(id) ON DELETE CASCADE,
            code TEXT NOT NULL,
            category TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            sort_order INTEGER NOT NULL DEFAULT 0,
            UNIQUE (inspection_id, code)))"),
        QStringLiteral("CREATE INDEX problems_category ON problems(category)"),
        QStringLiteral(R"(CREATE TABLE tasks (
            id BIGSERIAL PRIMARY KEY,
            problem_id BIGINT NOT NULL REFERENCES problems(id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            measure TEXT NOT NULL,
            target TEXT NOT NULL DEFAULT '',
            deadline TEXT,
            long_term INTEGER NOT NULL DEFAULT 0 CHECK (long_term IN (0, 1)),
            status TEXT NOT NULL DEFAULT 'not_started'
                CHECK (status IN ('not_started', 'in_progress', 'completed', 'closed')),
            completed_on TEXT,
            closed_on TEXT,
            remarks TEXT NOT NULL DEFAULT '',
            version INTEGER NOT NULL DEFAULT 1,
            UNIQUE (problem_id, number)))"),
        QStringLiteral("CREATE INDEX tasks_status_deadline ON tasks(status, deadline)"),
        QStringLiteral("CREATE INDEX tasks_deadline ON tasks(deadline)"),
        QStringLiteral(R"(CREATE TABLE responsibilities (
            id BIGSERIAL PRIMARY KEY,
            task_id BIGINT NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
            role TEXT NOT NULL CHECK (role IN ('leader', 'lead_unit', 'co_unit', 'person')),
            unit_id BIGINT REFERENCES units(id) ON DELETE RESTRICT,
            person_id BIGINT REFERENCES people(id) ON DELETE RESTRICT,
            position INTEGER NOT NULL DEFAULT 0,
            CHECK ((role IN ('lead_unit', 'co_unit') AND unit_id IS NOT NULL AND person_id IS NULL)
                OR (role IN ('leader', 'person') AND person_id IS NOT NULL AND unit_id IS NULL))))"),
        QStringLiteral("CREATE INDEX responsibilities_task ON responsibilities(task_id, role)"),
        QStringLiteral("CREATE INDEX responsibilities_unit ON responsibilities(role, unit_id)"),
        QStringLiteral("CREATE INDEX responsibilities_person ON responsibilities(role, person_id)"),
        QStringLiteral(R"(CREATE TABLE progress_entries (
            id BIGSERIAL PRIMARY KEY,
            task_id BIGINT NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
            entry_date TEXT NOT NULL,
            text TEXT NOT NULL,
            author TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX progress_task_date ON progress_entries(task_id, entry_date)"),
        QStringLiteral(R"(CREATE TABLE users (
            id BIGSERIAL PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            role TEXT NOT NULL CHECK (role IN ('official', 'supervisor', 'admin')),
            unit_id BIGINT REFERENCES units(id) ON DELETE SET NULL,
            password_hash TEXT,
            created_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE audit_log (
            id BIGINT PRIMARY KEY,
            at TEXT NOT NULL,
            user_name TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id BIGINT,
            field TEXT NOT NULL DEFAULT '',
            old_value TEXT,
            new_value TEXT,
            reason TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX audit_entity ON audit_log(entity, entity_id)"),
        appendOnly(
            QStringLiteral("audit_log_append_only"), QStringLiteral("audit log is append-only")),
        QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                       "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()"),
        QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                       "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()"),
        QStringLiteral("CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
                       "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()"),
    };
    for (const char *table : { "inspections", "units", "people", "problems", "tasks",
             "responsibilities", "progress_entries", "users" })
        out << serialId(QString::fromLatin1(table));
    return out;
}

// Version 2: free-text search. SQLite keeps an FTS5 trigram table in step with
// triggers; here GIN trigram indexes over the same two texts, which ILIKE
// '%word%' uses, need no triggers at all. The expressions must stay exactly those
// of TaskQuery's search condition for the planner to use the indexes.
QStringList version2()
{
    return {
        QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm"),
        QStringLiteral("CREATE INDEX problems_search ON problems USING gin "
                       "((code || ' ' || category || ' ' || title || ' ' || description) "
                       "gin_trgm_ops)"),
        QStringLiteral("CREATE INDEX tasks_search ON tasks USING gin "
                       "((measure || ' ' || target || ' ' || remarks) gin_trgm_ops)"),
        QStringLiteral("CREATE INDEX problems_order ON problems(inspection_id, sort_order)"),
    };
}

QStringList version3()
{
    QStringList out = {
        QStringLiteral("ALTER TABLE audit_log ADD COLUMN prev_hash TEXT"),
        QStringLiteral("ALTER TABLE audit_log ADD COLUMN hash TEXT"),
        QStringLiteral(R"(CREATE TABLE audit_head (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            last_id BIGINT NOT NULL,
            hash TEXT NOT NULL))"),
        QStringLiteral("INSERT INTO audit_head (id, last_id, hash) VALUES (1, 0, '')"),
        QStringLiteral(R"(CREATE TABLE evidence (
            id BIGSERIAL PRIMARY KEY,
            task_id BIGINT NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
            file_name TEXT NOT NULL,
            stored_path TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            size BIGINT NOT NULL,
            added_by TEXT NOT NULL,
            added_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX evidence_task ON evidence(task_id)"),
        QStringLiteral("CREATE INDEX audit_user_at ON audit_log(user_name, at)"),
        QStringLiteral("DROP TRIGGER audit_log_no_update ON audit_log"),
    };
    out << serialId(QStringLiteral("evidence"));
    return out;
}

QStringList finishVersion3()
{
    return {
        QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                       "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()"),
        appendOnly(
            QStringLiteral("audit_head_keep"), QStringLiteral("audit head cannot be removed")),
        QStringLiteral("CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head "
                       "FOR EACH ROW EXECUTE FUNCTION audit_head_keep()"),
        QStringLiteral("CREATE TRIGGER audit_head_no_truncate BEFORE TRUNCATE ON audit_head "
                       "FOR EACH STATEMENT EXECUTE FUNCTION audit_head_keep()"),
    };
}

// Version 4: SQLite splits its FTS5 table into problem_search and task_search;
// the pg_trgm indexes of version 2 already index the two texts apart. The rest of
// the step is plain SQL and is taken from it: the partial responsibility indexes
// and tasks_order.
QStringList version4()
{
    QStringList out;
    const QStringList sqlite = Schema::migrationTo(4);
    for (const QString &s : sqlite) {
        if (s.startsWith(QLatin1String("CREATE INDEX"))
            || s.startsWith(QLatin1String("DROP INDEX")))
            out << s;
    }
    return out;
}

// Version 6: evidence contents as bytea (BYTEA is PostgreSQL's BLOB); the size in
// BIGINT like every other byte count here.
QStringList version6()
{
    return {
        QStringLiteral(R"(CREATE TABLE evidence_content (
            sha256 TEXT COLLATE "C" PRIMARY KEY,
            size BIGINT NOT NULL,
            content BYTEA NOT NULL))"),
    };
}

// Version 10: the reporting tables of schema.cpp's step, with server ids (BIGSERIAL,
// BIGINT links) and the trigger that fills a NULL id.
QStringList version10()
{
    QStringList out;
    for (QString s : Schema::migrationTo(10)) {
        s.replace(
            QStringLiteral("id INTEGER PRIMARY KEY"), QStringLiteral("id BIGSERIAL PRIMARY KEY"));
        s.replace(QStringLiteral("_id INTEGER"), QStringLiteral("_id BIGINT"));
        out << s;
    }
    for (const char *table : { "rounds", "round_reports", "extensions" })
        out << serialId(QString::fromLatin1(table));
    return out;
}

QStringList collatedAll(QStringList statements)
{
    for (QString &s : statements) {
        if (s.startsWith(QLatin1String("CREATE TABLE"))
            || s.startsWith(QLatin1String("ALTER TABLE")))
            s = collated(s);
    }
    return statements;
}

// Version 9: the records of schema.cpp's version 9 with bigserial ids (filled
// from their sequences like every other table's) and BIGINT links.
QStringList version9()
{
    QStringList out;
    for (QString s : Schema::migrationTo(9)) {
        s.replace(
            QStringLiteral("id INTEGER PRIMARY KEY"), QStringLiteral("id BIGSERIAL PRIMARY KEY"));
        s.replace(QStringLiteral("_id INTEGER"), QStringLiteral("_id BIGINT"));
        out << s;
    }
    out << serialId(QStringLiteral("records")) << serialId(QStringLiteral("record_findings"));
    return out;
}

} // namespace

QStringList Schema::postgresMigrationTo(int version)
{
    switch (version) {
    case 1:
        return collatedAll(version1());
    case 2:
        return version2();
    case 3:
        return collatedAll(version3());
    case 4:
        return version4();
    case 6:
        return version6();
    case 8:
        // A progress entry's date may be unknown (see schema.cpp, version 8).
        return { QStringLiteral(
            "ALTER TABLE progress_entries ALTER COLUMN entry_date DROP NOT NULL") };
    case 9:
        return collatedAll(version9());
    case 10:
        return collatedAll(version10());
    default:
        // A later step is plain SQL unless it says otherwise here: the suites'
        // PostgreSQL runs show when it is not.
        return collatedAll(Schema::migrationTo(version));
    }
}

QStringList Schema::postgresFinishMigrationTo(int version)
{
    if (version == 3)
        return finishVersion3();
    return version > 4 ? Schema::finishMigrationTo(version) : QStringList();
}

} // namespace rectify
