package org.sitrep.eval;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Span;

/**
 * Scores eventloc.jsonl at token level, micro-averaged over all records. Location spans are cut into
 * tokens (runs of letters or digits, so whitespace and punctuation separate them) on character
 * offsets; a predicted token counts for precision when it overlaps a gold location token of the same
 * record, and a gold token counts for recall when a predicted token overlaps it.
 */
final class EventLocationScorer implements Scorer {

    @Override
    public EvalResult score(List<ObjectNode> gold, Map<String, ObjectNode> predictedById) {
        long goldTokens = 0, predictedTokens = 0, predictedHits = 0, goldHits = 0;
        long emptyGold = 0, emptyGoldAndPrediction = 0;
        List<ObjectNode> errors = new ArrayList<>();
        for (ObjectNode record : gold) {
            String id = JsonFields.id(record);
            String text = JsonFields.raw(record, "text");
            List<ObjectNode> g = JsonFields.objects(record, "locations");
            List<ObjectNode> p = JsonFields.objects(predictedById.get(id), "locations");
            List<List<Span>> gt = g.stream().map(l -> tokens(text, l)).toList();
            List<List<Span>> pt = p.stream().map(l -> tokens(text, l)).toList();
            List<Span> allGold = gt.stream().flatMap(List::stream).toList();
            List<Span> allPredicted = pt.stream().flatMap(List::stream).toList();
            if (g.isEmpty()) {
                emptyGold++;
                if (p.isEmpty()) emptyGoldAndPrediction++;
            }
            for (int i = 0; i < g.size(); i++) {
                List<String> missed = new ArrayList<>();
                for (Span t : gt.get(i)) {
                    goldTokens++;
                    if (hits(t, allPredicted)) goldHits++;
                    else missed.add(word(text, g.get(i), t));
                }
                if (!missed.isEmpty()) errors.add(error(id, "fn", record, g.get(i), missed, text));
            }
            for (int i = 0; i < p.size(); i++) {
                List<String> extra = new ArrayList<>();
                for (Span t : pt.get(i)) {
                    predictedTokens++;
                    if (hits(t, allGold)) predictedHits++;
                    else extra.add(word(text, p.get(i), t));
                }
                if (!extra.isEmpty()) errors.add(error(id, "fp", record, p.get(i), extra, text));
            }
        }
        Double precision = Metrics.ratio(predictedHits, predictedTokens);
        Double recall = Metrics.ratio(goldHits, goldTokens);
        LinkedHashMap<String, Object> h = new LinkedHashMap<>();
        h.put("precision", Metrics.round(precision, 4));
        h.put("recall", Metrics.round(recall, 4));
        // Nothing predicted (or nothing to find) makes F1 0, as for the other tasks, unless both sides are empty.
        h.put("f1", Metrics.round(predictedTokens + goldTokens == 0 ? null
                : Metrics.harmonic(precision == null ? 0.0 : precision, recall == null ? 0.0 : recall), 4));
        h.put("gold_tokens", goldTokens);
        h.put("predicted_tokens", predictedTokens);

        ObjectNode details = JsonNodeFactory.instance.objectNode();
        ObjectNode counts = details.putObject("counts");
        counts.put("records", gold.size());
        counts.put("predicted_tokens_matching_gold", predictedHits);
        counts.put("gold_tokens_found", goldHits);
        counts.put("records_without_gold_location", emptyGold);
        counts.put("of_which_predicted_none", emptyGoldAndPrediction);
        details.put("unknown_prediction_ids", UnknownIds.count(gold, predictedById));

        Markdown md = new Markdown().title("sitrep eval: eventloc");
        md.paragraph(gold.size() + " events. Token-level precision and recall of the words naming each event's "
                + "location, micro-averaged. " + emptyGold + " events have no gold location; the prediction "
                + "correctly named none for " + emptyGoldAndPrediction + " of them.");
        md.heading("Headline").figures(h);
        md.heading("Errors by kind").table(List.of("kind", "count"), SpanErrors.kindCounts(errors));
        md.heading("First errors").table(List.of("id", "kind", "trigger", "location", "tokens"), errors.stream()
                .limit(20)
                .map(e -> List.of(e.get("id").asText(), e.get("kind").asText(), e.path("trigger").asText(),
                        e.path(e.get("kind").asText().equals("fn") ? "gold" : "predicted").path("text").asText(),
                        e.get("tokens").toString()))
                .toList());
        return new EvalResult(EvalTask.EVENTLOC, h, md.toString(), errors, details);
    }

    /** The tokens of a location span, as record offsets; where the record has no text, the span's own "text" stands in. */
    static List<Span> tokens(String text, ObjectNode location) {
        Span span = JsonFields.span(location);
        List<Span> out = new ArrayList<>();
        if (span == null) return out;
        String words = words(text, location, span);
        int tokenStart = -1;
        for (int i = 0; i <= words.length(); i++) {
            boolean letter = i < words.length() && Character.isLetterOrDigit(words.charAt(i));
            if (letter && tokenStart < 0) tokenStart = i;
            if (!letter && tokenStart >= 0) {
                out.add(new Span(span.start() + tokenStart, span.start() + i));
                tokenStart = -1;
            }
        }
        return out;
    }

    private static String words(String text, ObjectNode location, Span span) {
        return text != null && span.end() <= text.length() ? span.of(text) : location.path("text").asText("");
    }

    private static boolean hits(Span token, List<Span> others) {
        for (Span o : others) if (o.overlaps(token)) return true;
        return false;
    }

    private static String word(String text, ObjectNode location, Span token) {
        Span span = JsonFields.span(location);
        return words(text, location, span).substring(token.start() - span.start(), token.end() - span.start());
    }

    private static ObjectNode error(String id, String kind, ObjectNode record, ObjectNode location, List<String> tokens,
                                    String text) {
        boolean goldSide = kind.equals("fn");
        ObjectNode e = SpanErrors.error(id, kind, goldSide ? location : null, goldSide ? null : location,
                JsonFields.snippet(text, JsonFields.span(location)));
        if (record.has("trigger")) e.put("trigger", record.get("trigger").path("text").asText());
        e.set("tokens", JsonNodeFactory.instance.arrayNode().addAll(tokens.stream().map(JsonNodeFactory.instance::textNode).toList()));
        return e;
    }
}
