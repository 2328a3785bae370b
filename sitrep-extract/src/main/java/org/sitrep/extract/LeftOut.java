package org.sitrep.extract;

import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;

/**
 * A candidate act the extractor did not code, with why: an analyst checking a report sees what was read as background,
 * talk or history, not only what was kept. {@code text} and {@code span} are the trigger's words in the report.
 */
public record LeftOut(SubEventType subType, String text, Span span, String reason) {
    static LeftOut of(Trigger t, String reason) {
        return new LeftOut(t.subType(), t.phrase(), t.span(), reason);
    }

    /** An event built and then dropped: its trigger evidence, or its trigger words and sentence where it has none. */
    static LeftOut of(Event e, String reason) {
        Evidence trigger = e.evidence().stream().filter(x -> "event_type".equals(x.field())).findFirst().orElse(null);
        if (trigger != null) return new LeftOut(e.subType(), trigger.text(), trigger.span(), reason);
        return new LeftOut(e.subType(), e.trigger(), e.sentence() == null ? null : e.sentence().span(), reason);
    }
}
