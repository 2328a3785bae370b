package org.sitrep.extract;

import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.LeftOut;

/** Builds the left-out record of a trigger the extractor skipped, or of an event it built and then dropped. */
final class LeftOuts {
    private LeftOuts() {}

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
