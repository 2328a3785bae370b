package org.sitrep.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * JSON Lines: one report a line, {"id","published","title","text","url","source"}, other keys
 * ignored. A bad line becomes a failure naming the file and line, and the other lines are still read.
 * A record without an id gets one from the file name and line number, so it is stable across runs.
 * A record's text may itself be tokenized one sentence a line, and then keeps its breaks.
 */
final class JsonLinesReader implements ReportReader {
    private final ObjectMapper json;
    private final PublishedDateParser dates;
    private final TokenizedLineDetector lines;
    private final ReportFinisher finisher;

    /** {@code json} must fail on trailing tokens, so "{...} junk" is a bad line and not a good one. */
    JsonLinesReader(ObjectMapper json, PublishedDateParser dates, TokenizedLineDetector lines, ReportFinisher finisher) {
        this.json = json;
        this.dates = dates;
        this.lines = lines;
        this.finisher = finisher;
    }

    @Override
    public List<ReadResult> read(LoadedInput input) {
        List<ReadResult> results = new ArrayList<>();
        String[] lines = input.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) continue;
            int lineNumber = i + 1;
            String where = input.name() + " line " + lineNumber;
            JsonNode node;
            try {
                node = json.readTree(lines[i]);
            } catch (JsonProcessingException e) {
                if (results.isEmpty() && wholeObject(input.text()).isPresent()) {
                    // A single pretty-printed record rather than JSON Lines: read it as line 1.
                    return List.of(record(wholeObject(input.text()).get(), input, 1));
                }
                results.add(new ReadResult.Failed(input.name() + ":" + lineNumber, where + " is not valid JSON (" + e.getOriginalMessage() + ")."));
                continue;
            }
            results.add(record(node, input, lineNumber));
        }
        if (results.isEmpty()) results.add(new ReadResult.Failed(input.name(), input.name() + " holds no JSON records."));
        return results;
    }

    private ReadResult record(JsonNode node, LoadedInput input, int lineNumber) {
        String origin = input.name() + ":" + lineNumber;
        String where = input.name() + " line " + lineNumber;
        if (!node.isObject()) return new ReadResult.Failed(origin, where + " is not a JSON object.");
        String text = string(node, "text");
        if (text == null || text.isBlank()) return new ReadResult.Failed(origin, where + " has no \"text\" to read.");
        LocalDate published = null;
        JsonNode date = node.get("published");
        if (date != null && !date.isNull()) {
            Optional<LocalDate> parsed = date.isTextual() ? dates.parse(date.asText()) : Optional.empty();
            if (parsed.isEmpty()) {
                return new ReadResult.Failed(origin, where + " has a \"published\" value " + date + " that is not a date; write it as YYYY-MM-DD or an ISO date-time.");
            }
            published = parsed.get();
        }
        String id = string(node, "id");
        if (id == null || id.isBlank()) id = input.stem() + "-" + lineNumber;
        return finisher.finish(new ReportDraft(id, string(node, "title"), text, published, string(node, "source"),
                string(node, "url"), lines.sentenceBreaks(text), origin));
    }

    /** Text of a string or number field; null when missing, null or of another kind. */
    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !(value.isTextual() || value.isNumber()) ? null : value.asText();
    }

    private Optional<JsonNode> wholeObject(String text) {
        try {
            JsonNode node = json.readTree(text);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
