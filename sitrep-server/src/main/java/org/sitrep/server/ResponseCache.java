package org.sitrep.server;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Answers to list requests, reused for a few seconds and dropped at once when this server writes.
 * Identical requests that arrive together share one store query (the store takes one call at a
 * time). When an answer is older than its time to live, the one request that notices refreshes it
 * while the others keep getting the previous answer, so clients never queue behind a refresh.
 * Another process writing to the same database is seen within the time to live plus one query.
 */
final class ResponseCache {
    static final int MAX_ENTRIES = 2000;

    record Reply(String contentType, String body) {}

    private record Entry(long version, long expiresNanos, CompletableFuture<Reply> reply, AtomicBoolean refreshing) {
        Entry(long version, long expiresNanos) {
            this(version, expiresNanos, new CompletableFuture<>(), new AtomicBoolean());
        }
    }

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
            if (current != null && current.version() == version.get()) {
                // Fresh, or its first computation still running: share it.
                if (now < current.expiresNanos() || !current.reply().isDone()) return join(current);
                if (current.reply().isCompletedExceptionally()) {
                    entries.remove(key, current);
                    continue;
                }
                // Expired with nothing written here since: one caller refreshes, the rest take the previous answer.
                if (!current.refreshing().compareAndSet(false, true)) return join(current);
                return refresh(key, current, compute);
            }
            Entry mine = new Entry(version.get(), now + ttlNanos);
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

    private Reply refresh(String key, Entry stale, Supplier<Reply> compute) {
        long v = version.get();
        Reply fresh;
        try {
            fresh = compute.get();
        } catch (RuntimeException e) {
            stale.refreshing().set(false);
            throw e;
        }
        Entry next = new Entry(v, System.nanoTime() + ttlNanos);
        next.reply().complete(fresh);
        entries.replace(key, stale, next); // fails harmlessly when a write cleared the cache meanwhile
        return fresh;
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
