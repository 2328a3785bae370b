package org.sitrep.incident;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Place;
import org.sitrep.model.TimeSpan;

/**
 * Decides whether two events report the same real incident. All four tests must pass: type family,
 * place (distance AND shared admin area, or the same GeoNames place), dates and actors. Distance alone
 * never merges: a fixed grid joins distinct events 50 km apart, a common complaint about other tools.
 * Anything unknown that a test needs (no type, no place, no date) means no merge: a wrong merge hides an
 * event, a missed one only repeats it. Coarse evidence (a place known only to province or country,
 * ACLED geo_precision 3, or a date known only to a range longer than a week) does not locate or date an
 * event: it supports a merge only when both sides also name the same actors.
 */
public final class IncidentMatcher {
    private static final double EARTH_RADIUS_KM = 6371.0088;
    private final MatchOptions options;

    public IncidentMatcher(MatchOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** The reason the two events are one incident, or empty when any criterion fails. */
    public Optional<MergeReason> match(Event a, Event b) {
        return match(a, b, false);
    }

    /**
     * As {@link #match(Event, Event)}; {@code sameStory}: the two reports were linked to one story (the same
     * real-world happening by their names, places and dates). That stands in for what a report leaves unknown
     * or coarse (no date, a country for a place): two events of the same type in one story are one incident
     * unless what both reports do say conflicts (dates apart, precise places apart, other actors).
     */
    public Optional<MergeReason> match(Event a, Event b, boolean sameStory) {
        if (sameStory) {
            Optional<MergeReason> inStory = matchInStory(a, b);
            if (inStory.isPresent()) return inStory;
        }
        return matchAlone(a, b);
    }

    /**
     * Complete link: every event of {@code news} must match every event of {@code held} ({@link #match(Event, Event, boolean)},
     * the new side first); the reason returned is the closest pair's (fewest days apart, then fewest km; the first on a
     * tie). Empty when a pair fails or either side is empty.
     */
    public Optional<MergeReason> matchAll(List<Event> news, List<Event> held, boolean sameStory) {
        MergeReason closest = null;
        for (Event n : news) {
            for (Event h : held) {
                Optional<MergeReason> reason = match(n, h, sameStory);
                if (reason.isEmpty()) return Optional.empty();
                if (closest == null || closeness(reason.get()) < closeness(closest)) closest = reason.get();
            }
        }
        return Optional.ofNullable(closest);
    }

    /** How close a matched pair is, for choosing among matches: days apart first, then km. */
    static double closeness(MergeReason r) {
        return r.dayGap() * 1000.0 + (r.distanceKm() == null ? 0 : r.distanceKm());
    }

    private Optional<MergeReason> matchInStory(Event a, Event b) {
        String type = typeMatch(a, b);
        if (type == null) type = violenceFamily(a, b);
        if (type == null) return Optional.empty();
        String actors = actorMatch(a, b);
        if (actors == null) actors = storyActors(a, b);
        if (actors == null) return Optional.empty();
        Place p = a.location();
        Place q = b.location();
        Double km = p == null || q == null ? null : distanceKm(p, q);
        boolean precise = p != null && q != null && p.geoPrecision() < 3 && q.geoPrecision() < 3;
        String place;
        if (precise) {
            place = placeMatch(p, q, km, actors.startsWith("same named"));
            if (place == null) return Optional.empty();
        } else if (p != null && q != null && !same(p.country(), q.country())) {
            return Optional.empty();
        } else {
            place = "same story; place " + (p == null || q == null ? "unknown on one side" : "only coarse (" + p.name() + " / " + q.name() + ")");
        }
        Integer gap = dayGap(a.date(), b.date());
        if (gap != null && gap > options.maxDayGap()) return Optional.empty();
        return Optional.of(new MergeReason(b.id(), km == null ? null : Math.round(km * 10) / 10.0, place, gap == null ? 0 : gap,
                actors + (gap == null ? "; date unknown on one side, same story" : ""), type));
    }

    private Optional<MergeReason> matchAlone(Event a, Event b) {
        String type = typeMatch(a, b);
        if (type == null) return Optional.empty();
        Place p = a.location();
        Place q = b.location();
        if (p == null || q == null) return Optional.empty();
        Double km = distanceKm(p, q);
        String actors = actorMatch(a, b);
        if (actors == null) return Optional.empty();
        boolean sameNamedActors = actors.startsWith("same named");
        String place = placeMatch(p, q, km, sameNamedActors);
        if (place == null) return Optional.empty();
        Integer gap = dayGap(a.date(), b.date());
        if (gap == null || gap > options.maxDayGap()) return Optional.empty();
        if (!sameNamedActors && (wide(a.date()) || wide(b.date()))) return Optional.empty();
        return Optional.of(new MergeReason(b.id(), km == null ? null : Math.round(km * 10) / 10.0, place, gap, actors, type));
    }

    private static String typeMatch(Event a, Event b) {
        EventType s = a.type();
        EventType t = b.type();
        if (s == null || t == null) return null;
        boolean demonstrations = (s == EventType.PROTESTS || s == EventType.RIOTS) && (t == EventType.PROTESTS || t == EventType.RIOTS);
        if (s != t && !demonstrations) return null;
        if (a.subType() == null || b.subType() == null || a.subType() == b.subType()) {
            return "same type " + s.label() + (a.subType() != null && a.subType() == b.subType() ? " / " + a.subType().label() : "");
        }
        // Strategic developments share a type but not an event: an arrest is never an agreement.
        if (s == EventType.STRATEGIC_DEVELOPMENTS) return null;
        return demonstrations && s != t
                ? "demonstration family (" + s.label() + " / " + t.label() + ")"
                : "same type " + s.label() + " (sub-types " + a.subType().label() + " / " + b.subType().label() + ")";
    }

    /**
     * Within one story only: reports of one attack code it differently by their words ("attacked" an armed
     * clash, "bombing" an explosion, "killed civilians" violence against civilians), so the three types of
     * political violence count as one family there. Alone, two such events stay apart.
     */
    private static String violenceFamily(Event a, Event b) {
        if (a.type() == null || b.type() == null || !a.type().politicalViolence() || !b.type().politicalViolence()) return null;
        return "political violence family in one story (" + a.type().label() + " / " + b.type().label() + ")";
    }

    /**
     * Within one story, reports name different sides of the same clash (one the rioters, another the police),
     * so disjoint actor sets are no conflict there. They conflict only when both name a first actor, the two
     * differ, and neither report names the other's first actor at all.
     */
    private static String storyActors(Event a, Event b) {
        String x = a.actor1() == null || a.actor1().hedged() ? null : crowd(a.actor1().name().trim().toLowerCase(Locale.ROOT));
        String y = b.actor1() == null || b.actor1().hedged() ? null : crowd(b.actor1().name().trim().toLowerCase(Locale.ROOT));
        if (x != null && y != null && !x.equals(y) && !names(b).contains(x) && !names(a).contains(y)) return null;
        return "actors partly named in one story " + names(a) + " / " + names(b);
    }

    private String placeMatch(Place p, Place q, Double km, boolean sameNamedActors) {
        boolean sameGeoname = p.geonameId() > 0 && p.geonameId() == q.geonameId();
        // A whole province or country is no place: sharing it proves little unless the actors agree by name,
        // and its centroid is no point to measure distance from.
        if (p.geoPrecision() >= 3 || q.geoPrecision() >= 3) {
            if (!sameNamedActors || !sameArea(p, q, sameGeoname)) return null;
            return "same area " + (sameGeoname ? String.valueOf(p.geonameId()) : p.name()) + " at province/country precision with the same actors";
        }
        if (sameGeoname) return "same GeoNames place " + p.geonameId();
        if (km == null || km > options.maxDistanceKm()) return null;
        if (!same(p.country(), q.country())) return null;
        if (p.admin1() != null && q.admin1() != null) {
            return same(p.admin1(), q.admin1()) ? "within " + fmt(options.maxDistanceKm()) + " km in the same admin1 " + p.admin1() : null;
        }
        // Without an admin1 on either side, only a named place the two sources agree on will do.
        if (p.name() != null && same(p.name(), q.name())) return "within " + fmt(options.maxDistanceKm()) + " km, same place name " + p.name();
        return null;
    }

    /** Both coarse places name the same area: one GeoNames id, or the same name in the same country and admin1. */
    private static boolean sameArea(Place p, Place q, boolean sameGeoname) {
        if (sameGeoname) return true;
        if (p.geoPrecision() < 3 || q.geoPrecision() < 3) return false;
        return same(p.name(), q.name()) && same(p.country(), q.country()) && Objects.equals(p.admin1(), q.admin1());
    }

    /** A known range longer than a week dates nothing precisely enough to merge on. */
    private boolean wide(TimeSpan t) {
        return ChronoUnit.DAYS.between(t.earliest(), t.latest()) + 1 > options.maxPreciseRangeDays();
    }

    /** Null when the actors conflict; otherwise how they agree. Hedged actors ("believed to be") count as unknown. */
    private static String actorMatch(Event a, Event b) {
        Set<String> x = names(a);
        Set<String> y = names(b);
        if (x.isEmpty() || y.isEmpty()) return "actors unknown on one side";
        if (x.equals(y)) return "same named actors " + x;
        if (x.containsAll(y) || y.containsAll(x)) return "actors compatible " + x + " / " + y;
        return null;
    }

    private static Set<String> names(Event e) {
        Set<String> out = new LinkedHashSet<>();
        for (Actor actor : new Actor[] {e.actor1(), e.actor2()}) {
            if (actor != null && !actor.hedged()) out.add(crowd(actor.name().trim().toLowerCase(Locale.ROOT)));
        }
        return out;
    }

    /**
     * ACLED names a demonstration's crowd by the event's type ("Protesters (Greece)" at a protest, "Rioters (Greece)" at a
     * riot): one crowd that one report calls a protest and another a riot is the same actor.
     */
    private static String crowd(String name) {
        return name.startsWith("rioters") ? "protesters" + name.substring("rioters".length()) : name;
    }

    /** Days between two ranges, 0 when they overlap; null when either is unknown. */
    static Integer dayGap(TimeSpan a, TimeSpan b) {
        if (a == null || b == null || !a.known() || !b.known()) return null;
        LocalDate start = a.earliest().isAfter(b.earliest()) ? a.earliest() : b.earliest();
        LocalDate end = a.latest().isBefore(b.latest()) ? a.latest() : b.latest();
        return end.isBefore(start) ? (int) ChronoUnit.DAYS.between(end, start) : 0;
    }

    static Double distanceKm(Place p, Place q) {
        if (p.lat() == null || p.lon() == null || q.lat() == null || q.lon() == null) return null;
        double dLat = Math.toRadians(q.lat() - p.lat());
        double dLon = Math.toRadians(q.lon() - p.lon());
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(p.lat())) * Math.cos(Math.toRadians(q.lat())) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    private static boolean same(String s, String t) {
        return s != null && t != null && s.trim().equalsIgnoreCase(t.trim());
    }

    private static String fmt(double km) {
        return km == Math.rint(km) ? String.valueOf((long) km) : String.valueOf(km);
    }
}
