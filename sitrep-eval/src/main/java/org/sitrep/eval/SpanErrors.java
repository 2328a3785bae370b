package org.sitrep.eval;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.model.Span;

/** Error objects for span tasks (geoparse, timex): record id, kind, gold and predicted items, snippet. */
final class SpanErrors {
    private SpanErrors() {}

    static ObjectNode error(String id, String kind, ObjectNode gold, ObjectNode predicted, String snippet) {
        ObjectNode e = JsonNodeFactory.instance.objectNode();
        e.put("id", id);
        e.put("kind", kind);
        e.set("gold", gold == null ? JsonNodeFactory.instance.nullNode() : gold.deepCopy());
        e.set("predicted", predicted == null ? JsonNodeFactory.instance.nullNode() : predicted.deepCopy());
        if (snippet != null) e.put("snippet", snippet);
        if (predicted != null && predicted.has("evidence")) e.set("evidence", predicted.get("evidence").deepCopy());
        return e;
    }

    /** One "fn" (gold side) or "fp" (predicted side) error for each item left unmatched. */
    static void unmatched(String id, String text, List<ObjectNode> items, List<Span> spans, boolean[] matched,
                          String kind, List<ObjectNode> errors) {
        for (int i = 0; i < items.size(); i++) {
            if (matched[i]) continue;
            boolean goldSide = kind.equals("fn");
            errors.add(error(id, kind, goldSide ? items.get(i) : null, goldSide ? null : items.get(i),
                    JsonFields.snippet(text, spans.get(i))));
        }
    }

    static List<List<String>> kindCounts(List<ObjectNode> errors) {
        Map<String, Long> kinds = new TreeMap<>();
        for (ObjectNode e : errors) kinds.merge(e.get("kind").asText(), 1L, Long::sum);
        List<List<String>> rows = new ArrayList<>();
        kinds.forEach((k, v) -> rows.add(List.of(k, "" + v)));
        return rows;
    }
}
