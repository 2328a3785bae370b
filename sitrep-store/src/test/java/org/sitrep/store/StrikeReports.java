package org.sitrep.store;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.model.Actor;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Fatalities;
import org.sitrep.model.Place;
import org.sitrep.model.Report;
import org.sitrep.model.Sentence;
import org.sitrep.model.Source;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimeSpan;

/**
 * Hand-written reports and their hand-coded events, modelled on how wire services and a war monitor
 * report one air strike with different tolls (one outlet's early count, a monitor's later higher one),
 * and how a town changes hands. Texts written for these tests; towns and groups are invented.
 */
final class StrikeReports {
    static final LocalDate DAY = LocalDate.parse("2017-11-13");
    static final Place MARKET_TOWN = place("Kafr Tala", 9001, "XA", "Northern", 36.10, 36.80);
    static final Place MARKET_TOWN_OUTSKIRTS = place("Kafr Tala Camp", 9002, "XA", "Northern", 36.12, 36.83);
    static final Place FIFTY_KM_SOUTH = place("Tell Saba", 9003, "XA", "Northern", 35.65, 36.80);
    static final Place RIVER_TOWN = place("Jisr Amer", 9004, "XA", "Eastern", 34.45, 40.92);

    static final String WIRE_TEXT = "Air strikes hit a crowded market in the town of Kafr Tala on Monday, killing at least 18 people,"
            + " a rescue worker said.";
    static final String MONITOR_TEXT = "A war monitor said on Tuesday that 26 civilians, among them five children, died when jets"
            + " struck the Kafr Tala market on Monday.";
    static final String SOUTH_TEXT = "Jets also struck a bakery in Tell Saba on Monday, killing 4 people, residents said.";

    private StrikeReports() {}

    static Place place(String name, long id, String country, String admin1, double lat, double lon) {
        return new Place(name, id, country, admin1, null, lat, lon, 1, "P", name, new Span(0, name.length()), 0.9,
                List.of(new Place.Candidate(id, name, country, lat, lon, 0.9)));
    }

    static Report report(String id, String text, String outlet, LocalDate published) {
        return new Report(id, "Strike on market", text, published, outlet, "https://example.org/" + id, new Report.Dateline("BEIRUT", outlet, new Span(0, 6)), List.of(0), "test");
    }

    static Actor actor(String name, int inter) {
        return new Actor(name, "XA", inter, null, name, new Span(0, 4), false);
    }

    static Event strike(String id, String reportId, String text, Place where, int best, Integer max, String speaker) {
        int at = Math.max(0, Math.max(text.indexOf("kill"), text.indexOf("died")));
        Span toll = new Span(at, at + 4);
        return new Event(id, reportId, SubEventType.AIR_DRONE_STRIKE.type(), SubEventType.AIR_DRONE_STRIKE,
                actor("Military Forces of Xland", 1), actor("Civilians (Xland)", 7), List.of(), where,
                TimeSpan.day(DAY, "Monday", new Span(5, 11)),
                new Fatalities(best, best, max, false, true, best + " killed", toll),
                new Claim(ClaimStatus.REPORTED, List.of(new Source(speaker, "monitor", "said", new Span(1, 3))), "weak", null),
                new Sentence(0, new Span(0, text.length()), text), "struck", 0.85,
                List.of(new Evidence("fatalities", toll, "killing"), new Evidence("location", new Span(0, 3), where.name())),
                List.of("coded by hand for the store tests"));
    }

    static Event capture(String id, String reportId, String who, TimeSpan when) {
        return new Event(id, reportId, SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY.type(), SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
                actor(who, 2), null, List.of(), RIVER_TOWN, when, null, null, null, "seized", 0.8, List.of(), List.of());
    }
}
