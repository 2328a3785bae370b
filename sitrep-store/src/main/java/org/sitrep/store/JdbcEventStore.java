package org.sitrep.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.sitrep.incident.ControlPeriod;
import org.sitrep.incident.ControlTimeline;
import org.sitrep.incident.Incident;
import org.sitrep.incident.IncidentBuilder;
import org.sitrep.incident.IncidentSummarizer;
import org.sitrep.incident.IncidentUpdate;
import org.sitrep.incident.Revision;
import org.sitrep.incident.StoryFeatures;
import org.sitrep.incident.StoryMatcher;
import org.sitrep.incident.StoryOptions;
import org.sitrep.model.Event;
import org.sitrep.model.LeftOut;
import org.sitrep.model.Report;
import org.sitrep.model.SitrepException;

/**
 * The one {@link EventStore}: plain JDBC, portable SQL that DuckDB and PostgreSQL both run. Every call
 * takes its own connection; writes hold one lock so there is a single writer at a time, and each write
 * is one transaction: a crash before commit leaves nothing of it behind, and a rerun stores it whole.
 */
final class JdbcEventStore implements EventStore {
    /** Candidate incidents are those whose dates lie within this many days of the new events. */
    private static final int CANDIDATE_DAYS = 2;
    private static final TypeReference<List<Integer>> INTEGERS = new TypeReference<>() {};
    private final Connections connections;
    private final IncidentBuilder builder;
    private final Clock clock;
    private final ReentrantLock writer = new ReentrantLock();
    private final Json json = new Json();
    private final ContentHash hash = new ContentHash();
    private final EventRows events = new EventRows(json);
    private final IncidentRows incidents;
    private final AnalystEdits edits;
    private final StoryRows stories = new StoryRows(new StoryMatcher(StoryOptions.defaults()), StoryOptions.defaults().maxFollowUpDays());
    private final BulkLoader bulk;
    private final AnalystMerges merges;
    private final StoryFolds folds;

    JdbcEventStore(Connections connections, IncidentBuilder builder, IncidentSummarizer summarizer, Clock clock) {
        this.connections = connections;
        this.builder = builder;
        this.clock = clock;
        this.incidents = new IncidentRows(json, events, summarizer);
        this.edits = new AnalystEdits(json, events, incidents, summarizer);
        this.merges = new AnalystMerges(incidents, summarizer, json);
        this.folds = new StoryFolds(builder.folder(), incidents, merges);
        this.bulk = new BulkLoader(events, incidents, builder, hash, json, connections.bulkTables());
    }

    @Override
    public StoreResult store(Report report, List<Event> reportEvents, StoryFeatures story, List<LeftOut> leftOut) {
        String contentHash = hash.of(report.text());
        List<Event> list = withIds(report, reportEvents);
        return write("report " + report.id() + " was not stored (nothing of it was kept)", c -> {
            Optional<String> stored = storedWithHash(c, contentHash);
            if (stored.isPresent()) return new StoreResult(stored.get(), true, 0, List.of(), List.of());
            long now = Micros.of(clock.instant());
            insertReport(c, report, contentHash, now);
            LeftOutRows.insert(c, report.id(), leftOut);
            StoryRows.Linked linked = stories.link(c, report.id(), story, now);
            for (int i = 0; i < list.size(); i++) events.insert(c, i, list.get(i), EventQuery.SITREP);
            Map<String, Integer> sameStory = StoryRows.storyIncidents(c, report.id());
            List<Incident> candidates = new ArrayList<>(candidates(c, list));
            Set<String> have = new HashSet<>();
            for (Incident i : candidates) have.add(i.id());
            for (String id : sameStory.keySet()) {
                if (!have.contains(id)) candidates.addAll(incidents.select(c, " WHERE i.id = ? AND i.origin = ?", List.of(id, EventQuery.SITREP), ""));
            }
            IncidentUpdate update = builder.update(candidates, report, list, sameStory);
            Set<String> newIds = new HashSet<>();
            for (Event e : list) newIds.add(e.id());
            long seq = IncidentRows.lastChange(c);
            for (Incident i : update.created()) {
                incidents.insert(c, i, now, EventQuery.SITREP);
                incidents.insertMembers(c, i, newIds);
                IncidentRows.change(c, ++seq, now, i.id(), Revision.Kind.CREATED, i.revision());
            }
            for (Incident i : update.revised()) {
                incidents.update(c, i, now);
                incidents.insertMembers(c, i, newIds);
                IncidentRows.change(c, ++seq, now, i.id(), Revision.Kind.REVISED, i.revision());
            }
            // One history line per incident and report: the last one carries the final picture.
            Map<String, Revision> last = new LinkedHashMap<>();
            for (Revision r : update.revisions()) last.put(r.incidentId(), r);
            for (Revision r : last.values()) incidents.revision(c, r, now);
            // only new events, or stories just joined, can make two of the story's incidents foldable
            StoryFolds.Folded folded = list.isEmpty() && !linked.joinedStories() ? StoryFolds.Folded.NONE : folds.fold(c, report.id(), now);
            List<String> created = update.created().stream().map(Incident::id).filter(id -> !folded.gone().contains(id)).toList();
            Set<String> revised = new LinkedHashSet<>(update.revised().stream().map(Incident::id).filter(id -> !folded.gone().contains(id)).toList());
            for (String id : folded.kept()) if (!created.contains(id)) revised.add(id);
            return new StoreResult(report.id(), false, list.size(), created, List.copyOf(revised));
        });
    }

    @Override
    public BulkResult storeCoded(List<CodedReport> batch, String origin) {
        if (origin == null || origin.isBlank() || origin.strip().equalsIgnoreCase(EventQuery.SITREP)) {
            throw new SitrepException(SitrepException.Category.INPUT, "coded events need an origin other than " + EventQuery.SITREP
                    + " (sitrep's own events go through store(), which merges them)");
        }
        List<CodedReport> withIds = batch.stream().map(r -> new CodedReport(r.report(), withIds(r.report(), r.events()))).toList();
        long now = Micros.of(clock.instant());
        return write("a batch of " + batch.size() + " coded reports was not stored (nothing of it was kept)",
                c -> bulk.store(c, withIds, origin.strip().toLowerCase(Locale.ROOT), now));
    }

    @Override
    public Incident split(String incidentId, List<String> eventIds, String who, String why) {
        long now = Micros.of(clock.instant());
        return write("incident " + incidentId + " was not split", c -> merges.split(c, incidentId, eventIds, who, why, now));
    }

    @Override
    public Incident merge(String incidentIdA, String incidentIdB, String who, String why) {
        long now = Micros.of(clock.instant());
        return write("incidents " + incidentIdA + " and " + incidentIdB + " were not merged", c -> merges.merge(c, incidentIdA, incidentIdB, who, why, now));
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** One transaction under the writer lock; any failure rolls it all back. */
    private <T> T write(String failure, Work<T> work) {
        writer.lock();
        try (Connection c = connections.open()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new SitrepException(SitrepException.Category.DATA, failure + ": " + e.getMessage(), e);
        } finally {
            writer.unlock();
        }
    }

    private <T> T read(String what, Work<T> work) {
        try (Connection c = connections.open()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new SitrepException(SitrepException.Category.DATA, "cannot read " + what + " from the store: " + e.getMessage(), e);
        }
    }

    /** Events need ids unique in the store and the report's id; missing ids are derived from the report's. */
    private static List<Event> withIds(Report report, List<Event> list) {
        List<Event> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            Event e = list.get(i);
            if (e.reportId() != null && !e.reportId().equals(report.id())) {
                throw new SitrepException(SitrepException.Category.INPUT, "event " + e.id() + " belongs to report " + e.reportId() + ", not " + report.id());
            }
            String id = e.id() != null ? e.id() : report.id() + "-e" + (i + 1);
            if (!seen.add(id)) throw new SitrepException(SitrepException.Category.INPUT, "report " + report.id() + " has two events with id " + id);
            out.add(e.id() != null && report.id().equals(e.reportId()) ? e : new Event(id, report.id(), e.type(), e.subType(), e.actor1(), e.actor2(),
                    e.associated(), e.location(), e.date(), e.fatalities(), e.claim(), e.sentence(), e.trigger(), e.confidence(), e.evidence(), e.notes()));
        }
        return out;
    }

    private static Optional<String> storedWithHash(Connection c, String contentHash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM reports WHERE content_hash = ?")) {
            Sql.bindAll(ps, contentHash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private void insertReport(Connection c, Report r, String contentHash, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(Sql.insert("reports", BulkLoader.REPORT_COLUMNS))) {
            Sql.bindAll(ps, BulkLoader.reportValues(json, r, contentHash, now));
            ps.executeUpdate();
        }
    }

    /** sitrep's own live incidents near the new events' dates; other origins never take part. */
    private List<Incident> candidates(Connection c, List<Event> list) throws SQLException {
        LocalDate from = null;
        LocalDate to = null;
        for (Event e : list) {
            if (e.date() == null || !e.date().known()) continue;
            if (from == null || e.date().earliest().isBefore(from)) from = e.date().earliest();
            if (to == null || e.date().latest().isAfter(to)) to = e.date().latest();
        }
        if (from == null) return List.of();
        return incidents.select(c, " WHERE i.date_latest >= ? AND i.date_earliest <= ? AND i.origin = ?",
                List.of(from.minusDays(CANDIDATE_DAYS), to.plusDays(CANDIDATE_DAYS), EventQuery.SITREP), "");
    }

    @Override
    public List<Event> events(EventQuery q) {
        Filters f = Filters.of(q, "e", EventRows.TEXT_COLUMNS);
        return read("events", c -> events.select(c, f.where + " ORDER BY e.date_earliest, e.report_id, e.seq" + Filters.page(q), f.params));
    }

    @Override
    public List<StoredEvent> storedEvents(EventQuery q) {
        Filters f = Filters.of(q, "e", EventRows.TEXT_COLUMNS);
        return read("events", c -> {
            List<Event> list = events.select(c, f.where + " ORDER BY e.date_earliest, e.report_id, e.seq" + Filters.page(q), f.params);
            Map<String, Object[]> byReport = new HashMap<>();
            Map<String, String> origins = new HashMap<>();
            column(c, "SELECT id, source, stored_micros FROM reports WHERE id IN", list.stream().map(Event::reportId).distinct().toList(),
                    rs -> byReport.put(rs.getString(1), new Object[] {rs.getString(2), rs.getLong(3)}));
            column(c, "SELECT id, origin FROM events WHERE id IN", list.stream().map(Event::id).toList(), rs -> origins.put(rs.getString(1), rs.getString(2)));
            List<StoredEvent> out = new ArrayList<>(list.size());
            for (Event e : list) {
                Object[] r = byReport.get(e.reportId());
                out.add(new StoredEvent(e, (String) r[0], Micros.toInstant((Long) r[1]), origins.get(e.id())));
            }
            return out;
        });
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    /** Runs {@code select} (ending in "IN") over the keys in chunks, handing each row to {@code reader}. */
    private static void column(Connection c, String select, List<String> keys, RowReader reader) throws SQLException {
        for (int from = 0; from < keys.size(); from += 500) {
            List<Object> chunk = new ArrayList<>(keys.subList(from, Math.min(keys.size(), from + 500)));
            try (PreparedStatement ps = Sql.prepare(c, select + " (" + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")", chunk);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) reader.read(rs);
            }
        }
    }

    @Override
    public List<Incident> incidents(EventQuery q) {
        Filters f = Filters.of(q, "i", IncidentRows.TEXT_COLUMNS);
        return read("incidents", c -> incidents.select(c, f.where, f.params, Filters.page(q)));
    }

    @Override
    public Optional<Incident> incident(String id) {
        return read("incident " + id, c -> incidents.select(c, " WHERE i.id = ?", List.of(id), "").stream().findFirst());
    }

    @Override
    public Optional<Report> report(String id) {
        return read("report " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM reports WHERE id = ?")) {
                Sql.bindAll(ps, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) return Optional.empty();
                    return Optional.of(new Report(rs.getString("id"), rs.getString("title"), rs.getString("text"), Sql.date(rs, "published"),
                            rs.getString("source"), rs.getString("url"), json.read(rs.getString("dateline_json"), Report.Dateline.class),
                            json.read(rs.getString("sentence_breaks_json"), INTEGERS), rs.getString("origin")));
                }
            }
        });
    }

    @Override
    public List<LeftOut> leftOut(String reportId) {
        return read("left-out acts of report " + reportId, c -> LeftOutRows.select(c, reportId));
    }

    @Override
    public Optional<Story> story(String reportId) {
        return read("the story of report " + reportId, c -> stories.story(c, reportId));
    }

    @Override
    public List<Story> stories(int limit) {
        return read("stories", c -> stories.stories(c, limit));
    }

    @Override
    public List<Change> changes(Instant since) {
        return read("changes", c -> {
            List<Change> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT seq, at_micros, incident_id, kind, revision FROM changes WHERE at_micros > ? ORDER BY seq")) {
                Sql.bindAll(ps, since == null ? Long.MIN_VALUE : Micros.of(since));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Change(rs.getLong("seq"), Micros.toInstant(rs.getLong("at_micros")), rs.getString("incident_id"),
                                Revision.Kind.valueOf(rs.getString("kind")), rs.getInt("revision")));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public List<ControlPeriod> control(String place) {
        String tail = " WHERE e.sub_event_type IN ('GOVERNMENT_REGAINS_TERRITORY', 'NON_STATE_ACTOR_OVERTAKES_TERRITORY', 'NON_VIOLENT_TRANSFER_OF_TERRITORY')"
                + " AND (LOWER(e.location) = ? OR CAST(e.geonameid AS TEXT) = ?) ORDER BY e.date_earliest, e.id";
        String key = place.strip();
        return read("control of " + place, c -> new ControlTimeline().timeline(events.select(c, tail, List.of(key.toLowerCase(Locale.ROOT), key))));
    }

    @Override
    public Map<String, Object> stats() {
        return read("stats", StoreFigures::stats);
    }

    @Override
    public Optional<Event> event(String id) {
        return read("event " + id, c -> events.select(c, " WHERE e.id = ?", List.of(id)).stream().findFirst());
    }

    @Override
    public List<Event> reportEvents(String reportId) {
        return read("events of report " + reportId, c -> events.select(c, " WHERE e.report_id = ? ORDER BY e.seq", List.of(reportId)));
    }

    @Override
    public Optional<Event> original(String eventId) {
        if (event(eventId).isEmpty()) return Optional.empty();
        return read("original of event " + eventId, c -> Optional.of(edits.original(c, eventId)));
    }

    @Override
    public List<HistoryEntry> history(String incidentId) {
        return read("history of " + incidentId, c -> StoreFigures.history(c, incidentId));
    }

    @Override
    public List<AuditEntry> audit(List<String> targetIds) {
        return read("audit log", c -> edits.audit(c, targetIds));
    }

    @Override
    public Set<String> rejected(List<String> eventIds) {
        return read("rejections", c -> edits.rejected(c, eventIds));
    }

    @Override
    public Event edit(String eventId, EventEdit edit, String who, String why) {
        long now = Micros.of(clock.instant());
        return write("the edit of event " + eventId + " was not saved (nothing of it was kept)", c -> edits.edit(c, eventId, edit, who, why, now));
    }

    @Override
    public Incident editIncident(String incidentId, EventEdit edit, String who, String why) {
        long now = Micros.of(clock.instant());
        return write("the edit of incident " + incidentId + " was not saved (nothing of it was kept)",
                c -> edits.editIncident(c, incidentId, edit, who, why, now));
    }

    @Override
    public void reject(String eventId, String who, String why) {
        long now = Micros.of(clock.instant());
        write("the rejection of event " + eventId + " was not saved (nothing of it was kept)", c -> {
            edits.reject(c, eventId, who, why, now);
            return null;
        });
    }

    @Override
    public long sizeBytes() {
        return read("size", StoreFigures::sizeBytes);
    }

    @Override
    public void close() {
        connections.close();
    }
}
