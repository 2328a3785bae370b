package org.sitrep.server;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Answers to list requests, kept for a few seconds and dropped at once when this server writes.
 * Identical requests that arrive together share one store query (the store takes one call at a
 * time), which is what keeps a map full of clients polling the same view fast. Another process
 * writing to the same database is seen after at most the time to live.
 */
final class ResponseCache {
    static final int MAX_ENTRIES = 2000;

    record Reply(String contentType, String body) {}

    private record Entry(long version, long expiresNanos, CompletableFuture<Reply> reply) {}

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong version = new AtomicLong();
    private final long ttlNanos;

    ResponseCache(long ttlMillis) {
        this.ttlNanos = ttlMillis * 1_000_000;
    }

    void invalidate() {
        version.incrementAndGet();
        entries.clear();
    }

    Reply get(String key, Supplier<Reply> compute) {
        if (ttlNanos <= 0) return compute.get();
        while (true) {
            long now = System.nanoTime();
            Entry current = entries.get(key);
            if (current != null && current.version() == version.get() && now < current.expiresNanos()) return join(current);
            Entry mine = new Entry(version.get(), now + ttlNanos, new CompletableFuture<>());
            boolean won = current == null ? entries.putIfAbsent(key, mine) == null : entries.replace(key, current, mine);
            if (!won) continue;
            if (entries.size() > MAX_ENTRIES) entries.clear();
            try {
                mine.reply().complete(compute.get());
            } catch (RuntimeException e) {
                entries.remove(key, mine);
                mine.reply().completeExceptionally(e);
                throw e;
            }
            return join(mine);
        }
    }

    private static Reply join(Entry e) {
        try {
            return e.reply().join();
        } catch (CompletionException x) {
            if (x.getCause() instanceof RuntimeException r) throw r;
            throw x;
        }
    }
}
