package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.LeftOut;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;

/** The left_out table: a report's candidate acts not coded, with why, written in the report's transaction. */
final class LeftOutRows {
    private static final List<String> COLUMNS = List.of("report_id", "seq", "sub_event_type", "trigger_text", "start_offset", "end_offset", "reason");

    private LeftOutRows() {}

    static void insert(Connection c, String reportId, List<LeftOut> leftOut) throws SQLException {
        if (leftOut.isEmpty()) return;
        try (PreparedStatement ps = c.prepareStatement(Sql.insert("left_out", COLUMNS))) {
            for (int i = 0; i < leftOut.size(); i++) {
                LeftOut l = leftOut.get(i);
                Sql.bindAll(ps, reportId, i, l.subType() == null ? null : l.subType().name(), l.text(),
                        l.span() == null ? null : l.span().start(), l.span() == null ? null : l.span().end(), l.reason());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static List<LeftOut> select(Connection c, String reportId) throws SQLException {
        List<LeftOut> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT sub_event_type, trigger_text, start_offset, end_offset, reason FROM left_out"
                + " WHERE report_id = ? ORDER BY seq")) {
            Sql.bindAll(ps, reportId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String sub = rs.getString(1);
                    int start = rs.getInt(3);
                    Span span = rs.wasNull() ? null : new Span(start, rs.getInt(4));
                    out.add(new LeftOut(sub == null ? null : SubEventType.valueOf(sub), rs.getString(2), span, rs.getString(5)));
                }
            }
        }
        return out;
    }
}
