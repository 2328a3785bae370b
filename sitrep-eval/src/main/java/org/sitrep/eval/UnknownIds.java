package org.sitrep.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Counts predictions whose id has no gold record: usually a sign of the wrong prediction file. */
final class UnknownIds {
    private UnknownIds() {}

    static long count(List<ObjectNode> gold, Map<String, ObjectNode> predictedById) {
        Set<String> ids = new HashSet<>();
        for (ObjectNode record : gold) ids.add(JsonFields.id(record));
        return predictedById.keySet().stream().filter(id -> !ids.contains(id)).count();
    }
}
