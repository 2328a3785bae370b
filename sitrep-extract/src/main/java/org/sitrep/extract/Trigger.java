package org.sitrep.extract;

import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;

/** A word or phrase that names an event, with the sub-event type it suggests. */
public record Trigger(SubEventType subType, Span span, String phrase, int priority) {}
