package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.*;
import static org.sitrep.store.StrikeReports.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitrep.incident.ControlPeriod;
import org.sitrep.incident.Incident;
import org.sitrep.incident.Revision;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.LeftOut;
import org.sitrep.model.Report;
import org.sitrep.model.SitrepException;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimeSpan;

/** The behaviour every store must show; each subclass runs it against a real database. */
abstract class EventStoreContractTest {
    private EventStore store;

    /** A fresh, empty store for one test. */
    protected abstract EventStore openFresh();

    /** Reopens the same database, as a second process would. */
    protected abstract EventStore reopen();

    protected void dropAll() {}

    @BeforeEach
    void open() {
        store = openFresh();
    }

    @AfterEach
    void close() {
        store.close();
        dropAll();
    }

    private Report wire() {
        return report("wire-1", WIRE_TEXT, "Wire A", LocalDate.parse("2017-11-13"));
    }

    private Report monitor() {
        return report("monitor-1", MONITOR_TEXT, "Outlet B", LocalDate.parse("2017-11-14"));
    }

    @Test
    void every_event_field_survives_the_round_trip() {
        Event e = strike("wire-1-e1", "wire-1", WIRE_TEXT, MARKET_TOWN, 18, null, "a rescue worker");
        store.store(wire(), List.of(e));
        assertEquals(List.of(e), store.events(EventQuery.all()));
        assertEquals(wire(), store.report("wire-1").orElseThrow());
    }

    @Test
    void the_acts_left_out_are_kept_with_the_report_and_not_replaced_by_a_copy() {
        int at = WIRE_TEXT.indexOf(' ') + 1;
        List<LeftOut> left = List.of(new LeftOut(SubEventType.ARMED_CLASH, WIRE_TEXT.substring(at, at + 4), new Span(at, at + 4), "background period"),
                new LeftOut(null, "talks", null, "irrealis"));
        store.store(wire(), List.of(strike("wire-1-e1", "wire-1", WIRE_TEXT, MARKET_TOWN, 18, null, "a rescue worker")), EventStore.ownStory(wire()), left);
        assertEquals(left, store.leftOut("wire-1"));
        assertEquals(2L, store.stats().get("left_out"));
        Report copy = report("wire-1.html", WIRE_TEXT, "Wire A", null);
        store.store(copy, List.of(), EventStore.ownStory(copy), List.of(new LeftOut(SubEventType.ATTACK, "x", null, "question")));
        assertEquals(left, store.leftOut("wire-1"), "a copy of a stored report changes nothing");
        assertEquals(List.of(), store.leftOut("wire-1.html"));
        assertEquals(List.of(), store.leftOut("no-such-report"));
    }

    @Test
    void the_same_report_stored_again_recased_and_respaced_changes_nothing() {
        StoreResult first = store.store(wire(), List.of(strike("wire-1-e1", "wire-1", WIRE_TEXT, MARKET_TOWN, 18, null, "a rescue worker")));
        Map<String, Object> before = store.stats();
        Report recased = report("wire-1.html", "  " + WIRE_TEXT.toUpperCase().replace(" ", "\n  "), "Wire A", null);
        StoreResult again = store.store(recased, List.of(strike("wire-1.html-e1", "wire-1.html", WIRE_TEXT, MARKET_TOWN, 18, null, "a rescue worker")));
        assertFalse(first.alreadyStored());
        assertTrue(again.alreadyStored());
        assertEquals("wire-1", again.reportId());
        assertEquals(before, store.stats());
    }

    @Test
    void two_reports_of_one_strike_make_one_incident_with_the_conservative_toll() {
        StoreResult a = store.store(wire(), List.of(strike("wire-1-e1", "wire-1", WIRE_TEXT, MARKET_TOWN, 18, null, "a rescue worker")));
        StoreResult b = store.store(monitor(), List.of(strike("monitor-1-e1", "monitor-1", MONITOR_TEXT, MARKET_TOWN_OUTSKIRTS, 26, 30, "a war monitor")));
        assertEquals(a.createdIncidents(), b.revisedIncidents());
        List<Incident> incidents = store.incidents(EventQuery.all());
        assertEquals(1, incidents.size());
        Incident incident = incidents.get(0);
        assertEquals(a.createdIncidents().get(0), incident.id());
        assertEquals(2, incident.revision());
        assertEquals(new Incident.Casualties(18, 18, 30, 2, 0), incident.casualties());
        assertEquals("fair", incident.grade());
        assertEquals(ClaimStatus.REPORTED, incident.status());
        assertEquals(List.of("wire-1", "monitor-1"), incident.reportIds());
        assertTrue(incident.members().get(1).reason().describe().contains("same admin1 Northern"), incident.members().get(1).reason().describe());
        assertEquals(18L, store.stats().get("incident_fatalities"));
    }

    @Test
    void a_strike_fifty_km_away_the_same_day_stays_a_separate_incident() {
        store.store(wire(), List.of(strike("wire-1-e1", "wire-1", WIRE_TEXT, MARKET_TOWN, 18, null, "a rescue worker")));
        StoreResult south = store.store(report("south-1", SOUTH_TEXT, "Wire C", DAY),
                List.of(strike("south-1-e1", "south-1", SOUTH_TEXT, FIFTY_KM_SOUTH, 4, null, "residents")));
        assertEquals(1, south.createdIncidents().size());
        assertEquals(2, store.incidents(EventQuery.all()).size());
    }

    @Test
    void the_change_feed_lists_creations_then_revisions_since_a_time() throws InterruptedException {
        Instant start = Instant.now();
        Thread.sleep(2);
        StoreResult a = store.store(wire(), List.of(strike("wire-1-e1", "wire-1", WIRE_TEXT, MARKET_TOWN, 18, null, "a rescue worker")));
        Thread.sleep(2);
        Instant between = Instant.now();
        Thread.sleep(2);
        store.store(monitor(), List.of(strike("monitor-1-e1", "monitor-1", MONITOR_TEXT, MARKET_TOWN_OUTSKIRTS, 26, 30, "a war monitor")));
        String id = a.createdIncidents().get(0);
        List<Change> all = store.changes(start);
        assertEquals(List.of(Revision.Kind.CREATED, Revision.Kind.REVISED), all.stream().map(Change::kind).toList());
        assertTrue(all.stream().allMatch(c -> c.incidentId().equals(id)));
        List<Change> later = store.changes(between);
        assertEquals(1, later.size());
        assertEquals(2, later.get(0).revision());
    }

    @Test
    void queries_filter_by_date_country_type_place_box_and_text() {
        store.store(wire(), List.of(strike("wire-1-e1", "wire-1", WIRE_TEXT, MARKET_TOWN, 18, null, "a rescue worker")));
        store.store(report("south-1", SOUTH_TEXT, "Wire C", DAY), List.of(strike("south-1-e1", "south-1", SOUTH_TEXT, FIFTY_KM_SOUTH, 4, null, "residents")));
        assertEquals(2, store.events(EventQuery.all().between(DAY, DAY).inCountry("xa").ofType(EventType.EXPLOSIONS_REMOTE_VIOLENCE)).size());
        assertEquals(0, store.events(EventQuery.all().between(DAY.plusDays(1), DAY.plusDays(3))).size());
        assertEquals(List.of("south-1-e1"), store.events(EventQuery.all().matching("BAKERY")).stream().map(Event::id).toList());
        assertEquals(1, store.events(EventQuery.all().within(new EventQuery.BoundingBox(36.0, 36.0, 37.0, 37.0))).size());
        assertEquals(1, store.events(EventQuery.all().page(1, 1)).size());
        assertEquals(1, store.incidents(EventQuery.all().matching("tell saba")).size());
        assertEquals(0, store.events(EventQuery.all().matching("100%_")).size());
    }

    @Test
    void control_timeline_shows_capture_disputed_days_and_retake() {
        store.store(report("c-1", "Militia A said it seized Jisr Amer on Wednesday.", "Wire A", LocalDate.parse("2017-11-09")),
                List.of(capture("c-1-e1", "c-1", "Militia A", TimeSpan.day(LocalDate.parse("2017-11-08"), "Wednesday", null))));
        store.store(report("c-2", "Fighters of Group B drove Militia A out of Jisr Amer in recent days.", "Wire B", LocalDate.parse("2017-11-13")),
                List.of(capture("c-2-e1", "c-2", "Group B", new TimeSpan(LocalDate.parse("2017-11-10"), LocalDate.parse("2017-11-13"), 2, "in recent days", null, false, null))));
        List<ControlPeriod> periods = store.control("jisr amer");
        assertEquals(List.of("Militia A", "Militia A|Group B", "Group B"),
                periods.stream().map(p -> String.join("|", p.claimants())).toList());
        assertTrue(periods.get(1).disputed());
        assertEquals(LocalDate.parse("2017-11-13"), periods.get(2).from());
        assertEquals(periods, store.control("9004"));
    }

    @Test
    void a_failure_inside_the_transaction_leaves_no_half_report_and_a_rerun_finishes_it() {
        store.store(wire(), List.of(strike("wire-1-e1", "wire-1", WIRE_TEXT, MARKET_TOWN, 18, null, "a rescue worker")));
        Map<String, Object> before = store.stats();
        // The second event reuses an id already stored: the insert fails after the report row and one event were written.
        List<Event> clashing = List.of(strike("monitor-1-e1", "monitor-1", MONITOR_TEXT, MARKET_TOWN, 26, null, "a war monitor"),
                strike("wire-1-e1", "monitor-1", MONITOR_TEXT, MARKET_TOWN, 26, null, "a war monitor"));
        SitrepException failure = assertThrows(SitrepException.class, () -> store.store(monitor(), clashing));
        assertEquals(SitrepException.Category.DATA, failure.category());
        assertEquals(before, store.stats());
        assertTrue(store.report("monitor-1").isEmpty());
        StoreResult rerun = store.store(monitor(), List.of(clashing.get(0)));
        assertFalse(rerun.alreadyStored());
        assertEquals(1, rerun.revisedIncidents().size());
    }

    @Test
    void incidents_and_ids_survive_reopening_the_store() {
        StoreResult a = store.store(wire(), List.of(strike("wire-1-e1", "wire-1", WIRE_TEXT, MARKET_TOWN, 18, null, "a rescue worker")));
        store.close();
        store = reopen();
        StoreResult b = store.store(monitor(), List.of(strike("monitor-1-e1", "monitor-1", MONITOR_TEXT, MARKET_TOWN_OUTSKIRTS, 26, 30, "a war monitor")));
        assertEquals(a.createdIncidents(), b.revisedIncidents());
        assertTrue(store.store(wire(), List.of()).alreadyStored());
    }
}
