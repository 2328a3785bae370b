package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads one Giveme5W1H gold document (the original JSON, one a line): the text handed to the pipeline,
 * its publication day, and the coders' {@code when} and {@code where} answers. An answer entry with a
 * {@code coderPhraseCount} but no {@code text} (and, for when, no {@code parsed} date) records that the
 * coders agreed there is no answer; it is kept out of the answers.
 */
public final class FiveWOneHGold {
    /** One coded answer; {@code parsed} is the resolved day of a when answer (null for where). */
    record Answer(String text, LocalDate parsed, int coders) {}

    public FiveWOneHGold() {}

    /**
     * The text sitrep reads: title, description (the lead) and body, one per line, so the headline and
     * lead, where news puts the main event, come first as they do on the page.
     */
    public String pipelineText(ObjectNode document) {
        return part(document, "title") + "\n" + part(document, "description") + "\n" + part(document, "text");
    }

    /** The day part of {@code date_publish} ("2016-11-13 21:29:29"), or null when missing or not a date. */
    public LocalDate published(ObjectNode document) {
        String value = JsonFields.text(document, "date_publish");
        if (value == null || value.length() < 10) return null;
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Why a document cannot be scored, or null: the answer lists must be lists of objects with readable dates. */
    public String problem(ObjectNode document) {
        JsonNode questions = document.get("fiveWoneH");
        if (questions == null || !questions.isObject()) return "no \"fiveWoneH\" object (the coders' answers)";
        for (String question : List.of("when", "where")) {
            JsonNode annotated = questions.path(question).get("annotated");
            if (annotated == null || annotated.isNull()) continue;
            if (!annotated.isArray()) return "fiveWoneH." + question + ".annotated is not a list";
            for (int i = 0; i < annotated.size(); i++) {
                JsonNode entry = annotated.get(i);
                String where = "fiveWoneH." + question + ".annotated[" + i + "]";
                if (!entry.isObject()) return where + " is not an object";
                JsonNode parsed = entry.get("parsed");
                if (parsed != null && !parsed.isNull() && date(parsed.asText()) == null) {
                    return where + ".parsed '" + parsed.asText() + "' is not a YYYY-MM-DD date";
                }
            }
        }
        return null;
    }

    /** The when answers that carry a resolved day, most coders first. */
    List<Answer> when(ObjectNode document) {
        return answers(document, "when").stream().filter(a -> a.parsed() != null).toList();
    }

    /** The where answers that carry a phrase, most coders first. */
    List<Answer> where(ObjectNode document) {
        return answers(document, "where").stream().filter(a -> a.text() != null).toList();
    }

    String category(ObjectNode document) {
        String category = JsonFields.text(document, "category");
        return category == null ? "(none)" : category;
    }

    private List<Answer> answers(ObjectNode document, String question) {
        List<Answer> out = new ArrayList<>();
        for (ObjectNode entry : JsonFields.objects(document.path("fiveWoneH").path(question), "annotated")) {
            String parsed = JsonFields.text(entry, "parsed");
            Double coders = JsonFields.number(entry, "coderPhraseCount");
            out.add(new Answer(JsonFields.text(entry, "text"), parsed == null ? null : date(parsed), coders == null ? 0 : coders.intValue()));
        }
        out.sort(Comparator.comparingInt(Answer::coders).reversed()); // stable: file order among equal counts
        return out;
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String part(ObjectNode document, String field) {
        String value = JsonFields.raw(document, field);
        return value == null ? "" : value.strip();
    }
}
