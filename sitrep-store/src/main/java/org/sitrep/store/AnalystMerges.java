package org.sitrep.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.incident.Incident;
import org.sitrep.incident.IncidentSummarizer;
import org.sitrep.incident.Revision;
import org.sitrep.model.SitrepException;

/**
 * An analyst's corrections to the merging: split an incident, merge two. Both keep ids stable (the
 * split-off part gets a new id derived from what was split, so replaying the same edit gives the same
 * id), recompute the summaries, and leave a revision, a change and an analyst_edits line. A split also
 * records each moved event as kept apart from each remaining one (separations); ingest only ever adds
 * new events to incidents, so nothing re-merges them, and only an explicit merge lifts the separation.
 */
// analyst merges and splits; field edits of one event live in AnalystEdits
final class AnalystMerges {
    private final IncidentRows incidents;
    private final IncidentSummarizer summarizer;
    private final Json json;

    AnalystMerges(IncidentRows incidents, IncidentSummarizer summarizer, Json json) {
        this.incidents = incidents;
        this.summarizer = summarizer;
        this.json = json;
    }

    Incident split(Connection c, String incidentId, List<String> eventIds, String who, String why, long now) throws SQLException {
        Incident incident = live(c, incidentId);
        Set<String> moving = new LinkedHashSet<>(eventIds);
        Set<String> members = new LinkedHashSet<>();
        for (Incident.Member m : incident.members()) members.add(m.event().id());
        for (String id : moving) {
            if (!members.contains(id)) throw input("event " + id + " is not in incident " + incidentId + " (its events: " + String.join(", ", members) + ")");
        }
        if (moving.isEmpty() || moving.size() == members.size()) throw input("a split must leave at least one event in " + incidentId + " and move at least one");
        List<Incident.Member> keep = new ArrayList<>();
        List<Incident.Member> moved = new ArrayList<>();
        for (Incident.Member m : incident.members()) (moving.contains(m.event().id()) ? moved : keep).add(m);
        // The first moved event opens the new incident: it was merged with nothing there.
        Incident.Member head = moved.get(0);
        moved.set(0, new Incident.Member(head.event(), head.reportId(), head.outlet(), null));
        String newId = newId(c, incidentId, moving);
        Incident remaining = summarizer.summarize(incidentId, incident.revision() + 1, keep);
        Incident split = summarizer.summarize(newId, 1, moved);
        incidents.update(c, remaining, now);
        incidents.replaceMembers(c, remaining);
        incidents.insert(c, split, now, origin(c, incidentId));
        incidents.insertMembers(c, split, moving);
        String note = " by " + name(who) + ": " + reason(why);
        incidents.revision(c, new Revision(incidentId, remaining.revision(), null, Revision.Kind.REVISED, "split: events " + String.join(", ", moving)
                + " moved to " + newId + note), now);
        incidents.revision(c, new Revision(newId, 1, null, Revision.Kind.CREATED, "split from " + incidentId + note), now);
        long seq = IncidentRows.lastChange(c);
        IncidentRows.change(c, ++seq, now, incidentId, Revision.Kind.REVISED, remaining.revision());
        IncidentRows.change(c, ++seq, now, newId, Revision.Kind.CREATED, 1);
        try (PreparedStatement ps = c.prepareStatement(Sql.insert("separations", List.of("event_id", "apart_from", "who", "why", "at_micros")))) {
            for (Incident.Member m : moved) {
                for (Incident.Member k : keep) {
                    Sql.bindAll(ps, m.event().id(), k.event().id(), who, why, now);
                    ps.executeUpdate();
                }
            }
        }
        log(c, "SPLIT", incidentId, newId, new ArrayList<>(moving), who, why, now);
        return split;
    }

    Incident merge(Connection c, String idA, String idB, String who, String why, long now) throws SQLException {
        if (idA.equals(idB)) throw input("cannot merge incident " + idA + " with itself");
        Incident a = live(c, idA);
        Incident b = live(c, idB);
        if (!origin(c, idA).equals(origin(c, idB))) throw input("incidents " + idA + " and " + idB + " come from different origins and are kept apart");
        Incident merged = join(c, a, b, " by " + name(who) + ": " + reason(why), now);
        List<Incident.Member> members = merged.members();
        List<Object> ids = new ArrayList<>();
        for (Incident.Member m : members) ids.add(m.event().id());
        String marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
        List<Object> params = new ArrayList<>(ids);
        params.addAll(ids);
        try (PreparedStatement ps = Sql.prepare(c, "DELETE FROM separations WHERE event_id IN (" + marks + ") AND apart_from IN (" + marks + ")", params)) {
            ps.executeUpdate();
        }
        log(c, "MERGE", idA, idB, b.members().stream().map(m -> m.event().id()).toList(), who, why, now);
        return merged;
    }

    /**
     * Moves b's events into a (a's id stays, b is deleted at its next revision), with a revision and a change on
     * each; {@code note} ends both revision lines. Shared by an analyst's merge and ingest's story folds.
     */
    Incident join(Connection c, Incident a, Incident b, String note, long now) throws SQLException {
        List<Incident.Member> members = new ArrayList<>(a.members());
        members.addAll(b.members());
        Incident merged = summarizer.summarize(a.id(), a.revision() + 1, members);
        incidents.update(c, merged, now);
        incidents.replaceMembers(c, merged);
        incidents.delete(c, b.id(), b.revision() + 1, now);
        incidents.revision(c, new Revision(a.id(), merged.revision(), null, Revision.Kind.REVISED, "merged with " + b.id() + note), now);
        incidents.revision(c, new Revision(b.id(), b.revision() + 1, null, Revision.Kind.DELETED, "merged into " + a.id() + note), now);
        long seq = IncidentRows.lastChange(c);
        IncidentRows.change(c, ++seq, now, a.id(), Revision.Kind.REVISED, merged.revision());
        IncidentRows.change(c, ++seq, now, b.id(), Revision.Kind.DELETED, b.revision() + 1);
        return merged;
    }

    private Incident live(Connection c, String id) throws SQLException {
        List<Incident> found = incidents.select(c, " WHERE i.id = ?", List.of(id), "");
        if (found.isEmpty()) throw input("no live incident " + id + " (see sitrep incidents)");
        return found.get(0);
    }

    private static String origin(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = Sql.prepare(c, "SELECT origin FROM incidents WHERE id = ?", List.of(id)); ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getString(1) != null ? rs.getString(1) : EventQuery.SITREP;
        }
    }

    /** Derived from the incident and the moved events, so the same split replayed on a fresh store gives the same id. */
    private static String newId(Connection c, String incidentId, Set<String> moving) throws SQLException {
        String base;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((incidentId + "\u0000split\u0000" + String.join("\u0000", new TreeSet<>(moving)))
                    .getBytes(StandardCharsets.UTF_8));
            base = "inc-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new SitrepException(SitrepException.Category.INTERNAL, "SHA-256 is missing from this JVM", e);
        }
        String id = base;
        for (int n = 2; taken(c, id); n++) id = base + "-" + n;
        return id;
    }

    private static boolean taken(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = Sql.prepare(c, "SELECT 1 FROM incidents WHERE id = ?", List.of(id)); ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    private void log(Connection c, String kind, String incidentId, String otherId, List<String> eventIds, String who, String why, long now) throws SQLException {
        long seq;
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM analyst_edits"); ResultSet rs = ps.executeQuery()) {
            seq = rs.next() ? rs.getLong(1) + 1 : 1;
        }
        try (PreparedStatement ps = c.prepareStatement(Sql.insert("analyst_edits",
                List.of("seq", "kind", "incident_id", "other_incident_id", "event_ids_json", "who", "why", "at_micros")))) {
            Sql.bindAll(ps, seq, kind, incidentId, otherId, json.write(eventIds), who, why, now);
            ps.executeUpdate();
        }
        // the same change in the audit log the server shows, on both incidents
        String action = kind.toLowerCase(java.util.Locale.ROOT);
        String moved = json.write(java.util.Map.of("incidents", List.of(incidentId, otherId), "events", eventIds));
        for (String target : List.of(incidentId, otherId)) {
            AnalystEdits.audit(c, now, name(who), "incident", target, action, null, moved, why);
        }
    }

    private static String name(String who) {
        return who == null || who.isBlank() ? "an analyst" : who;
    }

    private static String reason(String why) {
        return why == null || why.isBlank() ? "no reason given" : why;
    }

    private static SitrepException input(String message) {
        return new SitrepException(SitrepException.Category.INPUT, message);
    }
}
