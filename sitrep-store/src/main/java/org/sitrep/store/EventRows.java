package org.sitrep.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Actor;
import org.sitrep.model.Claim;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Fatalities;
import org.sitrep.model.Place;
import org.sitrep.model.Sentence;
import org.sitrep.model.Source;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimeSpan;

/**
 * Events in and out of the events table and its satellites (evidence, actors, places, sources). The
 * JSON columns hold every nested value, so an event read back equals the one stored.
 */
final class EventRows {
    static final String COLUMNS = "e.id, e.report_id, e.event_type, e.sub_event_type, e.trigger_word, e.confidence, e.actor1_json, e.actor2_json, "
            + "e.associated_json, e.place_json, e.date_json, e.fatalities_json, e.claim_json, e.sentence_json, e.evidence_json, e.notes_json";
    static final List<String> TEXT_COLUMNS = List.of("sentence_text", "location", "actor1", "actor2");
    private static final TypeReference<List<Actor>> ACTORS = new TypeReference<>() {};
    private static final TypeReference<List<Evidence>> EVIDENCE = new TypeReference<>() {};
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    private static final int IN_CHUNK = 500;
    private final Json json;

    EventRows(Json json) {
        this.json = json;
    }

    /** The events table's written columns, in the order of {@link #values}. */
    static final List<String> INSERT_COLUMNS = List.of("id", "report_id", "seq", "event_type", "sub_event_type", "actor1", "actor2", "location", "geonameid",
            "country", "admin1", "lat", "lon", "geo_precision", "date_earliest", "date_latest", "time_precision", "fatalities", "claim_status", "trigger_word",
            "confidence", "sentence_text", "actor1_json", "actor2_json", "associated_json", "place_json", "date_json", "fatalities_json", "claim_json",
            "sentence_json", "evidence_json", "notes_json", "origin");
    static final List<String> EVIDENCE_COLUMNS = List.of("event_id", "seq", "field", "span_start", "span_end", "text");
    static final List<String> ACTOR_COLUMNS = List.of("event_id", "role", "seq", "name", "country", "inter", "sector", "hedged");
    static final List<String> SOURCE_COLUMNS = List.of("event_id", "seq", "name", "kind", "verb");
    static final List<String> PLACE_COLUMNS = List.of("place_key", "name", "geonameid", "country", "admin1", "admin2", "lat", "lon", "feature_class");

    void insert(Connection c, int seq, Event e, String origin) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(Sql.insert("events", INSERT_COLUMNS))) {
            Sql.bindAll(ps, values(seq, e, origin));
            ps.executeUpdate();
        }
        insertAll(c, "evidence", EVIDENCE_COLUMNS, evidenceRows(e));
        insertAll(c, "actors", ACTOR_COLUMNS, actorRows(e));
        insertAll(c, "sources", SOURCE_COLUMNS, sourceRows(e));
        if (e.location() != null) insertPlace(c, e.location());
    }

    Object[] values(int seq, Event e, String origin) {
        Place p = e.location();
        TimeSpan d = e.date();
        return new Object[] {e.id(), e.reportId(), seq,
                e.type() == null ? null : e.type().name(), e.subType() == null ? null : e.subType().name(),
                e.actor1() == null ? null : e.actor1().name(), e.actor2() == null ? null : e.actor2().name(),
                p == null ? null : p.name(), p == null ? null : p.geonameId(), p == null ? null : p.country(), p == null ? null : p.admin1(),
                p == null ? null : p.lat(), p == null ? null : p.lon(), p == null ? null : p.geoPrecision(),
                d == null ? null : d.earliest(), d == null ? null : d.latest(), d == null ? null : d.precision(),
                e.fatalities() == null ? null : e.fatalities().best(),
                e.claim() == null || e.claim().status() == null ? null : e.claim().status().name(),
                e.trigger(), e.confidence(), e.sentence() == null ? null : e.sentence().text(),
                json.write(e.actor1()), json.write(e.actor2()), json.write(e.associated()), json.write(p), json.write(d),
                json.write(e.fatalities()), json.write(e.claim()), json.write(e.sentence()), json.write(e.evidence()), json.write(e.notes()), origin};
    }

    static List<Object[]> evidenceRows(Event e) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < e.evidence().size(); i++) {
            Evidence ev = e.evidence().get(i);
            rows.add(new Object[] {e.id(), i, ev.field(), ev.span().start(), ev.span().end(), ev.text()});
        }
        return rows;
    }

    static List<Object[]> actorRows(Event e) {
        List<Object[]> rows = new ArrayList<>();
        if (e.actor1() != null) rows.add(actorRow(e.id(), "actor1", 0, e.actor1()));
        if (e.actor2() != null) rows.add(actorRow(e.id(), "actor2", 0, e.actor2()));
        for (int i = 0; i < e.associated().size(); i++) rows.add(actorRow(e.id(), "associated", i, e.associated().get(i)));
        return rows;
    }

    private static Object[] actorRow(String eventId, String role, int seq, Actor a) {
        return new Object[] {eventId, role, seq, a.name(), a.country(), a.inter(), a.sector(), a.hedged()};
    }

    static List<Object[]> sourceRows(Event e) {
        List<Object[]> rows = new ArrayList<>();
        if (e.claim() == null) return rows;
        for (int i = 0; i < e.claim().sources().size(); i++) {
            Source s = e.claim().sources().get(i);
            rows.add(new Object[] {e.id(), i, s.name(), s.kind(), s.verb()});
        }
        return rows;
    }

    private static void insertAll(Connection c, String table, List<String> columns, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) return;
        try (PreparedStatement ps = c.prepareStatement(Sql.insert(table, columns))) {
            for (Object[] row : rows) {
                Sql.bindAll(ps, row);
                ps.executeUpdate();
            }
        }
    }

    /** Places are shared rows keyed by GeoNames id (or name and country when unresolved); first writer wins. */
    static String placeKey(Place p) {
        return p.geonameId() > 0 ? "geonames:" + p.geonameId() : "name:" + p.name() + "|" + p.country() + "|" + p.admin1();
    }

    static Object[] placeValues(Place p) {
        return new Object[] {placeKey(p), p.name(), p.geonameId(), p.country(), p.admin1(), p.admin2(), p.lat(), p.lon(), p.featureClass()};
    }

    private static void insertPlace(Connection c, Place p) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM places WHERE place_key = ?")) {
            Sql.bindAll(q, placeKey(p));
            try (ResultSet rs = q.executeQuery()) {
                if (rs.next()) return;
            }
        }
        insertAll(c, "places", PLACE_COLUMNS, List.<Object[]>of(placeValues(p)));
    }

    /**
     * Events matching {@code tail} (WHERE, ORDER BY, LIMIT over alias e) in its order. Two steps: the ids
     * first, over the narrow filter and sort columns, then the wide rows by id, so a page of 100 out of a
     * million never drags every JSON column of every matching row through the sort.
     */
    List<Event> select(Connection c, String tail, List<Object> params) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = Sql.prepare(c, "SELECT e.id FROM events e" + tail, params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) ids.add(rs.getString(1));
        }
        Map<String, Event> byId = byIds(c, ids);
        List<Event> out = new ArrayList<>(ids.size());
        for (String id : ids) out.add(byId.get(id));
        return out;
    }

    Map<String, Event> byIds(Connection c, List<String> ids) throws SQLException {
        Map<String, Event> out = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            List<Object> chunk = new ArrayList<>(ids.subList(from, Math.min(ids.size(), from + IN_CHUNK)));
            String sql = "SELECT " + COLUMNS + " FROM events e WHERE e.id IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")";
            try (PreparedStatement ps = Sql.prepare(c, sql, chunk); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(rs.getString("id"), read(rs));
            }
        }
        return out;
    }

    Event read(ResultSet rs) throws SQLException {
        String type = rs.getString("event_type");
        String sub = rs.getString("sub_event_type");
        return new Event(rs.getString("id"), rs.getString("report_id"),
                type == null ? null : EventType.valueOf(type), sub == null ? null : SubEventType.valueOf(sub),
                json.read(rs.getString("actor1_json"), Actor.class), json.read(rs.getString("actor2_json"), Actor.class),
                json.read(rs.getString("associated_json"), ACTORS), json.read(rs.getString("place_json"), Place.class),
                json.read(rs.getString("date_json"), TimeSpan.class), json.read(rs.getString("fatalities_json"), Fatalities.class),
                json.read(rs.getString("claim_json"), Claim.class), json.read(rs.getString("sentence_json"), Sentence.class),
                rs.getString("trigger_word"), rs.getDouble("confidence"),
                json.read(rs.getString("evidence_json"), EVIDENCE), json.read(rs.getString("notes_json"), STRINGS));
    }
}
