package org.sitrep.cli;

import java.time.LocalDate;
import org.sitrep.model.EventType;
import org.sitrep.model.SitrepException;
import org.sitrep.store.EventQuery;
import picocli.CommandLine.Option;

/** The store and the filters every query and export command shares (a picocli mixin). */
final class QueryOptions {
    @Option(names = "--db", description = "JDBC URL: jdbc:duckdb:FILE (default sitrep.duckdb) or jdbc:postgresql://HOST:PORT/DB.")
    String db;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Keep what may have happened on or after this day.")
    LocalDate since;

    @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "Keep what may have happened on or before this day.")
    LocalDate until;

    @Option(names = "--country", paramLabel = "ISO2")
    String country;

    @Option(names = "--type", description = "ACLED event type, e.g. \"Battles\".")
    String type;

    @Option(names = "--bbox", paramLabel = "W,S,E,N", description = "Bounding box in degrees: west,south,east,north.")
    String bbox;

    @Option(names = "--actor", description = "Part of actor1's or actor2's name, any case.")
    String actor;

    @Option(names = "--text", description = "Part of the sentence, place or actors, any case.")
    String text;

    @Option(names = "--origin", description = "Dataset: sitrep (extracted here), acled (imported), synthetic (bench).")
    String origin;

    @Option(names = "--limit", defaultValue = "0", description = "At most this many (default: all).")
    int limit;

    @Option(names = "--offset", defaultValue = "0", description = "Skip this many first (paging).")
    int offset;

    EventQuery query() {
        EventType t = null;
        if (type != null) {
            t = EventType.fromLabel(type);
            if (t == null) throw new SitrepException(SitrepException.Category.INPUT, "unknown event type \"" + type + "\"; use one of ACLED's six, e.g. \"Battles\"");
        }
        try {
            return new EventQuery(since, until, country, t, bbox == null ? null : EventQuery.BoundingBox.parse(bbox), text, actor, origin, limit, offset);
        } catch (IllegalArgumentException e) {
            throw new SitrepException(SitrepException.Category.INPUT, e.getMessage(), e);
        }
    }
}
