-- V1: the sitrep schema, shared by PostgreSQL (applied by Flyway) and DuckDB (applied by DuckDbMigrations).
-- Portable types only (TEXT, INTEGER, BIGINT, DOUBLE PRECISION, DATE, BOOLEAN) so one file serves both.
-- Instants are epoch microseconds in BIGINT columns: both drivers agree on them without time-zone rules.
-- Nested values (actors, place, evidence, notes, claim with sources) are kept whole as JSON text, so no
-- field of an Event is lost; the flat columns beside them are for queries and exports.
CREATE TABLE reports (
    id TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    title TEXT,
    text TEXT NOT NULL,
    published DATE,
    source TEXT,
    url TEXT,
    dateline_json TEXT,
    sentence_breaks_json TEXT,
    origin TEXT,
    stored_micros BIGINT NOT NULL
);

CREATE TABLE events (
    id TEXT PRIMARY KEY,
    report_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    event_type TEXT,
    sub_event_type TEXT,
    actor1 TEXT,
    actor2 TEXT,
    location TEXT,
    geonameid BIGINT,
    country TEXT,
    admin1 TEXT,
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION,
    geo_precision INTEGER,
    date_earliest DATE,
    date_latest DATE,
    time_precision INTEGER,
    fatalities INTEGER,
    claim_status TEXT,
    trigger_word TEXT,
    confidence DOUBLE PRECISION,
    sentence_text TEXT,
    actor1_json TEXT,
    actor2_json TEXT,
    associated_json TEXT,
    place_json TEXT,
    date_json TEXT,
    fatalities_json TEXT,
    claim_json TEXT,
    sentence_json TEXT,
    evidence_json TEXT,
    notes_json TEXT
);
CREATE INDEX events_report ON events (report_id);
CREATE INDEX events_date ON events (date_earliest);

CREATE TABLE evidence (
    event_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    field TEXT NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    text TEXT,
    PRIMARY KEY (event_id, seq)
);

CREATE TABLE actors (
    event_id TEXT NOT NULL,
    role TEXT NOT NULL,
    seq INTEGER NOT NULL,
    name TEXT NOT NULL,
    country TEXT,
    inter INTEGER,
    sector TEXT,
    hedged BOOLEAN NOT NULL,
    PRIMARY KEY (event_id, role, seq)
);

CREATE TABLE places (
    place_key TEXT PRIMARY KEY,
    name TEXT,
    geonameid BIGINT,
    country TEXT,
    admin1 TEXT,
    admin2 TEXT,
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION,
    feature_class TEXT
);

CREATE TABLE sources (
    event_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    name TEXT,
    kind TEXT,
    verb TEXT,
    PRIMARY KEY (event_id, seq)
);

CREATE TABLE incidents (
    id TEXT PRIMARY KEY,
    revision INTEGER NOT NULL,
    event_type TEXT,
    sub_event_type TEXT,
    actor1 TEXT,
    actor2 TEXT,
    location TEXT,
    country TEXT,
    admin1 TEXT,
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION,
    date_earliest DATE,
    date_latest DATE,
    fatalities INTEGER,
    fatalities_min INTEGER,
    fatalities_max INTEGER,
    claim_status TEXT,
    grade TEXT,
    independent_sources INTEGER,
    created_micros BIGINT NOT NULL,
    updated_micros BIGINT NOT NULL,
    deleted BOOLEAN NOT NULL
);

CREATE TABLE incident_events (
    incident_id TEXT NOT NULL,
    event_id TEXT NOT NULL,
    report_id TEXT NOT NULL,
    outlet TEXT,
    seq INTEGER NOT NULL,
    reason_json TEXT,
    PRIMARY KEY (incident_id, event_id)
);

CREATE TABLE revisions (
    incident_id TEXT NOT NULL,
    revision INTEGER NOT NULL,
    report_id TEXT,
    kind TEXT NOT NULL,
    summary TEXT,
    at_micros BIGINT NOT NULL,
    PRIMARY KEY (incident_id, revision)
);

CREATE TABLE changes (
    seq BIGINT PRIMARY KEY,
    at_micros BIGINT NOT NULL,
    incident_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    revision INTEGER NOT NULL
);
