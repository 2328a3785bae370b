-- V5: stories, groups of reports about one real-world happening, whether or not a report yields events.
-- StoryRows links each newly stored report to a story (StoryMatcher in sitrep-incident) in the same
-- transaction as the report. story_terms holds each story's summed term counts: its profile for matching
-- and, counted per term, the document frequencies that weight terms.
-- Numbered 5 because versions 2 to 4 were taken by parallel work; it depends on V1 alone.
CREATE TABLE stories (
    id TEXT PRIMARY KEY,
    headline TEXT,
    first_report_id TEXT NOT NULL,
    date_earliest DATE,
    date_latest DATE,
    report_count INTEGER NOT NULL,
    created_micros BIGINT NOT NULL,
    updated_micros BIGINT NOT NULL
);

CREATE TABLE report_story (
    report_id TEXT PRIMARY KEY,
    story_id TEXT NOT NULL,
    score DOUBLE PRECISION,
    reason TEXT,
    linked_micros BIGINT NOT NULL
);
CREATE INDEX report_story_story ON report_story (story_id);

CREATE TABLE story_terms (
    story_id TEXT NOT NULL,
    term TEXT NOT NULL,
    tf INTEGER NOT NULL,
    PRIMARY KEY (story_id, term)
);
CREATE INDEX story_terms_term ON story_terms (term);

-- Reports stored before stories existed kept no annotations to match on: each is a story of its own.
INSERT INTO stories (id, headline, first_report_id, date_earliest, date_latest, report_count, created_micros, updated_micros)
SELECT 'story-' || id, COALESCE(title, SUBSTR(text, 1, 100)), id, published, published, 1, stored_micros, stored_micros FROM reports;
INSERT INTO report_story (report_id, story_id, score, reason, linked_micros)
SELECT id, 'story-' || id, NULL, 'stored before stories', stored_micros FROM reports;
