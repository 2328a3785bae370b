package org.sitrep.model;

/** Who says so: a speaker or outlet named in the text, with its kind (monitor, residents, military...). */
public record Source(String name, String kind, String verb, Span span) {}
