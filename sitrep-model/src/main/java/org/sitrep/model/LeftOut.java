package org.sitrep.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A candidate act the extractor did not code, with why: an analyst checking a report sees what was read as background,
 * talk or history, not only what was kept. {@code text} and {@code span} are the trigger's words in the report (span may be
 * null where none is known).
 */
public record LeftOut(SubEventType subType, String text, Span span, String reason) {
    /** The fields as the CLI and the API print them (snake_case, the ACLED label). */
    public Map<String, Object> fields() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sub_event_type", subType == null ? null : subType.label());
        m.put("text", text);
        if (span != null) {
            m.put("start", span.start());
            m.put("end", span.end());
        }
        m.put("reason", reason);
        return m;
    }
}
