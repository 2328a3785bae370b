package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.SubEventType;

/**
 * "The Sudan Armed Forces attacked a refugee camp ... Observers believe the attacks were carried out by the SAF's
 * Antonov bombers": a sentence that names a told act again (no new event) may say how it was done. ACLED codes an attack
 * from the air as an air strike and one by shells as shelling, whoever was hit, so the told act that named no means (a bare
 * "attacked", "was bombed") takes the means its retelling names.
 */
final class RetoldMeans {
    private static final Set<SubEventType> MEANS = Set.of(SubEventType.AIR_DRONE_STRIKE, SubEventType.SHELLING_ARTILLERY_MISSILE);
    static final String NOTE = "sub-type: the means a later sentence names for this act";

    private RetoldMeans() {}

    /** Re-codes, in place, the latest told act of political violence when a retold trigger names its means. */
    static void apply(List<Trigger> retold, List<Event> events) {
        Trigger means = retold.stream().filter(t -> MEANS.contains(t.subType())).findFirst().orElse(null);
        if (means == null) return;
        for (int i = events.size() - 1; i >= 0; i--) {
            Event e = events.get(i);
            if (e.type() == null || !e.type().politicalViolence()) continue;
            boolean unnamed = e.subType() == SubEventType.ATTACK || EventCoreference.meansUnnamed(e);
            if (!unnamed) return;
            List<Evidence> ev = new ArrayList<>(e.evidence());
            ev.add(new Evidence("event_type", means.span(), means.phrase()));
            List<String> notes = new ArrayList<>(e.notes());
            notes.add(NOTE + " (\"" + means.phrase() + "\")");
            SubEventType sub = means.subType();
            events.set(i, new Event(e.id(), e.reportId(), sub.type(), sub, e.actor1(), e.actor2(), e.associated(), e.location(), e.date(),
                    e.fatalities(), e.claim(), e.sentence(), e.trigger(), e.confidence(), ev, notes));
            return;
        }
    }
}
