package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The report.md of an events evaluation. */
final class EventReport {
    private static final int WORST = 10;

    String render(Map<String, Object> headline, EventTally tally, List<ObjectNode> errors) {
        Markdown md = new Markdown().title("sitrep eval: events");
        md.paragraph(tally.records + " records (" + tally.recordsWithoutPrediction + " without a prediction), "
                + tally.pairs + " gold–predicted pairs. Precision, recall and F1 count pairs whose event_type agrees; "
                + "type/sub-type accuracy are over all " + tally.pairs + " pairs, location accuracy over the "
                + tally.pairsWithCoordinates + " pairs where both sides have coordinates, date exactness over the "
                + tally.pairsWithGoldDate + " pairs where gold has a date, fatalities over the "
                + tally.pairsWithGoldFatalities + " pairs where gold has a number (a missing prediction counts as 0).");
        md.heading("Headline").figures(headline);
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, long[]> e : tally.byType.entrySet()) {
            long[] r = e.getValue();
            rows.add(List.of(e.getKey(), "" + r[0], "" + r[1], "" + r[2], Markdown.fraction(Metrics.ratio(r[2], r[1])),
                    Markdown.fraction(Metrics.ratio(r[2], r[0])), Markdown.fraction(Metrics.f1(r[2], r[1], r[0]))));
        }
        md.heading("Per event type").table(List.of("event_type", "gold", "predicted", "matched", "P", "R", "F1"), rows);
        List<List<String>> confusion = new ArrayList<>();
        tally.typeConfusion.forEach((k, v) -> confusion.add(List.of(k, "" + v)));
        md.heading("Types on paired events (gold → predicted)").table(List.of("pair", "count"), confusion);
        Map<String, Long> kinds = new TreeMap<>();
        for (ObjectNode e : errors) kinds.merge(e.get("kind").asText(), 1L, Long::sum);
        List<List<String>> kindRows = new ArrayList<>();
        kinds.forEach((k, v) -> kindRows.add(List.of(k, "" + v)));
        md.heading("Errors by kind").table(List.of("kind", "count"), kindRows);
        md.heading("Worst location errors").table(List.of("id", "km", "gold", "predicted"),
                worst(tally.locationErrors, "distance_km"));
        md.heading("Worst fatality errors").table(List.of("id", "abs. error", "gold", "predicted"),
                worst(tally.fatalityErrors, "absolute_error"));
        return md.toString();
    }

    private static List<List<String>> worst(List<ObjectNode> errors, String key) {
        return errors.stream()
                .sorted(Comparator.comparingDouble((ObjectNode e) -> e.get(key).asDouble()).reversed())
                .limit(WORST)
                .map(e -> List.of(e.get("id").asText(), e.get(key).asText(), brief(e.get("gold")), brief(e.get("predicted"))))
                .toList();
    }

    private static String brief(JsonNode value) {
        if (value == null || value.isNull()) return "—";
        if (value.isObject() && value.has("name")) {
            return value.path("name").asText() + " (" + value.path("lat").asText() + ", " + value.path("lon").asText() + ")";
        }
        return Markdown.shorten(value.isValueNode() ? value.asText() : value.toString(), 80);
    }
}
