package org.sitrep.model;

import java.util.List;

/** One coded event: what happened, who, where, when, how many died, who says so, and the evidence. */
public record Event(
        String id,
        String reportId,
        EventType type,
        SubEventType subType,
        Actor actor1,
        Actor actor2,
        List<Actor> associated,
        Place location,
        TimeSpan date,
        Fatalities fatalities,
        Claim claim,
        Sentence sentence,
        String trigger,
        double confidence,
        List<Evidence> evidence,
        List<String> notes) {
    public Event {
        if (subType != null && type != null && subType.type() != type) {
            throw new IllegalArgumentException("sub-type " + subType.label() + " is not under " + type.label());
        }
        associated = associated == null ? List.of() : List.copyOf(associated);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }
}
