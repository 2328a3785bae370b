package org.sitrep.server;

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
import org.sitrep.store.EventStore;

/**
 * Hand-coded reports for the API tests (texts written for these tests): two outlets on one air strike
 * in Albu Kamal with different tolls, a clash in Mayadin a week later, and the town's capture.
 */
final class Fixtures {
    static final Place ALBU_KAMAL = place("Albu Kamal", 170017, "SY", 34.4526, 40.9184);
    static final Place MAYADIN = place("Mayadin", 167046, "SY", 35.0199, 40.4514);
    static final String WIRE = "Air strikes hit a market in Albu Kamal on Monday, killing at least 18 people, a rescue worker said.";
    static final String MONITOR = "A war monitor said 26 civilians died when jets struck the Albu Kamal market on Monday.";
    static final String CLASH = "Government forces clashed with Islamic State fighters in Mayadin on Monday; 5 soldiers were killed, the army said.";
    static final String CAPTURE = "Islamic State fighters seized Albu Kamal on Wednesday, residents said.";

    private Fixtures() {}

    static Place place(String name, long id, String country, double lat, double lon) {
        return new Place(name, id, country, "Deir ez-Zor", null, lat, lon, 1, "P", name, new Span(0, name.length()), 0.9, List.of());
    }

    static void fill(EventStore store) {
        LocalDate day = LocalDate.parse("2017-11-13");
        store.store(report("wire-1", WIRE, "Wire A", day), List.of(strike("wire-1-e1", "wire-1", WIRE, 18, "a rescue worker", day)));
        store.store(report("monitor-1", MONITOR, "Outlet B", day.plusDays(1)), List.of(strike("monitor-1-e1", "monitor-1", MONITOR, 26, "a war monitor", day)));
        LocalDate later = LocalDate.parse("2017-11-20");
        store.store(report("clash-1", CLASH, "Wire A", later), List.of(clash("clash-1-e1", "clash-1", later)));
        store.store(report("capture-1", CAPTURE, "Outlet B", LocalDate.parse("2017-11-09")), List.of(capture("capture-1-e1", "capture-1", LocalDate.parse("2017-11-08"))));
    }

    static Report report(String id, String text, String outlet, LocalDate published) {
        return new Report(id, "Report " + id, text, published, outlet, null, null, List.of(), "test");
    }

    static Event strike(String id, String reportId, String text, int killed, String speaker, LocalDate day) {
        int at = text.indexOf(String.valueOf(killed));
        Span toll = new Span(at, at + String.valueOf(killed).length());
        return new Event(id, reportId, SubEventType.AIR_DRONE_STRIKE.type(), SubEventType.AIR_DRONE_STRIKE,
                new Actor("Military Forces of Russia", "RU", 8, null, "jets", null, true), new Actor("Civilians (Syria)", "SY", 7, null, "people", null, false),
                List.of(), ALBU_KAMAL, TimeSpan.day(day, "Monday", null), new Fatalities(killed, killed, null, false, true, text.substring(toll.start(), toll.end()), toll),
                new Claim(ClaimStatus.REPORTED, List.of(new Source(speaker, "witness", "said", null)), "weak", null),
                new Sentence(0, new Span(0, text.length()), text), "struck", 0.8,
                List.of(new Evidence("fatalities", toll, text.substring(toll.start(), toll.end())), new Evidence("sentence", new Span(0, text.length()), text)), List.of());
    }

    static Event clash(String id, String reportId, LocalDate day) {
        return new Event(id, reportId, SubEventType.ARMED_CLASH.type(), SubEventType.ARMED_CLASH,
                new Actor("Military Forces of Syria", "SY", 1, null, "Government forces", null, false), new Actor("Islamic State", null, 2, null, "Islamic State", null, false),
                List.of(), MAYADIN, TimeSpan.day(day, "Monday", null), new Fatalities(5, 5, null, false, false, "5", null),
                new Claim(ClaimStatus.CLAIMED, List.of(new Source("the army", "military", "said", null)), "weak", null),
                new Sentence(0, new Span(0, CLASH.length()), CLASH), "clashed", 0.8, List.of(), List.of());
    }

    static Event capture(String id, String reportId, LocalDate day) {
        return new Event(id, reportId, SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY.type(), SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
                new Actor("Islamic State", null, 2, null, "Islamic State", null, false), null, List.of(), ALBU_KAMAL, TimeSpan.day(day, "Wednesday", null),
                null, null, new Sentence(0, new Span(0, CAPTURE.length()), CAPTURE), "seized", 0.8, List.of(), List.of());
    }
}
