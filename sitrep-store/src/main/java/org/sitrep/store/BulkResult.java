package org.sitrep.store;

/** What one bulk batch did: reports stored, reports skipped as already stored, events and incidents written. */
public record BulkResult(int reports, int alreadyStored, int events, int incidents) {}
