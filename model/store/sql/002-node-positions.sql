-- Spyline collection, schema version 2: where a person dragged graph nodes, per layout, and
-- an index for the case table's default order.
-- A node is named by its kind and key ("actor:12", "case:3", "event:7", "venue:IT:Rome").
CREATE TABLE node_positions (
    layout TEXT NOT NULL CHECK (layout IN ('relations', 'chronology')),
    node TEXT NOT NULL CHECK (length(node) > 0),
    x REAL NOT NULL,
    y REAL NOT NULL,
    PRIMARY KEY (layout, node)
) WITHOUT ROWID;

-- The case table's default order (newest disclosure first) read straight from an index.
CREATE INDEX cases_by_date ON cases (coalesce(disclosed_day, first_day), id);
