package org.sitrep.store;

import java.util.List;
import org.sitrep.model.Event;
import org.sitrep.model.Report;

/** A report with events already coded elsewhere (an ACLED row, a synthetic benchmark event): no extraction. */
public record CodedReport(Report report, List<Event> events) {
    public CodedReport {
        events = List.copyOf(events);
    }
}
