package org.sitrep.incident;

/** One step in an incident's history: what a report changed and why. {@code kind} is created or revised. */
public record Revision(String incidentId, int revision, String reportId, Kind kind, String summary) {
    public enum Kind { CREATED, REVISED, DELETED }
}
