package org.sitrep.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores clusters.jsonl: the gold {@code cluster} of each record against its predicted primary
 * {@code incident}. B-cubed (Bagga and Baldwin 1998) averages per-record precision and recall; pairwise
 * counts record pairs put together. A record without a prediction is an incident of its own.
 */
final class ClusterScorer implements Scorer {

    @Override
    public EvalResult score(List<ObjectNode> gold, Map<String, ObjectNode> predictedById) {
        Map<String, List<String>> byCluster = new TreeMap<>();
        Map<String, List<String>> byIncident = new TreeMap<>();
        Map<String, Map<String, List<String>>> cells = new TreeMap<>(); // incident -> cluster -> record ids
        Map<String, String> clusterOf = new LinkedHashMap<>();
        Map<String, String> incidentOf = new LinkedHashMap<>();
        for (ObjectNode record : gold) {
            String id = JsonFields.id(record);
            String cluster = orSingleton(JsonFields.text(record, "cluster"), "(no cluster) ", id);
            String incident = orSingleton(JsonFields.text(predictedById.get(id), "incident"), "(no prediction) ", id);
            clusterOf.put(id, cluster);
            incidentOf.put(id, incident);
            byCluster.computeIfAbsent(cluster, k -> new ArrayList<>()).add(id);
            byIncident.computeIfAbsent(incident, k -> new ArrayList<>()).add(id);
            cells.computeIfAbsent(incident, k -> new TreeMap<>()).computeIfAbsent(cluster, k -> new ArrayList<>()).add(id);
        }
        double precisionSum = 0, recallSum = 0;
        for (String id : clusterOf.keySet()) {
            double both = cells.get(incidentOf.get(id)).get(clusterOf.get(id)).size();
            precisionSum += both / byIncident.get(incidentOf.get(id)).size();
            recallSum += both / byCluster.get(clusterOf.get(id)).size();
        }
        int n = clusterOf.size();
        Double bPrecision = n == 0 ? null : precisionSum / n;
        Double bRecall = n == 0 ? null : recallSum / n;
        long predictedPairs = pairs(byIncident.values().stream().mapToLong(List::size).toArray());
        long goldPairs = pairs(byCluster.values().stream().mapToLong(List::size).toArray());
        long bothPairs = pairs(cells.values().stream().flatMap(m -> m.values().stream()).mapToLong(List::size).toArray());
        double incidentsSum = 0;
        List<ObjectNode> errors = new ArrayList<>();
        for (Map.Entry<String, List<String>> c : byCluster.entrySet()) {
            Map<String, List<String>> parts = new TreeMap<>();
            for (String id : c.getValue()) parts.computeIfAbsent(incidentOf.get(id), k -> new ArrayList<>()).add(id);
            incidentsSum += parts.size();
            if (parts.size() > 1) errors.add(error(c.getKey(), "split", c.getKey(), parts));
        }
        for (Map.Entry<String, Map<String, List<String>>> i : cells.entrySet()) {
            if (i.getValue().size() > 1) errors.add(error(i.getKey(), "merged", i.getKey(), i.getValue()));
        }
        LinkedHashMap<String, Object> h = new LinkedHashMap<>();
        h.put("records", (long) n);
        h.put("clusters", (long) byCluster.size());
        h.put("incidents", (long) byIncident.size());
        h.put("bcubed_precision", Metrics.round(bPrecision, 4));
        h.put("bcubed_recall", Metrics.round(bRecall, 4));
        h.put("bcubed_f1", Metrics.round(Metrics.harmonic(bPrecision, bRecall), 4));
        h.put("pairwise_precision", Metrics.round(Metrics.ratio(bothPairs, predictedPairs), 4));
        h.put("pairwise_recall", Metrics.round(Metrics.ratio(bothPairs, goldPairs), 4));
        h.put("incidents_per_event", Metrics.round(byCluster.isEmpty() ? null : incidentsSum / byCluster.size(), 4));

        ObjectNode details = JsonNodeFactory.instance.objectNode();
        ObjectNode counts = details.putObject("counts");
        counts.put("predicted_pairs", predictedPairs);
        counts.put("gold_pairs", goldPairs);
        counts.put("pairs_in_both", bothPairs);
        counts.put("records_without_prediction", gold.stream().filter(r -> !predictedById.containsKey(JsonFields.id(r))).count());
        details.put("unknown_prediction_ids", UnknownIds.count(gold, predictedById));
        ObjectNode perCluster = details.putObject("incidents_per_cluster");
        byCluster.forEach((cluster, ids) -> perCluster.put(cluster,
                ids.stream().map(incidentOf::get).distinct().count()));

        Markdown md = new Markdown().title("sitrep eval: clusters");
        md.paragraph(n + " records in " + byCluster.size() + " gold clusters, grouped into " + byIncident.size()
                + " predicted incidents. incidents_per_event: distinct incidents per gold cluster (1.0 is perfect; "
                + "higher means real events were split). A record without a prediction is its own incident.");
        md.heading("Headline").figures(h);
        md.heading("Most split real events").table(List.of("cluster", "records", "incidents"), byCluster.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, List<String>> e) -> perCluster.get(e.getKey()).asLong()).reversed())
                .limit(10)
                .map(e -> List.of(e.getKey(), "" + e.getValue().size(), perCluster.get(e.getKey()).asText()))
                .toList());
        md.heading("Incidents mixing real events").table(List.of("incident", "records", "gold clusters"), cells.entrySet().stream()
                .filter(e -> e.getValue().size() > 1)
                .sorted(Comparator.comparingInt((Map.Entry<String, Map<String, List<String>>> e) -> e.getValue().size()).reversed())
                .limit(10)
                .map(e -> List.of(e.getKey(), "" + byIncident.get(e.getKey()).size(), String.join(", ", e.getValue().keySet())))
                .toList());
        return new EvalResult(EvalTask.CLUSTERS, h, md.toString(), errors, details);
    }

    private static String orSingleton(String value, String prefix, String id) {
        return value != null ? value : prefix + id;
    }

    private static long pairs(long[] sizes) {
        long total = 0;
        for (long s : sizes) total += s * (s - 1) / 2;
        return total;
    }

    /** split: one gold cluster, its records by predicted incident; merged: one incident, its records by gold cluster. */
    private static ObjectNode error(String id, String kind, String name, Map<String, List<String>> parts) {
        ObjectNode e = JsonNodeFactory.instance.objectNode();
        e.put("id", id);
        e.put("kind", kind);
        e.put(kind.equals("split") ? "gold" : "predicted", name);
        ObjectNode groups = e.putObject(kind.equals("split") ? "predicted" : "gold");
        parts.forEach((k, ids) -> {
            ArrayNode a = groups.putArray(k);
            ids.forEach(a::add);
        });
        return e;
    }
}
