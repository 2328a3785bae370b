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

    boolean reported() {
        return !"-".equals(type);
    }
}
