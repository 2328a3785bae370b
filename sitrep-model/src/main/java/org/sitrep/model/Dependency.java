package org.sitrep.model;

/** A typed dependency between two tokens of a sentence (token indices, 0-based; governor -1 for root). */
public record Dependency(String relation, int governor, int dependent) {}
