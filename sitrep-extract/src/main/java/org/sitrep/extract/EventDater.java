package org.sitrep.extract;

import org.sitrep.model.AnnotatedReport;
import org.sitrep.model.Span;
import org.sitrep.model.TimeSpan;

/** Dates an event from its trigger (implemented by sitrep-time's resolver, wired in the pipeline). */
@FunctionalInterface
public interface EventDater {
    TimeSpan date(AnnotatedReport report, int sentenceIndex, Span trigger);
}
