package org.sitrep.model;

/**
 * A token after annotation. {@code word} is the original text; {@code cased} the truecased form used
 * by the annotators (equal to {@code word} for mixed-case input). {@code ner} is "O" outside entities.
 */
public record Token(int index, String word, String cased, String lemma, String pos, String ner, Span span) {}
