package org.sitrep.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns an {@link EventQuery} into a WHERE clause with parameters. Events and incidents share the
 * column names it uses (date_earliest, date_latest, country, event_type, lat, lon, location, actor1,
 * actor2, origin); {@code textColumns} names what the free-text filter searches.
 */
final class Filters {
    final String where;
    final List<Object> params;

    private Filters(String where, List<Object> params) {
        this.where = where;
        this.params = params;
    }

    static Filters of(EventQuery q, String alias, List<String> textColumns) {
        String p = alias.isEmpty() ? "" : alias + ".";
        List<String> clauses = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (q.since() != null) {
            clauses.add(p + "date_latest >= ?");
            params.add(q.since());
        }
        if (q.until() != null) {
            clauses.add(p + "date_earliest <= ?");
            params.add(q.until());
        }
        if (q.country() != null) {
            clauses.add("UPPER(" + p + "country) = ?");
            params.add(q.country().strip().toUpperCase(Locale.ROOT));
        }
        if (q.type() != null) {
            clauses.add(p + "event_type = ?");
            params.add(q.type().name());
        }
        if (q.bbox() != null) {
            clauses.add(p + "lat BETWEEN ? AND ? AND " + p + "lon BETWEEN ? AND ?");
            params.add(q.bbox().minLat());
            params.add(q.bbox().maxLat());
            params.add(q.bbox().minLon());
            params.add(q.bbox().maxLon());
        }
        if (q.actor() != null && !q.actor().isBlank()) {
            String like = like(q.actor());
            clauses.add("(LOWER(" + p + "actor1) LIKE ? ESCAPE '\\' OR LOWER(" + p + "actor2) LIKE ? ESCAPE '\\')");
            params.add(like);
            params.add(like);
        }
        if (q.origin() != null && !q.origin().isBlank()) {
            clauses.add(p + "origin = ?");
            params.add(q.origin().strip().toLowerCase(Locale.ROOT));
        }
        if (q.text() != null && !q.text().isBlank()) {
            String like = like(q.text());
            List<String> ors = new ArrayList<>();
            for (String c : textColumns) {
                ors.add("LOWER(" + p + c + ") LIKE ? ESCAPE '\\'");
                params.add(like);
            }
            clauses.add("(" + String.join(" OR ", ors) + ")");
        }
        return new Filters(clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses), params);
    }

    /** A LIKE pattern for a case-insensitive substring, with LIKE's wildcards in the input taken literally. */
    private static String like(String words) {
        return "%" + words.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** LIMIT/OFFSET as literals: both are validated non-negative ints, and drivers differ on binding them. */
    static String page(EventQuery q) {
        return (q.limit() > 0 ? " LIMIT " + q.limit() : "") + (q.offset() > 0 ? " OFFSET " + q.offset() : "");
    }
}
