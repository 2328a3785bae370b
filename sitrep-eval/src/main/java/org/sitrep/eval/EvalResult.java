package org.sitrep.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * What one scorer run produced. {@code headline}: the contract figures, in a fixed order; fractions
 * are 0-1 (rounded to 4 places), distances in km, counts as integers, and {@code null} where the
 * figure is undefined (e.g. precision when nothing was predicted). {@code errors}: one object per
 * false positive, false negative or wrong field, written to errors.jsonl. {@code details}: the
 * breakdowns written to report.json.
 */
public record EvalResult(
        EvalTask task,
        LinkedHashMap<String, Object> headline,
        String reportMarkdown,
        List<ObjectNode> errors,
        ObjectNode details) {
    public EvalResult {
        headline = new LinkedHashMap<>(headline);
        errors = List.copyOf(errors);
    }
}
