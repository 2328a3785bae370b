package org.sitrep.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.incident.ControlPeriod;
import org.sitrep.incident.Incident;
import org.sitrep.incident.StoryFeatures;
import org.sitrep.model.Event;
import org.sitrep.model.LeftOut;
import org.sitrep.model.Report;

/**
 * Where reports, their events and the incidents built from them live. One implementation serves
 * DuckDB and PostgreSQL; open one with {@link Stores#open(String)}. Safe for many reader threads and
 * writers: writes are serialized (one at a time), reads run beside them on their own connections.
 */
public interface EventStore extends AutoCloseable {

    /**
     * Stores a report and its events in one transaction and folds the events into sitrep's incidents; incidents of
     * the report's story that now read as one happening are folded together (an analyst's split is respected). A
     * report whose normalized text is already stored changes nothing and returns {@code alreadyStored = true}.
     * Without story features the report founds a story of its own.
     */
    default StoreResult store(Report report, List<Event> events) {
        return store(report, events, ownStory(report));
    }

    /** Story features that match no other story: the report founds a story of its own, headed by its title or first line. */
    static StoryFeatures ownStory(Report report) {
        String head = report.title() != null && !report.title().isBlank() ? report.title() : report.text().lines().findFirst().orElse("");
        return StoryFeatures.none(report.published(), head.length() > 100 ? head.substring(0, 100) : head);
    }

    /**
     * As {@link #store(Report, List)}, and links the report to the story its features match (or founds
     * one) in the same transaction. A report stored before keeps its story.
     */
    default StoreResult store(Report report, List<Event> events, StoryFeatures story) {
        return store(report, events, story, List.of());
    }

    /**
     * As {@link #store(Report, List, StoryFeatures)}, and keeps the candidate acts the extractor left out of the report's
     * events, with why, in the same transaction (a report stored before keeps its list).
     */
    StoreResult store(Report report, List<Event> events, StoryFeatures story, List<LeftOut> leftOut);

    /** The candidate acts left out of a stored report's events, in text order; empty for a report not stored. */
    List<LeftOut> leftOut(String reportId);

    /** The story a stored report belongs to; empty for a report not stored. */
    Optional<Story> story(String reportId);

    /** Stories with the most reports first; {@code limit} 0 lists all. */
    List<Story> stories(int limit);


    /**
     * Stores events coded elsewhere, in bulk and in one transaction per batch, under {@code origin}
     * (e.g. {@code acled}): each event is its own incident, never merged with another origin's.
     */
    BulkResult storeCoded(List<CodedReport> batch, String origin);

    List<Event> events(EventQuery query);

    /** Events with their report's outlet and storing time, for exports. */
    List<StoredEvent> storedEvents(EventQuery query);

    List<Incident> incidents(EventQuery query);

    Optional<Incident> incident(String id);

    Optional<Report> report(String id);

    /** Incidents created, revised or deleted strictly after {@code since}, oldest first. */
    List<Change> changes(Instant since);

    /** Who held the named place (or GeoNames id) when, from capture and retake events. */
    List<ControlPeriod> control(String place);

    /**
     * An analyst's split: moves {@code eventIds} out of the incident into a new one (a new stable id),
     * recomputes both and records a revision and a change for each. The two stay apart for good.
     */
    Incident split(String incidentId, List<String> eventIds, String who, String why);

    /** An analyst's merge: B's events join A, B is deleted (a change says so); returns A as it is now. */
    Incident merge(String incidentIdA, String incidentIdB, String who, String why);

    /** Row counts and a few totals, in a stable order. */
    Map<String, Object> stats();

    // Analyst review (issue 8, sitrep-server): lookups, edits with an audit log, rejection.

    Optional<Event> event(String id);

    /** The events coded from one report, in the report's order. */
    List<Event> reportEvents(String reportId);

    /** The machine's event as first stored, whatever analysts changed since; empty if no such event. */
    Optional<Event> original(String eventId);

    /** The incident's revisions (reports, analyst edits, deletion), oldest first. */
    List<HistoryEntry> history(String incidentId);

    /** Audit-log entries about any of these events or incidents, oldest first. */
    List<AuditEntry> audit(List<String> targetIds);

    /** Which of these events an analyst rejected. */
    Set<String> rejected(List<String> eventIds);

    /** Applies an analyst's correction to one event, logs it, and revises the incidents it belongs to. */
    Event edit(String eventId, EventEdit edit, String who, String why);

    /** Applies the correction to every event of the incident, logs it, and revises the incident. */
    Incident editIncident(String incidentId, EventEdit edit, String who, String why);

    /** Takes the event out of its incidents (deleting any left empty) and logs it; the event's row stays. */
    void reject(String eventId, String who, String why);

    /** Bytes the database takes on disk (the file for DuckDB, the schema's tables and indexes for PostgreSQL). */
    long sizeBytes();

    @Override
    void close();
}
