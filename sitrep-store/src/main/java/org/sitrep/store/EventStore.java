package org.sitrep.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.incident.ControlPeriod;
import org.sitrep.incident.Incident;
import org.sitrep.model.Event;
import org.sitrep.model.Report;

/**
 * Where reports, their events and the incidents built from them live. One implementation serves
 * DuckDB and PostgreSQL; open one with {@link Stores#open(String)}. Safe for many reader threads and
 * writers: writes are serialized (one at a time), reads run beside them on their own connections.
 */
public interface EventStore extends AutoCloseable {

    /**
     * Stores a report and its events in one transaction and folds the events into sitrep's incidents. A
     * report whose normalized text is already stored changes nothing and returns {@code alreadyStored = true}.
     */
    StoreResult store(Report report, List<Event> events);

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

    /** Bytes the database takes on disk (the file for DuckDB, the schema's tables and indexes for PostgreSQL). */
    long sizeBytes();

    @Override
    void close();
}
