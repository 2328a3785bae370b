package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Span;

/** Lenient field access: gold files carry extra keys and nulls, so a missing or odd value reads as absent. */
final class JsonFields {
    private JsonFields() {}

    static String id(JsonNode record) {
        return text(record, "id");
    }

    /** The field as trimmed text, or null when missing, null, blank or not a scalar. */
    static String text(JsonNode node, String field) {
        if (node == null) return null;
        JsonNode value = node.get(field);
        if (value == null || !value.isValueNode() || value.isNull()) return null;
        String text = value.asText().trim();
        return text.isEmpty() ? null : text;
    }

    /** A text field exactly as written (offsets count from its first character), or null. */
    static String raw(JsonNode node, String field) {
        if (node == null) return null;
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    /** The field as a number (numeric strings too), or null. */
    static Double number(JsonNode node, String field) {
        if (node == null) return null;
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) return null;
        if (value.isNumber()) return value.doubleValue();
        if (value.isTextual()) {
            try {
                double d = Double.parseDouble(value.asText().trim());
                return Double.isFinite(d) ? d : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** The object elements of an array field; anything else reads as an empty list. */
    static List<ObjectNode> objects(JsonNode node, String field) {
        List<ObjectNode> out = new ArrayList<>();
        if (node == null) return out;
        JsonNode array = node.get(field);
        if (array == null || !array.isArray()) return out;
        for (JsonNode element : array) {
            if (element instanceof ObjectNode object) out.add(object);
        }
        return out;
    }

    /** The {start, end} of a span object, or null when either is missing or the range is empty or reversed. */
    static Span span(JsonNode node) {
        JsonNode start = node.get("start");
        JsonNode end = node.get("end");
        if (start == null || end == null || !start.canConvertToInt() || !end.canConvertToInt()) return null;
        if (!start.isIntegralNumber() || !end.isIntegralNumber()) return null;
        int s = start.intValue();
        int e = end.intValue();
        return s >= 0 && e > s ? new Span(s, e) : null;
    }

    /** Text around a span for error listings: the span in [brackets] with up to 40 characters either side. */
    static String snippet(String text, Span span) {
        if (text == null || span == null || span.end() > text.length()) return null;
        int from = Math.max(0, span.start() - 40);
        int to = Math.min(text.length(), span.end() + 40);
        String s = text.substring(from, span.start()) + "[" + span.of(text) + "]" + text.substring(span.end(), to);
        return s.replace('\n', ' ');
    }
}
