-- V6: the candidate acts the extractor read in a report and did not code, with why (background, history, talk, ...),
-- stored with the report in its transaction so an analyst reviewing a stored report sees what was left out, not only
-- what was kept. Offsets point into reports.text.
CREATE TABLE left_out (
    report_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    sub_event_type TEXT,
    trigger_text TEXT,
    start_offset INTEGER,
    end_offset INTEGER,
    reason TEXT NOT NULL,
    PRIMARY KEY (report_id, seq)
);
