-- Spyline collection, schema version 4: the reference a record keeps from the sheet it came
-- from (the sheet's key: "Cambridge Five"), so that importing the sheet again updates the record
-- instead of adding it twice, and a later sheet (statements, links) can point at it. Empty when
-- the record was typed in by hand or its sheet had no key.
ALTER TABLE cases ADD COLUMN reference TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN reference TEXT NOT NULL DEFAULT '';
CREATE INDEX cases_by_reference ON cases (reference) WHERE reference <> '';
CREATE INDEX events_by_reference ON events (reference) WHERE reference <> '';
