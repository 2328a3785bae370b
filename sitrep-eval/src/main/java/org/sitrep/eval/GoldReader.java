package org.sitrep.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.sitrep.model.SitrepException;

/**
 * Reads a JSON Lines gold or prediction file. A bad line (not JSON, not an object, no id, a
 * duplicate id) is skipped and reported as "line N: reason" so one broken record does not stop a
 * whole evaluation; an unreadable file is an error. A gold kept in another project's format may name
 * its id field otherwise ({@code dId}); its value is then copied to {@code id}, so every scorer pairs
 * records by {@code id}. A task may also check each record's own fields and skip those it cannot score.
 */
public final class GoldReader {
    private final ObjectMapper mapper = new ObjectMapper();
    private final String idField;
    private final Function<ObjectNode, String> check;

    /** Reads records keyed by {@code id}, with no check beyond the id. */
    public GoldReader() {
        this("id", record -> null);
    }

    /** {@code check} returns why a record cannot be scored, or null when it can. */
    public GoldReader(String idField, Function<ObjectNode, String> check) {
        this.idField = idField;
        this.check = check;
    }

    /** Reads at most {@code limit} good records ({@code limit <= 0}: all of them). */
    public GoldFile read(Path file, int limit) {
        List<ObjectNode> records = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNumber = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (limit > 0 && records.size() >= limit) break;
                if (lineNumber == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
                if (line.isBlank()) continue;
                String problem = accept(line, records, seen);
                if (problem != null) problems.add("line " + lineNumber + ": " + problem);
            }
        } catch (IOException e) {
            throw new SitrepException(SitrepException.Category.INPUT,
                    "cannot read " + file + ": " + e.getMessage(), e);
        }
        return new GoldFile(records, problems);
    }

    /** Adds the line's record, or returns why it was skipped. */
    private String accept(String line, List<ObjectNode> records, Set<String> seen) {
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (JsonProcessingException e) {
            return "not valid JSON (" + e.getOriginalMessage() + ")";
        }
        if (!(node instanceof ObjectNode object)) return "not a JSON object";
        JsonNode id = object.get(idField);
        if (id == null || !(id.isTextual() || id.isNumber()) || id.asText().isBlank()) {
            return "no \"" + idField + "\" (a non-empty string is required to pair gold and predictions)";
        }
        String problem = check.apply(object);
        if (problem != null) return problem;
        if (!seen.add(id.asText())) return "duplicate id '" + id.asText() + "'";
        if (!idField.equals("id")) object.put("id", id.asText());
        records.add(object);
        return null;
    }
}
