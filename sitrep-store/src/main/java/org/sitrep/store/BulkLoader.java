package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.incident.Incident;
import org.sitrep.incident.IncidentBuilder;
import org.sitrep.incident.IncidentUpdate;
import org.sitrep.incident.Revision;
import org.sitrep.model.Event;
import org.sitrep.model.Report;

/**
 * The bulk path for events coded elsewhere: a whole batch in one transaction through the database's
 * bulk writer (DuckDB Appender, PostgreSQL COPY) instead of a statement per row. Each event opens its
 * own incident (the source already decided what one event is), so no candidate search is needed.
 */
final class BulkLoader {
    static final List<String> REPORT_COLUMNS = List.of("id", "content_hash", "title", "text", "published", "source", "url", "dateline_json",
            "sentence_breaks_json", "origin", "stored_micros");
    private static final int IN_CHUNK = 1000;
    private final EventRows events;
    private final IncidentRows incidents;
    private final IncidentBuilder builder;
    private final ContentHash hash;
    private final Json json;
    private final BulkTables tables;

    BulkLoader(EventRows events, IncidentRows incidents, IncidentBuilder builder, ContentHash hash, Json json, BulkTables tables) {
        this.events = events;
        this.incidents = incidents;
        this.builder = builder;
        this.hash = hash;
        this.json = json;
        this.tables = tables;
    }

    static Object[] reportValues(Json json, Report r, String contentHash, long now) {
        return new Object[] {r.id(), contentHash, r.title(), r.text(), r.published(), r.source(), r.url(), json.write(r.dateline()),
                json.write(r.sentenceBreaks()), r.origin(), now};
    }

    BulkResult store(Connection c, List<CodedReport> batch, String origin, long now) throws SQLException {
        // A coded report is known by its origin and id (an ACLED event_id_cnty): importing an export again changes nothing.
        Map<String, CodedReport> byKey = new LinkedHashMap<>();
        for (CodedReport r : batch) byKey.putIfAbsent(hash.of(origin + "\u0000" + r.report().id()), r);
        Set<String> stored = existing(c, "reports", "content_hash", byKey.keySet());
        Set<String> places = new HashSet<>();
        for (var entry : byKey.entrySet()) {
            if (stored.contains(entry.getKey())) continue;
            for (Event e : entry.getValue().events()) if (e.location() != null) places.add(EventRows.placeKey(e.location()));
        }
        Set<String> knownPlaces = existing(c, "places", "place_key", places);
        int reports = 0;
        int eventCount = 0;
        int incidentCount = 0;
        long seq = IncidentRows.lastChange(c);
        try (BulkTables.BulkTable reportRows = tables.open(c, "reports", REPORT_COLUMNS);
             BulkTables.BulkTable eventRows = tables.open(c, "events", EventRows.INSERT_COLUMNS);
             BulkTables.BulkTable evidenceRows = tables.open(c, "evidence", EventRows.EVIDENCE_COLUMNS);
             BulkTables.BulkTable actorRows = tables.open(c, "actors", EventRows.ACTOR_COLUMNS);
             BulkTables.BulkTable sourceRows = tables.open(c, "sources", EventRows.SOURCE_COLUMNS);
             BulkTables.BulkTable placeRows = tables.open(c, "places", EventRows.PLACE_COLUMNS);
             BulkTables.BulkTable incidentRows = tables.open(c, "incidents", IncidentRows.INSERT_COLUMNS);
             BulkTables.BulkTable memberRows = tables.open(c, "incident_events", IncidentRows.MEMBER_COLUMNS);
             BulkTables.BulkTable revisionRows = tables.open(c, "revisions", IncidentRows.REVISION_COLUMNS);
             BulkTables.BulkTable changeRows = tables.open(c, "changes", IncidentRows.CHANGE_COLUMNS)) {
            for (var entry : byKey.entrySet()) {
                if (stored.contains(entry.getKey())) continue;
                Report report = entry.getValue().report();
                List<Event> list = entry.getValue().events();
                reportRows.row(reportValues(json, report, entry.getKey(), now));
                reports++;
                for (int i = 0; i < list.size(); i++) {
                    Event e = list.get(i);
                    eventRows.row(events.values(i, e, origin));
                    for (Object[] row : EventRows.evidenceRows(e)) evidenceRows.row(row);
                    for (Object[] row : EventRows.actorRows(e)) actorRows.row(row);
                    for (Object[] row : EventRows.sourceRows(e)) sourceRows.row(row);
                    if (e.location() != null && knownPlaces.add(EventRows.placeKey(e.location()))) placeRows.row(EventRows.placeValues(e.location()));
                }
                eventCount += list.size();
                IncidentUpdate update = builder.update(List.of(), report, list);
                for (Incident incident : update.created()) {
                    incidentRows.row(IncidentRows.values(incident, now, origin));
                    for (int n = 0; n < incident.members().size(); n++) memberRows.row(incidents.memberValues(incident, n));
                    changeRows.row(new Object[] {++seq, now, incident.id(), Revision.Kind.CREATED.name(), incident.revision()});
                    incidentCount++;
                }
                for (Revision r : update.revisions()) revisionRows.row(IncidentRows.revisionValues(r, now));
            }
        }
        return new BulkResult(reports, byKey.size() - reports + (batch.size() - byKey.size()), eventCount, incidentCount);
    }

    /** Which of {@code keys} the column already holds. */
    private static Set<String> existing(Connection c, String table, String column, Collection<String> keys) throws SQLException {
        Set<String> out = new HashSet<>();
        List<String> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            List<Object> chunk = new ArrayList<>(all.subList(from, Math.min(all.size(), from + IN_CHUNK)));
            String sql = "SELECT " + column + " FROM " + table + " WHERE " + column + " IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")";
            try (PreparedStatement ps = Sql.prepare(c, sql, chunk); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
        }
        return out;
    }
}
