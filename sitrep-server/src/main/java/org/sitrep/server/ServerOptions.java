package org.sitrep.server;

import java.util.Map;

/**
 * How the server listens and whom it trusts. {@code analysts} maps a bearer token to the analyst's
 * name written to the audit log; with none, every edit is refused. {@code port} 0 picks a free port.
 * {@code cacheMillis}: how long list answers are reused (0 = never); this server's own writes drop them at once.
 */
public record ServerOptions(String host, int port, Map<String, String> analysts, long maxBodyBytes, long cacheMillis) {
    public static final long DEFAULT_MAX_BODY = 5L << 20;
    public static final long DEFAULT_CACHE_MILLIS = 2000;

    public ServerOptions {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0..65535, not " + port);
        analysts = Map.copyOf(analysts);
        if (cacheMillis < 0) throw new IllegalArgumentException("cache time must be 0 or more milliseconds");
        if (analysts.keySet().stream().anyMatch(t -> t.length() < 16)) {
            throw new IllegalArgumentException("analyst tokens must have at least 16 characters");
        }
    }

    public static ServerOptions loopback(int port, Map<String, String> analysts) {
        return new ServerOptions("127.0.0.1", port, analysts, DEFAULT_MAX_BODY, DEFAULT_CACHE_MILLIS);
    }

    public ServerOptions withCacheMillis(long millis) {
        return new ServerOptions(host, port, analysts, maxBodyBytes, millis);
    }
}
