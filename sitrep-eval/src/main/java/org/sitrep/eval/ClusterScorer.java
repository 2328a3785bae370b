package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
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
 * {@code incident}. A record without a predicted incident (no prediction, or a report in which no event
 * was found) is an incident of its own: it is never merged wrongly and always split from its real
 * event; {@code coverage} says how many records had one. Records whose gold {@code topic} is listed in
 * {@link TopicClasses} (armed violence or conflict) are also scored on their own, per class and together.
 * Predictions may say what grouped the record ({@code by}: incident or story) and carry its {@code story}:
 * the story grouping alone is then scored too, over all records and over the conflict topics.
 */
final class ClusterScorer implements Scorer {
    private final TopicClasses conflictTopics;

    ClusterScorer(TopicClasses conflictTopics) {
        this.conflictTopics = conflictTopics;
    }

    @Override
    public EvalResult score(List<ObjectNode> gold, Map<String, ObjectNode> predictedById) {
        List<ClusterFigures.Assignment> all = new ArrayList<>();
        Map<String, List<ClusterFigures.Assignment>> subsets = new TreeMap<>();
        List<ClusterFigures.Assignment> byStory = new ArrayList<>();
        List<ClusterFigures.Assignment> conflictByStory = new ArrayList<>();
        Map<String, Integer> groupedBy = new TreeMap<>();
        for (ObjectNode record : gold) {
            String id = JsonFields.id(record);
            String cluster = orSingleton(JsonFields.text(record, "cluster"), "(no cluster) ", id);
            String incident = JsonFields.text(predictedById.get(id), "incident");
            ClusterFigures.Assignment a = new ClusterFigures.Assignment(id, cluster, orSingleton(incident, "(no incident) ", id), incident != null);
            all.add(a);
            String story = JsonFields.text(predictedById.get(id), "story");
            ClusterFigures.Assignment s = new ClusterFigures.Assignment(id, cluster, orSingleton(story, "(no story) ", id), story != null);
            if (story != null) byStory.add(s);
            String by = JsonFields.text(predictedById.get(id), "by");
            if (by != null) groupedBy.merge(by, 1, Integer::sum);
            JsonNode topic = record.get("topic");
            String cls = topic != null && topic.canConvertToInt() ? conflictTopics.classOf(topic.asInt()) : null;
            if (cls != null && story != null) conflictByStory.add(s);
            if (cls != null) {
                subsets.computeIfAbsent("conflict topics (all)", k -> new ArrayList<>()).add(a);
                subsets.computeIfAbsent("conflict topics: " + cls, k -> new ArrayList<>()).add(a);
            }
        }
        ClusterFigures figures = new ClusterFigures(all);
        LinkedHashMap<String, Object> h = figures.headline();

        ObjectNode details = JsonNodeFactory.instance.objectNode();
        ObjectNode counts = details.putObject("counts");
        counts.put("predicted_pairs", figures.predictedPairs);
        counts.put("gold_pairs", figures.goldPairs);
        counts.put("pairs_in_both", figures.bothPairs);
        counts.put("records_with_primary_incident", figures.covered);
        counts.put("records_without_prediction", gold.stream().filter(r -> !predictedById.containsKey(JsonFields.id(r))).count());
        details.put("coverage", figures.coverage());
        groupedBy.forEach((by, n) -> counts.put("records_grouped_by_" + by, n));
        Map<String, ClusterFigures> storyFigures = new LinkedHashMap<>();
        if (!byStory.isEmpty()) storyFigures.put("all records", new ClusterFigures(byStory));
        if (!conflictByStory.isEmpty()) storyFigures.put("conflict topics (all)", new ClusterFigures(conflictByStory));
        ObjectNode storyNode = details.putObject("story_grouping");
        storyFigures.forEach((name, f) -> {
            ObjectNode n = storyNode.putObject(name);
            f.headline().forEach((k, v) -> n.putPOJO(k, v));
        });
        details.put("unknown_prediction_ids", UnknownIds.count(gold, predictedById));
        ObjectNode perCluster = details.putObject("incidents_per_cluster");
        figures.incidentsPerCluster().forEach(perCluster::put);
        ObjectNode subsetNode = details.putObject("subsets");
        Map<String, ClusterFigures> subsetFigures = new LinkedHashMap<>();
        subsets.forEach((name, list) -> {
            ClusterFigures f = new ClusterFigures(list);
            subsetFigures.put(name, f);
            ObjectNode s = subsetNode.putObject(name);
            f.headline().forEach((k, v) -> s.putPOJO(k, v));
            s.put("coverage", f.coverage());
        });
        ObjectNode topicsNode = details.putObject("conflict_topic_list");
        conflictTopics.all().forEach((topic, cls) -> topicsNode.put(String.valueOf(topic), cls));

        Markdown md = new Markdown().title("sitrep eval: clusters");
        md.paragraph(figures.byId.size() + " records in " + figures.byCluster.size() + " gold clusters, grouped into " + figures.byIncident.size()
                + " predicted incidents. Each record's predicted incident is its primary incident (the incident of its main event); "
                + "a record with none (no event found) is its own incident. Coverage (records with a primary incident): "
                + figures.covered + " of " + figures.byId.size() + " (" + Markdown.cell(figures.coverage()) + "). "
                + "incidents_per_event: distinct incidents per gold cluster (1.0 is perfect; higher means real events were split).");
        if (!groupedBy.isEmpty()) md.paragraph("Records grouped by: " + groupedBy + " (a report with no event, or whose main event has no incident, takes its story).");
        md.heading("Headline").figures(h);
        if (!storyFigures.isEmpty()) {
            md.heading("Story grouping alone").paragraph("Every record grouped by its story (reports about one happening, linked whether or not they hold events), "
                    + "ignoring incidents. A record without a story (" + (gold.size() - byStory.size()) + ") is left out.");
            List<String> header = new ArrayList<>(List.of("subset"));
            header.addAll(h.keySet());
            md.table(header, storyFigures.entrySet().stream().map(e -> {
                List<String> row = new ArrayList<>(List.of(e.getKey()));
                e.getValue().headline().values().forEach(v -> row.add(Markdown.cell(v)));
                return row;
            }).toList());
        }
        md.heading("Conflict topics on their own");
        if (subsetFigures.isEmpty()) {
            md.paragraph("No record carries a conflict topic (" + TopicClasses.ECBPLUS_CONFLICT + ": topics " + conflictTopics.all().keySet() + ").");
        } else {
            md.paragraph("Topics from " + TopicClasses.ECBPLUS_CONFLICT + " (armed violence or conflict, source in the file): " + conflictTopics.all()
                    + ". event = the violence itself is reported; aftermath = only trials, verdicts, sentences. Small sets: read with their size.");
            List<String> header = new ArrayList<>(List.of("subset"));
            header.addAll(h.keySet());
            header.add("coverage");
            md.table(header, subsetFigures.entrySet().stream().map(e -> {
                List<String> row = new ArrayList<>(List.of(e.getKey()));
                e.getValue().headline().values().forEach(v -> row.add(Markdown.cell(v)));
                row.add(Markdown.cell(e.getValue().coverage()));
                return row;
            }).toList());
        }
        md.heading("Most split real events").table(List.of("cluster", "records", "incidents"), figures.byCluster.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, List<String>> e) -> perCluster.get(e.getKey()).asLong()).reversed())
                .limit(10)
                .map(e -> List.of(e.getKey(), "" + e.getValue().size(), perCluster.get(e.getKey()).asText()))
                .toList());
        md.heading("Incidents mixing real events").table(List.of("incident", "records", "gold clusters"), figures.cells.entrySet().stream()
                .filter(e -> e.getValue().size() > 1)
                .sorted(Comparator.comparingInt((Map.Entry<String, Map<String, List<String>>> e) -> e.getValue().size()).reversed())
                .limit(10)
                .map(e -> List.of(e.getKey(), "" + figures.byIncident.get(e.getKey()).size(), String.join(", ", e.getValue().keySet())))
                .toList());
        return new EvalResult(EvalTask.CLUSTERS, h, md.toString(), new ClusterErrors().of(figures), details);
    }

    private static String orSingleton(String value, String prefix, String id) {
        return value != null ? value : prefix + id;
    }
}
