package org.sitrep.model;

/** A sentence of a report, with its span in the original text. */
public record Sentence(int index, Span span, String text) {}
