package org.sitrep.store;

import java.time.Instant;
import org.sitrep.model.Event;

/** An event with what its report adds for exports: the outlet that published it, when it was stored, its dataset. */
public record StoredEvent(Event event, String outlet, Instant storedAt, String origin) {}
