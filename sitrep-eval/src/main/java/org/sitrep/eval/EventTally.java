package org.sitrep.eval;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Running counts of an events evaluation, and the headline and breakdowns they give. */
final class EventTally {
    long records;
    long recordsWithoutPrediction;
    long gold;
    long predicted;
    long pairs;
    long matched;
    long subtypeAgree;
    long pairsWithCoordinates;
    long within25;
    long within161;
    long pairsWithGoldDate;
    long dateExact;
    long pairsWithGoldFatalities;
    long fatalitiesExact;
    double fatalitiesAbsoluteError;
    /** Per event type: gold, predicted, matched. */
    final Map<String, long[]> byType = new TreeMap<>();
    /** "gold type → predicted type" over all pairs. */
    final Map<String, Long> typeConfusion = new TreeMap<>();
    /** Paired location errors over 25 km and paired fatality differences, for the worst-errors lists. */
    final List<ObjectNode> locationErrors = new ArrayList<>();
    final List<ObjectNode> fatalityErrors = new ArrayList<>();

    void countGold(String type) {
        typeRow(type)[0]++;
    }

    void countPredicted(String type) {
        typeRow(type)[1]++;
    }

    void countMatched(String type) {
        typeRow(type)[2]++;
    }

    private long[] typeRow(String type) {
        return byType.computeIfAbsent(type == null ? "(none)" : type, k -> new long[3]);
    }

    LinkedHashMap<String, Object> headline() {
        LinkedHashMap<String, Object> h = new LinkedHashMap<>();
        h.put("gold", gold);
        h.put("predicted", predicted);
        h.put("matched", matched);
        h.put("precision", Metrics.round(Metrics.ratio(matched, predicted), 4));
        h.put("recall", Metrics.round(Metrics.ratio(matched, gold), 4));
        h.put("f1", Metrics.round(Metrics.f1(matched, predicted, gold), 4));
        h.put("type_accuracy", Metrics.round(Metrics.ratio(matched, pairs), 4));
        h.put("subtype_accuracy", Metrics.round(Metrics.ratio(subtypeAgree, pairs), 4));
        h.put("location_acc_25km", Metrics.round(Metrics.ratio(within25, pairsWithCoordinates), 4));
        h.put("location_acc_161km", Metrics.round(Metrics.ratio(within161, pairsWithCoordinates), 4));
        h.put("date_exact", Metrics.round(Metrics.ratio(dateExact, pairsWithGoldDate), 4));
        h.put("fatalities_exact", Metrics.round(Metrics.ratio(fatalitiesExact, pairsWithGoldFatalities), 4));
        h.put("fatalities_mae", Metrics.round(pairsWithGoldFatalities == 0 ? null
                : fatalitiesAbsoluteError / pairsWithGoldFatalities, 4));
        return h;
    }

    /** The denominators behind each accuracy, so a reader can tell 1.0 of 2 pairs from 1.0 of 500. */
    ObjectNode denominators() {
        ObjectNode d = JsonNodeFactory.instance.objectNode();
        d.put("records", records);
        d.put("records_without_prediction", recordsWithoutPrediction);
        d.put("pairs", pairs);
        d.put("pairs_with_both_coordinates", pairsWithCoordinates);
        d.put("pairs_with_gold_date", pairsWithGoldDate);
        d.put("pairs_with_gold_fatalities", pairsWithGoldFatalities);
        return d;
    }

    ObjectNode perType() {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, long[]> e : byType.entrySet()) {
            long[] r = e.getValue();
            ObjectNode row = out.putObject(e.getKey());
            row.put("gold", r[0]);
            row.put("predicted", r[1]);
            row.put("matched", r[2]);
            putFraction(row, "precision", Metrics.ratio(r[2], r[1]));
            putFraction(row, "recall", Metrics.ratio(r[2], r[0]));
            putFraction(row, "f1", Metrics.f1(r[2], r[1], r[0]));
        }
        return out;
    }

    static void putFraction(ObjectNode node, String key, Double value) {
        if (value == null) node.putNull(key);
        else node.put(key, Metrics.round(value, 4));
    }
}
