-- V2: indexes for the query paths (sitrep events/incidents filters, the change feed, members by
-- incident, events by report). PostgreSQL builds them; DuckDB skips plain CREATE INDEX (see
-- DuckDbMigrations.secondaryIndex: its zone maps serve these ranges and ART indexes slow bulk loads).
CREATE INDEX incidents_date ON incidents (date_earliest, date_latest);
CREATE INDEX incidents_country ON incidents (country);
CREATE INDEX incidents_type ON incidents (event_type);
CREATE INDEX events_country ON events (country);
CREATE INDEX events_type ON events (event_type);
CREATE INDEX incident_events_event ON incident_events (event_id);
CREATE INDEX incident_events_report ON incident_events (report_id);
CREATE INDEX changes_at ON changes (at_micros);
-- Bounding boxes: latitude narrows to a band, longitude is then checked row by row.
CREATE INDEX events_lat ON events (lat);
CREATE INDEX incidents_lat ON incidents (lat);
