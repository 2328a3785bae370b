package org.sitrep.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sitrep.model.SitrepException;

/** Writes an evaluation to a folder: report.md (for people), report.json (figures and breakdowns), errors.jsonl. */
public final class ReportWriter {
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final ObjectMapper lineMapper = new ObjectMapper();

    public ReportWriter() {}

    public void write(EvalResult result, Path dir) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("report.md"), result.reportMarkdown(), StandardCharsets.UTF_8);
            ObjectNode json = mapper.createObjectNode();
            json.put("task", result.task().id());
            json.set("headline", mapper.valueToTree(result.headline()));
            json.set("details", result.details());
            mapper.writeValue(dir.resolve("report.json").toFile(), json);
            try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("errors.jsonl"), StandardCharsets.UTF_8)) {
                for (ObjectNode error : result.errors()) {
                    out.write(lineMapper.writeValueAsString(error));
                    out.write('\n');
                }
            }
        } catch (IOException e) {
            throw new SitrepException(SitrepException.Category.INPUT,
                    "cannot write the evaluation report to " + dir + ": " + e.getMessage(), e);
        }
    }
}
