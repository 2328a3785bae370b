package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The fields of one gold or predicted event that scoring looks at, read leniently: gold files carry
 * extra keys (muc_*), null dates and places with a name but no coordinates.
 */
record EventView(
        ObjectNode node,
        String type,
        String subtype,
        LocalDate earliest,
        LocalDate latest,
        String placeName,
        Double lat,
        Double lon,
        boolean hasPlace,
        Double fatalities) {

    static EventView of(ObjectNode event) {
        LocalDate earliest = null;
        LocalDate latest = null;
        JsonNode date = event.get("date");
        if (date != null && date.isObject()) {
            earliest = date(JsonFields.text(date, "earliest"));
            latest = date(JsonFields.text(date, "latest"));
        } else if (date != null && date.isTextual()) {
            earliest = date(date.asText());
            latest = earliest;
        }
        JsonNode location = event.get("location");
        String name = null;
        Double lat = null;
        Double lon = null;
        if (location != null && location.isObject()) {
            name = JsonFields.text(location, "name");
            lat = JsonFields.number(location, "lat");
            lon = JsonFields.number(location, "lon");
            if (!GeoDistance.valid(lat, lon)) {
                lat = null;
                lon = null;
            }
        }
        boolean hasPlace = name != null || lat != null;
        return new EventView(event, JsonFields.text(event, "event_type"), JsonFields.text(event, "sub_event_type"),
                earliest, latest, name, lat, lon, hasPlace, fatalities(event));
    }

    boolean hasDate() {
        return earliest != null || latest != null;
    }

    boolean hasCoordinates() {
        return lat != null;
    }

    boolean sameType(EventView other) {
        return type != null && type.equalsIgnoreCase(other.type);
    }

    boolean sameSubtype(EventView other) {
        return subtype != null && subtype.equalsIgnoreCase(other.subtype);
    }

    /** Both ranges share a day; a missing bound is open. */
    boolean datesOverlap(EventView other) {
        boolean startsBeforeOtherEnds = earliest == null || other.latest == null || !earliest.isAfter(other.latest);
        boolean otherStartsBeforeThisEnds = other.earliest == null || latest == null || !other.earliest.isAfter(latest);
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }

    boolean sameDates(EventView other) {
        return java.util.Objects.equals(earliest, other.earliest) && java.util.Objects.equals(latest, other.latest);
    }

    double kmTo(EventView other) {
        return GeoDistance.km(lat, lon, other.lat, other.lon);
    }

    /** A plain number, or the low end of a {low, high} object (ACLED codes the conservative figure). */
    private static Double fatalities(ObjectNode event) {
        JsonNode f = event.get("fatalities");
        if (f != null && f.isObject()) return JsonFields.number(f, "low");
        return JsonFields.number(event, "fatalities");
    }

    /** An ISO date, or the date part of an ISO date-time; anything else reads as absent. */
    private static LocalDate date(String text) {
        if (text == null || text.length() < 10) return null;
        try {
            return LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
