package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Scores events.jsonl predictions: optimal one-to-one pairing per record, then P/R/F1 and field accuracies. */
final class EventScorer implements Scorer {
    private static final List<String> CORE_KEYS = List.of(
            "id", "event_type", "sub_event_type", "date", "location", "actor1", "actor2", "fatalities", "sentences");

    private final EventPairing pairing;

    EventScorer(EventPairing pairing) {
        this.pairing = pairing;
    }

    @Override
    public EvalResult score(List<ObjectNode> gold, Map<String, ObjectNode> predictedById) {
        EventTally tally = new EventTally();
        List<ObjectNode> errors = new ArrayList<>();
        for (ObjectNode record : gold) {
            ObjectNode prediction = predictedById.get(JsonFields.id(record));
            tally.records++;
            if (prediction == null) tally.recordsWithoutPrediction++;
            scoreRecord(record, prediction, tally, errors);
        }
        LinkedHashMap<String, Object> headline = tally.headline();
        ObjectNode details = JsonNodeFactory.instance.objectNode();
        details.set("counts", tally.denominators());
        details.put("unknown_prediction_ids", UnknownIds.count(gold, predictedById));
        details.set("per_type", tally.perType());
        ObjectNode confusion = details.putObject("type_confusion_on_pairs");
        tally.typeConfusion.forEach(confusion::put);
        details.put("pairing", "one-to-one optimal (Hungarian); allowed when places within "
                + EventPairing.MAX_PAIR_KM + " km or same name and dates overlap; missing place/coordinates/date allow");
        String markdown = new EventReport().render(headline, tally, errors);
        return new EvalResult(EvalTask.EVENTS, headline, markdown, errors, details);
    }

    private void scoreRecord(ObjectNode record, ObjectNode prediction, EventTally tally, List<ObjectNode> errors) {
        String id = JsonFields.id(record);
        String text = JsonFields.raw(record, "text");
        List<EventView> gold = JsonFields.objects(record, "events").stream().map(EventView::of).toList();
        List<EventView> predicted = JsonFields.objects(prediction, "events").stream().map(EventView::of).toList();
        gold.forEach(g -> tally.countGold(g.type()));
        predicted.forEach(p -> tally.countPredicted(p.type()));
        tally.gold += gold.size();
        tally.predicted += predicted.size();
        List<IndexPair> pairs = pairing.pair(gold, predicted);
        boolean[] goldPaired = new boolean[gold.size()];
        boolean[] predictedPaired = new boolean[predicted.size()];
        for (IndexPair pair : pairs) {
            goldPaired[pair.gold()] = true;
            predictedPaired[pair.predicted()] = true;
            scorePair(id, gold.get(pair.gold()), predicted.get(pair.predicted()), tally, errors);
        }
        for (int g = 0; g < gold.size(); g++) {
            if (!goldPaired[g]) errors.add(error(id, "fn", core(gold.get(g).node()), null, null, missSnippet(text, gold.get(g))));
        }
        for (int p = 0; p < predicted.size(); p++) {
            if (!predictedPaired[p]) {
                ObjectNode e = error(id, "fp", null, core(predicted.get(p).node()), predicted.get(p), null);
                errors.add(e);
            }
        }
    }

    private void scorePair(String id, EventView g, EventView p, EventTally tally, List<ObjectNode> errors) {
        tally.pairs++;
        tally.typeConfusion.merge(label(g.type()) + " → " + label(p.type()), 1L, Long::sum);
        if (g.sameType(p)) {
            tally.matched++;
            tally.countMatched(g.type());
        } else {
            errors.add(error(id, "wrong_type", text(g.type()), text(p.type()), p, null));
        }
        if (g.sameSubtype(p)) tally.subtypeAgree++;
        else errors.add(error(id, "wrong_subtype", text(g.subtype()), text(p.subtype()), p, null));
        if (g.hasCoordinates() && p.hasCoordinates()) {
            tally.pairsWithCoordinates++;
            double km = g.kmTo(p);
            if (km <= 25) tally.within25++;
            if (km <= 161) tally.within161++;
            if (km > 25) {
                ObjectNode e = error(id, "wrong_location", g.node().get("location"), p.node().get("location"), p, null);
                e.put("distance_km", Metrics.round(km, 1));
                errors.add(e);
                tally.locationErrors.add(e);
            }
        }
        if (g.hasDate()) {
            tally.pairsWithGoldDate++;
            if (g.sameDates(p)) tally.dateExact++;
            else errors.add(error(id, "wrong_date", g.node().get("date"), p.node().get("date"), p, null));
        }
        if (g.fatalities() != null) {
            tally.pairsWithGoldFatalities++;
            double predictedCount = p.fatalities() == null ? 0 : p.fatalities();
            double difference = Math.abs(g.fatalities() - predictedCount);
            tally.fatalitiesAbsoluteError += difference;
            if (p.fatalities() != null && difference == 0) {
                tally.fatalitiesExact++;
            } else {
                ObjectNode e = error(id, "wrong_fatalities", g.node().get("fatalities"), p.node().get("fatalities"), p, null);
                e.put("absolute_error", difference);
                errors.add(e);
                tally.fatalityErrors.add(e);
            }
        }
    }

    private static ObjectNode error(String id, String kind, JsonNode gold, JsonNode predicted, EventView evidenceFrom,
                                    String snippet) {
        ObjectNode e = JsonNodeFactory.instance.objectNode();
        e.put("id", id);
        e.put("kind", kind);
        e.set("gold", gold == null ? JsonNodeFactory.instance.nullNode() : gold.deepCopy());
        e.set("predicted", predicted == null ? JsonNodeFactory.instance.nullNode() : predicted.deepCopy());
        if (evidenceFrom != null && evidenceFrom.node().has("evidence")) {
            e.set("evidence", evidenceFrom.node().get("evidence").deepCopy());
        }
        if (snippet != null) e.put("snippet", snippet);
        return e;
    }

    /** The keys FORMATS.md defines (plus id and sentences), leaving out bulky source-specific extras. */
    private static ObjectNode core(ObjectNode event) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (String key : CORE_KEYS) if (event.has(key)) out.set(key, event.get(key).deepCopy());
        return out;
    }

    /** For a missed gold event, the text around the first mention of its place name, to help find it. */
    private static String missSnippet(String text, EventView gold) {
        if (text == null || gold.placeName() == null) return null;
        int at = text.toLowerCase(Locale.ROOT).indexOf(gold.placeName().toLowerCase(Locale.ROOT));
        if (at < 0) return null;
        return JsonFields.snippet(text, new org.sitrep.model.Span(at, at + gold.placeName().length()));
    }

    private static JsonNode text(String value) {
        return value == null ? null : JsonNodeFactory.instance.textNode(value);
    }

    private static String label(String type) {
        return type == null ? "(none)" : type;
    }
}
