package org.sitrep.cli;

import java.util.List;
import java.util.Map;
import org.sitrep.model.LeftOut;
import org.sitrep.incident.StoryFeatures;
import org.sitrep.model.AnnotatedReport;
import org.sitrep.model.Event;
import org.sitrep.model.Toponym;

/**
 * What the pipeline made of one report (events, the candidate acts left out with why, and the features that link it to a
 * story), with the nanoseconds each stage took.
 */
public record ReportResult(AnnotatedReport annotated, List<Toponym> toponyms, List<Event> events, List<LeftOut> leftOut, StoryFeatures story,
        Map<String, Long> stageNanos) {
    public ReportResult {
        toponyms = List.copyOf(toponyms);
        events = List.copyOf(events);
        leftOut = List.copyOf(leftOut);
        stageNanos = Map.copyOf(stageNanos);
    }
}
