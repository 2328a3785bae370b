package org.sitrep.time;

import java.util.Map;
import org.sitrep.model.Span;

/** A time expression as our recognizer found it, before normalization: the rule and its captured words. */
record Mention(String kind, String type, Span span, String text, Map<String, String> groups) {
    Mention {
        groups = Map.copyOf(groups);
    }

    String group(String name) {
        return groups.get(name);
    }

    /** "a year", "one year": the count and unit of "a year ago/earlier", which results stories compare as a date. */
    boolean oneYear() {
        String num = group("num");
        String unit = group("unit");
        return num != null && unit != null && num.matches("an?|one|1") && unit.startsWith("year");
    }

    boolean reported() {
        return !"-".equals(type);
    }
}
