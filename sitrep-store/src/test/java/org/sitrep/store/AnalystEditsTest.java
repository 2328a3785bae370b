package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.*;
import static org.sitrep.store.StrikeReports.*;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.incident.Incident;
import org.sitrep.incident.Revision;
import org.sitrep.model.Event;
import org.sitrep.model.SitrepException;

/** An analyst's split and merge, on both databases. */
class AnalystEditsTest {
    private static final String THIRD_TEXT = "Rescuers said on Wednesday the Kafr Tala market strike on Monday killed 20.";

    @TempDir
    Path folder;

    /** Two reports of one strike, merged by the store into one incident; returns its id. */
    private static String mergedStrike(EventStore store) {
        StoreResult a = store.store(report("wire-1", WIRE_TEXT, "Wire A", DAY), List.of(strike("wire-1-e1", "wire-1", WIRE_TEXT, MARKET_TOWN, 18, null, "a rescue worker")));
        store.store(report("monitor-1", MONITOR_TEXT, "Outlet B", DAY.plusDays(1)),
                List.of(strike("monitor-1-e1", "monitor-1", MONITOR_TEXT, MARKET_TOWN_OUTSKIRTS, 26, 30, "a war monitor")));
        return a.createdIncidents().get(0);
    }

    @ParameterizedTest
    @MethodSource("org.sitrep.store.TestStores#kinds")
    void a_split_keeps_the_old_id_gives_the_moved_event_a_new_one_and_recomputes_both(String kind) throws InterruptedException {
        try (TestStores.TestStore t = TestStores.open(kind, folder)) {
            EventStore store = t.store();
            String id = mergedStrike(store);
            Instant before = Instant.now();
            Thread.sleep(2);
            Incident split = store.split(id, List.of("monitor-1-e1"), "analyst-1", "the monitor counts a second strike");
            Incident remaining = store.incident(id).orElseThrow();
            assertNotEquals(id, split.id());
            assertEquals(List.of("wire-1-e1"), remaining.members().stream().map(m -> m.event().id()).toList());
            assertEquals(3, remaining.revision());
            assertEquals(18, remaining.casualties().best());
            assertEquals(List.of("monitor-1-e1"), store.incident(split.id()).orElseThrow().members().stream().map(m -> m.event().id()).toList());
            assertEquals(26, store.incident(split.id()).orElseThrow().casualties().best());
            assertEquals(2, store.incidents(EventQuery.all()).size());
            List<Change> changes = store.changes(before);
            assertEquals(List.of(id + " REVISED 3", split.id() + " CREATED 1"), changes.stream().map(c -> c.incidentId() + " " + c.kind() + " " + c.revision()).toList());
            assertEquals(18L + 26L, store.stats().get("incident_fatalities"));
            List<AuditEntry> audit = store.audit(List.of(split.id()));
            assertEquals(1, audit.size(), "the split is in the audit log the server shows");
            assertEquals("analyst-1", audit.get(0).who());
            assertEquals("split", audit.get(0).action());
        }
    }

    @ParameterizedTest
    @MethodSource("org.sitrep.store.TestStores#kinds")
    void a_later_ingest_keeps_the_split(String kind) {
        try (TestStores.TestStore t = TestStores.open(kind, folder)) {
            EventStore store = t.store();
            String id = mergedStrike(store);
            Incident split = store.split(id, List.of("monitor-1-e1"), "analyst-1", "two strikes");
            assertTrue(store.store(report("monitor-1.html", MONITOR_TEXT.toUpperCase(), "Outlet B", DAY.plusDays(1)), List.of()).alreadyStored());
            store.store(report("third-1", THIRD_TEXT, "Wire D", DAY.plusDays(2)),
                    List.of(strike("third-1-e1", "third-1", THIRD_TEXT, MARKET_TOWN, 20, null, "rescuers")));
            List<Incident> now = store.incidents(EventQuery.all());
            assertEquals(2, now.size());
            Incident a = store.incident(id).orElseThrow();
            Incident b = store.incident(split.id()).orElseThrow();
            assertFalse(a.members().stream().anyMatch(m -> m.event().id().equals("monitor-1-e1")));
            assertFalse(b.members().stream().anyMatch(m -> m.event().id().equals("wire-1-e1")));
            assertEquals(3, a.members().size() + b.members().size());
        }
    }

    @ParameterizedTest
    @MethodSource("org.sitrep.store.TestStores#kinds")
    void a_merge_moves_all_events_into_the_first_and_deletes_the_second(String kind) throws InterruptedException {
        try (TestStores.TestStore t = TestStores.open(kind, folder)) {
            EventStore store = t.store();
            String id = mergedStrike(store);
            Incident split = store.split(id, List.of("monitor-1-e1"), "analyst-1", "two strikes");
            Instant before = Instant.now();
            Thread.sleep(2);
            Incident merged = store.merge(id, split.id(), "analyst-2", "one strike after all");
            assertEquals(id, merged.id());
            assertEquals(List.of("wire-1-e1", "monitor-1-e1"), merged.members().stream().map(m -> m.event().id()).toList());
            assertEquals(4, merged.revision());
            assertEquals(new Incident.Casualties(18, 18, 30, 2, 0), merged.casualties());
            assertTrue(store.incident(split.id()).isEmpty());
            assertEquals(List.of(Revision.Kind.REVISED, Revision.Kind.DELETED), store.changes(before).stream().map(Change::kind).toList());
            assertEquals(split.id(), store.changes(before).get(1).incidentId());
            assertEquals(1, store.incidents(EventQuery.all()).size());
        }
    }

    @ParameterizedTest
    @MethodSource("org.sitrep.store.TestStores#kinds")
    void edits_that_make_no_sense_are_refused_and_change_nothing(String kind) {
        try (TestStores.TestStore t = TestStores.open(kind, folder)) {
            EventStore store = t.store();
            String id = mergedStrike(store);
            var before = store.stats();
            assertEquals(SitrepException.Category.INPUT, assertThrows(SitrepException.class, () -> store.split(id, List.of("no-such-event"), "a", "b")).category());
            assertEquals(SitrepException.Category.INPUT,
                    assertThrows(SitrepException.class, () -> store.split(id, List.of("wire-1-e1", "monitor-1-e1"), "a", "b")).category());
            assertEquals(SitrepException.Category.INPUT, assertThrows(SitrepException.class, () -> store.merge(id, id, "a", "b")).category());
            assertEquals(SitrepException.Category.INPUT, assertThrows(SitrepException.class, () -> store.merge(id, "inc-missing", "a", "b")).category());
            assertEquals(before, store.stats());
        }
    }

    @ParameterizedTest
    @MethodSource("org.sitrep.store.TestStores#kinds")
    void incidents_of_different_origins_are_never_merged(String kind) {
        try (TestStores.TestStore t = TestStores.open(kind, folder)) {
            EventStore store = t.store();
            String id = mergedStrike(store);
            Event coded = strike("X1", "acled:X1", "coded", MARKET_TOWN, 18, null, "outlet");
            store.storeCoded(List.of(new CodedReport(report("acled:X1", "coded", "Wire A", null), List.of(coded))), "acled");
            String other = store.incidents(EventQuery.all().fromOrigin("acled")).get(0).id();
            assertEquals(SitrepException.Category.INPUT, assertThrows(SitrepException.class, () -> store.merge(id, other, "a", "b")).category());
        }
    }
}
