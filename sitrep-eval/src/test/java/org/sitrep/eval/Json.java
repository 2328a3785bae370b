package org.sitrep.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test fixtures written inline: JSON objects (single quotes allowed for readability) and id maps. */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {}

    static ObjectNode object(String json) {
        try {
            return (ObjectNode) MAPPER.readTree(json.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    static List<ObjectNode> list(String... json) {
        return java.util.Arrays.stream(json).map(Json::object).toList();
    }

    static Map<String, ObjectNode> byId(String... json) {
        Map<String, ObjectNode> out = new LinkedHashMap<>();
        for (String j : json) {
            ObjectNode o = object(j);
            out.put(o.get("id").asText(), o);
        }
        return out;
    }

    static double number(EvalResult result, String key) {
        Object value = result.headline().get(key);
        if (!(value instanceof Number n)) throw new AssertionError(key + " is " + value);
        return n.doubleValue();
    }

    static long count(List<ObjectNode> errors, String kind) {
        return errors.stream().filter(e -> e.get("kind").asText().equals(kind)).count();
    }
}
