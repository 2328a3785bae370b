package org.sitrep.incident;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Actor;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.Event;
import org.sitrep.model.Fatalities;
import org.sitrep.model.Place;
import org.sitrep.model.Source;
import org.sitrep.model.TimeSpan;

/**
 * Recomputes an incident's summary from its members: the most precise place and date, the named
 * actors, the conservative toll and the claim status and grade. Pure: the same members give the same
 * incident, so a store can rebuild incidents from its rows.
 */
public final class IncidentSummarizer {

    public Incident summarize(String id, int revision, List<Incident.Member> members) {
        if (members == null || members.isEmpty()) throw new IllegalArgumentException("incident " + id + " has no events");
        List<Event> events = members.stream().map(Incident.Member::event).toList();
        Event head = events.get(0);
        Place place = events.stream().map(Event::location).filter(p -> p != null)
                .min(Comparator.comparingInt(Place::geoPrecision).thenComparing(Comparator.comparingDouble(Place::score).reversed()))
                .orElse(null);
        TimeSpan date = events.stream().map(Event::date).filter(d -> d != null && d.known())
                .min(Comparator.comparingLong((TimeSpan d) -> d.latest().toEpochDay() - d.earliest().toEpochDay())
                        .thenComparing(TimeSpan::earliest))
                .orElse(head.date());
        Actor actor1 = firstActor(events, true);
        Actor actor2 = firstActor(events, false);
        int independent = independentSources(members);
        ClaimStatus status = status(events, independent);
        String grade = grade(events, independent);
        return new Incident(id, revision, head.type(), commonSubType(events), actor1, actor2, place, date,
                casualties(events), status, grade, independent, members);
    }

    private static org.sitrep.model.SubEventType commonSubType(List<Event> events) {
        // The first report's sub-type stands: later reports rarely recode a strike as something else.
        return events.stream().map(Event::subType).filter(s -> s != null).findFirst().orElse(null);
    }

    private static Actor firstActor(List<Event> events, boolean first) {
        Actor hedged = null;
        for (Event e : events) {
            Actor a = first ? e.actor1() : e.actor2();
            if (a == null) continue;
            if (!a.hedged()) return a;
            if (hedged == null) hedged = a;
        }
        return hedged;
    }

    static Incident.Casualties casualties(List<Event> events) {
        Integer best = null;
        Integer min = null;
        Integer max = null;
        int reporting = 0;
        int cumulative = 0;
        Integer total = null;
        String totalText = null;
        for (Event e : events) {
            Fatalities f = e.fatalities();
            if (f == null || f.best() == null && f.min() == null && f.max() == null) continue;
            if (f.cumulative()) {
                cumulative++;
                Integer n = f.best() != null ? f.best() : f.max() != null ? f.max() : f.min();
                if (n != null && (total == null || n > total)) {
                    total = n;
                    totalText = f.text();
                }
                continue;
            }
            reporting++;
            Integer low = f.min() != null ? f.min() : f.best();
            Integer high = f.max() != null ? f.max() : f.best();
            if (f.best() != null) best = best == null ? f.best() : Math.min(best, f.best());
            if (low != null) min = min == null ? low : Math.min(min, low);
            if (high != null) max = max == null ? high : Math.max(max, high);
        }
        return new Incident.Casualties(best, min, max, reporting, cumulative, total, totalText);
    }

    /**
     * Sources are independent when their primary attribution differs: two outlets that both cite the
     * same monitor are one source. The primary attribution is the first named speaker, else the outlet,
     * else the report itself.
     */
    static int independentSources(List<Incident.Member> members) {
        Set<String> keys = new LinkedHashSet<>();
        for (Incident.Member m : members) keys.add(primarySource(m));
        return keys.size();
    }

    private static String primarySource(Incident.Member m) {
        Event e = m.event();
        if (e.claim() != null) {
            for (Source s : e.claim().sources()) {
                if (s.name() != null && !s.name().isBlank()) return "speaker:" + norm(s.name());
            }
        }
        if (m.outlet() != null && !m.outlet().isBlank()) return "outlet:" + norm(m.outlet());
        return "report:" + m.reportId();
    }

    private static ClaimStatus status(List<Event> events, int independent) {
        if (disagree(events)) return ClaimStatus.DISPUTED;
        boolean confirmed = events.stream().anyMatch(e -> e.claim() != null && e.claim().status() == ClaimStatus.CONFIRMED);
        if (confirmed) return ClaimStatus.CONFIRMED;
        boolean allClaimed = events.stream().allMatch(e -> e.claim() != null && e.claim().status() == ClaimStatus.CLAIMED);
        if (allClaimed && independent < 2) return ClaimStatus.CLAIMED;
        return ClaimStatus.REPORTED;
    }

    /** Sources disagree when one disputes the event or when they name different perpetrators. */
    private static boolean disagree(List<Event> events) {
        if (events.stream().anyMatch(e -> e.claim() != null && e.claim().status() == ClaimStatus.DISPUTED)) return true;
        // In a clash either side may be named first, so only a first actor absent from the other's pair counts.
        for (Event e : events) {
            for (Event f : events) {
                if (e == f || e.actor1() == null || f.actor1() == null) continue;
                String named = norm(e.actor1().name());
                boolean inOther = named.equals(norm(f.actor1().name())) || f.actor2() != null && named.equals(norm(f.actor2().name()));
                if (!inOther) return true;
            }
        }
        return false;
    }

    private static String grade(List<Event> events, int independent) {
        boolean confirmed = events.stream().anyMatch(e -> e.claim() != null && e.claim().status() == ClaimStatus.CONFIRMED);
        if (confirmed && independent >= 2 && !disagree(events)) return "confirmed";
        return independent >= 2 ? "fair" : "weak";
    }

    private static String norm(String s) {
        return s.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
