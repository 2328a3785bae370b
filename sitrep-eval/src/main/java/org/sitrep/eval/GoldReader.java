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
import org.sitrep.model.SitrepException;

/**
 * Reads a JSON Lines gold or prediction file. A bad line (not JSON, not an object, no id, a
 * duplicate id) is skipped and reported as "line N: reason" so one broken record does not stop a
 * whole evaluation; an unreadable file is an error.
 */
public final class GoldReader {
    private final ObjectMapper mapper = new ObjectMapper();

    public GoldReader() {}

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
        JsonNode id = object.get("id");
        if (id == null || !(id.isTextual() || id.isNumber()) || id.asText().isBlank()) {
            return "no \"id\" (a non-empty string is required to pair gold and predictions)";
        }
        if (!seen.add(id.asText())) return "duplicate id '" + id.asText() + "'";
        records.add(object);
        return null;
    }
}
