package org.sitrep.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.incident.Incident;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Place;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimeSpan;

/**
 * Events and incidents as rows of ACLED's export, in its codebook's column order. A column sitrep does
 * not know is null (empty in CSV), never guessed: region, admin3, source_scale and tags always are.
 * Derived columns follow ACLED's own rules: disorder_type from the sub-event type, interaction from the
 * two inter codes (lower first, x0 for a lone actor), civilian_targeting when actor2 is civilians (inter 7).
 * A date range is exported at its first day, with its time_precision saying how loose it is.
 */
public final class AcledColumns {
    public static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
            "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region",
            "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities",
            "tags", "timestamp");
    /** Where an imported event's associated actors came from: ACLED keeps one list per side. */
    static final String ASSOC_1 = "assoc_actor_1";
    static final String ASSOC_2 = "assoc_actor_2";
    private final Countries countries;

    public AcledColumns(Countries countries) {
        this.countries = countries;
    }

    /** Java types of the columns (String, Integer, Double, LocalDate, Long), for typed writers such as Parquet. */
    public static Class<?> type(String column) {
        return switch (column) {
            case "event_date" -> LocalDate.class;
            case "year", "time_precision", "inter1", "inter2", "interaction", "iso", "geo_precision", "fatalities" -> Integer.class;
            case "latitude", "longitude" -> Double.class;
            case "timestamp" -> Long.class;
            default -> String.class;
        };
    }

    public Map<String, Object> row(StoredEvent stored) {
        Event e = stored.event();
        Map<String, Object> row = base(e.id(), e.date(), e.type(), e.subType(), e.actor1(), e.actor2(), e.location(), e.associated());
        row.put("source", stored.outlet());
        row.put("notes", e.sentence() == null ? null : e.sentence().text());
        row.put("fatalities", e.fatalities() == null ? null : e.fatalities().best());
        row.put("timestamp", stored.storedAt() == null ? null : stored.storedAt().getEpochSecond());
        return row;
    }

    /** An incident as one ACLED row: its summary, every outlet that told it, the first member's sentence as notes. */
    public Map<String, Object> row(Incident i) {
        Map<String, Object> row = base(i.id(), i.date(), i.type(), i.subType(), i.actor1(), i.actor2(), i.location(), List.of());
        Set<String> outlets = new LinkedHashSet<>();
        for (Incident.Member m : i.members()) if (m.outlet() != null) outlets.add(m.outlet());
        row.put("source", outlets.isEmpty() ? null : String.join("; ", outlets));
        Event head = i.members().get(0).event();
        row.put("notes", head.sentence() == null ? null : head.sentence().text());
        row.put("fatalities", i.casualties().best());
        return row;
    }

    private Map<String, Object> base(String id, TimeSpan date, EventType type, SubEventType sub, Actor a1, Actor a2, Place p, List<Actor> associated) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (String c : COLUMNS) row.put(c, null);
        row.put("event_id_cnty", id);
        if (date != null && date.known()) {
            row.put("event_date", date.earliest());
            row.put("year", date.earliest().getYear());
            row.put("time_precision", date.precision() == 0 ? null : date.precision());
        }
        row.put("disorder_type", disorder(type, sub));
        row.put("event_type", type == null ? null : type.label());
        row.put("sub_event_type", sub == null ? null : sub.label());
        row.put("actor1", a1 == null ? null : a1.name());
        row.put("actor2", a2 == null ? null : a2.name());
        row.put("assoc_actor_1", associates(associated, false));
        row.put("assoc_actor_2", associates(associated, true));
        Integer inter1 = inter(a1);
        Integer inter2 = inter(a2);
        row.put("inter1", inter1);
        row.put("inter2", inter2);
        if (inter1 != null && a2 == null) row.put("interaction", inter1 * 10);
        else if (inter1 != null && inter2 != null) row.put("interaction", Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2));
        if (inter2 != null && inter2 == org.sitrep.model.Actor.CIVILIANS) row.put("civilian_targeting", "Civilian targeting");
        if (p != null) {
            countries.byAlpha2(p.country()).ifPresent(c -> {
                row.put("iso", c.numeric());
                row.put("country", c.name());
            });
            row.put("admin1", p.admin1());
            row.put("admin2", p.admin2());
            row.put("location", p.name());
            row.put("latitude", p.lat());
            row.put("longitude", p.lon());
            row.put("geo_precision", p.geoPrecision());
        }
        return row;
    }

    private static Integer inter(Actor a) {
        return a == null || a.inter() == 0 ? null : a.inter();
    }

    /** sitrep records no side for its own associated actors: they go to assoc_actor_1; imported ones keep their ACLED side. */
    private static String associates(List<Actor> associated, boolean secondSide) {
        List<String> names = new ArrayList<>();
        for (Actor a : associated) if (ASSOC_2.equals(a.mention()) == secondSide) names.add(a.name());
        return names.isEmpty() ? null : String.join("; ", names);
    }

    /** ACLED's disorder types: demonstrations, political violence (and both for excessive force), strategic developments. */
    static String disorder(EventType type, SubEventType sub) {
        if (sub == SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS) return "Political violence; Demonstrations";
        if (sub == SubEventType.MOB_VIOLENCE) return "Political violence";
        if (type == null) return null;
        return switch (type) {
            case BATTLES, EXPLOSIONS_REMOTE_VIOLENCE, VIOLENCE_AGAINST_CIVILIANS -> "Political violence";
            case PROTESTS, RIOTS -> "Demonstrations";
            case STRATEGIC_DEVELOPMENTS -> "Strategic developments";
        };
    }
}
