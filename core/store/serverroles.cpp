// ServerRoles: the roles, grants, policies, functions and triggers with which a
// server ledger enforces the role matrix itself (see serverroles.h and
// docs/server.md). Every statement is written so that running setup again
// changes nothing: roles, tables, triggers and policies are made when missing,
// functions are replaced by the same text, grants are revoked and given again.
#include "store/serverroles.h"

#include "domain/auditentry.h"
#include "store/ledger.h"
#include "store/ledgerlocation.h"
#include "store/pgcopytext.h"
#include "store/sqlaccess.h"

#include <QCryptographicHash>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <atomic>
#include <libpq-fe.h>

namespace rectify {

namespace {

QString ident(const QString &name)
{
    QString n = name;
    return QLatin1Char('"') + n.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

QString literal(const QString &text)
{
    QString t = text;
    return QLatin1Char('\'') + t.replace(QLatin1Char('\''), QLatin1String("''"))
        + QLatin1Char('\'');
}

// Role names are cluster-wide: they start with the database's name, shortened
// with a hash when the names would not fit PostgreSQL's 63 bytes.
QString rolePrefix(const QString &database)
{
    if (database.toUtf8().size() <= 48)
        return database;
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(database.toUtf8(), QCryptographicHash::Sha256).toHex().left(8));
    QString head = database;
    while (head.toUtf8().size() > 39)
        head.chop(1);
    return head + QLatin1Char('_') + hash;
}

// The text of the server objects; {schema}, {owner}, {admin}, {supervisor} and
// {official} are identifiers, {owner_lit} ... the same names as SQL literals.
QString fill(QString sql, const ServerRoles::Names &n)
{
    sql.replace(QLatin1String("{owner_lit}"), literal(n.owner));
    sql.replace(QLatin1String("{admin_lit}"), literal(n.admin));
    sql.replace(QLatin1String("{supervisor_lit}"), literal(n.supervisor));
    sql.replace(QLatin1String("{official_lit}"), literal(n.official));
    sql.replace(QLatin1String("{schema_lit}"), literal(ident(n.schema)));
    sql.replace(QLatin1String("{schema}"), ident(n.schema));
    sql.replace(QLatin1String("{owner}"), ident(n.owner));
    sql.replace(QLatin1String("{admin}"), ident(n.admin));
    sql.replace(QLatin1String("{supervisor}"), ident(n.supervisor));
    sql.replace(QLatin1String("{official}"), ident(n.official));
    sql.replace(QLatin1String("{groups}"),
        QStringLiteral("%1, %2, %3").arg(ident(n.admin), ident(n.supervisor), ident(n.official)));
    return sql;
}

// SECURITY DEFINER functions run as the owner with a search path that a caller
// cannot change.
const char *const definer = "SECURITY DEFINER SET search_path = {schema}, pg_temp";

QStringList functions()
{
    const QString d = QString::fromLatin1(definer);
    return {
        // Who is calling: the active Rectify user mapped to the session's login.
        QStringLiteral("CREATE OR REPLACE FUNCTION rectify_caller_name() RETURNS text "
                       "LANGUAGE sql STABLE %1 AS $$ SELECT u.name::text FROM rectify_logins l "
                       "JOIN users u ON u.name = l.user_name WHERE l.login = session_user::text "
                       "AND u.active = 1 $$")
            .arg(d),
        QStringLiteral("CREATE OR REPLACE FUNCTION rectify_caller_role() RETURNS text "
                       "LANGUAGE sql STABLE %1 AS $$ SELECT u.role::text FROM rectify_logins l "
                       "JOIN users u ON u.name = l.user_name WHERE l.login = session_user::text "
                       "AND u.active = 1 $$")
            .arg(d),
        QStringLiteral("CREATE OR REPLACE FUNCTION rectify_caller_unit() RETURNS bigint "
                       "LANGUAGE sql STABLE %1 AS $$ SELECT u.unit_id FROM rectify_logins l "
                       "JOIN users u ON u.name = l.user_name WHERE l.login = session_user::text "
                       "AND u.active = 1 $$")
            .arg(d),
        // An official writes only the meeting and rule records of their own unit
        // (Permission::checkRecord); supervisors and administrators any record.
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION rectify_may_write_record(p_kind text, p_owner_unit text) "
            "RETURNS boolean LANGUAGE sql STABLE %1 AS $$ SELECT COALESCE(rectify_caller_role() "
            "IN ('supervisor', 'admin') OR (rectify_caller_role() = 'official' AND p_kind IN "
            "('meeting', 'rule') AND p_owner_unit = (SELECT un.name FROM units un WHERE un.id = "
            "rectify_caller_unit())), false) $$")
            .arg(d),
        // The owner's session (a superuser, or a login that is a member of the owner
        // role): what the owner may do anyway.
        QStringLiteral("CREATE OR REPLACE FUNCTION rectify_owner_session() RETURNS boolean "
                       "LANGUAGE sql STABLE %1 AS $$ SELECT pg_has_role(session_user, "
                       "{owner_lit}, 'MEMBER') $$")
            .arg(d),
        // A task is an official's when their unit is its lead or a co-operating unit.
        QStringLiteral("CREATE OR REPLACE FUNCTION rectify_task_in_my_unit(p_task bigint) "
                       "RETURNS boolean LANGUAGE sql STABLE %1 AS $$ SELECT EXISTS (SELECT 1 "
                       "FROM responsibilities r WHERE r.task_id = p_task AND r.role IN "
                       "('lead_unit', 'co_unit') AND r.unit_id = rectify_caller_unit()) $$")
            .arg(d),
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION rectify_may_write_task(p_task bigint) RETURNS boolean "
            "LANGUAGE sql STABLE %1 AS $$ SELECT COALESCE(rectify_caller_role() IN "
            "('supervisor', 'admin') OR (rectify_caller_role() = 'official' AND "
            "rectify_task_in_my_unit(p_task)), false) $$")
            .arg(d),
        // Writing a task's responsibilities deletes them and writes them again: an
        // official may write the units of their own task, or of one that has none
        // (in the middle of that rewrite).
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION rectify_may_write_responsibility(p_task bigint) RETURNS "
            "boolean LANGUAGE sql STABLE %1 AS $$ SELECT rectify_may_write_task(p_task) OR "
            "(COALESCE(rectify_caller_role() = 'official', false) AND NOT EXISTS (SELECT 1 FROM "
            "responsibilities r WHERE r.task_id = p_task AND r.role IN ('lead_unit', "
            "'co_unit'))) $$")
            .arg(d),
        // The guard of tasks: sign-off, reject and reopen only through
        // rectify_set_task_status (which runs as the owner), a closed task
        // read-only, deadlines a supervisor's.
        QStringLiteral(R"(CREATE OR REPLACE FUNCTION rectify_task_guard() RETURNS trigger
            LANGUAGE plpgsql SET search_path = {schema}, pg_temp AS $$
            DECLARE caller text;
            BEGIN
                IF current_user::text = {owner_lit} THEN RETURN COALESCE(NEW, OLD); END IF;
                caller := rectify_caller_role();
                IF caller IS NULL THEN
                    IF rectify_owner_session() THEN RETURN COALESCE(NEW, OLD); END IF;
                    RAISE EXCEPTION 'the login % is not a Rectify user''s login', session_user
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF TG_OP = 'INSERT' THEN
                    IF NEW.status = 'closed' AND caller <> 'admin' THEN
                        RAISE EXCEPTION 'a task is signed off (closed) only through rectify_set_task_status, by a supervisor'
                            USING ERRCODE = 'insufficient_privilege';
                    END IF;
                    RETURN NEW;
                END IF;
                IF TG_OP = 'DELETE' THEN
                    IF OLD.status = 'closed' THEN
                        RAISE EXCEPTION 'task #% is closed (signed off) and cannot be deleted', OLD.id
                            USING ERRCODE = 'insufficient_privilege';
                    END IF;
                    RETURN OLD;
                END IF;
                IF OLD.status = 'closed' THEN
                    RAISE EXCEPTION 'task #% is closed (signed off) and cannot be changed; a supervisor must reopen it (rectify_set_task_status)', OLD.id
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF NEW.status = 'closed' OR NEW.closed_on IS DISTINCT FROM OLD.closed_on THEN
                    RAISE EXCEPTION 'a task is signed off (closed) only through rectify_set_task_status, by a supervisor'
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF OLD.status = 'completed' AND NEW.status <> 'completed' THEN
                    RAISE EXCEPTION 'rejecting a completed task goes through rectify_set_task_status, by a supervisor'
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF (NEW.deadline IS DISTINCT FROM OLD.deadline OR NEW.long_term <> OLD.long_term)
                        AND caller <> 'supervisor' THEN
                    RAISE EXCEPTION 'only a supervisor changes a task''s deadline'
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                RETURN NEW;
            END $$)"),
        // Sign-off, reject, reopen and complete, checked by the caller's Rectify role.
        QStringLiteral(R"(CREATE OR REPLACE FUNCTION rectify_set_task_status(p_task bigint,
                p_version integer, p_status text, p_completed_on text, p_closed_on text)
            RETURNS integer LANGUAGE plpgsql %1 AS $$
            DECLARE caller text; old_status text; n integer;
            BEGIN
                caller := rectify_caller_role();
                IF caller IS NULL AND NOT rectify_owner_session() THEN
                    RAISE EXCEPTION 'the login % is not a Rectify user''s login', session_user
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                SELECT status INTO old_status FROM tasks WHERE id = p_task FOR UPDATE;
                IF NOT FOUND THEN RETURN 0; END IF;
                IF caller IS NOT NULL THEN
                    IF p_status = 'closed' OR old_status = 'closed'
                            OR (old_status = 'completed' AND p_status <> 'completed') THEN
                        IF caller <> 'supervisor' THEN
                            RAISE EXCEPTION 'only a supervisor signs a task off, rejects or reopens it (% is %)',
                                rectify_caller_name(), caller USING ERRCODE = 'insufficient_privilege';
                        END IF;
                    ELSIF NOT (caller = 'supervisor'
                            OR (caller = 'official' AND rectify_task_in_my_unit(p_task))) THEN
                        RAISE EXCEPTION 'task #% is not a task of the unit of %', p_task,
                            rectify_caller_name() USING ERRCODE = 'insufficient_privilege';
                    END IF;
                END IF;
                UPDATE tasks SET status = p_status, completed_on = p_completed_on,
                    closed_on = p_closed_on, version = version + 1
                    WHERE id = p_task AND version = p_version;
                GET DIAGNOSTICS n = ROW_COUNT;
                RETURN n;
            END $$)")
            .arg(d),
        // AuditChain::canonical in SQL: name, then =~ for NULL or =LENGTH:VALUE.
        QStringLiteral("CREATE OR REPLACE FUNCTION rectify_audit_field(p_name text, p_value "
                       "text) RETURNS text LANGUAGE sql IMMUTABLE SET search_path = {schema}, "
                       "pg_temp AS $$ SELECT CASE WHEN p_value IS NULL THEN p_name || '=~' || "
                       "chr(10) ELSE p_name || '=' || octet_length(convert_to(p_value, 'UTF8')) "
                       "|| ':' || p_value || chr(10) END $$"),
        QStringLiteral(R"(CREATE OR REPLACE FUNCTION rectify_audit_hash(r audit_log) RETURNS text
            LANGUAGE sql IMMUTABLE SET search_path = {schema}, pg_temp AS $$
            SELECT encode(sha256(convert_to('rectify-audit-1' || chr(10)
                || rectify_audit_field('id', r.id::text)
                || rectify_audit_field('at', r.at)
                || rectify_audit_field('user_name', r.user_name)
                || rectify_audit_field('entity', r.entity)
                || rectify_audit_field('entity_id', r.entity_id::text)
                || rectify_audit_field('field', r.field)
                || rectify_audit_field('old_value', r.old_value)
                || rectify_audit_field('new_value', r.new_value)
                || rectify_audit_field('reason', r.reason)
                || rectify_audit_field('prev_hash', r.prev_hash), 'UTF8')), 'hex') $$)"),
        // Every entry a login's session writes is chained here: numbered after the
        // newest, named after the login's user, dated by the server, hashed. An
        // entry the client wrote itself also marks its task or user as audited in
        // this transaction (the deferred triggers below then write nothing for it).
        QStringLiteral(R"(CREATE OR REPLACE FUNCTION rectify_audit_chain() RETURNS trigger
            LANGUAGE plpgsql %1 AS $$
            DECLARE who text; last_id bigint; last_hash text;
            BEGIN
                who := rectify_caller_name();
                IF who IS NULL THEN RETURN NEW; END IF;
                PERFORM 1 FROM audit_head WHERE id = 1 FOR UPDATE;
                DELETE FROM rectify_audit_tx WHERE xact <> pg_current_xact_id();
                IF COALESCE(current_setting('rectify.server_audit', true), '') <> 'on' THEN
                    INSERT INTO rectify_audit_tx (xact, entity, entity_id)
                        VALUES (pg_current_xact_id(), NEW.entity, COALESCE(NEW.entity_id, 0))
                        ON CONFLICT DO NOTHING;
                END IF;
                SELECT a.id, a.hash INTO last_id, last_hash FROM audit_log a ORDER BY a.id DESC LIMIT 1;
                NEW.id := COALESCE(last_id, 0) + 1;
                NEW.prev_hash := COALESCE(last_hash, '');
                NEW.user_name := who;
                NEW.at := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
                NEW.hash := rectify_audit_hash(NEW);
                UPDATE audit_head SET last_id = NEW.id, hash = NEW.hash WHERE id = 1;
                RETURN NEW;
            END $$)")
            .arg(d),
        // At commit, for each change of a login's session to a task (or its
        // responsibilities, progress, evidence) or a user that no entry of the
        // transaction names: entries of the server's own, field by field.
        QStringLiteral(R"(CREATE OR REPLACE FUNCTION rectify_audit_change() RETURNS trigger
            LANGUAGE plpgsql %1 AS $$
            DECLARE n jsonb; o jsonb; r jsonb; v_entity text; v_id bigint; v_field text;
                why text; k text; ov text; nv text;
            BEGIN
                IF rectify_caller_name() IS NULL THEN RETURN NULL; END IF;
                IF TG_OP <> 'DELETE' THEN n := to_jsonb(NEW); END IF;
                IF TG_OP <> 'INSERT' THEN o := to_jsonb(OLD); END IF;
                r := COALESCE(n, o);
                v_field := TG_ARGV[1];
                IF TG_ARGV[0] = 'user' THEN
                    v_entity := 'user'; v_id := (r->>'id')::bigint;
                ELSIF TG_ARGV[0] = 'task' THEN
                    v_entity := 'task'; v_id := (r->>'id')::bigint;
                ELSE
                    v_entity := 'task'; v_id := (r->>'task_id')::bigint;
                END IF;
                IF EXISTS (SELECT 1 FROM rectify_audit_tx WHERE xact = pg_current_xact_id()
                        AND entity = v_entity AND entity_id = v_id) THEN
                    RETURN NULL;
                END IF;
                why := 'changed outside Rectify by the database login ' || session_user;
                PERFORM set_config('rectify.server_audit', 'on', true);
                IF TG_OP = 'UPDATE' AND TG_ARGV[0] IN ('task', 'user') THEN
                    FOR k IN SELECT key FROM jsonb_each(n) ORDER BY key LOOP
                        CONTINUE WHEN k = 'version' OR (n->k) IS NOT DISTINCT FROM (o->k);
                        ov := o->>k; nv := n->>k;
                        IF k = 'password_hash' THEN
                            ov := CASE WHEN ov IS NULL OR ov = '' THEN '' ELSE 'set' END;
                            nv := CASE WHEN nv IS NULL OR nv = '' THEN '' ELSE 'set' END;
                        END IF;
                        INSERT INTO audit_log (id, at, user_name, entity, entity_id, field,
                            old_value, new_value, reason)
                            VALUES (0, '', '', v_entity, v_id, k, COALESCE(ov, ''), COALESCE(nv, ''), why);
                    END LOOP;
                ELSE
                    IF o ? 'password_hash' THEN o := o - 'password_hash'; END IF;
                    IF n ? 'password_hash' THEN n := n - 'password_hash'; END IF;
                    INSERT INTO audit_log (id, at, user_name, entity, entity_id, field,
                        old_value, new_value, reason)
                        VALUES (0, '', '', v_entity, v_id, v_field, COALESCE(o::text, ''),
                            COALESCE(n::text, ''), why);
                END IF;
                PERFORM set_config('rectify.server_audit', 'off', true);
                RETURN NULL;
            END $$)")
            .arg(d),
        // A user's login follows their Rectify role and active flag.
        QStringLiteral(R"(CREATE OR REPLACE FUNCTION rectify_users_sync() RETURNS trigger
            LANGUAGE plpgsql %1 AS $$
            DECLARE l text; grp text;
            BEGIN
                grp := CASE NEW.role WHEN 'admin' THEN {admin_lit}
                    WHEN 'supervisor' THEN {supervisor_lit} ELSE {official_lit} END;
                FOR l IN SELECT login FROM rectify_logins WHERE user_name = NEW.name LOOP
                    EXECUTE format('REVOKE %I, %I, %I FROM %I', {admin_lit}, {supervisor_lit},
                        {official_lit}, l);
                    EXECUTE format('GRANT %I TO %I', grp, l);
                    EXECUTE format('ALTER ROLE %I %s', l,
                        CASE WHEN NEW.active = 1 THEN 'LOGIN' ELSE 'NOLOGIN' END);
                END LOOP;
                RETURN NULL;
            END $$)")
            .arg(d),
        // An administrator makes a user's login (or the owner does).
        QStringLiteral(R"(CREATE OR REPLACE FUNCTION rectify_login_create(p_user text,
                p_login text, p_password text) RETURNS void LANGUAGE plpgsql %1 AS $$
            DECLARE caller text; u record; grp text;
            BEGIN
                caller := rectify_caller_role();
                IF NOT (COALESCE(caller = 'admin', false)
                        OR (caller IS NULL AND rectify_owner_session())) THEN
                    RAISE EXCEPTION 'only an administrator makes logins'
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                SELECT role, active INTO u FROM users WHERE name = p_user;
                IF NOT FOUND THEN
                    RAISE EXCEPTION 'the ledger has no user named %', p_user;
                END IF;
                IF EXISTS (SELECT 1 FROM rectify_logins WHERE user_name = p_user) THEN
                    RAISE EXCEPTION 'the user % already has a login', p_user;
                END IF;
                IF p_login IS NULL OR p_login = '' OR p_login LIKE 'pg\_%' THEN
                    RAISE EXCEPTION 'the login name "%" cannot be used', p_login;
                END IF;
                IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
                    RAISE EXCEPTION 'the server already has a role named %; choose another login', p_login;
                END IF;
                IF p_password IS NULL OR p_password = '' THEN
                    RAISE EXCEPTION 'a login needs a password';
                END IF;
                grp := CASE u.role WHEN 'admin' THEN {admin_lit}
                    WHEN 'supervisor' THEN {supervisor_lit} ELSE {official_lit} END;
                EXECUTE format('CREATE ROLE %I %s PASSWORD %L IN ROLE %I', p_login,
                    CASE WHEN u.active = 1 THEN 'LOGIN' ELSE 'NOLOGIN' END, p_password, grp);
                INSERT INTO rectify_logins (login, user_name) VALUES (p_login, p_user);
            END $$)")
            .arg(d),
        // Who has a password, without the hash: "scheme$iterations" of a user's
        // stored form, or NULL (the logins that may not read password_hash).
        QStringLiteral("CREATE OR REPLACE FUNCTION rectify_password_shape(p_id bigint) RETURNS "
                       "text LANGUAGE sql STABLE %1 AS $$ SELECT CASE WHEN password_hash IS NULL "
                       "OR password_hash = '' THEN NULL ELSE split_part(password_hash, '$', 1) "
                       "|| '$' || split_part(password_hash, '$', 2) END FROM users WHERE id = "
                       "p_id $$")
            .arg(d),
        // An administrator (or the owner) gives a user's login a new password: an
        // administrator's reset, or a user's password changed on the owner's
        // connection (one's own login changes its own with ALTER ROLE SESSION_USER).
        // Only a SCRAM verifier is taken, so that no password in clear reaches the
        // server's statements or logs.
        QStringLiteral(R"(CREATE OR REPLACE FUNCTION rectify_login_password(p_user text,
                p_verifier text) RETURNS boolean LANGUAGE plpgsql %1 AS $$
            DECLARE caller text; l text;
            BEGIN
                caller := rectify_caller_role();
                IF NOT (COALESCE(caller = 'admin', false)
                        OR (caller IS NULL AND rectify_owner_session())) THEN
                    RAISE EXCEPTION 'only an administrator sets the password of another user''s login'
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF p_verifier IS NULL OR p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
                    RAISE EXCEPTION 'a login''s password is given as its SCRAM-SHA-256 verifier, never in clear';
                END IF;
                SELECT login INTO l FROM rectify_logins WHERE user_name = p_user;
                IF NOT FOUND THEN RETURN false; END IF;
                EXECUTE format('ALTER ROLE %I PASSWORD %L', l, p_verifier);
                RETURN true;
            END $$)")
            .arg(d),
    };
}

struct Policy
{
    const char *table;
    const char *name;
    const char *command;
    const char *clause;
};

const Policy policies[] = {
    { "tasks", "rectify_read", "SELECT", "USING (true)" },
    { "tasks", "rectify_add", "INSERT",
        "WITH CHECK (COALESCE(rectify_caller_role() IN ('supervisor', 'admin'), false))" },
    { "tasks", "rectify_change", "UPDATE",
        "USING (rectify_may_write_task(id)) WITH CHECK (rectify_may_write_task(id))" },
    { "tasks", "rectify_remove", "DELETE",
        "USING (COALESCE(rectify_caller_role() IN ('supervisor', 'admin'), false))" },
    { "responsibilities", "rectify_read", "SELECT", "USING (true)" },
    { "responsibilities", "rectify_add", "INSERT",
        "WITH CHECK (rectify_may_write_responsibility(task_id))" },
    { "responsibilities", "rectify_change", "UPDATE",
        "USING (rectify_may_write_task(task_id)) WITH CHECK (rectify_may_write_task(task_id))" },
    { "responsibilities", "rectify_remove", "DELETE", "USING (rectify_may_write_task(task_id))" },
    { "progress_entries", "rectify_read", "SELECT", "USING (true)" },
    { "progress_entries", "rectify_add", "INSERT", "WITH CHECK (rectify_may_write_task(task_id))" },
    { "progress_entries", "rectify_change", "UPDATE",
        "USING (rectify_may_write_task(task_id)) WITH CHECK (rectify_may_write_task(task_id))" },
    { "progress_entries", "rectify_remove", "DELETE", "USING (rectify_may_write_task(task_id))" },
    { "evidence", "rectify_read", "SELECT", "USING (true)" },
    { "evidence", "rectify_add", "INSERT", "WITH CHECK (rectify_may_write_task(task_id))" },
    { "evidence", "rectify_change", "UPDATE",
        "USING (rectify_may_write_task(task_id)) WITH CHECK (rectify_may_write_task(task_id))" },
    { "evidence", "rectify_remove", "DELETE", "USING (rectify_may_write_task(task_id))" },
    { "records", "rectify_read", "SELECT", "USING (true)" },
    { "records", "rectify_add", "INSERT",
        "WITH CHECK (rectify_may_write_record(kind, owner_unit))" },
    { "records", "rectify_change", "UPDATE",
        "USING (rectify_may_write_record(kind, owner_unit)) WITH CHECK "
        "(rectify_may_write_record(kind, owner_unit))" },
    { "records", "rectify_remove", "DELETE", "USING (rectify_may_write_record(kind, owner_unit))" },
    { "users", "rectify_read", "SELECT", "USING (true)" },
    { "users", "rectify_add", "INSERT",
        "WITH CHECK (COALESCE(rectify_caller_role() = 'admin', "
        "false))" },
    // Everyone changes their own password; an administrator changes any user.
    { "users", "rectify_change", "UPDATE",
        "USING (COALESCE(rectify_caller_role() = 'admin', false) OR name = "
        "rectify_caller_name()) WITH CHECK (COALESCE(rectify_caller_role() = 'admin', false) OR "
        "name = rectify_caller_name())" },
};

struct Trigger
{
    const char *table;
    const char *name;
    const char *definition; // after "CREATE [CONSTRAINT] TRIGGER name"
    bool constraint;
};

const Trigger triggers[] = {
    { "tasks", "rectify_task_guard",
        "BEFORE INSERT OR UPDATE OR DELETE ON tasks FOR EACH ROW EXECUTE FUNCTION "
        "rectify_task_guard()",
        false },
    { "audit_log", "rectify_audit_chain",
        "BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION rectify_audit_chain()", false },
    { "users", "rectify_users_sync",
        "AFTER UPDATE OF role, active ON users FOR EACH ROW EXECUTE FUNCTION "
        "rectify_users_sync()",
        false },
    { "tasks", "rectify_audit_tasks",
        "AFTER INSERT OR UPDATE OR DELETE ON tasks DEFERRABLE INITIALLY DEFERRED FOR EACH ROW "
        "EXECUTE FUNCTION rectify_audit_change('task', '')",
        true },
    { "responsibilities", "rectify_audit_responsibilities",
        "AFTER INSERT OR UPDATE OR DELETE ON responsibilities DEFERRABLE INITIALLY DEFERRED FOR "
        "EACH ROW EXECUTE FUNCTION rectify_audit_change('responsibility', 'responsibility')",
        true },
    { "progress_entries", "rectify_audit_progress",
        "AFTER INSERT OR UPDATE OR DELETE ON progress_entries DEFERRABLE INITIALLY DEFERRED FOR "
        "EACH ROW EXECUTE FUNCTION rectify_audit_change('progress', 'progress')",
        true },
    { "evidence", "rectify_audit_evidence",
        "AFTER INSERT OR UPDATE OR DELETE ON evidence DEFERRABLE INITIALLY DEFERRED FOR EACH ROW "
        "EXECUTE FUNCTION rectify_audit_change('evidence', 'evidence')",
        true },
    { "users", "rectify_audit_users",
        "AFTER INSERT OR UPDATE OR DELETE ON users DEFERRABLE INITIALLY DEFERRED FOR EACH ROW "
        "EXECUTE FUNCTION rectify_audit_change('user', '')",
        true },
};

// What each group may do beyond reading every table (grants on tables that a
// ledger of an older format lacks are skipped).
struct Grant
{
    const char *privileges;
    const char *table;
    const char *groups; // "all", or a list of {admin}/{supervisor}/{official}
};

const Grant grants[] = {
    { "INSERT", "audit_log", "all" },
    { "INSERT", "units", "all" },
    { "INSERT", "people", "all" },
    { "UPDATE", "tasks", "all" },
    { "INSERT, UPDATE, DELETE", "responsibilities", "all" },
    { "INSERT, UPDATE, DELETE", "progress_entries", "all" },
    { "INSERT", "evidence", "all" },
    { "INSERT", "evidence_content", "all" },
    { "INSERT", "extensions", "all" },
    { "INSERT, UPDATE, DELETE", "records", "all" },
    { "INSERT, UPDATE, DELETE", "record_findings", "{supervisor}, {admin}" },
    { "UPDATE (password_hash, must_change_password)", "users", "all" },
    { "INSERT, DELETE", "tasks", "{supervisor}, {admin}" },
    { "INSERT, UPDATE, DELETE", "problems", "{supervisor}, {admin}" },
    { "INSERT, UPDATE, DELETE", "inspections", "{supervisor}, {admin}" },
    { "UPDATE", "extensions", "{supervisor}" },
    { "INSERT, UPDATE, DELETE", "rounds", "{supervisor}" },
    { "INSERT, UPDATE, DELETE", "round_reports", "{supervisor}" },
    { "INSERT, UPDATE, DELETE", "settings", "{admin}" },
    { "INSERT, UPDATE", "users", "{admin}" },
    { "UPDATE, DELETE", "units", "{admin}" },
    { "UPDATE, DELETE", "people", "{admin}" },
};

const char *const rlsTables[]
    = { "tasks", "responsibilities", "progress_entries", "evidence", "users", "records" };

// Functions that every login calls (policies, the app's sign-off and logins).
const char *const callable[] = { "rectify_caller_name()", "rectify_caller_role()",
    "rectify_caller_unit()", "rectify_owner_session()", "rectify_task_in_my_unit(bigint)",
    "rectify_may_write_task(bigint)", "rectify_may_write_responsibility(bigint)",
    "rectify_set_task_status(bigint, integer, text, text, text)",
    "rectify_login_create(text, text, text)", "rectify_login_password(text, text)",
    "rectify_password_shape(bigint)", "rectify_may_write_record(text, text)",
    "rectify_audit_field(text, text)", "rectify_audit_hash(audit_log)" };

Result<QSqlQuery> run(const Ledger &ledger, const QString &sql, const QVariantList &values = {})
{
    return SqlAccess::exec(ledger, sql, values, ServerRoles::tr("set up the server ledger"));
}

Result<bool> exists(const Ledger &ledger, const QString &sql, const QVariantList &values)
{
    auto q = run(ledger, sql, values);
    if (!q)
        return Error { q.error() };
    return q->next() && q->value(0).toBool();
}

Result<QStringList> column(const Ledger &ledger, const QString &sql)
{
    auto q = run(ledger, sql);
    if (!q)
        return Error { q.error() };
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

} // namespace

Result<ServerRoles::Names> ServerRoles::names(const Ledger &ledger)
{
    if (!ledger.isOnServer())
        return Error { tr("%1 is a ledger file; server setup is for a ledger on a PostgreSQL "
                          "server.")
                           .arg(ledger.path()) };
    auto q = run(ledger, QStringLiteral("SELECT current_database(), current_schema()"));
    if (!q)
        return Error { q.error() };
    if (!q->next())
        return Error { tr("The server did not name the database.") };
    const QString prefix = rolePrefix(q->value(0).toString());
    Names n;
    n.schema = q->value(1).toString();
    n.owner = prefix + QStringLiteral("_owner");
    n.admin = prefix + QStringLiteral("_admin");
    n.supervisor = prefix + QStringLiteral("_supervisor");
    n.official = prefix + QStringLiteral("_official");
    return n;
}

Result<bool> ServerRoles::isSetUp(const Ledger &ledger)
{
    if (!ledger.isOnServer())
        return false;
    return exists(ledger,
        QStringLiteral("SELECT to_regclass('rectify_logins') IS NOT NULL AND "
                       "to_regprocedure('rectify_caller_name()') IS NOT NULL"),
        {});
}

Status ServerRoles::setup(Ledger &ledger, bool *created)
{
    auto n = names(ledger);
    if (!n)
        return Error { n.error() };
    if (ledger.isReadOnly())
        return Error { tr("The ledger %1 is open read-only.").arg(ledger.path()) };
    auto already = isSetUp(ledger);
    if (!already)
        return Error { already.error() };
    Ledger::Transaction tx(ledger);
    if (!tx.status())
        return tx.status();
    const auto exec = [&](const QString &sql) -> Status {
        auto q = run(ledger, fill(sql, *n));
        if (!q)
            return Error { q.error() };
        return {};
    };

    // The roles, made when missing.
    for (const QString &role : { n->owner, n->admin, n->supervisor, n->official }) {
        auto has = exists(ledger,
            QStringLiteral("SELECT count(*) > 0 FROM pg_roles WHERE rolname = ?"), { role });
        if (!has)
            return Error { has.error() };
        if (*has)
            continue;
        const QString extra = role == n->owner ? QStringLiteral(" CREATEROLE") : QString();
        if (auto s = exec(QStringLiteral("CREATE ROLE %1 NOLOGIN%2").arg(ident(role), extra)); !s)
            return Error { tr("Cannot make the role %1: %2").arg(role, s.error()) };
    }
    // A login that is not a superuser hands its tables over to the owner role as a
    // member of it (and stays one: it keeps the owner's rights, see docs/server.md).
    auto super = exists(
        ledger, QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = current_user"), {});
    if (!super)
        return Error { super.error() };
    if (!*super) {
        auto member = exists(
            ledger, QStringLiteral("SELECT pg_has_role(current_user, ?, 'MEMBER')"), { n->owner });
        if (!member)
            return Error { member.error() };
        if (!*member) {
            if (auto s = exec(QStringLiteral("GRANT {owner} TO CURRENT_USER")); !s)
                return s;
        }
    }

    QStringList steps = {
        QStringLiteral("CREATE TABLE IF NOT EXISTS rectify_logins (login TEXT COLLATE \"C\" "
                       "PRIMARY KEY, user_name TEXT COLLATE \"C\" NOT NULL UNIQUE)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS rectify_audit_tx (xact xid8 NOT NULL, "
                       "entity TEXT COLLATE \"C\" NOT NULL, entity_id BIGINT NOT NULL, "
                       "PRIMARY KEY (xact, entity, entity_id))"),
    };
    steps << functions();
    for (const QString &s : steps) {
        if (auto done = exec(s); !done)
            return done;
    }

    // Ownership: every table, free sequence and function of the ledger's schema
    // (not those of extensions, pg_trgm's).
    auto tables = column(ledger,
        fill(QStringLiteral("SELECT c.relname FROM pg_class c WHERE c.relnamespace = "
                            "{schema_lit}::regnamespace AND c.relkind IN ('r', 'p') AND "
                            "pg_get_userbyid(c.relowner) <> {owner_lit} ORDER BY c.relname"),
            *n));
    if (!tables)
        return Error { tables.error() };
    for (const QString &t : *tables) {
        if (auto s = exec(QStringLiteral("ALTER TABLE %1 OWNER TO {owner}").arg(ident(t))); !s)
            return s;
    }
    auto sequences = column(ledger,
        fill(QStringLiteral("SELECT c.relname FROM pg_class c WHERE c.relnamespace = "
                            "{schema_lit}::regnamespace AND c.relkind = 'S' AND "
                            "pg_get_userbyid(c.relowner) <> {owner_lit} ORDER BY c.relname"),
            *n));
    if (!sequences)
        return Error { sequences.error() };
    for (const QString &s : *sequences) {
        if (auto done = exec(QStringLiteral("ALTER SEQUENCE %1 OWNER TO {owner}").arg(ident(s)));
            !done)
            return done;
    }
    const QString ourFunctions = QStringLiteral(
        "SELECT p.oid::regprocedure::text FROM pg_proc p WHERE p.pronamespace = "
        "{schema_lit}::regnamespace AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = "
        "'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')");
    auto owned = column(ledger,
        fill(ourFunctions + QStringLiteral(" AND pg_get_userbyid(p.proowner) <> {owner_lit}"), *n));
    if (!owned)
        return Error { owned.error() };
    for (const QString &f : *owned) {
        if (auto s = exec(QStringLiteral("ALTER FUNCTION %1 OWNER TO {owner}").arg(f)); !s)
            return s;
    }

    // Triggers and policies, made when missing; row-level security on.
    for (const Trigger &t : triggers) {
        auto has = exists(ledger,
            QStringLiteral("SELECT count(*) > 0 FROM pg_trigger WHERE tgrelid = ?::regclass AND "
                           "tgname = ?"),
            { QString::fromLatin1(t.table), QString::fromLatin1(t.name) });
        if (!has)
            return Error { has.error() };
        if (*has)
            continue;
        if (auto s = exec(QStringLiteral("CREATE %1TRIGGER %2 %3")
                              .arg(t.constraint ? QStringLiteral("CONSTRAINT ") : QString(),
                                  QString::fromLatin1(t.name), QString::fromLatin1(t.definition)));
            !s)
            return s;
    }
    for (const Policy &p : policies) {
        auto has = exists(ledger,
            QStringLiteral("SELECT count(*) > 0 FROM pg_policy WHERE polrelid = ?::regclass AND "
                           "polname = ?"),
            { QString::fromLatin1(p.table), QString::fromLatin1(p.name) });
        if (!has)
            return Error { has.error() };
        if (*has)
            continue;
        if (auto s = exec(QStringLiteral("CREATE POLICY %1 ON %2 FOR %3 TO {groups} %4")
                              .arg(QString::fromLatin1(p.name), QString::fromLatin1(p.table),
                                  QString::fromLatin1(p.command), QString::fromLatin1(p.clause)));
            !s)
            return s;
    }
    for (const char *t : rlsTables) {
        if (auto s = exec(QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY")
                              .arg(QString::fromLatin1(t)));
            !s)
            return s;
    }

    // Privileges: nothing for anyone, then what each group needs.
    QStringList privileges = {
        QStringLiteral("REVOKE CREATE ON SCHEMA {schema} FROM PUBLIC"),
        QStringLiteral("GRANT USAGE ON SCHEMA {schema} TO {groups}"),
        QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM PUBLIC, {groups}"),
        QStringLiteral("REVOKE ALL ON ALL SEQUENCES IN SCHEMA {schema} FROM PUBLIC, {groups}"),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {groups}"),
        QStringLiteral("REVOKE SELECT ON rectify_audit_tx FROM {groups}"),
        // Password hashes: administrators only (they back the ledger up, which
        // copies them); officials and supervisors read every other column of users.
        QStringLiteral("REVOKE SELECT ON users FROM {supervisor}, {official}"),
        QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {groups}"),
    };
    auto functionList = column(ledger, fill(ourFunctions, *n));
    if (!functionList)
        return Error { functionList.error() };
    for (const QString &f : *functionList)
        privileges << QStringLiteral("REVOKE ALL ON FUNCTION %1 FROM PUBLIC, {groups}").arg(f);
    for (const char *f : callable)
        privileges << QStringLiteral("GRANT EXECUTE ON FUNCTION %1 TO {groups}")
                          .arg(QString::fromLatin1(f));
    auto userColumns = column(ledger,
        fill(QStringLiteral("SELECT quote_ident(attname) FROM pg_attribute WHERE attrelid = "
                            "'users'::regclass AND attnum > 0 AND NOT attisdropped AND attname "
                            "<> 'password_hash' ORDER BY attnum"),
            *n));
    if (!userColumns)
        return Error { userColumns.error() };
    privileges << QStringLiteral("GRANT SELECT (%1) ON users TO {supervisor}, {official}")
                      .arg(userColumns->join(QStringLiteral(", ")));
    for (const Grant &g : grants) {
        auto has = exists(ledger, QStringLiteral("SELECT to_regclass(?) IS NOT NULL"),
            { QString::fromLatin1(g.table) });
        if (!has)
            return Error { has.error() };
        if (!*has)
            continue;
        const QString to = qstrcmp(g.groups, "all") == 0 ? QStringLiteral("{groups}")
                                                         : QString::fromLatin1(g.groups);
        privileges << QStringLiteral("GRANT %1 ON %2 TO %3")
                          .arg(QString::fromLatin1(g.privileges), QString::fromLatin1(g.table), to);
    }
    for (const QString &s : privileges) {
        if (auto done = exec(s); !done)
            return done;
    }

    if (!*already) {
        AuditEntry e;
        e.entity = QStringLiteral("ledger");
        e.field = QStringLiteral("server_setup");
        e.newValue
            = QStringLiteral("%1 %2 %3 %4").arg(n->owner, n->admin, n->supervisor, n->official);
        e.reason = tr("roles, grants, row-level security and server-side audit set up");
        if (auto a = ledger.appendAudit(e); !a)
            return a;
    }
    if (created)
        *created = !*already;
    return tx.commit();
}

Result<QMap<QString, QString>> ServerRoles::logins(const Ledger &ledger)
{
    QMap<QString, QString> out;
    auto set = isSetUp(ledger);
    if (!set)
        return Error { set.error() };
    if (!*set)
        return out;
    auto q = run(ledger, QStringLiteral("SELECT user_name, login FROM rectify_logins"));
    if (!q)
        return Error { q.error() };
    while (q->next())
        out.insert(q->value(0).toString(), q->value(1).toString());
    return out;
}

Status ServerRoles::checkLoginName(const QString &login)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]{0,62}$"));
    if (!allowed.match(login).hasMatch() || login.startsWith(QLatin1String("pg_")))
        return Error { tr("\"%1\" cannot be a server login: use letters, digits, _ . and -, "
                          "starting with a letter, at most 63 characters (not pg_...).")
                           .arg(login) };
    return {};
}

Status ServerRoles::createLogin(
    Ledger &ledger, const QString &userName, const QString &login, const QString &password)
{
    if (auto ok = checkLoginName(login); !ok)
        return ok;
    if (password.isEmpty())
        return Error { tr("A server login needs a password (give it with --password-stdin).") };
    auto verifier = scramVerifier(ledger, login, password);
    if (!verifier)
        return Error { verifier.error() };
    auto q = SqlAccess::exec(ledger, QStringLiteral("SELECT rectify_login_create(?, ?, ?)"),
        { userName, login, *verifier }, tr("make the server login %1").arg(login));
    if (!q)
        return Error { q.error() };
    return {};
}

Result<QString> ServerRoles::scramVerifier(
    const Ledger &ledger, const QString &login, const QString &password)
{
    // libpq's own computation (as psql's \password): SASLprep, a random salt,
    // 4096 iterations; the server stores it as it is and never sees the password.
    pg_conn *conn = pgConnection(ledger.database());
    if (!conn)
        return Error { tr("The ledger %1 is not open on a server.").arg(ledger.path()) };
    const QByteArray pw = password.toUtf8();
    const QByteArray user = login.toUtf8();
    char *made = PQencryptPasswordConn(conn, pw.constData(), user.constData(), "scram-sha-256");
    if (!made)
        return Error { tr("Cannot prepare the password of the login %1: %2")
                           .arg(login, QString::fromUtf8(PQerrorMessage(conn)).trimmed()) };
    const QString out = QString::fromLatin1(made);
    PQfreemem(made);
    return out;
}

Status ServerRoles::setLoginPassword(
    Ledger &ledger, const QString &userName, const QString &password)
{
    auto set = isSetUp(ledger);
    if (!set)
        return Error { set.error() };
    if (!*set)
        return {};
    auto all = logins(ledger);
    if (!all)
        return Error { all.error() };
    const QString login = all->value(userName);
    if (login.isEmpty())
        return {}; // a user without a login (one from before setup)
    auto verifier = scramVerifier(ledger, login, password);
    if (!verifier)
        return Error { verifier.error() };
    const QString purpose = tr("change the password of the server login %1").arg(login);
    if (ledger.serverUser() == userName) {
        // One's own login: ALTER ROLE needs no privilege for one's own password.
        auto q = SqlAccess::exec(ledger,
            QStringLiteral("ALTER ROLE SESSION_USER PASSWORD %1").arg(literal(*verifier)), {},
            purpose);
        if (!q)
            return Error { q.error() };
        return {};
    }
    auto has = exists(ledger,
        QStringLiteral("SELECT to_regprocedure('rectify_login_password(text, text)') IS NOT NULL"),
        {});
    if (!has)
        return Error { has.error() };
    if (!*has)
        return Error { tr("The server ledger %1 was set up by an older Rectify: run "
                          "`rectify-cli server setup` on it again (as its owner) so that "
                          "passwords of logins can be changed.")
                           .arg(ledger.path()) };
    auto q = SqlAccess::exec(ledger, QStringLiteral("SELECT rectify_login_password(?, ?)"),
        { userName, *verifier }, purpose);
    if (!q)
        return Error { q.error() };
    return {};
}

Status ServerRoles::checkLoginPassword(const Ledger &ledger, const QString &password)
{
    auto location = LedgerLocation::parse(ledger.path());
    if (!location)
        return Error { location.error() };
    static std::atomic<int> count { 0 };
    const QString name = QStringLiteral("rectify-login-check-%1").arg(++count);
    QString why;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(location->host);
        if (location->port > 0)
            db.setPort(location->port);
        db.setUserName(location->user);
        db.setDatabaseName(location->database);
        db.setConnectOptions(location->options);
        db.setPassword(password);
        if (!db.open())
            why = db.lastError().databaseText().isEmpty() ? db.lastError().text()
                                                          : db.lastError().databaseText();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (why.contains(QLatin1String("password authentication failed"), Qt::CaseInsensitive))
        return Error { tr("The current password is wrong.") };
    if (!why.isEmpty())
        return Error {
            tr("Cannot check the password of the login %1: %2").arg(location->user, why.trimmed()),
        };
    return {};
}

namespace {

// Connections (by name) that may not read password hashes.
QMutex &hashLock()
{
    static QMutex m;
    return m;
}

QHash<QString, bool> &hashHidden()
{
    static QHash<QString, bool> h;
    return h;
}

} // namespace

bool ServerRoles::hidesPasswordHashes(const Ledger &ledger)
{
    if (!ledger.isOnServer() || ledger.serverUser().isEmpty())
        return false;
    const QMutexLocker locker(&hashLock());
    return hashHidden().value(ledger.database().connectionName(), false);
}

Status ServerRoles::notePasswordHashAccess(const Ledger &ledger)
{
    bool hidden = false;
    if (ledger.isOnServer() && !ledger.serverUser().isEmpty()) {
        auto h = exists(ledger,
            QStringLiteral("SELECT NOT has_column_privilege('users', 'password_hash', 'SELECT') "
                           "AND to_regprocedure('rectify_password_shape(bigint)') IS NOT NULL"),
            {});
        if (!h)
            return Error { h.error() };
        hidden = *h;
    }
    const QMutexLocker locker(&hashLock());
    hashHidden().insert(ledger.database().connectionName(), hidden);
    return {};
}

Result<QString> ServerRoles::sessionUser(const Ledger &ledger)
{
    auto set = isSetUp(ledger);
    if (!set)
        return Error { set.error() };
    if (!*set)
        return QString();
    auto may = exists(ledger,
        QStringLiteral("SELECT has_function_privilege('rectify_caller_name()', 'EXECUTE')"), {});
    if (!may)
        return Error { may.error() };
    if (!*may)
        return QString();
    auto q = run(ledger, QStringLiteral("SELECT rectify_caller_name()"));
    if (!q)
        return Error { q.error() };
    return q->next() ? q->value(0).toString() : QString();
}

} // namespace rectify
