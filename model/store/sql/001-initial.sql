-- Spyline collection, schema version 1.
-- Days are Julian day numbers; a partial date is kept as its text plus the earliest and latest day it can mean.
-- Enumerations are checked with OR chains: an IN list of three or more builds a temporary table per row.

CREATE TABLE countries (
    code TEXT PRIMARY KEY CHECK (length(code) IN (2, 4) AND code = upper(code)),
    name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    former INTEGER NOT NULL DEFAULT 0 CHECK (former IN (0, 1))
) WITHOUT ROWID;

CREATE TABLE actors (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind = 'person' OR kind = 'agency' OR kind = 'organisation' OR kind = 'government'
        OR kind = 'media'),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    native_name TEXT NOT NULL DEFAULT '',
    aliases TEXT NOT NULL DEFAULT '',
    country TEXT REFERENCES countries (code),
    born TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    part_of INTEGER REFERENCES actors (id) ON DELETE SET NULL CHECK (part_of IS NULL OR part_of <> id)
);
CREATE INDEX actors_by_name ON actors (name COLLATE NOCASE, country);
CREATE INDEX actors_by_part_of ON actors (part_of);

CREATE TABLE cases (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    summary TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'unknown' CHECK (status = 'alleged' OR status = 'under_investigation' OR status = 'charged'
        OR status = 'convicted' OR status = 'sentenced' OR status = 'acquitted' OR status = 'dismissed'
        OR status = 'denied' OR status = 'unknown'),
    sector TEXT NOT NULL DEFAULT '',
    target_country TEXT REFERENCES countries (code),
    accused_country TEXT REFERENCES countries (code),
    -- Kept by the triggers below from the case's events: its span and its first announcement.
    first_day INTEGER,
    last_day INTEGER,
    disclosed_day INTEGER
);
CREATE INDEX cases_by_title ON cases (title COLLATE NOCASE);
CREATE INDEX cases_by_disclosed ON cases (disclosed_day);
CREATE INDEX cases_by_status ON cases (status);
CREATE INDEX cases_by_target ON cases (target_country);
CREATE INDEX cases_by_accused ON cases (accused_country);

CREATE TABLE roles (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    actor_id INTEGER NOT NULL REFERENCES actors (id) ON DELETE RESTRICT,
    role TEXT NOT NULL CHECK (role = 'suspect' OR role = 'handler' OR role = 'recruiter' OR role = 'intermediary'
        OR role = 'sponsoring_agency' OR role = 'employer' OR role = 'disclosing_authority'),
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (case_id, actor_id, role)
);
CREATE INDEX roles_by_actor ON roles (actor_id, role);

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    case_id INTEGER REFERENCES cases (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind = 'first_contact' OR kind = 'recruitment' OR kind = 'agreement' OR kind = 'training'
        OR kind = 'payment' OR kind = 'meeting' OR kind = 'arrest' OR kind = 'announcement'
        OR kind = 'statement' OR kind = 'law' OR kind = 'trial' OR kind = 'verdict' OR kind = 'other'),
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    description TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL,
    date_from INTEGER NOT NULL,
    date_to INTEGER NOT NULL,
    end_date TEXT NOT NULL DEFAULT '',
    end_to INTEGER,
    country TEXT REFERENCES countries (code),
    city TEXT NOT NULL DEFAULT '',
    venue_context TEXT NOT NULL DEFAULT '',
    actor_id INTEGER REFERENCES actors (id) ON DELETE SET NULL,
    CHECK (date_from <= date_to),
    CHECK (end_to IS NULL OR end_to >= date_from)
);
CREATE INDEX events_by_day ON events (date_from);
CREATE INDEX events_by_case ON events (case_id, date_from);
CREATE INDEX events_by_kind ON events (kind, date_from);
CREATE INDEX events_by_actor ON events (actor_id);

CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE CHECK (url LIKE 'http://_%' OR url LIKE 'https://_%'),
    publisher TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    published TEXT NOT NULL DEFAULT '',
    reliability TEXT NOT NULL DEFAULT 'F' CHECK (reliability = 'A' OR reliability = 'B' OR reliability = 'C' OR reliability = 'D'
        OR reliability = 'E' OR reliability = 'F'),
    credibility INTEGER NOT NULL DEFAULT 6 CHECK (credibility BETWEEN 1 AND 6)
);

CREATE TABLE citations (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    case_id INTEGER REFERENCES cases (id) ON DELETE CASCADE,
    event_id INTEGER REFERENCES events (id) ON DELETE CASCADE,
    quote TEXT NOT NULL DEFAULT '',
    CHECK ((case_id IS NULL) <> (event_id IS NULL))
);
CREATE INDEX citations_by_source ON citations (source_id);
CREATE INDEX citations_by_case ON citations (case_id) WHERE case_id IS NOT NULL;
CREATE INDEX citations_by_event ON citations (event_id) WHERE event_id IS NOT NULL;

CREATE TABLE links (
    id INTEGER PRIMARY KEY,
    from_event INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    to_event INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    relation TEXT NOT NULL CHECK (relation = 'responds_to' OR relation = 'references' OR relation = 'follows'),
    note TEXT NOT NULL DEFAULT '',
    source_id INTEGER REFERENCES sources (id) ON DELETE SET NULL,
    CHECK (from_event <> to_event),
    UNIQUE (from_event, to_event, relation)
);
CREATE INDEX links_by_to ON links (to_event);

-- Case span and disclosure day follow the case's events.
CREATE TRIGGER events_span_insert AFTER INSERT ON events WHEN new.case_id IS NOT NULL BEGIN
    UPDATE cases SET
        first_day = min(coalesce(first_day, new.date_from), new.date_from),
        last_day = max(coalesce(last_day, new.date_to), coalesce(new.end_to, new.date_to)),
        disclosed_day = CASE WHEN new.kind = 'announcement'
            THEN min(coalesce(disclosed_day, new.date_from), new.date_from) ELSE disclosed_day END
    WHERE id = new.case_id;
END;
-- One aggregate per case: a lone min(date_from) would tempt SQLite to walk the whole date index.
CREATE TRIGGER events_span_delete AFTER DELETE ON events WHEN old.case_id IS NOT NULL BEGIN
    UPDATE cases SET (first_day, last_day, disclosed_day) = (SELECT min(date_from), max(coalesce(end_to, date_to)),
        min(CASE WHEN kind = 'announcement' THEN date_from END) FROM events WHERE case_id = old.case_id)
    WHERE id = old.case_id;
END;
CREATE TRIGGER events_span_update AFTER UPDATE OF case_id, kind, date_from, date_to, end_to ON events BEGIN
    UPDATE cases SET (first_day, last_day, disclosed_day) = (SELECT min(date_from), max(coalesce(end_to, date_to)),
        min(CASE WHEN kind = 'announcement' THEN date_from END) FROM events WHERE case_id = cases.id)
    WHERE id IN (old.case_id, new.case_id);
END;

-- Full-text search over what people type and read, kept in step by triggers.
CREATE VIRTUAL TABLE cases_fts USING fts5(title, summary, sector, content = 'cases', content_rowid = 'id',
    tokenize = 'spyline');
CREATE VIRTUAL TABLE actors_fts USING fts5(name, native_name, aliases, notes, content = 'actors',
    content_rowid = 'id', tokenize = 'spyline');
CREATE VIRTUAL TABLE events_fts USING fts5(title, description, city, venue_context, content = 'events',
    content_rowid = 'id', tokenize = 'spyline');
CREATE VIRTUAL TABLE sources_fts USING fts5(title, publisher, url, content = 'sources', content_rowid = 'id',
    tokenize = 'spyline');

CREATE TRIGGER cases_fts_insert AFTER INSERT ON cases BEGIN
    INSERT INTO cases_fts (rowid, title, summary, sector) VALUES (new.id, new.title, new.summary, new.sector);
END;
CREATE TRIGGER cases_fts_delete AFTER DELETE ON cases BEGIN
    INSERT INTO cases_fts (cases_fts, rowid, title, summary, sector)
        VALUES ('delete', old.id, old.title, old.summary, old.sector);
END;
CREATE TRIGGER cases_fts_update AFTER UPDATE OF title, summary, sector ON cases BEGIN
    INSERT INTO cases_fts (cases_fts, rowid, title, summary, sector)
        VALUES ('delete', old.id, old.title, old.summary, old.sector);
    INSERT INTO cases_fts (rowid, title, summary, sector) VALUES (new.id, new.title, new.summary, new.sector);
END;

CREATE TRIGGER actors_fts_insert AFTER INSERT ON actors BEGIN
    INSERT INTO actors_fts (rowid, name, native_name, aliases, notes)
        VALUES (new.id, new.name, new.native_name, new.aliases, new.notes);
END;
CREATE TRIGGER actors_fts_delete AFTER DELETE ON actors BEGIN
    INSERT INTO actors_fts (actors_fts, rowid, name, native_name, aliases, notes)
        VALUES ('delete', old.id, old.name, old.native_name, old.aliases, old.notes);
END;
CREATE TRIGGER actors_fts_update AFTER UPDATE OF name, native_name, aliases, notes ON actors BEGIN
    INSERT INTO actors_fts (actors_fts, rowid, name, native_name, aliases, notes)
        VALUES ('delete', old.id, old.name, old.native_name, old.aliases, old.notes);
    INSERT INTO actors_fts (rowid, name, native_name, aliases, notes)
        VALUES (new.id, new.name, new.native_name, new.aliases, new.notes);
END;

CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
    INSERT INTO events_fts (rowid, title, description, city, venue_context)
        VALUES (new.id, new.title, new.description, new.city, new.venue_context);
END;
CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
    INSERT INTO events_fts (events_fts, rowid, title, description, city, venue_context)
        VALUES ('delete', old.id, old.title, old.description, old.city, old.venue_context);
END;
CREATE TRIGGER events_fts_update AFTER UPDATE OF title, description, city, venue_context ON events BEGIN
    INSERT INTO events_fts (events_fts, rowid, title, description, city, venue_context)
        VALUES ('delete', old.id, old.title, old.description, old.city, old.venue_context);
    INSERT INTO events_fts (rowid, title, description, city, venue_context)
        VALUES (new.id, new.title, new.description, new.city, new.venue_context);
END;

CREATE TRIGGER sources_fts_insert AFTER INSERT ON sources BEGIN
    INSERT INTO sources_fts (rowid, title, publisher, url) VALUES (new.id, new.title, new.publisher, new.url);
END;
CREATE TRIGGER sources_fts_delete AFTER DELETE ON sources BEGIN
    INSERT INTO sources_fts (sources_fts, rowid, title, publisher, url)
        VALUES ('delete', old.id, old.title, old.publisher, old.url);
END;
CREATE TRIGGER sources_fts_update AFTER UPDATE OF title, publisher, url ON sources BEGIN
    INSERT INTO sources_fts (sources_fts, rowid, title, publisher, url)
        VALUES ('delete', old.id, old.title, old.publisher, old.url);
    INSERT INTO sources_fts (rowid, title, publisher, url) VALUES (new.id, new.title, new.publisher, new.url);
END;
