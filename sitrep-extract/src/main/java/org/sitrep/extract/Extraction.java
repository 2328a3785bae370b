package org.sitrep.extract;

import java.util.List;
import org.sitrep.model.LeftOut;
import org.sitrep.model.Event;

/** One report's coded events and the candidate acts left out of them, each with its reason. */
public record Extraction(List<Event> events, List<LeftOut> leftOut) {
    public Extraction {
        events = List.copyOf(events);
        leftOut = List.copyOf(leftOut);
    }
}
