package org.sitrep.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Actor;
import org.sitrep.model.EventType;
import org.sitrep.model.Fatalities;
import org.sitrep.model.Place;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimeSpan;
import org.sitrep.store.EventEdit;

/**
 * A PATCH body, validated: field corrections (type, sub_type, place, date, fatalities, actor1, actor2)
 * or one action (reject; for incidents also merge or split), and an optional why.
 */
record EditRequest(EventEdit edit, boolean reject, String merge, List<String> split, String why) {
    private static final Set<String> FIELDS = Set.of("type", "sub_type", "place", "date", "fatalities", "actor1", "actor2", "reject", "merge", "split", "why");

    static EditRequest parse(ObjectMapper json, String body, boolean incident) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("the body is not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) throw ApiException.badRequest("send a JSON object such as {\"fatalities\": 12, \"why\": \"hospital list\"}");
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) throw ApiException.badRequest("unknown field '" + name + "'; known: " + String.join(", ", FIELDS.stream().sorted().toList()));
        }
        if (!incident && (root.has("merge") || root.has("split"))) throw ApiException.badRequest("merge and split apply to incidents: PATCH /api/incidents/{id}");
        EventType type = root.hasNonNull("type") ? ListRequest.type(text(root, "type")) : null;
        SubEventType subType = root.hasNonNull("sub_type") ? subType(text(root, "sub_type")) : null;
        if (type != null && subType != null && subType.type() != type) throw ApiException.badRequest("sub_type " + subType.label() + " is not under " + type.label());
        EventEdit edit = new EventEdit(type, subType, place(root.get("place")), date(root.get("date")), fatalities(root.get("fatalities")),
                actor(root, "actor1"), actor(root, "actor2"));
        boolean reject = root.path("reject").asBoolean(false);
        String merge = root.hasNonNull("merge") ? text(root, "merge") : null;
        List<String> split = new ArrayList<>();
        if (root.has("split")) {
            if (!root.get("split").isArray() || root.get("split").isEmpty()) throw ApiException.badRequest("split takes a list of the event ids to move to a new incident");
            root.get("split").forEach(n -> split.add(n.asText()));
        }
        int actions = (edit.isEmpty() ? 0 : 1) + (reject ? 1 : 0) + (merge != null ? 1 : 0) + (split.isEmpty() ? 0 : 1);
        if (actions == 0) throw ApiException.badRequest("nothing to change: give a field (type, sub_type, place, date, fatalities, actor1, actor2) or reject, merge, split");
        if (actions > 1) throw ApiException.badRequest("send field corrections, reject, merge or split in separate requests");
        String why = root.hasNonNull("why") ? root.get("why").asText() : null;
        if (why != null && why.length() > 2000) throw ApiException.badRequest("why is limited to 2000 characters");
        return new EditRequest(edit, reject, merge, List.copyOf(split), why);
    }

    private static String text(JsonNode root, String field) {
        JsonNode n = root.get(field);
        if (!n.isTextual() || n.asText().isBlank()) throw ApiException.badRequest(field + " must be a non-empty string");
        if (n.asText().length() > 300) throw ApiException.badRequest(field + " is limited to 300 characters");
        return n.asText().strip();
    }

    private static SubEventType subType(String value) {
        SubEventType byLabel = SubEventType.fromLabel(value);
        if (byLabel != null) return byLabel;
        try {
            return SubEventType.valueOf(value.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]+", "_"));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("unknown sub_type '" + value + "'; use an ACLED sub-event type such as 'Air/drone strike' or 'Armed clash'");
        }
    }

    private static Fatalities fatalities(JsonNode n) {
        if (n == null || n.isNull()) return null;
        if (!n.canConvertToInt() || !n.isIntegralNumber() || n.asInt() < 0 || n.asInt() > 100_000) {
            throw ApiException.badRequest("fatalities must be a whole number from 0 to 100000, not " + n);
        }
        int v = n.asInt();
        return new Fatalities(v, v, v, false, false, "set by analyst", null);
    }

    private static TimeSpan date(JsonNode n) {
        if (n == null || n.isNull()) return null;
        try {
            if (n.isTextual()) return TimeSpan.day(LocalDate.parse(n.asText()), "set by analyst", null);
            if (n.isObject() && n.hasNonNull("earliest") && n.hasNonNull("latest")) {
                LocalDate from = LocalDate.parse(n.get("earliest").asText());
                LocalDate to = LocalDate.parse(n.get("latest").asText());
                if (to.isBefore(from)) throw ApiException.badRequest("date latest " + to + " is before earliest " + from);
                long days = to.toEpochDay() - from.toEpochDay();
                return new TimeSpan(from, to, days == 0 ? 1 : days <= 7 ? 2 : 3, "set by analyst", null, false, null);
            }
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("dates are YYYY-MM-DD: " + e.getParsedString());
        }
        throw ApiException.badRequest("date must be \"YYYY-MM-DD\" or {\"earliest\": \"YYYY-MM-DD\", \"latest\": \"YYYY-MM-DD\"}");
    }

    private static Place place(JsonNode n) {
        if (n == null || n.isNull()) return null;
        if (!n.isObject() || !n.hasNonNull("name") || !n.path("lat").isNumber() || !n.path("lon").isNumber()) {
            throw ApiException.badRequest("place must be {\"name\": ..., \"lat\": ..., \"lon\": ...} with optional country (ISO2), admin1 and geonameid");
        }
        double lat = n.get("lat").asDouble();
        double lon = n.get("lon").asDouble();
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) throw ApiException.badRequest("place lat must be -90..90 and lon -180..180");
        String name = n.get("name").asText().strip();
        if (name.isEmpty() || name.length() > 300) throw ApiException.badRequest("place name must have 1 to 300 characters");
        String country = n.hasNonNull("country") ? n.get("country").asText().toUpperCase(Locale.ROOT) : null;
        if (country != null && !country.matches("[A-Z]{2}")) throw ApiException.badRequest("place country must be a two-letter ISO code");
        return new Place(name, n.path("geonameid").asLong(0), country, n.hasNonNull("admin1") ? n.get("admin1").asText() : null, null,
                lat, lon, 1, null, name, null, 1.0, List.of());
    }

    private static Actor actor(JsonNode root, String field) {
        if (!root.hasNonNull(field)) return null;
        return new Actor(text(root, field), null, 0, null, null, null, false);
    }
}
