package org.sitrep.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.sitrep.model.SitrepException;
import org.sitrep.server.ServerOptions;
import org.sitrep.server.SitrepServer;
import org.sitrep.store.EventStore;
import org.sitrep.store.Stores;

/**
 * sitrep bench --serve: starts the server on a loopback port over the given store and has N concurrent
 * clients call GET /api/incidents (a rotation of page, date-window, country, type and bbox queries)
 * until the request budget or the time limit is spent. Loopback only, bounded in count and time.
 */
final class ServeBench {
    private static final List<String> QUERIES = List.of(
            "/api/incidents?limit=100",
            "/api/incidents?limit=100&since=2017-11-01&until=2017-11-30",
            "/api/incidents?limit=50&country=SY",
            "/api/incidents?limit=100&type=Battles",
            "/api/incidents?limit=100&bbox=40.0,34.0,41.5,35.0&format=geojson",
            "/api/incidents?limit=100&offset=500");

    record Options(String db, int clients, int requests, Duration limit, long cacheMillis) {}

    int run(Options o, PrintWriter out) throws InterruptedException {
        if (o.clients() < 1 || o.clients() > 1000) throw new SitrepException(SitrepException.Category.INPUT, "--clients must be 1..1000");
        if (o.requests() < o.clients()) throw new SitrepException(SitrepException.Category.INPUT, "--requests must be at least --clients");
        ReportlessProcessor processor = new ReportlessProcessor();
        try (EventStore store = Stores.open(o.db()); SitrepServer server = new SitrepServer(store, processor, ServerOptions.loopback(0, Map.of()).withCacheMillis(o.cacheMillis()))) {
            int port = server.start();
            Map<String, Object> stats = store.stats();
            out.printf("store: %s events, %s incidents (%s); answer cache %s%n", stats.get("events"), stats.get("incidents"), stats.get("database"),
                    o.cacheMillis() == 0 ? "off" : o.cacheMillis() + " ms");
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
            String base = "http://127.0.0.1:" + port;
            for (String q : QUERIES) call(http, base + q); // warm-up: one of each, not counted
            AtomicInteger tickets = new AtomicInteger(o.requests());
            AtomicLong errors = new AtomicLong();
            ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
            long[] latencies = new long[o.requests()];
            AtomicInteger done = new AtomicInteger();
            long deadline = System.nanoTime() + o.limit().toNanos();
            List<Thread> threads = new ArrayList<>();
            long t0 = System.nanoTime();
            for (int c = 0; c < o.clients(); c++) {
                threads.add(Thread.ofPlatform().start(() -> {
                    int n;
                    while ((n = tickets.decrementAndGet()) >= 0 && System.nanoTime() < deadline) {
                        long s = System.nanoTime();
                        String error = call(http, base + QUERIES.get(n % QUERIES.size()));
                        latencies[done.getAndIncrement()] = System.nanoTime() - s;
                        if (error != null) {
                            errors.incrementAndGet();
                            if (errorSamples.size() < 3) errorSamples.add(error);
                        }
                    }
                }));
            }
            for (Thread t : threads) t.join();
            double secs = (System.nanoTime() - t0) / 1e9;
            long[] sorted = Arrays.copyOf(latencies, done.get());
            Arrays.sort(sorted);
            out.printf("clients: %d, requests: %d in %.1f s (%.0f requests/s), errors: %d%s%n", o.clients(), sorted.length, secs, sorted.length / secs,
                    errors.get(), sorted.length < o.requests() ? " (stopped at the time limit)" : "");
            out.printf("latency ms: p50 %.1f, p90 %.1f, p99 %.1f, max %.1f%n", ms(sorted, 0.50), ms(sorted, 0.90), ms(sorted, 0.99), ms(sorted, 1.0));
            errorSamples.forEach(e -> out.println("  error: " + e));
            out.flush();
            return errors.get() == 0 ? 0 : 1;
        }
    }

    private static String call(HttpClient http, String url) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 ? null : url + " -> " + r.statusCode() + " " + r.body().substring(0, Math.min(200, r.body().length()));
        } catch (java.io.IOException e) {
            return url + " -> " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return url + " -> interrupted";
        }
    }

    private static double ms(long[] sorted, double p) {
        if (sorted.length == 0) return 0;
        int i = (int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
        return sorted[i] / 1e6;
    }

    /** The bench only reads; a submitted report is refused rather than loading the models. */
    private static final class ReportlessProcessor implements org.sitrep.server.ReportProcessor {
        @Override
        public List<org.sitrep.model.Event> process(org.sitrep.model.Report report) {
            throw new SitrepException(SitrepException.Category.INPUT, "the serve benchmark does not code reports");
        }
    }
}
