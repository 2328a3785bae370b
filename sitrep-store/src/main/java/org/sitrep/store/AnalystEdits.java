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
import org.sitrep.incident.Revision;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Place;
import org.sitrep.model.SitrepException;

/**
 * Analyst review inside the store: edits and rejections of events (and of incidents, through their
 * events), each written to the audit log. The events row takes the analyst's value so queries see it;
 * the machine's event is kept whole in event_originals at the first edit. Every incident an edit
 * touches is re-summarized under a new revision with a history line and a change-feed entry.
 * Callers hold the transaction.
 */
final class AnalystEdits {
    private final Json json;
    private final EventRows events;
    private final IncidentRows incidents;
    private final IncidentSummarizer summarizer;

    AnalystEdits(Json json, EventRows events, IncidentRows incidents, IncidentSummarizer summarizer) {
        this.json = json;
        this.events = events;
        this.incidents = incidents;
        this.summarizer = summarizer;
    }

    Event edit(Connection c, String eventId, EventEdit edit, String who, String why, long now) throws SQLException {
        Event before = event(c, eventId);
        Event after = editOne(c, before, edit, who, why, now);
        for (String incidentId : incidentsOf(c, eventId)) {
            resummarize(c, incidentId, now, who + " edited event " + eventId + " (" + String.join(", ", edit.fields()) + ")" + because(why));
        }
        return after;
    }

    Incident editIncident(Connection c, String incidentId, EventEdit edit, String who, String why, long now) throws SQLException {
        Incident before = incident(c, incidentId);
        for (Incident.Member m : before.members()) editOne(c, m.event(), edit, who, "through incident " + incidentId + because(why), now);
        Incident after = resummarize(c, incidentId, now, who + " edited the incident (" + String.join(", ", edit.fields()) + ")" + because(why));
        audit(c, now, who, "incident", incidentId, "edit", json.write(incidentFields(before, edit.fields())),
                json.write(incidentFields(after, edit.fields())), why);
        return after;
    }

    /** Takes the event out of its incidents; an incident left with no events is deleted. The event row stays. */
    void reject(Connection c, String eventId, String who, String why, long now) throws SQLException {
        event(c, eventId);
        if (!rejected(c, List.of(eventId)).isEmpty()) {
            throw new SitrepException(SitrepException.Category.INPUT, "event " + eventId + " is already rejected");
        }
        List<String> owners = incidentsOf(c, eventId);
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM incident_events WHERE event_id = ?")) {
            Sql.bindAll(ps, eventId);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO event_rejections (event_id, incident_id, who, at_micros) VALUES (?, ?, ?, ?)")) {
            Sql.bindAll(ps, eventId, owners.isEmpty() ? null : owners.get(0), who, now);
            ps.executeUpdate();
        }
        audit(c, now, who, "event", eventId, "reject", json.write(Map.of("incidents", owners, "rejected", false)),
                json.write(Map.of("incidents", List.of(), "rejected", true)), why);
        String summary = who + " rejected event " + eventId + because(why);
        for (String incidentId : owners) {
            if (incidents.select(c, " WHERE i.id = ?", List.of(incidentId), "").isEmpty()) delete(c, incidentId, now, summary);
            else resummarize(c, incidentId, now, summary);
        }
    }

    List<AuditEntry> audit(Connection c, List<String> targetIds) throws SQLException {
        List<AuditEntry> out = new ArrayList<>();
        if (targetIds.isEmpty()) return out;
        String marks = String.join(", ", Collections.nCopies(targetIds.size(), "?"));
        try (PreparedStatement ps = Sql.prepare(c, "SELECT seq, at_micros, who, target_kind, target_id, action, before_json, after_json, why FROM audit_log"
                + " WHERE target_id IN (" + marks + ") ORDER BY seq", new ArrayList<>(targetIds)); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new AuditEntry(rs.getLong("seq"), Micros.toInstant(rs.getLong("at_micros")), rs.getString("who"), rs.getString("target_kind"),
                        rs.getString("target_id"), rs.getString("action"), rs.getString("before_json"), rs.getString("after_json"), rs.getString("why")));
            }
        }
        return out;
    }

    /** The machine's event as first stored: the kept original if an analyst edited it, else the row itself. */
    Event original(Connection c, String eventId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT event_json FROM event_originals WHERE event_id = ?")) {
            Sql.bindAll(ps, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) return json.read(rs.getString(1), Event.class);
            }
        }
        return event(c, eventId);
    }

    Set<String> rejected(Connection c, List<String> eventIds) throws SQLException {
        Set<String> out = new HashSet<>();
        if (eventIds.isEmpty()) return out;
        String marks = String.join(", ", Collections.nCopies(eventIds.size(), "?"));
        try (PreparedStatement ps = Sql.prepare(c, "SELECT event_id FROM event_rejections WHERE event_id IN (" + marks + ")", new ArrayList<>(eventIds));
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    Event event(Connection c, String eventId) throws SQLException {
        List<Event> found = events.select(c, " WHERE e.id = ?", List.of(eventId));
        if (found.isEmpty()) throw new SitrepException(SitrepException.Category.INPUT, "no event " + eventId + " in the store");
        return found.get(0);
    }

    private Incident incident(Connection c, String incidentId) throws SQLException {
        List<Incident> found = incidents.select(c, " WHERE i.id = ?", List.of(incidentId), "");
        if (found.isEmpty()) throw new SitrepException(SitrepException.Category.INPUT, "no live incident " + incidentId + " in the store");
        return found.get(0);
    }

    private Event editOne(Connection c, Event before, EventEdit edit, String who, String why, long now) throws SQLException {
        Event after = edit.applyTo(before);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO event_originals (event_id, event_json, saved_micros) SELECT ?, ?, ? "
                + "WHERE NOT EXISTS (SELECT 1 FROM event_originals WHERE event_id = ?)")) {
            Sql.bindAll(ps, before.id(), json.write(before), now, before.id());
            ps.executeUpdate();
        }
        update(c, after);
        audit(c, now, who, "event", before.id(), "edit", json.write(eventFields(before, edit.fields())), json.write(eventFields(after, edit.fields())), why);
        return after;
    }

    /** Rewrites the query columns and JSON columns an edit can change, and the event's two actor rows. */
    private void update(Connection c, Event e) throws SQLException {
        Place p = e.location();
        try (PreparedStatement ps = c.prepareStatement("UPDATE events SET event_type = ?, sub_event_type = ?, actor1 = ?, actor2 = ?, location = ?, geonameid = ?, "
                + "country = ?, admin1 = ?, lat = ?, lon = ?, geo_precision = ?, date_earliest = ?, date_latest = ?, time_precision = ?, fatalities = ?, "
                + "actor1_json = ?, actor2_json = ?, place_json = ?, date_json = ?, fatalities_json = ? WHERE id = ?")) {
            Sql.bindAll(ps, e.type() == null ? null : e.type().name(), e.subType() == null ? null : e.subType().name(),
                    e.actor1() == null ? null : e.actor1().name(), e.actor2() == null ? null : e.actor2().name(),
                    p == null ? null : p.name(), p == null ? null : p.geonameId(), p == null ? null : p.country(), p == null ? null : p.admin1(),
                    p == null ? null : p.lat(), p == null ? null : p.lon(), p == null ? null : p.geoPrecision(),
                    e.date() == null ? null : e.date().earliest(), e.date() == null ? null : e.date().latest(), e.date() == null ? null : e.date().precision(),
                    e.fatalities() == null ? null : e.fatalities().best(),
                    json.write(e.actor1()), json.write(e.actor2()), json.write(p), json.write(e.date()), json.write(e.fatalities()), e.id());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM actors WHERE event_id = ? AND role IN ('actor1', 'actor2')")) {
            Sql.bindAll(ps, e.id());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO actors (event_id, role, seq, name, country, inter, sector, hedged) VALUES (?, ?, 0, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<String, Actor> a : actors(e).entrySet()) {
                Sql.bindAll(ps, e.id(), a.getKey(), a.getValue().name(), a.getValue().country(), a.getValue().inter(), a.getValue().sector(), a.getValue().hedged());
                ps.executeUpdate();
            }
        }
    }

    private static Map<String, Actor> actors(Event e) {
        Map<String, Actor> out = new LinkedHashMap<>();
        if (e.actor1() != null) out.put("actor1", e.actor1());
        if (e.actor2() != null) out.put("actor2", e.actor2());
        return out;
    }

    private Incident resummarize(Connection c, String incidentId, long now, String summary) throws SQLException {
        Incident current = incident(c, incidentId);
        Incident next = summarizer.summarize(incidentId, current.revision() + 1, current.members());
        incidents.update(c, next, now);
        incidents.revision(c, new Revision(incidentId, next.revision(), null, Revision.Kind.REVISED, summary), now);
        change(c, now, incidentId, Revision.Kind.REVISED, next.revision());
        return next;
    }

    private void delete(Connection c, String incidentId, long now, String summary) throws SQLException {
        int revision;
        try (PreparedStatement ps = c.prepareStatement("SELECT revision FROM incidents WHERE id = ?")) {
            Sql.bindAll(ps, incidentId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                revision = rs.getInt(1) + 1;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE incidents SET deleted = TRUE, revision = ?, updated_micros = ? WHERE id = ?")) {
            Sql.bindAll(ps, revision, now, incidentId);
            ps.executeUpdate();
        }
        incidents.revision(c, new Revision(incidentId, revision, null, Revision.Kind.DELETED, summary), now);
        change(c, now, incidentId, Revision.Kind.DELETED, revision);
    }

    private static void change(Connection c, long now, String incidentId, Revision.Kind kind, int revision) throws SQLException {
        long seq = next(c, "changes");
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO changes (seq, at_micros, incident_id, kind, revision) VALUES (?, ?, ?, ?, ?)")) {
            Sql.bindAll(ps, seq, now, incidentId, kind.name(), revision);
            ps.executeUpdate();
        }
    }

    static void audit(Connection c, long now, String who, String kind, String target, String action, String before, String after, String why)
            throws SQLException {
        long seq = next(c, "audit_log");
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log (seq, at_micros, who, target_kind, target_id, action, before_json, after_json, why) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Sql.bindAll(ps, seq, now, who, kind, target, action, before, after, why);
            ps.executeUpdate();
        }
    }

    /** Next sequence number of a table with a seq column; the table name is one of two constants. */
    private static long next(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(seq), 0) + 1 FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> incidentsOf(Connection c, String eventId) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT incident_id FROM incident_events WHERE event_id = ? ORDER BY incident_id")) {
            Sql.bindAll(ps, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static Map<String, Object> eventFields(Event e, List<String> fields) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String f : fields) {
            switch (f) {
                case "type" -> {
                    out.put("type", e.type() == null ? null : e.type().label());
                    out.put("sub_type", e.subType() == null ? null : e.subType().label());
                }
                case "place" -> out.put("place", e.location());
                case "date" -> out.put("date", e.date());
                case "fatalities" -> out.put("fatalities", e.fatalities() == null ? null : e.fatalities().best());
                case "actor1" -> out.put("actor1", e.actor1() == null ? null : e.actor1().name());
                case "actor2" -> out.put("actor2", e.actor2() == null ? null : e.actor2().name());
                default -> throw new IllegalStateException(f);
            }
        }
        return out;
    }

    private static Map<String, Object> incidentFields(Incident i, List<String> fields) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String f : fields) {
            switch (f) {
                case "type" -> {
                    out.put("type", i.type() == null ? null : i.type().label());
                    out.put("sub_type", i.subType() == null ? null : i.subType().label());
                }
                case "place" -> out.put("place", i.location());
                case "date" -> out.put("date", i.date());
                case "fatalities" -> out.put("fatalities", i.casualties().best());
                case "actor1" -> out.put("actor1", i.actor1() == null ? null : i.actor1().name());
                case "actor2" -> out.put("actor2", i.actor2() == null ? null : i.actor2().name());
                default -> throw new IllegalStateException(f);
            }
        }
        return out;
    }

    private static String because(String why) {
        return why == null || why.isBlank() ? "" : ": " + why.strip();
    }
}
