-- Spyline collection, schema version 5: indexes the map and the statistics read instead of the
-- events table. Each holds what its pass needs, so that a million events are counted from a few
-- hundred thousand index entries, not from as many random reads of the table.
-- Recruitment venues: each case's recruitments and first contacts with a country.
CREATE INDEX events_venues ON events (case_id, kind, date_from, country, city)
    WHERE kind IN ('recruitment', 'first_contact') AND country IS NOT NULL;
-- Disclosing countries: each case's announcements with a country.
CREATE INDEX events_announcements ON events (case_id, date_from, country)
    WHERE kind = 'announcement' AND country IS NOT NULL;
