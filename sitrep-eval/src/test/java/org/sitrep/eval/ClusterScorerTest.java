package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

import org.junit.jupiter.api.Test;

class ClusterScorerTest {
    private final Scorer scorer = Scorers.forTask(EvalTask.CLUSTERS);

    @Test
    void bcubed_and_pairwise_figures_match_the_hand_computation() {
        // Gold: {a b c} and {d e}. Predicted: X = {a b}, Y = {c d e}.
        // Per-record precision: a 1, b 1, c 1/3, d 2/3, e 2/3 -> 11/15 = 0.7333.
        // Per-record recall:    a 2/3, b 2/3, c 1/3, d 1, e 1 -> 11/15 = 0.7333.
        // Pairs: predicted ab, cd, ce, de (4); gold ab, ac, bc, de (4); shared ab, de (2).
        EvalResult result = scorer.score(
                Json.list("{'id':'a','cluster':'1'}", "{'id':'b','cluster':'1'}", "{'id':'c','cluster':'1'}",
                        "{'id':'d','cluster':'2'}", "{'id':'e','cluster':'2'}"),
                Json.byId("{'id':'a','incident':'X'}", "{'id':'b','incident':'X'}", "{'id':'c','incident':'Y'}",
                        "{'id':'d','incident':'Y'}", "{'id':'e','incident':'Y'}"));
        assertEquals(5L, result.headline().get("records"));
        assertEquals(2L, result.headline().get("clusters"));
        assertEquals(2L, result.headline().get("incidents"));
        assertEquals(0.7333, Json.number(result, "bcubed_precision"));
        assertEquals(0.7333, Json.number(result, "bcubed_recall"));
        assertEquals(0.7333, Json.number(result, "bcubed_f1"));
        assertEquals(0.5, Json.number(result, "pairwise_precision"));
        assertEquals(0.5, Json.number(result, "pairwise_recall"));
        assertEquals(1.5, Json.number(result, "incidents_per_event")); // cluster 1 in X and Y, cluster 2 in Y
        // Per record: c, d, e sit in Y, which mixes both clusters; c is apart from its cluster's main incident X.
        assertEquals(1, Json.count(result.errors(), "split"));
        assertEquals(3, Json.count(result.errors(), "merged"));
        ObjectNode split = result.errors().stream().filter(e -> e.get("kind").asText().equals("split")).findFirst().orElseThrow();
        assertEquals("c", split.get("id").asText());
        assertEquals("X", split.get("cluster_main_incident").asText());
    }

    @Test
    void a_record_without_incident_counts_as_a_singleton_and_lowers_coverage() {
        EvalResult result = scorer.score(
                Json.list("{'id':'a','cluster':'1'}", "{'id':'b','cluster':'1'}", "{'id':'c','cluster':'1'}"),
                Json.byId("{'id':'a','incident':'X'}", "{'id':'b','incident':'X'}", "{'id':'c','incident':null}"));
        assertEquals(2L, result.headline().get("incidents"));
        assertEquals(2.0, Json.number(result, "incidents_per_event"));
        assertEquals(0.6667, result.details().get("coverage").asDouble());
        assertEquals(0, Json.count(result.errors(), "merged"), "a singleton is never a wrong merge");
    }

    @Test
    void on_a_tie_the_real_incident_is_the_cluster_main_one_and_the_record_without_one_is_the_split() {
        EvalResult result = scorer.score(Json.list("{'id':'a','cluster':'1'}", "{'id':'b','cluster':'1'}"),
                Json.byId("{'id':'a','incident':null}", "{'id':'b','incident':'X'}"));
        assertEquals(1, Json.count(result.errors(), "split"));
        ObjectNode split = result.errors().get(0);
        assertEquals("a", split.get("id").asText());
        assertEquals("X", split.get("cluster_main_incident").asText());
    }

    @Test
    void conflict_topics_from_the_data_file_are_scored_on_their_own() {
        // Topic 41 is listed as a conflict topic (event), topic 5 is not.
        EvalResult result = scorer.score(
                Json.list("{'id':'a','cluster':'41-ecb','topic':41}", "{'id':'b','cluster':'41-ecb','topic':41}",
                        "{'id':'c','cluster':'5-ecb','topic':5}", "{'id':'d','cluster':'5-ecb','topic':5}"),
                Json.byId("{'id':'a','incident':'X'}", "{'id':'b','incident':'X'}", "{'id':'c','incident':'Y'}", "{'id':'d','incident':'Z'}"));
        JsonNode conflict = result.details().get("subsets").get("conflict topics (all)");
        assertEquals(2, conflict.get("records").asInt());
        assertEquals(1.0, conflict.get("bcubed_f1").asDouble());
        assertEquals(1.0, conflict.get("incidents_per_event").asDouble());
        assertEquals(2, result.details().get("subsets").get("conflict topics: event").get("records").asInt());
        assertEquals(1.5, Json.number(result, "incidents_per_event"), "the overall figure still counts the split topic-5 cluster");
        assertTrue(result.reportMarkdown().contains("conflict topics (all)"));
    }

    @Test
    void headline_keys_are_exactly_the_documented_ones() {
        EvalResult result = scorer.score(Json.list("{'id':'a','cluster':'1'}"), Json.byId("{'id':'a','incident':'X'}"));
        assertEquals(List.of("records", "clusters", "incidents", "bcubed_precision", "bcubed_recall", "bcubed_f1", "pairwise_precision",
                "pairwise_recall", "incidents_per_event"), List.copyOf(result.headline().keySet()));
    }

    @Test
    void records_without_prediction_become_incidents_of_their_own() {
        EvalResult result = scorer.score(
                Json.list("{'id':'a','cluster':'1'}", "{'id':'b','cluster':'1'}"), Json.byId("{'id':'a','incident':'X'}"));
        assertEquals(2L, result.headline().get("incidents"));
        assertEquals(1.0, Json.number(result, "bcubed_precision"));
        assertEquals(0.5, Json.number(result, "bcubed_recall"));
        assertEquals(2.0, Json.number(result, "incidents_per_event"));
    }

    @Test
    void the_story_grouping_is_scored_alone_and_the_grouping_counted_by_what_decided_it() {
        // Gold {a b c}; incidents split a from b; stories hold a, b and c together.
        EvalResult result = scorer.score(Json.list("{'id':'a','cluster':'1'}", "{'id':'b','cluster':'1'}", "{'id':'c','cluster':'1'}"),
                Json.byId("{'id':'a','incident':'X','by':'incident','story':'S'}", "{'id':'b','incident':'Y','by':'incident','story':'S'}",
                        "{'id':'c','incident':'S','by':'story','story':'S'}"));
        assertEquals(3.0, Json.number(result, "incidents_per_event"));
        JsonNode stories = result.details().get("story_grouping").get("all records");
        assertEquals(1.0, stories.get("bcubed_recall").asDouble());
        assertEquals(1, stories.get("incidents").asInt());
        assertEquals(2, result.details().get("counts").get("records_grouped_by_incident").asInt());
        assertEquals(1, result.details().get("counts").get("records_grouped_by_story").asInt());
        assertTrue(result.reportMarkdown().contains("Story grouping alone"));
    }
}
