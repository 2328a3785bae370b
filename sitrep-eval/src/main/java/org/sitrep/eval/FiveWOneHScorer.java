package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores the main event's date and place against the Giveme5W1H gold (--task 5w1h). A prediction is
 * {@code {"id", "main_type", "main_event": null | {"date": {"earliest", "latest", "text"},
 * "location": {"phrase", "name"}, "sentence", ...}}}.
 * <ul>
 *   <li>when, over documents whose gold has a parsed date: exact = the predicted range is one day equal
 *   to a gold date; overlap = the range contains a gold date (exact ones included); unknown = no date.</li>
 *   <li>where, over documents whose gold has a where phrase: match = the predicted phrase or place name
 *   shares a content word with a gold phrase ({@link PlaceTokens}); unknown = neither phrase nor name.</li>
 * </ul>
 * Any gold answer counts; answers are listed most coders first. errors.jsonl lists every document
 * whose when is not exact or whose where does not match.
 */
final class FiveWOneHScorer implements Scorer {
    private final FiveWOneHGold gold;
    private final PlaceTokens tokens;

    FiveWOneHScorer(FiveWOneHGold gold, PlaceTokens tokens) {
        this.gold = gold;
        this.tokens = tokens;
    }

    /** What one document scored; a null result means its gold has no answer to that question. */
    private record Outcome(String category, boolean hasMainEvent, String when, String where, String mainType) {}

    @Override
    public EvalResult score(List<ObjectNode> documents, Map<String, ObjectNode> predictedById) {
        List<Outcome> outcomes = new ArrayList<>();
        List<ObjectNode> errors = new ArrayList<>();
        for (ObjectNode document : documents) {
            ObjectNode prediction = predictedById.get(JsonFields.id(document));
            JsonNode main = prediction == null ? null : prediction.get("main_event");
            if (main != null && !main.isObject()) main = null;
            List<FiveWOneHGold.Answer> when = gold.when(document);
            List<FiveWOneHGold.Answer> where = gold.where(document);
            String whenResult = when.isEmpty() ? null : when(when, main);
            String whereResult = where.isEmpty() ? null : where(where, main);
            String mainType = prediction == null ? null : JsonFields.text(prediction, "main_type");
            outcomes.add(new Outcome(gold.category(document), main != null, whenResult, whereResult, mainType == null ? "(none)" : mainType));
            boolean whenWrong = whenResult != null && !whenResult.equals("exact");
            boolean whereWrong = whereResult != null && !whereResult.equals("match");
            if (whenWrong || whereWrong) errors.add(error(document, when, where, prediction, main, whenResult, whereResult, whenWrong, whereWrong));
        }
        LinkedHashMap<String, Object> h = headline(outcomes);
        ObjectNode details = JsonNodeFactory.instance.objectNode();
        details.put("unknown_prediction_ids", UnknownIds.count(documents, predictedById));
        Map<String, List<Outcome>> byCategory = new TreeMap<>();
        for (Outcome o : outcomes) byCategory.computeIfAbsent(o.category(), k -> new ArrayList<>()).add(o);
        ObjectNode perCategory = details.putObject("per_category");
        List<List<String>> categoryRows = new ArrayList<>();
        byCategory.forEach((category, list) -> {
            LinkedHashMap<String, Object> figures = headline(list);
            ObjectNode row = perCategory.putObject(category);
            figures.forEach((key, value) -> {
                if (value instanceof Long n) row.put(key, n);
                else row.put(key, (Double) value);
            });
            categoryRows.add(List.of(category, "" + list.size(), Markdown.cell(figures.get("with_main_event")), "" + figures.get("when_gold"),
                    Markdown.cell(figures.get("when_exact")), Markdown.cell(figures.get("when_overlap")), "" + figures.get("where_gold"),
                    Markdown.cell(figures.get("where_match"))));
        });
        Map<String, Long> types = new TreeMap<>();
        for (Outcome o : outcomes) types.merge(o.mainType(), 1L, Long::sum);
        ObjectNode mainTypes = details.putObject("main_types");
        types.forEach(mainTypes::put);

        Markdown md = new Markdown().title("sitrep eval: 5w1h (Giveme5W1H main-event date and place)");
        md.paragraph(documents.size() + " documents. sitrep reads each as title + \"\\n\" + description + \"\\n\" + text, "
                + "published on the date part of date_publish. The main event is the event of highest confidence, the "
                + "first in the text on a tie; a document without events has none (with_main_event is the share that have one).");
        md.paragraph("When, over the documents whose gold has a parsed date (when_gold): when_exact = the main event's range "
                + "is one day equal to a gold date; when_overlap = the range contains a gold date (exact included); "
                + "when_unknown = no main event or no date. Where, over the documents with a gold where phrase (where_gold): "
                + "where_match = the main event's place phrase or place name shares a word with a gold phrase (case-insensitive, "
                + "stop words such as 'the' and 'in' ignored); where_unknown = no main event or no place. Any gold answer counts.");
        md.heading("Headline").figures(h);
        md.heading("Per category").table(List.of("category", "documents", "with main event", "when gold", "when exact",
                "when overlap", "where gold", "where match"), categoryRows);
        md.heading("Main type of the report").table(List.of("type", "documents"),
                types.entrySet().stream().map(e -> List.of(e.getKey(), "" + e.getValue())).toList());
        return new EvalResult(EvalTask.FIVE_W_ONE_H, h, md.toString(), errors, details);
    }

    private static LinkedHashMap<String, Object> headline(List<Outcome> outcomes) {
        long withMain = outcomes.stream().filter(Outcome::hasMainEvent).count();
        List<String> when = outcomes.stream().map(Outcome::when).filter(w -> w != null).toList();
        List<String> where = outcomes.stream().map(Outcome::where).filter(w -> w != null).toList();
        LinkedHashMap<String, Object> h = new LinkedHashMap<>();
        h.put("documents", (long) outcomes.size());
        h.put("with_main_event", Metrics.round(Metrics.ratio(withMain, outcomes.size()), 4));
        h.put("when_gold", (long) when.size());
        h.put("when_exact", share(when, "exact"));
        h.put("when_overlap", share(when, "exact", "overlap"));
        h.put("when_unknown", share(when, "unknown"));
        h.put("where_gold", (long) where.size());
        h.put("where_match", share(where, "match"));
        h.put("where_unknown", share(where, "unknown"));
        return h;
    }

    private static Double share(List<String> results, String... accepted) {
        long n = results.stream().filter(r -> List.of(accepted).contains(r)).count();
        return Metrics.round(Metrics.ratio(n, results.size()), 4);
    }

    /** exact, overlap (the range contains a gold day), wrong, or unknown. */
    private static String when(List<FiveWOneHGold.Answer> answers, JsonNode main) {
        LocalDate earliest = day(main == null ? null : main.path("date").path("earliest").asText(null));
        LocalDate latest = day(main == null ? null : main.path("date").path("latest").asText(null));
        if (earliest == null || latest == null) return "unknown";
        boolean contains = false;
        for (FiveWOneHGold.Answer a : answers) {
            if (earliest.equals(latest) && a.parsed().equals(earliest)) return "exact";
            if (!a.parsed().isBefore(earliest) && !a.parsed().isAfter(latest)) contains = true;
        }
        return contains ? "overlap" : "wrong";
    }

    /** match, wrong, or unknown. */
    private String where(List<FiveWOneHGold.Answer> answers, JsonNode main) {
        String phrase = main == null ? null : JsonFields.text(main.path("location"), "phrase");
        String name = main == null ? null : JsonFields.text(main.path("location"), "name");
        if (phrase == null && name == null) return "unknown";
        for (FiveWOneHGold.Answer a : answers) {
            if (tokens.overlap(a.text(), phrase) || tokens.overlap(a.text(), name)) return "match";
        }
        return "wrong";
    }

    private static LocalDate day(String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static ObjectNode error(ObjectNode document, List<FiveWOneHGold.Answer> when, List<FiveWOneHGold.Answer> where,
            ObjectNode prediction, JsonNode main, String whenResult, String whereResult, boolean whenWrong, boolean whereWrong) {
        ObjectNode e = JsonNodeFactory.instance.objectNode();
        e.put("id", JsonFields.id(document));
        e.put("kind", whenWrong && whereWrong ? "when_and_where" : whenWrong ? "when" : "where");
        e.put("when", whenResult);
        e.put("where", whereResult);
        e.put("published", JsonFields.text(document, "date_publish"));
        e.put("title", JsonFields.text(document, "title"));
        ArrayNode goldWhen = e.putArray("gold_when");
        for (FiveWOneHGold.Answer a : when) goldWhen.addObject().put("text", a.text()).put("parsed", a.parsed().toString()).put("coders", a.coders());
        ArrayNode goldWhere = e.putArray("gold_where");
        for (FiveWOneHGold.Answer a : where) goldWhere.addObject().put("text", a.text()).put("coders", a.coders());
        e.put("main_type", prediction == null ? null : JsonFields.text(prediction, "main_type"));
        if (main == null) {
            e.putNull("predicted");
            e.putNull("sentence");
        } else {
            ObjectNode p = e.putObject("predicted");
            p.set("date", main.get("date") == null ? null : main.get("date").deepCopy());
            p.set("location", main.get("location") == null ? null : main.get("location").deepCopy());
            e.put("sentence", JsonFields.text(main, "sentence"));
        }
        return e;
    }
}
