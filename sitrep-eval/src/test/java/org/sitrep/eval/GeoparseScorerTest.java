package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GeoparseScorerTest {
    private final Scorer scorer = Scorers.forTask(EvalTask.GEOPARSE);

    // "Rain fell on Alpha and Beta Town and Gamma today, said Delta." — all gold places on the equator.
    private static final String GOLD = "{'id':'g','text':'Rain fell on Alpha and Beta Town and Gamma today, said Delta.','toponyms':["
            + "{'start':13,'end':18,'name':'Alpha','lat':0.0,'lon':0.0,'type':'Literal'},"
            + "{'start':23,'end':32,'name':'Beta Town','lat':0.0,'lon':0.0,'type':'Literal'},"
            + "{'start':37,'end':42,'name':'Gamma','lat':0.0,'lon':0.0,'type':'Metonymic'},"
            + "{'start':55,'end':60,'name':'Delta','lat':0.0,'lon':0.0,'type':'Literal'}]}";

    @Test
    void exact_and_overlap_spans_and_distances_match_the_hand_computation() {
        // Alpha exact at 0 km; "Beta" overlaps "Beta Town", 1° of longitude off (111.195 km);
        // Gamma exact, 2° off (222.39 km); Delta missed; "Rain" is a false positive.
        String predicted = "{'id':'g','toponyms':["
                + "{'start':0,'end':4,'name':'Rain','lat':5.0,'lon':5.0},"
                + "{'start':13,'end':18,'name':'Alpha','lat':0.0,'lon':0.0},"
                + "{'start':23,'end':27,'name':'Beta','lat':0.0,'lon':1.0},"
                + "{'start':37,'end':42,'name':'Gamma','lat':0.0,'lon':2.0}]}";
        EvalResult result = scorer.score(Json.list(GOLD), Json.byId(predicted));
        assertEquals(2.0, Json.number(result, "matched"));
        assertEquals(0.5, Json.number(result, "precision"));
        assertEquals(0.5, Json.number(result, "recall"));
        assertEquals(0.5, Json.number(result, "f1"));
        assertEquals(3.0, Json.number(result, "overlap_matched"));
        assertEquals(0.75, Json.number(result, "overlap_precision"));
        assertEquals(0.75, Json.number(result, "overlap_recall"));
        assertEquals(0.6667, Json.number(result, "acc_161km")); // 0 and 111 km of 3 pairs
        assertEquals(0.5, Json.number(result, "recall_161km")); // 2 of 4 gold toponyms
        assertEquals(111.2, Json.number(result, "mean_km"));
        assertEquals(111.2, Json.number(result, "median_km"));
        // (ln 1 + ln 112.195 + ln 223.390) / (3 · ln 20039) = (0 + 4.7203 + 5.4089) / 29.7163
        assertEquals(0.3409, Json.number(result, "auc"));
        assertEquals(1, Json.count(result.errors(), "fn"));
        assertEquals(1, Json.count(result.errors(), "fp"));
        assertEquals(1, Json.count(result.errors(), "partial_span"));
        assertEquals(1, Json.count(result.errors(), "wrong_location"));
        assertTrue(result.reportMarkdown().contains("lower is better"));
    }

    @Test
    void a_matched_toponym_without_predicted_coordinates_counts_against_recall_not_against_distance() {
        String predicted = "{'id':'g','toponyms':[{'start':13,'end':18,'name':'Alpha','lat':0.0,'lon':0.0},"
                + "{'start':37,'end':42,'name':'Gamma'}]}";
        EvalResult result = scorer.score(Json.list(GOLD), Json.byId(predicted));
        assertEquals(1.0, Json.number(result, "acc_161km"));
        assertEquals(0.25, Json.number(result, "recall_161km"));
        assertEquals(0.0, Json.number(result, "auc"));
        assertEquals(1, Json.count(result.errors(), "unresolved"));
    }

    @Test
    void gold_toponyms_without_coordinates_are_left_out_of_distance_figures() {
        String gold = "{'id':'h','text':'Alpha and Beta','toponyms':[{'start':0,'end':5,'name':'Alpha'},"
                + "{'start':10,'end':14,'name':'Beta','lat':1.0,'lon':1.0}]}";
        String predicted = "{'id':'h','toponyms':[{'start':0,'end':5,'lat':50.0,'lon':50.0},"
                + "{'start':10,'end':14,'lat':1.0,'lon':1.0}]}";
        EvalResult result = scorer.score(Json.list(gold), Json.byId(predicted));
        assertEquals(1.0, Json.number(result, "acc_161km"));
        assertEquals(1.0, Json.number(result, "recall_161km"));
        assertEquals(1.0, Json.number(result, "f1"));
    }
}
