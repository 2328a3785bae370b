package org.sitrep.eval;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.model.Span;

/**
 * Scores geoparse.jsonl: toponym spans (exact for the headline P/R/F1, overlap as extra keys) and,
 * on overlap-matched pairs, the distance between gold and predicted coordinates. Distance figures use
 * pairs where both sides have coordinates; recall_161km divides by every gold toponym with
 * coordinates, so missed and unresolved toponyms count against it.
 */
final class GeoparseScorer implements Scorer {
    private static final double ACCURACY_KM = 161.0;

    private final SpanMatcher matcher;

    GeoparseScorer(SpanMatcher matcher) {
        this.matcher = matcher;
    }

    @Override
    public EvalResult score(List<ObjectNode> gold, Map<String, ObjectNode> predictedById) {
        long goldCount = 0, predictedCount = 0, exact = 0, overlap = 0, goldWithCoordinates = 0, within = 0, unresolved = 0;
        long badSpans = 0;
        List<Double> distances = new ArrayList<>();
        Map<String, long[]> byType = new TreeMap<>(); // gold type -> gold, found (overlap), within 161 km
        List<ObjectNode> errors = new ArrayList<>();
        List<ObjectNode> far = new ArrayList<>();
        for (ObjectNode record : gold) {
            String id = JsonFields.id(record);
            String text = JsonFields.raw(record, "text");
            List<ObjectNode> g = JsonFields.objects(record, "toponyms");
            List<ObjectNode> p = JsonFields.objects(predictedById.get(id), "toponyms");
            List<Span> gs = g.stream().map(JsonFields::span).toList();
            List<Span> ps = p.stream().map(JsonFields::span).toList();
            badSpans += gs.stream().filter(s -> s == null).count() + ps.stream().filter(s -> s == null).count();
            goldCount += g.size();
            predictedCount += p.size();
            SpanMatches m = matcher.match(gs, ps);
            exact += m.exact().size();
            overlap += m.overlap().size();
            boolean[] goldFound = new boolean[g.size()];
            boolean[] predictedFound = new boolean[p.size()];
            for (ObjectNode t : g) {
                type(byType, t)[0]++;
                if (coordinates(t)) goldWithCoordinates++;
            }
            for (IndexPair pair : m.overlap()) {
                goldFound[pair.gold()] = true;
                predictedFound[pair.predicted()] = true;
                ObjectNode gt = g.get(pair.gold());
                ObjectNode pt = p.get(pair.predicted());
                type(byType, gt)[1]++;
                Span gSpan = gs.get(pair.gold());
                if (!gSpan.equals(ps.get(pair.predicted()))) {
                    errors.add(SpanErrors.error(id, "partial_span", gt, pt, JsonFields.snippet(text, gSpan)));
                }
                if (!coordinates(gt)) continue;
                if (!coordinates(pt)) {
                    unresolved++;
                    errors.add(SpanErrors.error(id, "unresolved", gt, pt, JsonFields.snippet(text, gSpan)));
                    continue;
                }
                double km = GeoDistance.km(JsonFields.number(gt, "lat"), JsonFields.number(gt, "lon"),
                        JsonFields.number(pt, "lat"), JsonFields.number(pt, "lon"));
                distances.add(km);
                if (km <= ACCURACY_KM) {
                    within++;
                    type(byType, gt)[2]++;
                } else {
                    ObjectNode e = SpanErrors.error(id, "wrong_location", gt, pt, JsonFields.snippet(text, gSpan));
                    e.put("distance_km", Metrics.round(km, 1));
                    errors.add(e);
                    far.add(e);
                }
            }
            SpanErrors.unmatched(id, text, g, gs, goldFound, "fn", errors);
            SpanErrors.unmatched(id, text, p, ps, predictedFound, "fp", errors);
        }
        LinkedHashMap<String, Object> h = new LinkedHashMap<>();
        h.put("gold", goldCount);
        h.put("predicted", predictedCount);
        h.put("matched", exact);
        h.put("precision", Metrics.round(Metrics.ratio(exact, predictedCount), 4));
        h.put("recall", Metrics.round(Metrics.ratio(exact, goldCount), 4));
        h.put("f1", Metrics.round(Metrics.f1(exact, predictedCount, goldCount), 4));
        h.put("acc_161km", Metrics.round(Metrics.ratio(within, distances.size()), 4));
        h.put("recall_161km", Metrics.round(Metrics.ratio(within, goldWithCoordinates), 4));
        h.put("mean_km", Metrics.round(Metrics.mean(distances), 1));
        h.put("median_km", Metrics.round(Metrics.median(distances), 1));
        h.put("auc", Metrics.round(Metrics.logErrorAuc(distances), 4));
        h.put("overlap_matched", overlap);
        h.put("overlap_precision", Metrics.round(Metrics.ratio(overlap, predictedCount), 4));
        h.put("overlap_recall", Metrics.round(Metrics.ratio(overlap, goldCount), 4));
        h.put("overlap_f1", Metrics.round(Metrics.f1(overlap, predictedCount, goldCount), 4));

        ObjectNode details = JsonNodeFactory.instance.objectNode();
        ObjectNode counts = details.putObject("counts");
        counts.put("records", gold.size());
        counts.put("gold_with_coordinates", goldWithCoordinates);
        counts.put("pairs_with_both_coordinates", distances.size());
        counts.put("unresolved_pairs", unresolved);
        counts.put("spans_with_bad_offsets", badSpans);
        details.put("unknown_prediction_ids", UnknownIds.count(gold, predictedById));
        ObjectNode perType = details.putObject("per_gold_type");
        byType.forEach((type, r) -> {
            ObjectNode row = perType.putObject(type);
            row.put("gold", r[0]);
            row.put("found_overlap", r[1]);
            row.put("within_161km", r[2]);
            EventTally.putFraction(row, "recall_overlap", Metrics.ratio(r[1], r[0]));
        });
        details.put("auc_note", "AUC of ln(1+km)/ln(20039) (Gritta et al. 2018): 0 is perfect, lower is better");

        Markdown md = new Markdown().title("sitrep eval: geoparse");
        md.paragraph(gold.size() + " records. precision/recall/f1 use exact spans; overlap_* use one-to-one overlap "
                + "matching. Distances are on overlap-matched pairs where both sides have coordinates ("
                + distances.size() + " pairs; " + unresolved + " matched pairs had no predicted coordinates). "
                + "**AUC: lower is better** (0 = every error 0 km, 1 = every error half the earth).");
        md.heading("Headline").figures(h);
        List<List<String>> rows = new ArrayList<>();
        byType.forEach((type, r) -> rows.add(List.of(type, "" + r[0], "" + r[1],
                Markdown.fraction(Metrics.ratio(r[1], r[0])), "" + r[2])));
        md.heading("Per gold toponym type").table(List.of("type", "gold", "found (overlap)", "recall", "within 161 km"), rows);
        md.heading("Errors by kind").table(List.of("kind", "count"), SpanErrors.kindCounts(errors));
        md.heading("Worst location errors").table(List.of("id", "km", "gold", "predicted"), far.stream()
                .sorted(Comparator.comparingDouble((ObjectNode e) -> e.get("distance_km").asDouble()).reversed())
                .limit(10)
                .map(e -> List.of(e.get("id").asText(), e.get("distance_km").asText(), place(e.get("gold")), place(e.get("predicted"))))
                .toList());
        return new EvalResult(EvalTask.GEOPARSE, h, md.toString(), errors, details);
    }

    private static long[] type(Map<String, long[]> byType, ObjectNode toponym) {
        String type = JsonFields.text(toponym, "type");
        return byType.computeIfAbsent(type == null ? "(none)" : type, k -> new long[3]);
    }

    private static boolean coordinates(ObjectNode toponym) {
        return GeoDistance.valid(JsonFields.number(toponym, "lat"), JsonFields.number(toponym, "lon"));
    }

    private static String place(com.fasterxml.jackson.databind.JsonNode t) {
        return t.path("name").asText() + " (" + t.path("lat").asText() + ", " + t.path("lon").asText() + ")";
    }
}
