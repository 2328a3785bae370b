-- V4: analyst review. Edits are overlays with history: the events row takes the analyst's value, the
-- machine's event as first stored is kept whole in event_originals (written once, at the first edit),
-- and every change is one audit_log row (who, when, before, after, why) that is never updated.
CREATE TABLE audit_log (
    seq BIGINT PRIMARY KEY,
    at_micros BIGINT NOT NULL,
    who TEXT NOT NULL,
    target_kind TEXT NOT NULL,
    target_id TEXT NOT NULL,
    action TEXT NOT NULL,
    before_json TEXT,
    after_json TEXT,
    why TEXT
);
CREATE INDEX audit_log_target ON audit_log (target_id);

CREATE TABLE event_originals (
    event_id TEXT PRIMARY KEY,
    event_json TEXT NOT NULL,
    saved_micros BIGINT NOT NULL
);

CREATE TABLE event_rejections (
    event_id TEXT PRIMARY KEY,
    incident_id TEXT,
    who TEXT NOT NULL,
    at_micros BIGINT NOT NULL
);
