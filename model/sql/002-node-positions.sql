-- Spyline collection, schema version 2: where a person dragged graph nodes, per layout.
-- A node is named by its kind and key ("actor:12", "case:3", "event:7", "venue:IT:Rome").
CREATE TABLE node_positions (
    layout TEXT NOT NULL CHECK (layout IN ('relations', 'chronology')),
    node TEXT NOT NULL CHECK (length(node) > 0),
    x REAL NOT NULL,
    y REAL NOT NULL,
    PRIMARY KEY (layout, node)
) WITHOUT ROWID;
