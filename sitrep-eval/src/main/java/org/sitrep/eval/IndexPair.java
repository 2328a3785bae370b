package org.sitrep.eval;

/** A gold item and the predicted item it was paired with, by their positions in the record. */
record IndexPair(int gold, int predicted) {}
