package org.sitrep.incident;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.model.Actor;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.Event;
import org.sitrep.model.Fatalities;
import org.sitrep.model.Place;
import org.sitrep.model.Source;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimeSpan;

/** Hand-built events for the tests: invented towns, so no rule can learn a real name. */
final class Fixtures {
    static final Place NORTHTOWN = place("Northtown", 101, "XA", "Eastern", 34.00, 40.00);
    static final Place NORTHTOWN_EDGE = place("Northtown East", 102, "XA", "Eastern", 34.02, 40.05);
    static final Place FIFTY_KM_AWAY = place("Southfield", 103, "XA", "Eastern", 33.55, 40.00);
    static final Place ACROSS_BORDER = place("Rivermouth", 104, "XA", "Western", 34.01, 39.98);

    private Fixtures() {}

    static Place place(String name, long id, String country, String admin1, double lat, double lon) {
        return new Place(name, id, country, admin1, null, lat, lon, 1, "P", name, null, 1.0, List.of());
    }

    static Actor actor(String name) {
        return new Actor(name, null, 2, null, name, null, false);
    }

    static Actor hedged(String name) {
        return new Actor(name, null, 8, null, name, null, true);
    }

    static TimeSpan day(String iso) {
        return TimeSpan.day(LocalDate.parse(iso), iso, null);
    }

    static TimeSpan range(String from, String to) {
        return new TimeSpan(LocalDate.parse(from), LocalDate.parse(to), 2, from + ".." + to, null, false, null);
    }

    static Fatalities killed(int n) {
        return new Fatalities(n, n, n, false, false, n + " killed", null);
    }

    static Claim saidBy(String speaker) {
        return new Claim(ClaimStatus.REPORTED, List.of(new Source(speaker, "monitor", "said", null)), "weak", null);
    }

    static Event event(String id, String report, SubEventType sub, Actor a1, Actor a2, Place place, TimeSpan date, Fatalities toll, Claim claim) {
        return new Event(id, report, sub.type(), sub, a1, a2, List.of(), place, date, toll, claim, null, "strike", 0.9, List.of(), List.of());
    }

    /** The same event with another extraction confidence (the report's main event has the highest). */
    static Event withConfidence(Event e, double confidence) {
        return new Event(e.id(), e.reportId(), e.type(), e.subType(), e.actor1(), e.actor2(), e.associated(), e.location(), e.date(), e.fatalities(),
                e.claim(), e.sentence(), e.trigger(), confidence, e.evidence(), e.notes());
    }

    static Event strike(String id, String report, Place place, TimeSpan date, Fatalities toll) {
        return event(id, report, SubEventType.AIR_DRONE_STRIKE, actor("Air Force of Xland"), actor("Civilians (Xland)"), place, date, toll, null);
    }
}
