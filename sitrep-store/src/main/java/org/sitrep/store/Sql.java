package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;

/** Parameter binding and reading shared by the row classes; every statement is a PreparedStatement. */
final class Sql {
    private Sql() {}

    static PreparedStatement prepare(Connection c, String sql, List<Object> params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) bind(ps, i + 1, params.get(i));
        return ps;
    }

    static void bind(PreparedStatement ps, int i, Object value) throws SQLException {
        switch (value) {
            case null -> ps.setNull(i, Types.NULL);
            case String s -> ps.setString(i, s);
            case Integer n -> ps.setInt(i, n);
            case Long n -> ps.setLong(i, n);
            case Double d -> ps.setDouble(i, d);
            case Boolean b -> ps.setBoolean(i, b);
            case LocalDate d -> ps.setObject(i, d);
            default -> throw new org.sitrep.model.SitrepException(org.sitrep.model.SitrepException.Category.INTERNAL, "cannot bind " + value.getClass());
        }
    }

    static String insert(String table, List<String> columns) {
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
    }

    static void bindAll(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) bind(ps, i + 1, values[i]);
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    static Double decimal(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }
}
