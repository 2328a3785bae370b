package org.sitrep.server;

import java.util.List;
import org.sitrep.incident.StoryFeatures;
import org.sitrep.model.Event;
import org.sitrep.model.LeftOut;
import org.sitrep.model.Report;

/** Codes one submitted report into events; the serve command backs it with the CLI's Pipeline. */
@FunctionalInterface
public interface ReportProcessor {
    List<Event> process(Report report);

    /**
     * The events, the candidate acts left out with why, and, where the processor builds them, the features that link the
     * report to a story.
     */
    record Coded(List<Event> events, StoryFeatures story, List<LeftOut> leftOut) {
        public Coded {
            leftOut = leftOut == null ? List.of() : List.copyOf(leftOut);
        }

        public Coded(List<Event> events, StoryFeatures story) {
            this(events, story, List.of());
        }
    }

    /** As {@link #process}; a processor that reads the report's lead also returns its story features. */
    default Coded code(Report report) {
        return new Coded(process(report), null);
    }
}
