package org.sitrep.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.sitrep.model.Report;
import org.sitrep.model.SitrepException;

/**
 * The one {@link EventStore}: plain JDBC over a single connection, portable SQL that DuckDB and
 * PostgreSQL both run. Each {@link #store} is one transaction: a crash before commit leaves nothing of
 * the report behind, and a rerun stores it whole.
 */
final class JdbcEventStore implements EventStore {
    /** Candidate incidents are those whose dates lie within this many days of the new events. */
    private static final int CANDIDATE_DAYS = 2;
    private static final TypeReference<List<Integer>> INTEGERS = new TypeReference<>() {};
    private final Connection connection;
    private final IncidentBuilder builder;
    private final Clock clock;
    private final Json json = new Json();
    private final ContentHash hash = new ContentHash();
    private final EventRows events = new EventRows(json);
    private final IncidentRows incidents;
    private final AnalystEdits edits;
    private final StoryRows stories = new StoryRows(new StoryMatcher(StoryOptions.defaults()), StoryOptions.defaults().maxDaysApart());

    JdbcEventStore(Connection connection, IncidentBuilder builder, IncidentSummarizer summarizer, Clock clock) {
        this.connection = connection;
        this.builder = builder;
        this.clock = clock;
        this.incidents = new IncidentRows(json, events, summarizer);
        this.edits = new AnalystEdits(json, events, incidents, summarizer);
    }

    @Override
    public StoreResult store(Report report, List<Event> reportEvents, StoryFeatures story) {
        String contentHash = hash.of(report.text());
        List<Event> list = withIds(report, reportEvents);
        try {
            connection.setAutoCommit(false);
            try {
                Optional<String> stored = storedWithHash(contentHash);
                if (stored.isPresent()) {
                    connection.rollback();
                    return new StoreResult(stored.get(), true, 0, List.of(), List.of());
                }
                long now = Micros.of(clock.instant());
                insertReport(report, contentHash, now);
                stories.link(connection, report.id(), story, now);
                for (int i = 0; i < list.size(); i++) events.insert(connection, i, list.get(i));
                IncidentUpdate update = builder.update(candidates(list), report, list);
                Set<String> newIds = new HashSet<>();
                for (Event e : list) newIds.add(e.id());
                long seq = lastChange();
                for (Incident i : update.created()) {
                    incidents.insert(connection, i, now);
                    incidents.insertMembers(connection, i, newIds);
                    change(++seq, now, i.id(), Revision.Kind.CREATED, i.revision());
                }
                for (Incident i : update.revised()) {
                    incidents.update(connection, i, now);
                    incidents.insertMembers(connection, i, newIds);
                    change(++seq, now, i.id(), Revision.Kind.REVISED, i.revision());
                }
                // One history line per incident and report: the last one carries the final picture.
                Map<String, Revision> last = new LinkedHashMap<>();
                for (Revision r : update.revisions()) last.put(r.incidentId(), r);
                for (Revision r : last.values()) incidents.revision(connection, r, now);
                connection.commit();
                return new StoreResult(report.id(), false, list.size(),
                        update.created().stream().map(Incident::id).toList(), update.revised().stream().map(Incident::id).toList());
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new SitrepException(SitrepException.Category.DATA, "report " + report.id() + " was not stored (nothing of it was kept): " + e.getMessage(), e);
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
            out.add(new Event(id, report.id(), e.type(), e.subType(), e.actor1(), e.actor2(), e.associated(), e.location(), e.date(),
                    e.fatalities(), e.claim(), e.sentence(), e.trigger(), e.confidence(), e.evidence(), e.notes()));
        }
        return out;
    }

    private Optional<String> storedWithHash(String contentHash) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT id FROM reports WHERE content_hash = ?")) {
            Sql.bindAll(ps, contentHash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private void insertReport(Report r, String contentHash, long now) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO reports (id, content_hash, title, text, published, source, url, dateline_json, "
                + "sentence_breaks_json, origin, stored_micros) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Sql.bindAll(ps, r.id(), contentHash, r.title(), r.text(), r.published(), r.source(), r.url(), json.write(r.dateline()),
                    json.write(r.sentenceBreaks()), r.origin(), now);
            ps.executeUpdate();
        }
    }

    private List<Incident> candidates(List<Event> list) throws SQLException {
        LocalDate from = null;
        LocalDate to = null;
        for (Event e : list) {
            if (e.date() == null || !e.date().known()) continue;
            if (from == null || e.date().earliest().isBefore(from)) from = e.date().earliest();
            if (to == null || e.date().latest().isAfter(to)) to = e.date().latest();
        }
        if (from == null) return List.of();
        return incidents.select(connection, " WHERE i.date_latest >= ? AND i.date_earliest <= ?",
                List.of(from.minusDays(CANDIDATE_DAYS), to.plusDays(CANDIDATE_DAYS)), "");
    }

    private long lastChange() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM changes")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private void change(long seq, long micros, String incidentId, Revision.Kind kind, int revision) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO changes (seq, at_micros, incident_id, kind, revision) VALUES (?, ?, ?, ?, ?)")) {
            Sql.bindAll(ps, seq, micros, incidentId, kind.name(), revision);
            ps.executeUpdate();
        }
    }

    @Override
    public List<Event> events(EventQuery q) {
        Filters f = Filters.of(q, "e", EventRows.TEXT_COLUMNS);
        try {
            return events.select(connection, f.where + " ORDER BY e.date_earliest, e.report_id, e.seq" + Filters.page(q), f.params);
        } catch (SQLException e) {
            throw failure("events", e);
        }
    }

    @Override
    public List<Incident> incidents(EventQuery q) {
        Filters f = Filters.of(q, "i", IncidentRows.TEXT_COLUMNS);
        try {
            return incidents.select(connection, f.where, f.params, Filters.page(q));
        } catch (SQLException e) {
            throw failure("incidents", e);
        }
    }

    @Override
    public Optional<Report> report(String id) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT * FROM reports WHERE id = ?")) {
            Sql.bindAll(ps, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                return Optional.of(new Report(rs.getString("id"), rs.getString("title"), rs.getString("text"), Sql.date(rs, "published"),
                        rs.getString("source"), rs.getString("url"), json.read(rs.getString("dateline_json"), Report.Dateline.class),
                        json.read(rs.getString("sentence_breaks_json"), INTEGERS), rs.getString("origin")));
            }
        } catch (SQLException e) {
            throw failure("report " + id, e);
        }
    }

    @Override
    public Optional<Story> story(String reportId) {
        try {
            return stories.story(connection, reportId);
        } catch (SQLException e) {
            throw failure("the story of report " + reportId, e);
        }
    }

    @Override
    public List<Story> stories(int limit) {
        try {
            return stories.stories(connection, limit);
        } catch (SQLException e) {
            throw failure("stories", e);
        }
    }

    @Override
    public List<Change> changes(Instant since) {
        List<Change> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT seq, at_micros, incident_id, kind, revision FROM changes WHERE at_micros > ? ORDER BY seq")) {
            Sql.bindAll(ps, since == null ? Long.MIN_VALUE : Micros.of(since));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Change(rs.getLong("seq"), Micros.toInstant(rs.getLong("at_micros")), rs.getString("incident_id"),
                            Revision.Kind.valueOf(rs.getString("kind")), rs.getInt("revision")));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure("changes", e);
        }
    }

    @Override
    public List<ControlPeriod> control(String place) {
        String tail = " WHERE e.sub_event_type IN ('GOVERNMENT_REGAINS_TERRITORY', 'NON_STATE_ACTOR_OVERTAKES_TERRITORY', 'NON_VIOLENT_TRANSFER_OF_TERRITORY')"
                + " AND (LOWER(e.location) = ? OR CAST(e.geonameid AS TEXT) = ?) ORDER BY e.date_earliest, e.id";
        try {
            String key = place.strip();
            return new ControlTimeline().timeline(events.select(connection, tail, List.of(key.toLowerCase(java.util.Locale.ROOT), key)));
        } catch (SQLException e) {
            throw failure("control of " + place, e);
        }
    }

    @Override
    public Map<String, Object> stats() {
        Map<String, Object> out = new LinkedHashMap<>();
        try (Statement s = connection.createStatement()) {
            for (String table : List.of("reports", "events", "incidents", "incident_events", "revisions", "changes", "places", "actors", "sources", "evidence")) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    out.put(table, rs.getLong(1));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT COALESCE(SUM(fatalities), 0) FROM incidents WHERE deleted = FALSE")) {
                rs.next();
                out.put("incident_fatalities", rs.getLong(1));
            }
            out.put("database", connection.getMetaData().getDatabaseProductName());
            return out;
        } catch (SQLException e) {
            throw failure("stats", e);
        }
    }

    @Override
    public Optional<Incident> incident(String id) {
        try {
            return incidents.select(connection, " WHERE i.id = ?", List.of(id), "").stream().findFirst();
        } catch (SQLException e) {
            throw failure("incident " + id, e);
        }
    }

    @Override
    public Optional<Event> event(String id) {
        try {
            return events.select(connection, " WHERE e.id = ?", List.of(id)).stream().findFirst();
        } catch (SQLException e) {
            throw failure("event " + id, e);
        }
    }

    @Override
    public List<Event> reportEvents(String reportId) {
        try {
            return events.select(connection, " WHERE e.report_id = ? ORDER BY e.seq", List.of(reportId));
        } catch (SQLException e) {
            throw failure("events of report " + reportId, e);
        }
    }

    @Override
    public Optional<Event> original(String eventId) {
        if (event(eventId).isEmpty()) return Optional.empty();
        try {
            return Optional.of(edits.original(connection, eventId));
        } catch (SQLException e) {
            throw failure("original of event " + eventId, e);
        }
    }

    @Override
    public List<HistoryEntry> history(String incidentId) {
        List<HistoryEntry> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT revision, at_micros, kind, report_id, summary FROM revisions WHERE incident_id = ? ORDER BY revision")) {
            Sql.bindAll(ps, incidentId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new HistoryEntry(rs.getInt("revision"), Micros.toInstant(rs.getLong("at_micros")), rs.getString("kind"),
                            rs.getString("report_id"), rs.getString("summary")));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure("history of " + incidentId, e);
        }
    }

    @Override
    public List<AuditEntry> audit(List<String> targetIds) {
        try {
            return edits.audit(connection, targetIds);
        } catch (SQLException e) {
            throw failure("audit log", e);
        }
    }

    @Override
    public Set<String> rejected(List<String> eventIds) {
        try {
            return edits.rejected(connection, eventIds);
        } catch (SQLException e) {
            throw failure("rejections", e);
        }
    }

    @Override
    public Event edit(String eventId, EventEdit edit, String who, String why) {
        return review("edit of event " + eventId, () -> edits.edit(connection, eventId, edit, who, why, Micros.of(clock.instant())));
    }

    @Override
    public Incident editIncident(String incidentId, EventEdit edit, String who, String why) {
        return review("edit of incident " + incidentId, () -> edits.editIncident(connection, incidentId, edit, who, why, Micros.of(clock.instant())));
    }

    @Override
    public void reject(String eventId, String who, String why) {
        review("rejection of event " + eventId, () -> {
            edits.reject(connection, eventId, who, why, Micros.of(clock.instant()));
            return null;
        });
    }

    private interface ReviewStep<T> {
        T run() throws SQLException;
    }

    /** One analyst change is one transaction: all of it (edit, audit row, incident revisions) or nothing. */
    private <T> T review(String what, ReviewStep<T> step) {
        try {
            connection.setAutoCommit(false);
            try {
                T out = step.run();
                connection.commit();
                return out;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new SitrepException(SitrepException.Category.DATA, what + " was not saved (nothing of it was kept): " + e.getMessage(), e);
        }
    }

    private static SitrepException failure(String what, SQLException e) {
        return new SitrepException(SitrepException.Category.DATA, "cannot read " + what + " from the store: " + e.getMessage(), e);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new SitrepException(SitrepException.Category.DATA, "cannot close the store: " + e.getMessage(), e);
        }
    }
}
