package org.sitrep.model;

/** Where in the original text a field's value comes from. */
public record Evidence(String field, Span span, String text) {
    public Evidence {
        if (field == null || field.isBlank()) throw new IllegalArgumentException("evidence needs a field name");
        if (span == null) throw new IllegalArgumentException("evidence needs a span");
        text = text == null ? "" : text;
    }
}
