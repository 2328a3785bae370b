package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.*;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ResponseCacheTest {
    private final AtomicInteger computed = new AtomicInteger();

    private ResponseCache.Reply compute() {
        return new ResponseCache.Reply("application/json", "{\"n\": " + computed.incrementAndGet() + "}");
    }

    @Test
    void the_same_request_is_answered_once_until_a_write_drops_it() {
        ResponseCache cache = new ResponseCache(60_000);
        assertEquals("{\"n\": 1}", cache.get("/api/incidents?", this::compute).body());
        assertEquals("{\"n\": 1}", cache.get("/api/incidents?", this::compute).body());
        assertEquals("{\"n\": 2}", cache.get("/api/incidents?type=Battles", this::compute).body());
        cache.invalidate();
        assertEquals("{\"n\": 3}", cache.get("/api/incidents?", this::compute).body());
    }

    @Test
    void an_expired_answer_is_refreshed_by_one_caller_while_the_others_get_the_previous_one() throws Exception {
        ResponseCache cache = new ResponseCache(1);
        assertEquals("{\"n\": 1}", cache.get("k", this::compute).body());
        Thread.sleep(5);
        java.util.concurrent.CountDownLatch refreshing = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Thread refresher = Thread.ofPlatform().start(() -> cache.get("k", () -> {
            refreshing.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return compute();
        }));
        refreshing.await();
        assertEquals("{\"n\": 1}", cache.get("k", this::compute).body(), "served the previous answer during the refresh");
        release.countDown();
        refresher.join();
        assertEquals(2, computed.get());
    }

    @Test
    void a_failed_answer_is_not_kept_and_a_zero_time_to_live_keeps_nothing() {
        ResponseCache cache = new ResponseCache(60_000);
        assertThrows(ApiException.class, () -> cache.get("k", () -> { throw ApiException.badRequest("bad"); }));
        assertEquals("{\"n\": 1}", cache.get("k", this::compute).body());
        ResponseCache off = new ResponseCache(0);
        off.get("k", this::compute);
        assertEquals("{\"n\": 3}", off.get("k", this::compute).body());
    }
}
