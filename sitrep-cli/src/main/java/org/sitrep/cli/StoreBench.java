package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.sitrep.model.EventType;
import org.sitrep.store.BulkResult;
import org.sitrep.store.CodedReport;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;

/**
 * sitrep bench --store: stores N seeded synthetic events without NLP through the bulk path, in batches,
 * then a small sample through the merging path, then times a few hundred representative queries (date
 * range, country, type, bbox, deep pages; half on events, half on incidents, 100 rows a page).
 */
final class StoreBench {
    /** What the run does: how many events, in batches of how many, the merging sample, how many queries, the seed. */
    record Options(int events, int batch, int mergeSample, int queries, long seed) {}

    private static final int PAGE = 100;
    private final EventStore store;
    private final Options options;

    StoreBench(EventStore store, Options options) {
        this.store = store;
        this.options = options;
    }

    void run(PrintWriter out) {
        SyntheticEvents generator = new SyntheticEvents(options.seed());
        long reports = 0;
        long events = 0;
        long start = System.nanoTime();
        long lastPrint = start;
        while (events < options.events()) {
            List<CodedReport> batch = generator.next((int) Math.min(options.batch(), options.events() - events));
            BulkResult r = store.storeCoded(batch, "synthetic");
            reports += r.reports();
            events += r.events();
            if (System.nanoTime() - lastPrint > 30e9) {
                lastPrint = System.nanoTime();
                out.printf("  ... %d events stored (%.0f s)%n", events, (lastPrint - start) / 1e9);
                out.flush();
            }
        }
        double secs = (System.nanoTime() - start) / 1e9;
        out.printf("bulk ingest: %d events in %d reports in %.1f s = %.0f events/s, %.0f reports/s (batches of %d events, one transaction each)%n",
                events, reports, secs, events / secs, reports / secs, options.batch());
        if (options.mergeSample() > 0) mergingSample(out, new SyntheticEvents(options.seed() + 1));
        queries(out, generator);
        out.printf("database size: %.1f MiB (%s)%n", store.sizeBytes() / 1048576.0, store.stats());
        out.flush();
    }

    /** sitrep's own path: one transaction per report with the incident search, as ingest does after extraction. */
    private void mergingSample(PrintWriter out, SyntheticEvents generator) {
        List<CodedReport> sample = generator.next(options.mergeSample());
        int events = 0;
        long start = System.nanoTime();
        for (CodedReport r : sample) {
            List<org.sitrep.model.Event> renamed = new ArrayList<>();
            String id = "merge-" + r.report().id();
            for (var e : r.events()) renamed.add(new org.sitrep.model.Event(e.id().replace(r.report().id(), id), id, e.type(), e.subType(), e.actor1(), e.actor2(),
                    e.associated(), e.location(), e.date(), e.fatalities(), e.claim(), e.sentence(), e.trigger(), e.confidence(), e.evidence(), e.notes()));
            var report = r.report();
            store.store(new org.sitrep.model.Report(id, report.title(), "merge sample " + id + ": " + report.text(), report.published(), report.source(), null, null,
                    List.of(), "synthetic"), renamed);
            events += renamed.size();
        }
        double secs = (System.nanoTime() - start) / 1e9;
        out.printf("merging ingest (store(), incident search per report): %d events in %d reports in %.1f s = %.0f events/s, %.0f reports/s%n",
                events, sample.size(), secs, events / secs, sample.size() / secs);
    }

    private void queries(PrintWriter out, SyntheticEvents generator) {
        Random random = new Random(options.seed() + 2);
        Map<String, Supplier<EventQuery>> kinds = new LinkedHashMap<>();
        kinds.put("date range (7 days)", () -> {
            var from = SyntheticEvents.FIRST_DAY.plusDays(random.nextInt(SyntheticEvents.DAYS - 7));
            return EventQuery.all().between(from, from.plusDays(6)).page(PAGE, 0);
        });
        kinds.put("country", () -> EventQuery.all().inCountry(generator.country(random.nextInt(100))).page(PAGE, 0));
        kinds.put("country + type", () -> EventQuery.all().inCountry(generator.country(random.nextInt(100)))
                .ofType(EventType.values()[random.nextInt(EventType.values().length)]).page(PAGE, 0));
        kinds.put("bbox (1 degree)", () -> {
            double[] b = generator.boxAround(random.nextInt(10_000));
            return EventQuery.all().within(new EventQuery.BoundingBox(b[0], b[1], b[2], b[3])).page(PAGE, 0);
        });
        kinds.put("country, page 1-50", () -> EventQuery.all().inCountry(generator.country(random.nextInt(100))).page(PAGE, PAGE * random.nextInt(50)));
        List<Long> all = new ArrayList<>();
        // One warm-up round so the first query of a kind does not time the JIT.
        for (Supplier<EventQuery> k : kinds.values()) {
            store.events(k.get());
            store.incidents(k.get());
        }
        out.printf("queries (%d rows a page; half events, half incidents):%n", PAGE);
        for (var kind : kinds.entrySet()) {
            List<Long> times = new ArrayList<>();
            long rows = 0;
            for (int i = 0; i < options.queries() / kinds.size(); i++) {
                EventQuery q = kind.getValue().get();
                long t0 = System.nanoTime();
                rows += i % 2 == 0 ? store.events(q).size() : store.incidents(q).size();
                times.add(System.nanoTime() - t0);
            }
            all.addAll(times);
            out.printf("  %-20s %4d queries, p50 %7.1f ms, p99 %7.1f ms, %.0f rows/query%n", kind.getKey(), times.size(), pct(times, 50), pct(times, 99),
                    rows / (double) times.size());
        }
        out.printf("  %-20s %4d queries, p50 %7.1f ms, p99 %7.1f ms%n", "all", all.size(), pct(all, 50), pct(all, 99));
    }

    private static double pct(List<Long> nanos, int p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
    }
}
