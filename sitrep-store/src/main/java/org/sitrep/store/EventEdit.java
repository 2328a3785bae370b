package org.sitrep.store;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Fatalities;
import org.sitrep.model.Place;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimeSpan;

/**
 * An analyst's correction of an event; null fields stay as they are. A new type without a sub-type
 * drops a sub-type that no longer fits under it.
 */
public record EventEdit(EventType type, SubEventType subType, Place place, TimeSpan date, Fatalities fatalities, Actor actor1, Actor actor2) {
    public EventEdit {
        if (type != null && subType != null && subType.type() != type) {
            throw new IllegalArgumentException("sub-type " + subType.label() + " is not under " + type.label());
        }
    }

    public boolean isEmpty() {
        return type == null && subType == null && place == null && date == null && fatalities == null && actor1 == null && actor2 == null;
    }

    /** The names of the fields this edit sets, in a fixed order. */
    public List<String> fields() {
        List<String> out = new ArrayList<>();
        if (type != null || subType != null) out.add("type");
        if (place != null) out.add("place");
        if (date != null) out.add("date");
        if (fatalities != null) out.add("fatalities");
        if (actor1 != null) out.add("actor1");
        if (actor2 != null) out.add("actor2");
        return out;
    }

    public Event applyTo(Event e) {
        EventType newType = subType != null ? subType.type() : type != null ? type : e.type();
        SubEventType newSub = subType != null ? subType : e.subType() != null && e.subType().type() == newType ? e.subType() : null;
        return new Event(e.id(), e.reportId(), newType, newSub, actor1 != null ? actor1 : e.actor1(), actor2 != null ? actor2 : e.actor2(),
                e.associated(), place != null ? place : e.location(), date != null ? date : e.date(), fatalities != null ? fatalities : e.fatalities(),
                e.claim(), e.sentence(), e.trigger(), e.confidence(), e.evidence(), e.notes());
    }
}
