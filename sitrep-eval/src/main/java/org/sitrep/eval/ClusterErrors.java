package org.sitrep.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One error line per wrongly placed record. merged: the record's incident also holds records of other
 * gold clusters (they are listed). split: the record is not in its cluster's main incident (the one
 * holding most of the cluster's records; on a tie a predicted incident before a record left without one,
 * then the first by name), so the real event was counted
 * more than once. A record can be both.
 */
final class ClusterErrors {
    List<ObjectNode> of(ClusterFigures f) {
        List<ObjectNode> out = new ArrayList<>();
        for (ClusterFigures.Assignment a : f.byId.values()) {
            Map<String, List<String>> byCluster = f.cells.get(a.incident());
            if (byCluster.size() > 1) {
                ObjectNode e = base(a, "merged");
                ObjectNode others = e.putObject("other_clusters");
                byCluster.forEach((cluster, ids) -> {
                    if (cluster.equals(a.cluster())) return;
                    ArrayNode arr = others.putArray(cluster);
                    ids.forEach(arr::add);
                });
                out.add(e);
            }
            String main = mainIncident(f, a.cluster());
            if (!main.equals(a.incident())) {
                ObjectNode e = base(a, "split");
                e.put("cluster_main_incident", main);
                ArrayNode mates = e.putArray("apart_from");
                f.byCluster.get(a.cluster()).stream().filter(id -> f.byId.get(id).incident().equals(main)).forEach(mates::add);
                out.add(e);
            }
        }
        return out;
    }

    private static String mainIncident(ClusterFigures f, String cluster) {
        return f.cells.entrySet().stream()
                .filter(e -> e.getValue().containsKey(cluster))
                .max(Comparator.comparingInt((Map.Entry<String, Map<String, List<String>>> e) -> e.getValue().get(cluster).size())
                        .thenComparing(e -> f.byId.get(e.getValue().get(cluster).get(0)).predicted())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElseThrow();
    }

    private static ObjectNode base(ClusterFigures.Assignment a, String kind) {
        ObjectNode e = JsonNodeFactory.instance.objectNode();
        e.put("id", a.id());
        e.put("kind", kind);
        e.put("gold", a.cluster());
        e.put("predicted", a.predicted() ? a.incident() : null);
        return e;
    }
}
