package org.sitrep.model;

/**
 * A time expression found in a report, normalized TIMEX3-style: type DATE, TIME, DURATION or SET, and
 * {@code value} such as "2017-11-09", "2017-W45", "PXD". {@code resolved} is the day range it denotes
 * (unknown where it denotes none).
 */
public record TimeExpression(Span span, String text, int sentenceIndex, String type, String value, TimeSpan resolved) {}
