-- V3: where an event came from ('sitrep' for sitrep's own extraction, 'acled' for an imported ACLED
-- export, 'synthetic' for the benchmark), so datasets never merge and can be compared; and the
-- analysts' splits, kept as pinned separations that later ingests must respect.
ALTER TABLE events ADD COLUMN origin TEXT;
ALTER TABLE incidents ADD COLUMN origin TEXT;
UPDATE events SET origin = 'sitrep' WHERE origin IS NULL;
UPDATE incidents SET origin = 'sitrep' WHERE origin IS NULL;
CREATE INDEX events_origin ON events (origin);
CREATE INDEX incidents_origin ON incidents (origin);

CREATE TABLE separations (
    event_id TEXT NOT NULL,
    apart_from TEXT NOT NULL,
    who TEXT,
    why TEXT,
    at_micros BIGINT NOT NULL,
    PRIMARY KEY (event_id, apart_from)
);

CREATE TABLE analyst_edits (
    seq BIGINT PRIMARY KEY,
    kind TEXT NOT NULL,
    incident_id TEXT NOT NULL,
    other_incident_id TEXT NOT NULL,
    event_ids_json TEXT,
    who TEXT,
    why TEXT,
    at_micros BIGINT NOT NULL
);
