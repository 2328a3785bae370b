package org.sitrep.server;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.sitrep.store.EventStore;

/**
 * The one way handlers reach the store. An EventStore is one connection and not thread-safe, so calls
 * take turns under one lock; extraction (slow) runs outside it.
 */
final class StoreAccess {
    private final EventStore store;
    private final ReentrantLock lock = new ReentrantLock();

    StoreAccess(EventStore store) {
        this.store = store;
    }

    <T> T with(Function<EventStore, T> call) {
        lock.lock();
        try {
            return call.apply(store);
        } finally {
            lock.unlock();
        }
    }
}
