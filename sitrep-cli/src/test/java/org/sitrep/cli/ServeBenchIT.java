package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Fatalities;
import org.sitrep.model.Place;
import org.sitrep.model.Report;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimeSpan;
import org.sitrep.store.EventStore;
import org.sitrep.store.Stores;

/** bench --serve runs its clients against a small store on loopback and reports latency and errors (no timing is asserted). */
class ServeBenchIT {
    @TempDir
    Path folder;

    @Test
    void the_serve_benchmark_reports_percentiles_and_no_errors_on_a_small_store() {
        String db = "jdbc:duckdb:" + folder.resolve("bench.duckdb");
        try (EventStore store = Stores.open(db)) {
            for (int r = 0; r < 5; r++) {
                Place p = new Place("Town " + r, 100 + r, "SY", null, null, 34.0 + r / 10.0, 40.0 + r / 10.0, 1, "P", null, null, 1.0, List.of());
                Event e = new Event(null, "r" + r, SubEventType.ARMED_CLASH.type(), SubEventType.ARMED_CLASH, new Actor("Side A", "SY", 1, null, null, null, false),
                        null, List.of(), p, TimeSpan.day(LocalDate.parse("2017-11-01").plusDays(r * 5L), "day", null),
                        new Fatalities(r, r, r, false, false, null, null), null, null, "clashed", 0.5, List.of(), List.of());
                store.store(Report.of("r" + r, "Report number " + r + " about a clash.", LocalDate.parse("2017-11-30")), List.of(e));
            }
        }
        StringWriter out = new StringWriter();
        var cl = SitrepCli.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        int exit = cl.execute("bench", "--serve", "--db", db, "--clients", "8", "--requests", "60", "--time-limit", "120");
        assertEquals(0, exit, out.toString());
        assertTrue(out.toString().contains("store: 5 events"), out.toString());
        assertTrue(out.toString().contains("clients: 8, requests: 60 in") && out.toString().contains("errors: 0"), out.toString());
        assertTrue(out.toString().matches("(?s).*p50 [0-9.]+, p90 [0-9.]+, p99 [0-9.]+, max [0-9.]+.*"), out.toString());
    }
}
