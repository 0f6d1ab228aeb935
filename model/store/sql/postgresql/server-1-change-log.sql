-- Server addition 1, on schema 6: the change log. Only a collection on a server has it (a file has
-- one person at a time and no one to tell), so it is not a schema version: see SchemaMigrations.h.
-- Every committed insert, update and delete of a record leaves one row per record here, written by
-- the triggers below, and a notice on the channel spyline_changes, which PostgreSQL delivers to the
-- listeners only when the transaction commits (and never when it rolls back).
--
-- Sequence numbers follow the order of the commits: every statement that writes a record first takes
-- the change-log lock (spyline_hold_change_log), held to the end of its transaction, so a writer
-- numbers its changes only after the writer before it has committed. A listener that has read up
-- to sequence N therefore never finds a smaller number appearing later. Writers queue for the lock
-- from their first write on; edits are short, and a copy replaces the collection in one go anyway.
--
-- The log is written by the collection's owner (SECURITY DEFINER functions), never by the roles that
-- edit: an editor may read it, not forge or erase it.

-- The functions below run with their owner's rights: they see only this schema (and pg_temp last).
SELECT set_config('search_path', quote_ident(current_schema()) || ', pg_temp', true);

CREATE TABLE spyline_changes (
    sequence bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- The table of the record and its key as text: the id, or for tables without one the key's
    -- columns joined by '/' (countries: the code; node_positions: layout/node;
    -- merged_records: kind/record_id/origin_id). Empty for a whole table emptied by TRUNCATE.
    record_table text NOT NULL,
    record_key text NOT NULL,
    operation text NOT NULL CHECK (operation IN ('insert', 'update', 'delete', 'truncate')),
    -- The role that logged in to make the change, and when its transaction began.
    changed_by text NOT NULL DEFAULT session_user,
    changed_at timestamptz NOT NULL DEFAULT now()
);

-- Which collection-wide additions this collection has (see SchemaMigrations.h).
ALTER TABLE spyline_collection ADD COLUMN server_additions integer NOT NULL DEFAULT 0;

-- Waits until no other transaction is writing records, and keeps others waiting until this one ends.
CREATE FUNCTION spyline_hold_change_log() RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT pg_advisory_xact_lock(1399876715); -- "Spll"
$$;

-- The same lock before every statement that writes records (the same number: a lock needs no rights,
-- and a trigger this frequent is spared the cost of switching roles and paths).
CREATE FUNCTION spyline_change_log_lock() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_catalog.pg_advisory_xact_lock(1399876715);
    RETURN NULL;
END;
$$;

-- A record's key as the log keeps it: the values of its key columns (the trigger's arguments, which
-- number from 0) joined by '/'.
CREATE FUNCTION spyline_record_key(record jsonb, columns text[]) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN cardinality(columns) = 1 THEN record ->> columns[array_lower(columns, 1)]
        ELSE array_to_string(ARRAY(SELECT record ->> name FROM unnest(columns) WITH ORDINALITY AS key (name, position)
            ORDER BY position), '/') END;
$$;

-- One statement's records into the log, with one notice for the transaction: the arguments are the
-- table's key columns. Plain SQL (no EXECUTE), so that its plan is made once per table and session;
-- the tables keyed by id (the first branch, never planned for the others) spare the conversion to JSON.
CREATE FUNCTION spyline_log_new_rows() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_ARGV[0] = 'id' AND TG_NARGS = 1 THEN
        INSERT INTO spyline_changes (record_table, record_key, operation)
            SELECT TG_TABLE_NAME, id::text, lower(TG_OP) FROM new_rows;
    ELSE
        INSERT INTO spyline_changes (record_table, record_key, operation)
            SELECT TG_TABLE_NAME, spyline_record_key(to_jsonb(new_rows), TG_ARGV), lower(TG_OP) FROM new_rows;
    END IF;
    IF FOUND THEN
        -- Equal notices of one transaction are folded into one, however many records it changed.
        PERFORM pg_notify('spyline_changes', '');
    END IF;
    RETURN NULL;
END;
$$;

CREATE FUNCTION spyline_log_old_rows() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_ARGV[0] = 'id' AND TG_NARGS = 1 THEN
        INSERT INTO spyline_changes (record_table, record_key, operation)
            SELECT TG_TABLE_NAME, id::text, 'delete' FROM old_rows;
    ELSE
        INSERT INTO spyline_changes (record_table, record_key, operation)
            SELECT TG_TABLE_NAME, spyline_record_key(to_jsonb(old_rows), TG_ARGV), 'delete' FROM old_rows;
    END IF;
    IF FOUND THEN
        PERFORM pg_notify('spyline_changes', '');
    END IF;
    RETURN NULL;
END;
$$;

CREATE FUNCTION spyline_log_truncate() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path FROM CURRENT AS $$
BEGIN
    INSERT INTO spyline_changes (record_table, record_key, operation) VALUES (TG_TABLE_NAME, '', 'truncate');
    PERFORM pg_notify('spyline_changes', '');
    RETURN NULL;
END;
$$;

-- The triggers of every record table: the lock before each writing statement, the log after it
-- (with the statement's rows as one set, so that a bulk write logs in one insert).
CREATE FUNCTION spyline_log_table(name text, key_columns text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    arguments text := (SELECT string_agg(quote_literal(key), ', ') FROM unnest(string_to_array(key_columns, ',')) AS key);
BEGIN
    EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
        'FOR EACH STATEMENT EXECUTE FUNCTION spyline_change_log_lock()', name || '_changes_lock', name);
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows '
        'FOR EACH STATEMENT EXECUTE FUNCTION spyline_log_new_rows(%s)', name || '_changes_insert', name, arguments);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS new_rows '
        'FOR EACH STATEMENT EXECUTE FUNCTION spyline_log_new_rows(%s)', name || '_changes_update', name, arguments);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows '
        'FOR EACH STATEMENT EXECUTE FUNCTION spyline_log_old_rows(%s)', name || '_changes_delete', name, arguments);
    EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I '
        'FOR EACH STATEMENT EXECUTE FUNCTION spyline_log_truncate()', name || '_changes_truncate', name);
END;
$$;

SELECT spyline_log_table('countries', 'code');
SELECT spyline_log_table('actors', 'id');
SELECT spyline_log_table('sources', 'id');
SELECT spyline_log_table('cases', 'id');
SELECT spyline_log_table('roles', 'id');
SELECT spyline_log_table('events', 'id');
SELECT spyline_log_table('citations', 'id');
SELECT spyline_log_table('links', 'id');
SELECT spyline_log_table('node_positions', 'layout,node');
SELECT spyline_log_table('merge_origins', 'id');
SELECT spyline_log_table('merged_records', 'kind,record_id,origin_id');
