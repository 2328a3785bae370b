package org.sitrep.server;

import java.util.function.Function;
import org.sitrep.store.EventStore;

/**
 * The one way handlers reach the store. The store gives each call its own connection and serializes
 * writes itself, so reads from many clients run side by side; extraction (slow) runs outside any store call.
 */
final class StoreAccess {
    private final EventStore store;

    StoreAccess(EventStore store) {
        this.store = store;
    }

    <T> T with(Function<EventStore, T> call) {
        return call.apply(store);
    }
}
