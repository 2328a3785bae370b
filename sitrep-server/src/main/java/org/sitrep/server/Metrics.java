package org.sitrep.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Request counts, error counts and latency percentiles per route, over the last {@value #WINDOW} requests of each. */
final class Metrics {
    static final int WINDOW = 4096;
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final long startedMillis = System.currentTimeMillis();

    void record(String route, int status, long nanos) {
        routes.computeIfAbsent(route, k -> new Route()).record(status, nanos);
    }

    ObjectNode toJson(ObjectMapper json) {
        ObjectNode o = json.createObjectNode();
        o.put("uptime_seconds", (System.currentTimeMillis() - startedMillis) / 1000);
        ObjectNode r = o.putObject("routes");
        new TreeMap<>(routes).forEach((name, route) -> r.set(name, route.toJson(json)));
        return o;
    }

    private static final class Route {
        private final AtomicLong count = new AtomicLong();
        private final AtomicLong clientErrors = new AtomicLong();
        private final AtomicLong serverErrors = new AtomicLong();
        private final long[] window = new long[WINDOW];

        void record(int status, long nanos) {
            long n = count.getAndIncrement();
            if (status >= 500) serverErrors.incrementAndGet();
            else if (status >= 400) clientErrors.incrementAndGet();
            synchronized (window) {
                window[(int) (n % WINDOW)] = nanos;
            }
        }

        ObjectNode toJson(ObjectMapper json) {
            long n = count.get();
            long[] copy;
            synchronized (window) {
                copy = Arrays.copyOf(window, (int) Math.min(n, WINDOW));
            }
            Arrays.sort(copy);
            ObjectNode o = json.createObjectNode();
            o.put("requests", n);
            o.put("client_errors", clientErrors.get());
            o.put("server_errors", serverErrors.get());
            o.put("p50_ms", percentile(copy, 0.50));
            o.put("p99_ms", percentile(copy, 0.99));
            return o;
        }

        private static double percentile(long[] sorted, double p) {
            if (sorted.length == 0) return 0;
            int i = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
            return Math.round(sorted[Math.max(0, i)] / 1e4) / 100.0;
        }
    }
}
