package org.sitrep.model;

/** A place name found in a report and, where it could be resolved, its place. {@code place} may be null. */
public record Toponym(Span span, String text, int sentenceIndex, Place place, String reason) {}
