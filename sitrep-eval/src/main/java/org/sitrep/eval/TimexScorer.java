package org.sitrep.eval;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.sitrep.model.Span;

/**
 * Scores timex.jsonl as TempEval-3 does: strict span F1 (same offsets), relaxed span F1 (any overlap,
 * one-to-one), type and value accuracy over the relaxed pairs, and value F1 (correct values over
 * predicted and over gold). Values are compared as exact strings.
 */
final class TimexScorer implements Scorer {
    private final SpanMatcher matcher;

    TimexScorer(SpanMatcher matcher) {
        this.matcher = matcher;
    }

    @Override
    public EvalResult score(List<ObjectNode> gold, Map<String, ObjectNode> predictedById) {
        long goldCount = 0, predictedCount = 0, strict = 0, relaxed = 0, typeCorrect = 0, valueCorrect = 0;
        Map<String, long[]> byType = new TreeMap<>(); // gold type -> gold, found (relaxed), type correct, value correct
        List<ObjectNode> errors = new ArrayList<>();
        for (ObjectNode record : gold) {
            String id = JsonFields.id(record);
            String text = JsonFields.raw(record, "text");
            List<ObjectNode> g = JsonFields.objects(record, "timexes");
            List<ObjectNode> p = JsonFields.objects(predictedById.get(id), "timexes");
            List<Span> gs = g.stream().map(JsonFields::span).toList();
            List<Span> ps = p.stream().map(JsonFields::span).toList();
            goldCount += g.size();
            predictedCount += p.size();
            g.forEach(t -> row(byType, t)[0]++);
            SpanMatches m = matcher.match(gs, ps);
            strict += m.exact().size();
            relaxed += m.overlap().size();
            boolean[] goldFound = new boolean[g.size()];
            boolean[] predictedFound = new boolean[p.size()];
            for (IndexPair pair : m.overlap()) {
                goldFound[pair.gold()] = true;
                predictedFound[pair.predicted()] = true;
                ObjectNode gt = g.get(pair.gold());
                ObjectNode pt = p.get(pair.predicted());
                long[] r = row(byType, gt);
                r[1]++;
                String snippet = JsonFields.snippet(text, gs.get(pair.gold()));
                if (!gs.get(pair.gold()).equals(ps.get(pair.predicted()))) {
                    errors.add(SpanErrors.error(id, "partial_span", gt, pt, snippet));
                }
                if (same(gt, pt, "type")) {
                    typeCorrect++;
                    r[2]++;
                } else {
                    errors.add(SpanErrors.error(id, "wrong_type", gt, pt, snippet));
                }
                if (same(gt, pt, "value")) {
                    valueCorrect++;
                    r[3]++;
                } else {
                    errors.add(SpanErrors.error(id, "wrong_value", gt, pt, snippet));
                }
            }
            SpanErrors.unmatched(id, text, g, gs, goldFound, "fn", errors);
            SpanErrors.unmatched(id, text, p, ps, predictedFound, "fp", errors);
        }
        LinkedHashMap<String, Object> h = new LinkedHashMap<>();
        h.put("gold", goldCount);
        h.put("predicted", predictedCount);
        h.put("strict_f1", Metrics.round(Metrics.f1(strict, predictedCount, goldCount), 4));
        h.put("relaxed_f1", Metrics.round(Metrics.f1(relaxed, predictedCount, goldCount), 4));
        h.put("type_accuracy", Metrics.round(Metrics.ratio(typeCorrect, relaxed), 4));
        h.put("value_accuracy", Metrics.round(Metrics.ratio(valueCorrect, relaxed), 4));
        h.put("value_f1", Metrics.round(Metrics.f1(valueCorrect, predictedCount, goldCount), 4));
        h.put("strict_precision", Metrics.round(Metrics.ratio(strict, predictedCount), 4));
        h.put("strict_recall", Metrics.round(Metrics.ratio(strict, goldCount), 4));
        h.put("relaxed_precision", Metrics.round(Metrics.ratio(relaxed, predictedCount), 4));
        h.put("relaxed_recall", Metrics.round(Metrics.ratio(relaxed, goldCount), 4));

        ObjectNode details = JsonNodeFactory.instance.objectNode();
        ObjectNode counts = details.putObject("counts");
        counts.put("records", gold.size());
        counts.put("strict_matched", strict);
        counts.put("relaxed_matched", relaxed);
        counts.put("type_correct", typeCorrect);
        counts.put("value_correct", valueCorrect);
        details.put("unknown_prediction_ids", UnknownIds.count(gold, predictedById));
        ObjectNode perType = details.putObject("per_gold_type");
        List<List<String>> rows = new ArrayList<>();
        byType.forEach((type, r) -> {
            ObjectNode row = perType.putObject(type);
            row.put("gold", r[0]);
            row.put("found_relaxed", r[1]);
            EventTally.putFraction(row, "recall_relaxed", Metrics.ratio(r[1], r[0]));
            EventTally.putFraction(row, "type_accuracy", Metrics.ratio(r[2], r[1]));
            EventTally.putFraction(row, "value_accuracy", Metrics.ratio(r[3], r[1]));
            rows.add(List.of(type, "" + r[0], "" + r[1], Markdown.fraction(Metrics.ratio(r[1], r[0])),
                    Markdown.fraction(Metrics.ratio(r[2], r[1])), Markdown.fraction(Metrics.ratio(r[3], r[1]))));
        });

        Markdown md = new Markdown().title("sitrep eval: timex");
        md.paragraph(gold.size() + " records. TempEval-3 scoring: strict = same offsets, relaxed = any overlap "
                + "(one-to-one); type and value accuracy over the " + relaxed + " relaxed pairs; value_f1 = correct "
                + "values over predicted (P) and over gold (R).");
        md.heading("Headline").figures(h);
        md.heading("Per gold type").table(
                List.of("type", "gold", "found (relaxed)", "recall", "type acc.", "value acc."), rows);
        md.heading("Errors by kind").table(List.of("kind", "count"), SpanErrors.kindCounts(errors));
        md.heading("Wrong values (first 15)").table(List.of("id", "text", "gold", "predicted"), errors.stream()
                .filter(e -> e.get("kind").asText().equals("wrong_value"))
                .limit(15)
                .map(e -> List.of(e.get("id").asText(), e.get("gold").path("text").asText(),
                        e.get("gold").path("value").asText(), e.get("predicted").path("value").asText()))
                .toList());
        return new EvalResult(EvalTask.TIMEX, h, md.toString(), errors, details);
    }

    private static boolean same(ObjectNode gold, ObjectNode predicted, String field) {
        String g = JsonFields.text(gold, field);
        return g != null && Objects.equals(g, JsonFields.text(predicted, field));
    }

    private static long[] row(Map<String, long[]> byType, ObjectNode timex) {
        String type = JsonFields.text(timex, "type");
        return byType.computeIfAbsent(type == null ? "(none)" : type, k -> new long[4]);
    }
}
