package org.sitrep.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.EventType;
import org.sitrep.store.EventQuery;

/**
 * The filters and paging of a list request, validated: since, until (YYYY-MM-DD), country (ISO2),
 * type (ACLED label or enum name), actor (substring), bbox (west,south,east,north), q (text),
 * limit (1..1000, default 100), offset, format (json or geojson). Unknown parameters are refused so
 * a typo does not silently return everything.
 */
record ListRequest(EventQuery query, String actor, int limit, int offset, boolean geojson) {
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;
    private static final Set<String> KNOWN = Set.of("since", "until", "country", "type", "actor", "bbox", "q", "limit", "offset", "format");

    static ListRequest of(Context ctx) {
        for (String name : ctx.queryParamMap().keySet()) {
            if (!KNOWN.contains(name)) throw ApiException.badRequest("unknown parameter '" + name + "'; known: " + String.join(", ", KNOWN.stream().sorted().toList()));
        }
        LocalDate since = date(ctx, "since");
        LocalDate until = date(ctx, "until");
        if (since != null && until != null && until.isBefore(since)) throw ApiException.badRequest("until " + until + " is before since " + since);
        EventQuery q = EventQuery.all().between(since, until);
        String country = param(ctx, "country");
        if (country != null) {
            if (!country.matches("[A-Za-z]{2}")) throw ApiException.badRequest("country must be a two-letter ISO code such as SY, not '" + country + "'");
            q = q.inCountry(country.toUpperCase(Locale.ROOT));
        }
        String type = param(ctx, "type");
        if (type != null) q = q.ofType(type(type));
        String bbox = param(ctx, "bbox");
        if (bbox != null) q = q.within(bbox(bbox));
        String text = param(ctx, "q");
        if (text != null) q = q.matching(text);
        int limit = integer(ctx, "limit", DEFAULT_LIMIT);
        if (limit < 1 || limit > MAX_LIMIT) throw ApiException.badRequest("limit must be 1.." + MAX_LIMIT + ", not " + limit);
        int offset = integer(ctx, "offset", 0);
        if (offset < 0) throw ApiException.badRequest("offset must be 0 or more, not " + offset);
        String format = param(ctx, "format");
        if (format != null && !format.equals("json") && !format.equals("geojson")) throw ApiException.badRequest("format must be json or geojson, not '" + format + "'");
        return new ListRequest(q, param(ctx, "actor"), limit, offset, "geojson".equals(format));
    }

    /** The store query for one page; with an actor filter the page is cut after filtering, so the store returns all. */
    EventQuery page() {
        return actor == null ? query.page(limit, offset) : query;
    }

    static EventType type(String value) {
        EventType byLabel = EventType.fromLabel(value);
        if (byLabel != null) return byLabel;
        try {
            return EventType.valueOf(value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('/', '_'));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("unknown event type '" + value + "'; use one of: Battles, Explosions/Remote violence, Violence against civilians, "
                    + "Protests, Riots, Strategic developments");
        }
    }

    private static EventQuery.BoundingBox bbox(String value) {
        String[] parts = value.split(",");
        if (parts.length != 4) throw ApiException.badRequest("bbox must be four numbers west,south,east,north, e.g. 40.5,34.2,41.2,34.7");
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw ApiException.badRequest("bbox value '" + parts[i] + "' is not a number");
            }
        }
        if (v[1] < -90 || v[3] > 90 || v[0] < -180 || v[2] > 180) throw ApiException.badRequest("bbox is outside -180..180 longitude or -90..90 latitude");
        try {
            return new EventQuery.BoundingBox(v[0], v[1], v[2], v[3]);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("bbox must be west,south,east,north with west <= east and south <= north");
        }
    }

    static LocalDate date(Context ctx, String name) {
        String value = param(ctx, name);
        if (value == null) return null;
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name + " must be a date YYYY-MM-DD, not '" + value + "'");
        }
    }

    private static int integer(Context ctx, String name, int fallback) {
        String value = param(ctx, name);
        if (value == null) return fallback;
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be a whole number, not '" + value + "'");
        }
    }

    static String param(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v.strip();
    }
}
