package org.sitrep.server;

import java.util.List;
import org.sitrep.model.Event;
import org.sitrep.model.Report;

/** Codes one submitted report into events; the serve command backs it with the CLI's Pipeline. */
@FunctionalInterface
public interface ReportProcessor {
    List<Event> process(Report report);
}
