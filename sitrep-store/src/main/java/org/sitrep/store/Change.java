package org.sitrep.store;

import java.time.Instant;
import org.sitrep.incident.Revision;

/** One line of the change feed: an incident created, revised or deleted, and its revision after it. */
public record Change(long seq, Instant at, String incidentId, Revision.Kind kind, int revision) {}
