package org.sitrep.store;

import java.time.Instant;

/** One line of an incident's history: the revision a report (or an analyst) made, when and why. */
public record HistoryEntry(int revision, Instant at, String kind, String reportId, String summary) {}
