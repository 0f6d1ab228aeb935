-- Spyline collection, schema version 6: where merged records came from. Each merge of another
-- collection (a student's hand-in, a colleague's file) is one origin; each record it added, or
-- that took the other collection's values, notes the origin and its id there. A record removed
-- takes its notes with it.
CREATE TABLE merge_origins (
    id INTEGER PRIMARY KEY,
    collection TEXT NOT NULL CHECK (length(trim(collection)) > 0),
    path TEXT NOT NULL DEFAULT '',
    merged_at TEXT NOT NULL
);

CREATE TABLE merged_records (
    kind TEXT NOT NULL CHECK (kind = 'actor' OR kind = 'source' OR kind = 'case' OR kind = 'event' OR kind = 'link'),
    record_id INTEGER NOT NULL,
    origin_id INTEGER NOT NULL REFERENCES merge_origins (id) ON DELETE CASCADE,
    their_id INTEGER NOT NULL,
    action TEXT NOT NULL CHECK (action = 'added' OR action = 'updated'),
    PRIMARY KEY (kind, record_id, origin_id)
) WITHOUT ROWID;
CREATE INDEX merged_records_by_origin ON merged_records (origin_id);

CREATE TRIGGER actors_origin_delete AFTER DELETE ON actors BEGIN
    DELETE FROM merged_records WHERE kind = 'actor' AND record_id = old.id;
END;
CREATE TRIGGER sources_origin_delete AFTER DELETE ON sources BEGIN
    DELETE FROM merged_records WHERE kind = 'source' AND record_id = old.id;
END;
CREATE TRIGGER cases_origin_delete AFTER DELETE ON cases BEGIN
    DELETE FROM merged_records WHERE kind = 'case' AND record_id = old.id;
END;
CREATE TRIGGER events_origin_delete AFTER DELETE ON events BEGIN
    DELETE FROM merged_records WHERE kind = 'event' AND record_id = old.id;
END;
CREATE TRIGGER links_origin_delete AFTER DELETE ON links BEGIN
    DELETE FROM merged_records WHERE kind = 'link' AND record_id = old.id;
END;
