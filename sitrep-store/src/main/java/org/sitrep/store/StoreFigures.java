package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Read-only figures about a store: row counts, size on disk, an incident's history. */
final class StoreFigures {
    private static final List<String> COUNTED = List.of("reports", "events", "incidents", "incident_events", "revisions", "changes", "places",
            "actors", "sources", "evidence", "left_out");

    private StoreFigures() {}

    static Map<String, Object> stats(Connection c) throws SQLException {
        Map<String, Object> out = new LinkedHashMap<>();
        try (Statement s = c.createStatement()) {
            for (String table : COUNTED) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    out.put(table, rs.getLong(1));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT COALESCE(SUM(fatalities), 0) FROM incidents WHERE deleted = FALSE")) {
                rs.next();
                out.put("incident_fatalities", rs.getLong(1));
            }
            out.put("database", c.getMetaData().getDatabaseProductName());
        }
        return out;
    }

    /** Bytes on disk: the file for DuckDB, the schema's tables and indexes for PostgreSQL. */
    static long sizeBytes(Connection c) throws SQLException {
        boolean duck = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("duckdb");
        String sql = duck ? "SELECT CAST(SUM(total_blocks * block_size) AS BIGINT) FROM pragma_database_size() WHERE database_name = current_database()"
                : "SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                        + " WHERE n.nspname = current_schema() AND c.relkind = 'r'";
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0L;
        }
    }

    static List<HistoryEntry> history(Connection c, String incidentId) throws SQLException {
        List<HistoryEntry> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT revision, at_micros, kind, report_id, summary FROM revisions WHERE incident_id = ? ORDER BY revision")) {
            Sql.bindAll(ps, incidentId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new HistoryEntry(rs.getInt("revision"), Micros.toInstant(rs.getLong("at_micros")), rs.getString("kind"),
                            rs.getString("report_id"), rs.getString("summary")));
                }
            }
        }
        return out;
    }
}
