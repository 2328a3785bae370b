package org.sitrep.time;

/** Tense of the verb that governs a time expression, as far as it decides the direction of a bare date. */
enum Tense {
    PAST, PRESENT, FUTURE, UNKNOWN
}
