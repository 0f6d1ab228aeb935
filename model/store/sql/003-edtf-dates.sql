-- Spyline collection, schema version 3: dates as EDTF (ISO 8601-2, levels 0 and 1), and events
-- whose date is not known.
--
-- Dates were written "1984", "1984-01", "1984-01-15" or "1930s", with "~" in front when
-- approximate. EDTF writes the qualifier behind ("2023-03~") and a decade with an unspecified
-- digit ("193X"); the days each date can mean stay as they were. An event with no known date
-- keeps NULL in date, date_from and date_to. SQLite relaxes NOT NULL only by building the table
-- anew, so events is copied into a new table (ids kept) that takes its name, with its indexes and
-- triggers made again.
--
-- A case's disclosure becomes a range of days, like every date: disclosed_to joins disclosed_day,
-- both from the case's first announcement (by earliest day, then latest day).

CREATE TABLE events_v3 (
    id INTEGER PRIMARY KEY,
    case_id INTEGER REFERENCES cases (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind = 'first_contact' OR kind = 'recruitment' OR kind = 'agreement' OR kind = 'training'
        OR kind = 'payment' OR kind = 'meeting' OR kind = 'arrest' OR kind = 'announcement'
        OR kind = 'statement' OR kind = 'law' OR kind = 'trial' OR kind = 'verdict' OR kind = 'other'),
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    description TEXT NOT NULL DEFAULT '',
    -- EDTF; NULL, with both days, when the date is not known.
    date TEXT CHECK (date IS NULL OR length(date) > 0),
    date_from INTEGER,
    date_to INTEGER,
    end_date TEXT NOT NULL DEFAULT '',
    end_to INTEGER,
    country TEXT REFERENCES countries (code),
    city TEXT NOT NULL DEFAULT '',
    venue_context TEXT NOT NULL DEFAULT '',
    actor_id INTEGER REFERENCES actors (id) ON DELETE SET NULL,
    CHECK ((date IS NULL) = (date_from IS NULL) AND (date IS NULL) = (date_to IS NULL)),
    CHECK (date_from <= date_to),
    CHECK (end_to IS NULL OR end_to >= date_from)
);

INSERT INTO events_v3 (id, case_id, kind, title, description, date, date_from, date_to, end_date, end_to, country,
    city, venue_context, actor_id)
SELECT id, case_id, kind, title, description,
    CASE
        WHEN date GLOB '~[0-9][0-9][0-9][0-9]s' THEN substr(date, 2, 3) || 'X~'
        WHEN date GLOB '~*' THEN substr(date, 2) || '~'
        WHEN date GLOB '[0-9][0-9][0-9][0-9]s' THEN substr(date, 1, 3) || 'X'
        ELSE date
    END,
    date_from, date_to,
    CASE
        WHEN end_date GLOB '~[0-9][0-9][0-9][0-9]s' THEN substr(end_date, 2, 3) || 'X~'
        WHEN end_date GLOB '~*' THEN substr(end_date, 2) || '~'
        WHEN end_date GLOB '[0-9][0-9][0-9][0-9]s' THEN substr(end_date, 1, 3) || 'X'
        ELSE end_date
    END,
    end_to, country, city, venue_context, actor_id
FROM events;

DROP TABLE events;
ALTER TABLE events_v3 RENAME TO events;

CREATE INDEX events_by_day ON events (date_from);
CREATE INDEX events_by_case ON events (case_id, date_from);
CREATE INDEX events_by_kind ON events (kind, date_from);
CREATE INDEX events_by_actor ON events (actor_id);

UPDATE actors SET born = CASE
        WHEN born GLOB '~[0-9][0-9][0-9][0-9]s' THEN substr(born, 2, 3) || 'X~'
        WHEN born GLOB '~*' THEN substr(born, 2) || '~'
        ELSE substr(born, 1, 3) || 'X'
    END
WHERE born GLOB '~*' OR born GLOB '[0-9][0-9][0-9][0-9]s';

UPDATE sources SET published = CASE
        WHEN published GLOB '~[0-9][0-9][0-9][0-9]s' THEN substr(published, 2, 3) || 'X~'
        WHEN published GLOB '~*' THEN substr(published, 2) || '~'
        ELSE substr(published, 1, 3) || 'X'
    END
WHERE published GLOB '~*' OR published GLOB '[0-9][0-9][0-9][0-9]s';

-- The disclosure as a range: its first day and last day, from the same announcement.
ALTER TABLE cases ADD COLUMN disclosed_to INTEGER;
UPDATE cases SET disclosed_to = (SELECT date_to FROM events WHERE case_id = cases.id AND kind = 'announcement'
        AND date_from = cases.disclosed_day ORDER BY date_to LIMIT 1)
WHERE disclosed_day IS NOT NULL;

-- The case table's order by date: earliest day, then latest day.
DROP INDEX cases_by_date;
CREATE INDEX cases_by_date ON cases (coalesce(disclosed_day, first_day), coalesce(disclosed_to, last_day), id);

-- Case span and disclosure follow the case's dated events; an undated event changes neither.
-- The first announcement is the one with the smallest (date_from, date_to), packed into one number
-- so that a single aggregate finds both of its days.
CREATE TRIGGER events_span_insert AFTER INSERT ON events WHEN new.case_id IS NOT NULL AND new.date_from IS NOT NULL
BEGIN
    UPDATE cases SET
        first_day = min(coalesce(first_day, new.date_from), new.date_from),
        last_day = max(coalesce(last_day, new.date_to), coalesce(new.end_to, new.date_to)),
        disclosed_day = CASE WHEN new.kind = 'announcement' AND (disclosed_day IS NULL OR new.date_from < disclosed_day
                OR (new.date_from = disclosed_day AND new.date_to < disclosed_to))
            THEN new.date_from ELSE disclosed_day END,
        disclosed_to = CASE WHEN new.kind = 'announcement' AND (disclosed_day IS NULL OR new.date_from < disclosed_day
                OR (new.date_from = disclosed_day AND new.date_to < disclosed_to))
            THEN new.date_to ELSE disclosed_to END
    WHERE id = new.case_id;
END;
CREATE TRIGGER events_span_delete AFTER DELETE ON events WHEN old.case_id IS NOT NULL AND old.date_from IS NOT NULL
BEGIN
    UPDATE cases SET (first_day, last_day, disclosed_day, disclosed_to) = (SELECT min(date_from),
        max(coalesce(end_to, date_to)),
        min(CASE WHEN kind = 'announcement' THEN date_from * 4294967296 + date_to END) / 4294967296,
        min(CASE WHEN kind = 'announcement' THEN date_from * 4294967296 + date_to END) % 4294967296
        FROM events WHERE case_id = old.case_id)
    WHERE id = old.case_id;
END;
CREATE TRIGGER events_span_update AFTER UPDATE OF case_id, kind, date_from, date_to, end_to ON events BEGIN
    UPDATE cases SET (first_day, last_day, disclosed_day, disclosed_to) = (SELECT min(date_from),
        max(coalesce(end_to, date_to)),
        min(CASE WHEN kind = 'announcement' THEN date_from * 4294967296 + date_to END) / 4294967296,
        min(CASE WHEN kind = 'announcement' THEN date_from * 4294967296 + date_to END) % 4294967296
        FROM events WHERE case_id = cases.id)
    WHERE id IN (old.case_id, new.case_id);
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
