package org.sitrep.ingest;

/** The kinds of input sitrep reads. Tokenized one-sentence-a-line text is plain text with breaks. */
enum InputFormat { TEXT, HTML, JSON_LINES, FEED }
