package org.sitrep.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Instants as epoch microseconds, the unit of every *_micros column. */
final class Micros {
    private Micros() {}

    static long of(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    static Instant toInstant(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }

    static long now() {
        return of(Instant.now());
    }
}
