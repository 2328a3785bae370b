package org.sitrep.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The clustering figures of one set of records, each with its gold cluster and predicted incident.
 * B-cubed (Bagga and Baldwin 1998) averages per-record precision and recall; pairwise counts record
 * pairs put together; incidents per event counts distinct incidents per gold cluster.
 */
final class ClusterFigures {
    /** One scored record; {@code incident} is already a singleton key when nothing was predicted. */
    record Assignment(String id, String cluster, String incident, boolean predicted) {}

    final Map<String, List<String>> byCluster = new TreeMap<>();
    final Map<String, List<String>> byIncident = new TreeMap<>();
    /** incident -> gold cluster -> record ids. */
    final Map<String, Map<String, List<String>>> cells = new TreeMap<>();
    final Map<String, Assignment> byId = new LinkedHashMap<>();
    final long predictedPairs;
    final long goldPairs;
    final long bothPairs;
    final long covered;

    ClusterFigures(List<Assignment> assignments) {
        long withIncident = 0;
        for (Assignment a : assignments) {
            byId.put(a.id(), a);
            byCluster.computeIfAbsent(a.cluster(), k -> new ArrayList<>()).add(a.id());
            byIncident.computeIfAbsent(a.incident(), k -> new ArrayList<>()).add(a.id());
            cells.computeIfAbsent(a.incident(), k -> new TreeMap<>()).computeIfAbsent(a.cluster(), k -> new ArrayList<>()).add(a.id());
            if (a.predicted()) withIncident++;
        }
        covered = withIncident;
        predictedPairs = pairs(byIncident.values());
        goldPairs = pairs(byCluster.values());
        List<List<String>> both = new ArrayList<>();
        cells.values().forEach(m -> both.addAll(m.values()));
        bothPairs = pairs(both);
    }

    /** The headline keys of FORMATS.md, in their order. */
    LinkedHashMap<String, Object> headline() {
        double precisionSum = 0;
        double recallSum = 0;
        for (Assignment a : byId.values()) {
            double together = cells.get(a.incident()).get(a.cluster()).size();
            precisionSum += together / byIncident.get(a.incident()).size();
            recallSum += together / byCluster.get(a.cluster()).size();
        }
        int n = byId.size();
        Double precision = n == 0 ? null : precisionSum / n;
        Double recall = n == 0 ? null : recallSum / n;
        LinkedHashMap<String, Object> h = new LinkedHashMap<>();
        h.put("records", (long) n);
        h.put("clusters", (long) byCluster.size());
        h.put("incidents", (long) byIncident.size());
        h.put("bcubed_precision", Metrics.round(precision, 4));
        h.put("bcubed_recall", Metrics.round(recall, 4));
        h.put("bcubed_f1", Metrics.round(Metrics.harmonic(precision, recall), 4));
        h.put("pairwise_precision", Metrics.round(Metrics.ratio(bothPairs, predictedPairs), 4));
        h.put("pairwise_recall", Metrics.round(Metrics.ratio(bothPairs, goldPairs), 4));
        h.put("incidents_per_event", Metrics.round(byCluster.isEmpty() ? null : (double) incidentsPerCluster().values().stream().mapToLong(Long::longValue).sum() / byCluster.size(), 4));
        return h;
    }

    /** Distinct predicted incidents of each gold cluster. */
    Map<String, Long> incidentsPerCluster() {
        Map<String, Long> out = new TreeMap<>();
        byCluster.forEach((cluster, ids) -> out.put(cluster, ids.stream().map(id -> byId.get(id).incident()).distinct().count()));
        return out;
    }

    /** Records with a primary incident, as a fraction of all (null when there are none). */
    Double coverage() {
        return byId.isEmpty() ? null : Metrics.round((double) covered / byId.size(), 4);
    }

    private static long pairs(Iterable<List<String>> groups) {
        long total = 0;
        for (List<String> g : groups) total += (long) g.size() * (g.size() - 1) / 2;
        return total;
    }
}
