package org.sitrep.model;

import java.time.Month;
import java.util.Locale;

/** English month names and their abbreviations ("Jul.", "Sept", "march"), read by their first three letters. */
public final class MonthNames {
    private MonthNames() {}

    /** The month's number, 1-12; an IllegalArgumentException for a word that names no month. */
    public static int number(String name) {
        String k = name.strip().toUpperCase(Locale.ROOT);
        if (k.length() >= 3) {
            for (Month m : Month.values()) if (m.name().startsWith(k.substring(0, 3))) return m.getValue();
        }
        throw new IllegalArgumentException("no month: " + name);
    }
}
