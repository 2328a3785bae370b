package org.sitrep.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The usable records of a JSONL gold (or prediction) file, and one "line N: reason" entry for each
 * line that was skipped.
 */
public record GoldFile(List<ObjectNode> records, List<String> problems) {
    public GoldFile {
        records = List.copyOf(records);
        problems = List.copyOf(problems);
    }
}
