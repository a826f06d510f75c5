#include "store/schema.h"

namespace rectify {

namespace {

// Version 1: the three lists, people and units, progress, users, audit log.
// Dates are ISO-8601 text (YYYY-MM-DD), timestamps ISO-8601 UTC text: both sort
// as text and port to PostgreSQL unchanged.
QStringList version1()
{
    return {
        QStringLiteral(R"(CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE inspections (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL DEFAULT '',
            feedback_date TEXT,
            rectification_end TEXT,
            notes TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE units (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE))"),
        QStringLiteral(R"(CREATE TABLE people (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            unit_id INTEGER REFERENCES units(id) ON DELETE SET NULL))"),
        QStringLiteral(R"(CREATE TABLE problems (
            id INTEGER PRIMARY KEY,
            inspection_id INTEGER NOT NULL REFERENCES inspections(id) ON DELETE CASCADE,
            code TEXT NOT NULL,
            category TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            sort_order INTEGER NOT NULL DEFAULT 0,
            UNIQUE (inspection_id, code)))"),
        QStringLiteral("CREATE INDEX problems_category ON problems(category)"),
        QStringLiteral(R"(CREATE TABLE tasks (
            id INTEGER PRIMARY KEY,
            problem_id INTEGER NOT NULL REFERENCES problems(id) ON DELETE CASCADE,
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
        // role: leader and person point at people; lead_unit and co_unit at units.
        QStringLiteral(R"(CREATE TABLE responsibilities (
            id INTEGER PRIMARY KEY,
            task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
            role TEXT NOT NULL CHECK (role IN ('leader', 'lead_unit', 'co_unit', 'person')),
            unit_id INTEGER REFERENCES units(id) ON DELETE RESTRICT,
            person_id INTEGER REFERENCES people(id) ON DELETE RESTRICT,
            position INTEGER NOT NULL DEFAULT 0,
            CHECK ((role IN ('lead_unit', 'co_unit') AND unit_id IS NOT NULL AND person_id IS NULL)
                OR (role IN ('leader', 'person') AND person_id IS NOT NULL AND unit_id IS NULL))))"),
        QStringLiteral("CREATE INDEX responsibilities_task ON responsibilities(task_id, role)"),
        QStringLiteral("CREATE INDEX responsibilities_unit ON responsibilities(role, unit_id)"),
        QStringLiteral("CREATE INDEX responsibilities_person ON responsibilities(role, person_id)"),
        QStringLiteral(R"(CREATE TABLE progress_entries (
            id INTEGER PRIMARY KEY,
            task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
            entry_date TEXT NOT NULL,
            text TEXT NOT NULL,
            author TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX progress_task_date ON progress_entries(task_id, entry_date)"),
        QStringLiteral(R"(CREATE TABLE users (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            role TEXT NOT NULL CHECK (role IN ('official', 'supervisor', 'admin')),
            unit_id INTEGER REFERENCES units(id) ON DELETE SET NULL,
            password_hash TEXT,
            created_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            user_name TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id INTEGER,
            field TEXT NOT NULL DEFAULT '',
            old_value TEXT,
            new_value TEXT,
            reason TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX audit_entity ON audit_log(entity, entity_id)"),
        // The audit log is append-only, whoever writes to the file through SQL.
        QStringLiteral(R"(CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END)"),
        QStringLiteral(R"(CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END)"),
    };
}

// Version 2: free-text search over problem and task text. An FTS5 table with the
// trigram tokenizer finds Chinese substrings of three characters or more (Chinese
// has no spaces for a word tokenizer to split on); triggers keep it in step with
// the tasks and their problems. Its rowid is the task id. SQLite-specific: another
// backend would index the same text its own way.
QStringList version2()
{
    const QString problemText
        = QStringLiteral("p.code || ' ' || p.category || ' ' || p.title || ' ' || p.description");
    const QString taskText
        = QStringLiteral("NEW.measure || ' ' || NEW.target || ' ' || NEW.remarks");
    const QString insertTask
        = QStringLiteral("INSERT INTO task_search (rowid, problem, task) SELECT NEW.id, %1, %2 "
                         "FROM problems p WHERE p.id = NEW.problem_id;")
              .arg(problemText, taskText);
    return {
        QStringLiteral("CREATE VIRTUAL TABLE task_search USING fts5("
                       "problem, task, tokenize = 'trigram')"),
        QStringLiteral("INSERT INTO task_search (rowid, problem, task) "
                       "SELECT t.id, %1, t.measure || ' ' || t.target || ' ' || t.remarks "
                       "FROM tasks t JOIN problems p ON p.id = t.problem_id")
            .arg(problemText),
        QStringLiteral("CREATE TRIGGER task_search_insert AFTER INSERT ON tasks BEGIN %1 END")
            .arg(insertTask),
        QStringLiteral("CREATE TRIGGER task_search_update AFTER UPDATE OF problem_id, measure, "
                       "target, remarks ON tasks BEGIN "
                       "DELETE FROM task_search WHERE rowid = OLD.id; %1 END")
            .arg(insertTask),
        QStringLiteral("CREATE TRIGGER task_search_delete AFTER DELETE ON tasks BEGIN "
                       "DELETE FROM task_search WHERE rowid = OLD.id; END"),
        QStringLiteral("CREATE TRIGGER task_search_problem AFTER UPDATE OF code, category, title, "
                       "description ON problems BEGIN "
                       "DELETE FROM task_search WHERE rowid IN "
                       "(SELECT id FROM tasks WHERE problem_id = NEW.id); "
                       "INSERT INTO task_search (rowid, problem, task) "
                       "SELECT t.id, %1, t.measure || ' ' || t.target || ' ' || t.remarks "
                       "FROM tasks t JOIN problems p ON p.id = t.problem_id "
                       "WHERE p.id = NEW.id; END")
            .arg(problemText),
        // Orderings of the task table and the problem list.
        QStringLiteral("CREATE INDEX problems_order ON problems(inspection_id, sort_order)"),
    };
}

// Version 3: sign-off workflow and a tamper-evident audit log.
// - audit_log.prev_hash / hash: the hash chain (see store/auditchain.h); the
//   entries of an older ledger are chained by the upgrade itself, between this
//   step and finishMigrationTo(3), with the update trigger dropped for the while;
// - audit_head: one row naming the newest entry, so that removing entries from
//   the end of the log shows too;
// - evidence: files attached to a task (佐证材料), copied beside the ledger and
//   named by their SHA-256.
// Portable SQL except the trigger statements (SQLite's RAISE; PostgreSQL would
// use a trigger function and DROP TRIGGER ... ON audit_log).
QStringList version3()
{
    return {
        QStringLiteral("ALTER TABLE audit_log ADD COLUMN prev_hash TEXT"),
        QStringLiteral("ALTER TABLE audit_log ADD COLUMN hash TEXT"),
        QStringLiteral(R"(CREATE TABLE audit_head (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            last_id INTEGER NOT NULL,
            hash TEXT NOT NULL))"),
        QStringLiteral("INSERT INTO audit_head (id, last_id, hash) VALUES (1, 0, '')"),
        QStringLiteral(R"(CREATE TABLE evidence (
            id INTEGER PRIMARY KEY,
            task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
            file_name TEXT NOT NULL,
            stored_path TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            size INTEGER NOT NULL,
            added_by TEXT NOT NULL,
            added_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX evidence_task ON evidence(task_id)"),
        QStringLiteral("CREATE INDEX audit_user_at ON audit_log(user_name, at)"),
        QStringLiteral("DROP TRIGGER audit_log_no_update"),
    };
}

QStringList finishVersion3()
{
    return {
        QStringLiteral(R"(CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END)"),
        QStringLiteral(R"(CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head
            BEGIN SELECT RAISE(ABORT, 'audit head cannot be removed'); END)"),
    };
}

// Version 4: the free-text search index holds each text once. Version 2 indexed
// a problem's text again for every one of its tasks (about eight a problem), and
// that index was most of the cost of a large import. Now problem_search holds a
// problem's text under the problem's id and task_search a task's own text under
// the task's id; a search finds a task when the words are in either (see
// search/taskquery.cpp). The indexed text is the same as in version 2, and so is
// the trigram tokenizer. Triggers keep both in step; the importer sets them
// aside and indexes in bulk (store/searchindexbatch.h). SQLite-specific.
//
// Two index changes go with it (plain SQL, PostgreSQL has partial indexes too):
// - responsibilities_unit and responsibilities_person hold only the rows that
//   name a unit, or a person: every row used to be in both, half of them with a
//   NULL key. The filters and counts by unit or person compare the column with a
//   value, which implies IS NOT NULL, so the query planner still uses them.
// - tasks_order covers the columns the task table's in-memory sorts read in
//   ledger order (see search/taskquery.cpp), so they read the index alone
//   instead of every task row with its texts.
QStringList version4()
{
    const QString problemText = QStringLiteral(
        "NEW.code || ' ' || NEW.category || ' ' || NEW.title || ' ' || NEW.description");
    const QString taskText
        = QStringLiteral("NEW.measure || ' ' || NEW.target || ' ' || NEW.remarks");
    const QString insertProblem
        = QStringLiteral("INSERT INTO problem_search (rowid, problem) VALUES (NEW.id, %1);")
              .arg(problemText);
    const QString insertTask
        = QStringLiteral("INSERT INTO task_search (rowid, task) VALUES (NEW.id, %1);")
              .arg(taskText);
    return {
        QStringLiteral("DROP TRIGGER IF EXISTS task_search_insert"),
        QStringLiteral("DROP TRIGGER IF EXISTS task_search_update"),
        QStringLiteral("DROP TRIGGER IF EXISTS task_search_delete"),
        QStringLiteral("DROP TRIGGER IF EXISTS task_search_problem"),
        QStringLiteral("DROP TABLE IF EXISTS task_search"),
        QStringLiteral("CREATE VIRTUAL TABLE problem_search USING fts5("
                       "problem, tokenize = 'trigram')"),
        QStringLiteral("CREATE VIRTUAL TABLE task_search USING fts5(task, tokenize = 'trigram')"),
        QStringLiteral("INSERT INTO problem_search (rowid, problem) SELECT id, "
                       "code || ' ' || category || ' ' || title || ' ' || description "
                       "FROM problems"),
        QStringLiteral("INSERT INTO task_search (rowid, task) "
                       "SELECT id, measure || ' ' || target || ' ' || remarks FROM tasks"),
        QStringLiteral("CREATE TRIGGER problem_search_insert AFTER INSERT ON problems BEGIN %1 END")
            .arg(insertProblem),
        QStringLiteral("CREATE TRIGGER problem_search_update AFTER UPDATE OF code, category, "
                       "title, description ON problems BEGIN "
                       "DELETE FROM problem_search WHERE rowid = OLD.id; %1 END")
            .arg(insertProblem),
        QStringLiteral("CREATE TRIGGER problem_search_delete AFTER DELETE ON problems BEGIN "
                       "DELETE FROM problem_search WHERE rowid = OLD.id; END"),
        QStringLiteral("CREATE TRIGGER task_search_insert AFTER INSERT ON tasks BEGIN %1 END")
            .arg(insertTask),
        QStringLiteral("CREATE TRIGGER task_search_update AFTER UPDATE OF measure, target, "
                       "remarks ON tasks BEGIN "
                       "DELETE FROM task_search WHERE rowid = OLD.id; %1 END")
            .arg(insertTask),
        QStringLiteral("CREATE TRIGGER task_search_delete AFTER DELETE ON tasks BEGIN "
                       "DELETE FROM task_search WHERE rowid = OLD.id; END"),
        QStringLiteral("DROP INDEX responsibilities_unit"),
        QStringLiteral("DROP INDEX responsibilities_person"),
        QStringLiteral("CREATE INDEX responsibilities_unit ON responsibilities(role, unit_id) "
                       "WHERE unit_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX responsibilities_person ON responsibilities(role, person_id) "
                       "WHERE person_id IS NOT NULL"),
        QStringLiteral(
            "CREATE INDEX tasks_order ON tasks(problem_id, number, deadline, status, long_term)"),
    };
}

// Version 5: optimistic locking for problems (tasks have carried a row version
// since version 1): every update of a problem bumps `version`, and a write that
// names an older version than the stored one is refused (see store/conflict.h).
// Plain SQL; existing problems start at 1.
QStringList version5()
{
    return {
        QStringLiteral("ALTER TABLE problems ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
    };
}

// Version 6: the contents of evidence files, for a ledger on a server. Officials
// on different computers share no folder, so a server ledger keeps each attached
// file's bytes once per SHA-256 here, written in the transaction of the workflow
// step that attaches it (see store/evidencecontent.h). A ledger file keeps its
// folder beside the file, as before: this table stays empty there (a copy to a
// server fills it, a copy back to a file empties it into the new folder).
QStringList version6()
{
    return {
        QStringLiteral(R"(CREATE TABLE evidence_content (
            sha256 TEXT PRIMARY KEY,
            size INTEGER NOT NULL,
            content BLOB NOT NULL))"),
    };
}

// Version 7: user accounts that can be kept up. `active` = 0 is a deactivated
// user: never deleted (the audit log names them), but they cannot sign in or be
// chosen. `must_change_password` = 1 after an administrator reset the password:
// the next sign-in asks for a new one before anything else. Whether the ledger
// requires a password of everyone is the setting `passwords_required` (the
// settings table; missing means no, as for every ledger before this version).
// Plain SQL on both backends; existing users are active and keep their password.
QStringList version7()
{
    return {
        QStringLiteral("ALTER TABLE users ADD COLUMN active INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral(
            "ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0"),
    };
}

// Version 8: a progress entry's date may be unknown (NULL). An imported ledger's
// progress cell that does not open with a date says nothing of when the work was
// reported; the import used to date it on the import day, which made the history,
// the stale alerts and the report claim work that day. SQLite cannot drop a NOT
// NULL constraint, so the table is rebuilt with its rows, ids and index; nothing
// references it and it has no triggers. PostgreSQL drops the constraint
// (schema_pg.cpp). Undated entries sort before the dated ones of their task: they
// came with the ledger, before Rectify kept it.
QStringList version8()
{
    // The rows go to a scratch table and back rather than through ALTER TABLE
    // RENAME, which would open SQLite's temp schema on the ledger's connection for
    // good (the import's search-index worker checks that it leaves none behind).
    return {
        QStringLiteral(R"(CREATE TABLE progress_entries_v7 (
            id INTEGER PRIMARY KEY, task_id INTEGER NOT NULL, entry_date TEXT, text TEXT NOT NULL,
            author TEXT NOT NULL, created_at TEXT NOT NULL))"),
        QStringLiteral("INSERT INTO progress_entries_v7 (id, task_id, entry_date, text, author, "
                       "created_at) SELECT id, task_id, entry_date, text, author, created_at "
                       "FROM progress_entries"),
        QStringLiteral("DROP TABLE progress_entries"),
        QStringLiteral(R"(CREATE TABLE progress_entries (
            id INTEGER PRIMARY KEY,
            task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
            entry_date TEXT,
            text TEXT NOT NULL,
            author TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL))"),
        QStringLiteral("INSERT INTO progress_entries (id, task_id, entry_date, text, author, "
                       "created_at) SELECT id, task_id, entry_date, text, author, created_at "
                       "FROM progress_entries_v7"),
        QStringLiteral("DROP TABLE progress_entries_v7"),
        QStringLiteral("CREATE INDEX progress_task_date ON progress_entries(task_id, entry_date)"),
    };
}

// Version 9: the inspection's stay on site (进驻) and the results of the
// rectification work beyond the three lists (整改成效, domain/records.h):
// - inspections.stationed_from / stationed_to: the dates the group was stationed;
// - records: one row per meeting, supervision round, rule established,
//   accountability decision or quantified result of an inspection, optionally
//   linked to a problem or a task (the link is cleared when that row goes);
//   `kind` says which columns mean what; the quantified value is decimal text so
//   that copies between backends keep it exactly;
// - record_findings: what a supervision round found at a task, with the progress
//   entry made from it (cleared when that entry is removed).
// Plain SQL; the PostgreSQL form (schema_pg.cpp) differs only in its id columns.
QStringList version9()
{
    return {
        QStringLiteral("ALTER TABLE inspections ADD COLUMN stationed_from TEXT"),
        QStringLiteral("ALTER TABLE inspections ADD COLUMN stationed_to TEXT"),
        QStringLiteral(R"(CREATE TABLE records (
            id INTEGER PRIMARY KEY,
            inspection_id INTEGER NOT NULL REFERENCES inspections(id) ON DELETE CASCADE,
            kind TEXT NOT NULL
                CHECK (kind IN ('meeting', 'round', 'rule', 'accountability', 'result')),
            problem_id INTEGER REFERENCES problems(id) ON DELETE SET NULL,
            task_id INTEGER REFERENCES tasks(id) ON DELETE SET NULL,
            record_date TEXT,
            end_date TEXT,
            number INTEGER NOT NULL DEFAULT 0,
            title TEXT NOT NULL DEFAULT '',
            category TEXT NOT NULL DEFAULT '',
            party TEXT NOT NULL DEFAULT '',
            doc_number TEXT NOT NULL DEFAULT '',
            amount INTEGER NOT NULL DEFAULT 0 CHECK (amount >= 0),
            figure TEXT NOT NULL DEFAULT '',
            unit TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            owner_unit TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX records_inspection ON records(inspection_id, kind)"),
        QStringLiteral(R"(CREATE TABLE record_findings (
            id INTEGER PRIMARY KEY,
            record_id INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
            task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            progress_id INTEGER REFERENCES progress_entries(id) ON DELETE SET NULL))"),
        QStringLiteral("CREATE INDEX record_findings_record ON record_findings(record_id)"),
        QStringLiteral("CREATE INDEX record_findings_task ON record_findings(task_id)"),
    };
}

// Version 10: reporting rounds and deadline extensions (docs/reporting.md).
// - rounds: a round of progress reports (报送轮次) with its due date, its state
//   and the token and secret that key the checksum of its forms;
// - round_reports: one row per form collected back, by unit, with the SHA-256 of
//   the file (collecting the same file twice is noticed) and whether it came in
//   by the due date;
// - extensions: requests to move a task's deadline (延期申请), pending until a
//   supervisor approves or rejects them; an approved one keeps the deadline it
//   replaced (原定时限).
// Units are kept by name, as forms name them. Plain SQL; schema_pg.cpp gives the
// server's ids.
QStringList version10()
{
    return {
        QStringLiteral(R"(CREATE TABLE rounds (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            inspection_id INTEGER REFERENCES inspections(id) ON DELETE SET NULL,
            due_date TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed')),
            token TEXT NOT NULL UNIQUE,
            secret TEXT NOT NULL,
            opened_by TEXT NOT NULL,
            opened_at TEXT NOT NULL,
            closed_at TEXT))"),
        QStringLiteral(R"(CREATE TABLE round_reports (
            id INTEGER PRIMARY KEY,
            round_id INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
            unit TEXT NOT NULL,
            file_name TEXT NOT NULL,
            file_sha256 TEXT NOT NULL,
            reported_on TEXT NOT NULL,
            reporter TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            on_time INTEGER NOT NULL CHECK (on_time IN (0, 1)),
            progress_count INTEGER NOT NULL DEFAULT 0,
            completed_count INTEGER NOT NULL DEFAULT 0,
            extension_count INTEGER NOT NULL DEFAULT 0,
            collected_by TEXT NOT NULL,
            collected_at TEXT NOT NULL,
            UNIQUE (round_id, file_sha256)))"),
        QStringLiteral("CREATE INDEX round_reports_unit ON round_reports(round_id, unit)"),
        QStringLiteral(R"(CREATE TABLE extensions (
            id INTEGER PRIMARY KEY,
            task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
            round_id INTEGER REFERENCES rounds(id) ON DELETE SET NULL,
            requested_to TEXT NOT NULL,
            reason TEXT NOT NULL,
            requested_by TEXT NOT NULL,
            requested_on TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending'
                CHECK (state IN ('pending', 'approved', 'rejected')),
            original_deadline TEXT,
            decided_by TEXT,
            decided_on TEXT,
            decision_reason TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX extensions_task ON extensions(task_id, state)"),
    };
}

} // namespace

int Schema::currentVersion()
{
    return 10;
}

QStringList Schema::finishMigrationTo(int version)
{
    return version == 3 ? finishVersion3() : QStringList();
}

QStringList Schema::migrationTo(int version)
{
    switch (version) {
    case 1:
        return version1();
    case 2:
        return version2();
    case 3:
        return version3();
    case 4:
        return version4();
    case 5:
        return version5();
    case 6:
        return version6();
    case 7:
        return version7();
    case 8:
        return version8();
    case 9:
        return version9();
    case 10:
        return version10();
    default:
        return {};
    }
}

} // namespace rectify
