package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.*;
import static org.sitrep.store.StrikeReports.*;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Place;
import org.sitrep.model.TimeSpan;

/** Every filter, paging and the change feed's order; readers on several threads while one writer stores. Both databases. */
class QueryAndConcurrencyTest {
    @TempDir
    Path folder;

    private static void fill(EventStore store) {
        store.store(report("wire-1", WIRE_TEXT, "Wire A", DAY), List.of(strike("wire-1-e1", "wire-1", WIRE_TEXT, MARKET_TOWN, 18, null, "a rescue worker")));
        store.store(report("south-1", SOUTH_TEXT, "Wire C", DAY), List.of(strike("south-1-e1", "south-1", SOUTH_TEXT, FIFTY_KM_SOUTH, 4, null, "residents")));
        store.store(report("c-2", "Fighters of Group B drove Militia A out of Jisr Amer in recent days.", "Wire B", LocalDate.parse("2017-11-13")),
                List.of(capture("c-2-e1", "c-2", "Group B", new TimeSpan(LocalDate.parse("2017-11-10"), LocalDate.parse("2017-11-13"), 2, "in recent days", null, false, null))));
    }

    private static List<String> ids(List<Event> events) {
        return events.stream().map(Event::id).toList();
    }

    @ParameterizedTest
    @MethodSource("org.sitrep.store.TestStores#kinds")
    void each_filter_keeps_exactly_what_it_names(String kind) {
        try (TestStores.TestStore t = TestStores.open(kind, folder)) {
            EventStore store = t.store();
            fill(store);
            EventQuery all = EventQuery.all();
            // A range overlapping the asked days is kept; one ending before them is not.
            assertEquals(List.of("c-2-e1"), ids(store.events(all.between(LocalDate.parse("2017-11-11"), LocalDate.parse("2017-11-11")))));
            assertEquals(List.of(), ids(store.events(all.between(LocalDate.parse("2017-11-01"), LocalDate.parse("2017-11-09")))));
            assertEquals(3, store.events(all.between(DAY, null)).size());
            assertEquals(3, store.events(all.inCountry("xa")).size());
            assertEquals(0, store.events(all.inCountry("SY")).size());
            assertEquals(List.of("c-2-e1"), ids(store.events(all.ofType(EventType.BATTLES))));
            assertEquals(List.of("c-2-e1"), ids(store.events(all.within(new EventQuery.BoundingBox(40.0, 34.0, 41.0, 35.0)))));
            assertEquals(List.of("c-2-e1"), ids(store.events(all.involving("group b"))));
            assertEquals(2, store.events(all.involving("Military Forces")).size());
            assertEquals(List.of("south-1-e1"), ids(store.events(all.matching("bakery"))));
            assertEquals(3, store.events(all.fromOrigin("sitrep")).size());
            assertEquals(0, store.events(all.fromOrigin("acled")).size());
            assertEquals(List.of("c-2-e1"), ids(store.incidents(all.involving("group b")).get(0).members().stream().map(m -> m.event()).toList()));
            assertEquals(2, store.incidents(all.ofType(EventType.EXPLOSIONS_REMOTE_VIOLENCE).inCountry("XA")).size());
        }
    }

    @ParameterizedTest
    @MethodSource("org.sitrep.store.TestStores#kinds")
    void pages_are_disjoint_and_together_give_everything_in_order(String kind) {
        try (TestStores.TestStore t = TestStores.open(kind, folder)) {
            EventStore store = t.store();
            fill(store);
            List<String> everything = ids(store.events(EventQuery.all()));
            List<String> paged = new ArrayList<>();
            for (int offset = 0; offset < 4; offset += 2) paged.addAll(ids(store.events(EventQuery.all().page(2, offset))));
            assertEquals(everything, paged);
            assertEquals(List.of("c-2-e1", "south-1-e1", "wire-1-e1"), everything, "ordered by first day, then report");
            assertEquals(1, store.incidents(EventQuery.all().page(1, 2)).size());
            assertEquals(0, store.incidents(EventQuery.all().page(1, 3)).size());
        }
    }

    @ParameterizedTest
    @MethodSource("org.sitrep.store.TestStores#kinds")
    void the_change_feed_is_ordered_by_sequence_and_resumes_after_a_time(String kind) {
        try (TestStores.TestStore t = TestStores.open(kind, folder)) {
            EventStore store = t.store();
            fill(store);
            List<Change> all = store.changes(null);
            assertEquals(3, all.size());
            for (int i = 1; i < all.size(); i++) assertTrue(all.get(i).seq() > all.get(i - 1).seq());
            assertEquals(List.of(), store.changes(all.get(2).at()));
        }
    }

    @ParameterizedTest
    @MethodSource("org.sitrep.store.TestStores#kinds")
    void readers_on_four_threads_see_whole_reports_while_one_writer_stores(String kind) throws Exception {
        int reports = 24;
        try (TestStores.TestStore t = TestStores.open(kind, folder)) {
            EventStore store = t.store();
            AtomicBoolean writing = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(5);
            try {
                List<Future<Integer>> readers = new ArrayList<>();
                for (int r = 0; r < 4; r++) {
                    readers.add(pool.submit(() -> {
                        int seen = 0;
                        int reads = 0;
                        while (writing.get() || reads == 0) {
                            int events = store.events(EventQuery.all()).size();
                            var incidents = store.incidents(EventQuery.all());
                            // Reports are whole transactions and only add: an event read first has its incident by the next read.
                            if (events < seen || incidents.size() < events) throw new AssertionError("saw " + events + " events, then " + incidents.size() + " incidents, after " + seen);
                            for (var i : incidents) {
                                if (i.members().size() != 1 || !i.casualties().best().equals(i.members().get(0).event().fatalities().best())) {
                                    throw new AssertionError("half-built incident " + i.id());
                                }
                            }
                            seen = events;
                            reads++;
                        }
                        return reads;
                    }));
                }
                Future<?> writer = pool.submit(() -> {
                    try {
                        for (int i = 0; i < reports; i++) {
                            // Each report in its own town a degree apart: no merging, one incident per event.
                            Place town = place("Town " + i, 20_000 + i, "XA", "Northern", 10.0 + i, 20.0);
                            String text = "Shelling hit Town " + i + " on Monday, killing " + (i + 1) + " people, residents said.";
                            store.store(report("r-" + i, text, "Wire", DAY), List.of(strike("r-" + i + "-e1", "r-" + i, text, town, i + 1, null, "residents")));
                        }
                    } finally {
                        writing.set(false);
                    }
                });
                writer.get();
                for (Future<Integer> f : readers) assertTrue(f.get() > 0);
            } finally {
                pool.shutdownNow();
            }
            assertEquals((long) reports, store.stats().get("events"));
            assertEquals((long) reports, store.stats().get("incidents"));
        }
    }
}
