package org.sitrep.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** A GeoJSON FeatureCollection of points (RFC 7946: longitude first); items without coordinates are left out and counted. */
final class GeoJson {
    private final ObjectMapper json;

    GeoJson(ObjectMapper json) {
        this.json = json;
    }

    ObjectNode features(List<ObjectNode> items) {
        ObjectNode fc = json.createObjectNode();
        fc.put("type", "FeatureCollection");
        ArrayNode features = fc.putArray("features");
        int unplaced = 0;
        for (ObjectNode item : items) {
            ObjectNode place = item.hasNonNull("place") ? (ObjectNode) item.get("place") : item.hasNonNull("location") ? (ObjectNode) item.get("location") : null;
            if (place == null || !place.hasNonNull("lat") || !place.hasNonNull("lon")) {
                unplaced++;
                continue;
            }
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            f.put("id", item.path("id").asText());
            ObjectNode g = f.putObject("geometry");
            g.put("type", "Point");
            g.putArray("coordinates").add(place.get("lon").asDouble()).add(place.get("lat").asDouble());
            f.set("properties", item);
        }
        fc.put("unplaced", unplaced);
        return fc;
    }
}
