package org.sitrep.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.model.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** sitrep bench: throughput and memory of the whole pipeline and of each stage (a benchmark, not a test). */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Prints articles/s, sentences/s, model load time and peak heap; with --store, the store's ingest rate, query latency and size.")
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Reports to run on (default: examples/).")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--repeat", defaultValue = "1", description = "Run the inputs this many times (after one warm-up pass).")
    int repeat;

    @Option(names = "--threads", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--serve", description = "Load-test the server instead: concurrent clients on GET /api/incidents over --db (loopback only).")
    boolean serve;

    @Option(names = "--clients", defaultValue = "200", description = "With --serve: concurrent clients (default ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--requests", defaultValue = "10000", description = "With --serve: requests in all (default ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--cache-ms", defaultValue = "2000", description = "With --serve: the server's answer cache (default ${DEFAULT-VALUE}; 0 measures every request on the store).")
    long cacheMillis;

    @Option(names = "--time-limit", defaultValue = "300", description = "With --serve: stop after this many seconds (default ${DEFAULT-VALUE}).")
    int timeLimit;

    @Option(names = "--stories", description = "Run the pipeline as ingest does: also annotate each report's lead for story linking.")
    boolean stories;

    @Option(names = "--store", description = "Benchmark the store instead: synthetic events (no NLP), ingest rate, query latency, size.")
    boolean storeBench;

    @Option(names = "--db", description = "With --store: JDBC URL (default: a temporary DuckDB file, deleted after); with --serve: the store to serve (default sitrep.duckdb).")
    String db;

    @Option(names = "--events", defaultValue = "1000000", description = "With --store: synthetic events to store.")
    int events;

    @Option(names = "--batch", defaultValue = "50000", description = "With --store: events per bulk transaction.")
    int batch;

    @Option(names = "--merge-sample", defaultValue = "2000", description = "With --store: events also stored one report at a time through the merging path.")
    int mergeSample;

    @Option(names = "--queries", defaultValue = "300", description = "With --store: queries to time.")
    int queries;

    @Option(names = "--seed", defaultValue = "7", description = "With --store: generator seed.")
    long seed;

    @Override
    public Integer call() throws InterruptedException, java.io.IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (serve) return new ServeBench().run(new ServeBench.Options(db, clients, requests, java.time.Duration.ofSeconds(timeLimit), cacheMillis), out);
        PrintWriter err = spec.commandLine().getErr();
        if (storeBench) return storeBench(out);
        if (inputs.isEmpty()) inputs = List.of("examples");
        List<Report> reports = new Inputs().read(inputs, null, err);
        PipelineOptions o = PipelineOptions.defaults().withStories(stories);
        if (threads != null) o = o.withThreads(threads);
        try (Pipeline p = new Pipeline(o)) {
            out.printf("machine: %d cores, max heap %d MiB, %s %s%n", Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.vm.name"), System.getProperty("java.version"));
            out.printf("model load: %.1f s%n", p.loadNanos() / 1e9);
            p.processAll(reports, err::println, () -> {}); // warm-up
            Map<String, Long> stage = new LinkedHashMap<>();
            long sentences = 0;
            long fullSentences = 0;
            int n = 0;
            long t0 = System.nanoTime();
            for (int i = 0; i < repeat; i++) {
                for (ReportResult r : p.processAll(reports, err::println, () -> {})) {
                    if (r == null) continue;
                    n++;
                    sentences += r.annotated().sentences().size();
                    fullSentences += r.annotated().sentences().stream().filter(s -> s.full()).count();
                    r.stageNanos().forEach((k, v) -> stage.merge(k, v, Long::sum));
                }
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            out.printf("whole pipeline: %d reports in %.2f s = %.2f articles/s, %.1f sentences/s (%d of %d sentences fully annotated)%n",
                    n, secs, n / secs, sentences / secs, fullSentences, sentences);
            long total = stage.values().stream().mapToLong(Long::longValue).sum();
            for (Map.Entry<String, Long> s : stage.entrySet()) {
                long v = s.getValue();
                out.printf("  stage %-9s %6.1f ms/article (%4.1f%% of thread time), %.1f articles/s per thread%n",
                        s.getKey(), v / 1e6 / Math.max(1, n), 100.0 * v / Math.max(1, total), n / (v / 1e9));
            }
            out.printf("peak heap: %d MiB%n", peakHeap() >> 20);
        }
        out.flush();
        return 0;
    }

    private int storeBench(PrintWriter out) throws java.io.IOException {
        java.nio.file.Path temp = null;
        String url = db;
        if (url == null) {
            temp = java.nio.file.Files.createTempDirectory("sitrep-bench");
            url = "jdbc:duckdb:" + temp.resolve("bench.duckdb");
        }
        out.printf("store bench on %s: %d synthetic events, seed %d%n", url, events, seed);
        try (org.sitrep.store.EventStore store = org.sitrep.store.Stores.open(url)) {
            new StoreBench(store, new StoreBench.Options(events, batch, mergeSample, queries, seed)).run(out);
        } finally {
            if (temp != null) {
                try (var files = java.nio.file.Files.walk(temp)) {
                    for (java.nio.file.Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) java.nio.file.Files.deleteIfExists(p);
                }
            }
        }
        out.printf("peak heap: %d MiB%n", peakHeap() >> 20);
        out.flush();
        return 0;
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }
}
