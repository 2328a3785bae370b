package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.incident.Incident;
import org.sitrep.incident.IncidentSummarizer;
import org.sitrep.incident.MergeReason;
import org.sitrep.incident.Revision;
import org.sitrep.model.Event;
import org.sitrep.model.Place;

/**
 * Incidents in and out of the incidents and incident_events tables. The flat incident columns serve
 * queries and exports; an incident read back is rebuilt from its member events by the summarizer, so
 * the two can never tell different stories.
 */
final class IncidentRows {
    static final List<String> TEXT_COLUMNS = List.of("location", "actor1", "actor2");
    private static final int IN_CHUNK = 500;
    private final Json json;
    private final EventRows events;
    private final IncidentSummarizer summarizer;

    IncidentRows(Json json, EventRows events, IncidentSummarizer summarizer) {
        this.json = json;
        this.events = events;
        this.summarizer = summarizer;
    }

    static final List<String> INSERT_COLUMNS = List.of("id", "revision", "event_type", "sub_event_type", "actor1", "actor2", "location", "country", "admin1",
            "lat", "lon", "date_earliest", "date_latest", "fatalities", "fatalities_min", "fatalities_max", "claim_status", "grade", "independent_sources",
            "created_micros", "updated_micros", "deleted", "origin");
    static final List<String> MEMBER_COLUMNS = List.of("incident_id", "event_id", "report_id", "outlet", "seq", "reason_json");
    static final List<String> REVISION_COLUMNS = List.of("incident_id", "revision", "report_id", "kind", "summary", "at_micros");
    static final List<String> CHANGE_COLUMNS = List.of("seq", "at_micros", "incident_id", "kind", "revision");

    void insert(Connection c, Incident i, long micros, String origin) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(Sql.insert("incidents", INSERT_COLUMNS))) {
            Sql.bindAll(ps, values(i, micros, origin));
            ps.executeUpdate();
        }
    }

    static Object[] values(Incident i, long micros, String origin) {
        Object[] summary = summary(i);
        Object[] values = new Object[summary.length + 5];
        values[0] = i.id();
        System.arraycopy(summary, 0, values, 1, summary.length);
        values[summary.length + 1] = micros;
        values[summary.length + 2] = micros;
        values[summary.length + 3] = false;
        values[summary.length + 4] = origin;
        return values;
    }

    Object[] memberValues(Incident i, int n) {
        Incident.Member m = i.members().get(n);
        return new Object[] {i.id(), m.event().id(), m.reportId(), m.outlet(), n, json.write(m.reason())};
    }

    static Object[] revisionValues(Revision r, long micros) {
        return new Object[] {r.incidentId(), r.revision(), r.reportId(), r.kind().name(), r.summary(), micros};
    }

    void update(Connection c, Incident i, long micros) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE incidents SET revision = ?, event_type = ?, sub_event_type = ?, actor1 = ?, actor2 = ?, location = ?, "
                + "country = ?, admin1 = ?, lat = ?, lon = ?, date_earliest = ?, date_latest = ?, fatalities = ?, fatalities_min = ?, fatalities_max = ?, "
                + "claim_status = ?, grade = ?, independent_sources = ?, updated_micros = ? WHERE id = ?")) {
            Object[] summary = summary(i);
            Object[] values = new Object[summary.length + 2];
            System.arraycopy(summary, 0, values, 0, summary.length);
            values[summary.length] = micros;
            values[summary.length + 1] = i.id();
            Sql.bindAll(ps, values);
            if (ps.executeUpdate() != 1) throw new SQLException("incident " + i.id() + " vanished while being revised");
        }
    }

    private static Object[] summary(Incident i) {
        Place p = i.location();
        return new Object[] {i.revision(), i.type() == null ? null : i.type().name(), i.subType() == null ? null : i.subType().name(),
                i.actor1() == null ? null : i.actor1().name(), i.actor2() == null ? null : i.actor2().name(),
                p == null ? null : p.name(), p == null ? null : p.country(), p == null ? null : p.admin1(), p == null ? null : p.lat(), p == null ? null : p.lon(),
                i.date() == null ? null : i.date().earliest(), i.date() == null ? null : i.date().latest(),
                i.casualties().best(), i.casualties().min(), i.casualties().max(),
                i.status() == null ? null : i.status().name(), i.grade(), i.independentSources()};
    }

    /** Adds the members whose events are in {@code newEventIds}, keeping their position in the incident. */
    void insertMembers(Connection c, Incident i, Set<String> newEventIds) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(Sql.insert("incident_events", MEMBER_COLUMNS))) {
            for (int n = 0; n < i.members().size(); n++) {
                if (!newEventIds.contains(i.members().get(n).event().id())) continue;
                Sql.bindAll(ps, memberValues(i, n));
                ps.executeUpdate();
            }
        }
    }

    /** Replaces an incident's member rows with its members now (after a split or merge moved some). */
    void replaceMembers(Connection c, Incident i) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM incident_events WHERE incident_id = ?")) {
            Sql.bindAll(ps, i.id());
            ps.executeUpdate();
        }
        Set<String> all = new HashSet<>();
        for (Incident.Member m : i.members()) all.add(m.event().id());
        insertMembers(c, i, all);
    }

    /** Marks a merged-away incident deleted at its next revision; its id is never reused. */
    void delete(Connection c, String id, int revision, long micros) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE incidents SET deleted = TRUE, revision = ?, updated_micros = ? WHERE id = ?")) {
            Sql.bindAll(ps, revision, micros, id);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM incident_events WHERE incident_id = ?")) {
            Sql.bindAll(ps, id);
            ps.executeUpdate();
        }
    }

    void revision(Connection c, Revision r, long micros) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(Sql.insert("revisions", REVISION_COLUMNS))) {
            Sql.bindAll(ps, revisionValues(r, micros));
            ps.executeUpdate();
        }
    }

    static long lastChange(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM changes")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    static void change(Connection c, long seq, long micros, String incidentId, Revision.Kind kind, int revision) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(Sql.insert("changes", CHANGE_COLUMNS))) {
            Sql.bindAll(ps, seq, micros, incidentId, kind.name(), revision);
            ps.executeUpdate();
        }
    }

    /** Live incidents matching {@code where} (over table alias i), ordered by date and id, rebuilt with their members. */
    List<Incident> select(Connection c, String where, List<Object> params, String page) throws SQLException {
        Map<String, Integer> revisions = new LinkedHashMap<>();
        String filter = where.isEmpty() ? " WHERE i.deleted = FALSE" : where + " AND i.deleted = FALSE";
        try (PreparedStatement ps = Sql.prepare(c, "SELECT i.id, i.revision FROM incidents i" + filter + " ORDER BY i.date_earliest, i.id" + page, params);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) revisions.put(rs.getString("id"), rs.getInt("revision"));
        }
        Map<String, List<Incident.Member>> members = members(c, new ArrayList<>(revisions.keySet()));
        List<Incident> out = new ArrayList<>();
        for (var entry : revisions.entrySet()) {
            List<Incident.Member> list = members.getOrDefault(entry.getKey(), List.of());
            if (!list.isEmpty()) out.add(summarizer.summarize(entry.getKey(), entry.getValue(), list));
        }
        return out;
    }

    /** Members in two steps, as {@link EventRows#select}: the narrow membership rows, then their events by id. */
    private Map<String, List<Incident.Member>> members(Connection c, List<String> ids) throws SQLException {
        record Row(String incidentId, String eventId, String reportId, String outlet, String reason) {}
        List<Row> rows = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
            String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
            String sql = "SELECT incident_id, event_id, report_id, outlet, reason_json FROM incident_events WHERE incident_id IN (" + marks + ") ORDER BY incident_id, seq";
            try (PreparedStatement ps = Sql.prepare(c, sql, new ArrayList<>(chunk)); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) rows.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
            }
        }
        Map<String, Event> byId = events.byIds(c, rows.stream().map(Row::eventId).toList());
        Map<String, List<Incident.Member>> out = new LinkedHashMap<>();
        for (Row r : rows) {
            Event e = byId.get(r.eventId());
            if (e == null) throw new SQLException("incident " + r.incidentId() + " names event " + r.eventId() + ", which is not stored");
            out.computeIfAbsent(r.incidentId(), k -> new ArrayList<>()).add(new Incident.Member(e, r.reportId(), r.outlet(), json.read(r.reason(), MergeReason.class)));
        }
        return out;
    }
}
