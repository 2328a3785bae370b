package org.sitrep.model;

/** A named-entity mention: type (PERSON, LOCATION, ORGANIZATION, MISC, ...), span and text as written. */
public record EntityMention(String type, Span span, String text, String cased, int sentenceIndex, int firstToken, int lastToken) {}
