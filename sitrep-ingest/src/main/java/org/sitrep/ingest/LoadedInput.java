package org.sitrep.ingest;

/**
 * One input's decoded text. {@code name} is what the user typed (a path, or "standard input") and is
 * used in messages and {@code Report.origin}; {@code stem} is the file name without extension, used to
 * derive ids; {@code extension} is lower case without the dot, empty when there is none.
 */
record LoadedInput(String name, String stem, String extension, String text) {}
