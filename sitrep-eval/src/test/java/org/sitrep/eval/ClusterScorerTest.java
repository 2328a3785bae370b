package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        assertEquals(1, Json.count(result.errors(), "split"));
        assertEquals(1, Json.count(result.errors(), "merged"));
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
}
