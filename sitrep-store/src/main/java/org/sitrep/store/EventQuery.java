package org.sitrep.store;

import java.time.LocalDate;
import org.sitrep.model.EventType;

/**
 * Filters for events and incidents; null means no filter. {@code since}/{@code until} keep what may
 * have happened on or between those days (range overlap). {@code text} is a case-insensitive substring
 * of the sentence, place or actors; {@code actor} one of actor1 or actor2. {@code origin} is the
 * dataset ({@value #SITREP}, {@code acled}, ...). {@code limit} 0 means no limit.
 */
public record EventQuery(LocalDate since, LocalDate until, String country, EventType type, BoundingBox bbox, String text, String actor,
                         String origin, int limit, int offset) {
    public static final String SITREP = "sitrep";

    public EventQuery {
        if (limit < 0 || offset < 0) throw new IllegalArgumentException("limit and offset must be 0 or more");
        if (since != null && until != null && until.isBefore(since)) throw new IllegalArgumentException("until " + until + " is before since " + since);
    }

    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, null, null, null, 0, 0);
    }

    public EventQuery between(LocalDate from, LocalDate to) {
        return new EventQuery(from, to, country, type, bbox, text, actor, origin, limit, offset);
    }

    public EventQuery inCountry(String iso2) {
        return new EventQuery(since, until, iso2, type, bbox, text, actor, origin, limit, offset);
    }

    public EventQuery ofType(EventType t) {
        return new EventQuery(since, until, country, t, bbox, text, actor, origin, limit, offset);
    }

    public EventQuery within(BoundingBox box) {
        return new EventQuery(since, until, country, type, box, text, actor, origin, limit, offset);
    }

    public EventQuery matching(String words) {
        return new EventQuery(since, until, country, type, bbox, words, actor, origin, limit, offset);
    }

    public EventQuery involving(String actorName) {
        return new EventQuery(since, until, country, type, bbox, text, actorName, origin, limit, offset);
    }

    public EventQuery fromOrigin(String dataset) {
        return new EventQuery(since, until, country, type, bbox, text, actor, dataset, limit, offset);
    }

    public EventQuery page(int newLimit, int newOffset) {
        return new EventQuery(since, until, country, type, bbox, text, actor, origin, newLimit, newOffset);
    }

    /** West, south, east, north in degrees, as GeoJSON orders a bbox. */
    public record BoundingBox(double minLon, double minLat, double maxLon, double maxLat) {
        public BoundingBox {
            if (minLat > maxLat || minLon > maxLon) throw new IllegalArgumentException("bbox must be west,south,east,north");
        }

        /** Parses "W,S,E,N". */
        public static BoundingBox parse(String text) {
            String[] p = text.split(",");
            if (p.length != 4) throw new IllegalArgumentException("bbox must be four numbers W,S,E,N, not " + text);
            return new BoundingBox(Double.parseDouble(p[0].strip()), Double.parseDouble(p[1].strip()), Double.parseDouble(p[2].strip()), Double.parseDouble(p[3].strip()));
        }
    }
}
