package org.sitrep.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.incident.ControlPeriod;
import org.sitrep.incident.Incident;
import org.sitrep.incident.StoryFeatures;
import org.sitrep.model.Event;
import org.sitrep.model.Report;

/**
 * Where reports, their events and the incidents built from them live. One implementation serves
 * DuckDB and PostgreSQL; open one with {@link Stores#open(String)}. Not thread-safe: one writer.
 */
public interface EventStore extends AutoCloseable {

    /**
     * Stores a report and its events in one transaction and folds the events into incidents. A report
     * whose normalized text is already stored changes nothing and returns {@code alreadyStored = true}.
     * Without story features the report founds a story of its own.
     */
    default StoreResult store(Report report, List<Event> events) {
        String head = report.title() != null && !report.title().isBlank() ? report.title() : report.text().lines().findFirst().orElse("");
        return store(report, events, StoryFeatures.none(report.published(), head.length() > 100 ? head.substring(0, 100) : head));
    }

    /**
     * As {@link #store(Report, List)}, and links the report to the story its features match (or founds
     * one) in the same transaction. A report stored before keeps its story.
     */
    StoreResult store(Report report, List<Event> events, StoryFeatures story);

    /** The story a stored report belongs to; empty for a report not stored. */
    Optional<Story> story(String reportId);

    /** Stories with the most reports first; {@code limit} 0 lists all. */
    List<Story> stories(int limit);


    List<Event> events(EventQuery query);

    List<Incident> incidents(EventQuery query);

    Optional<Report> report(String id);

    /** Incidents created, revised or deleted strictly after {@code since}, oldest first. */
    List<Change> changes(Instant since);

    /** Who held the named place (or GeoNames id) when, from capture and retake events. */
    List<ControlPeriod> control(String place);

    /** Row counts and a few totals, in a stable order. */
    Map<String, Object> stats();

    @Override
    void close();
}
