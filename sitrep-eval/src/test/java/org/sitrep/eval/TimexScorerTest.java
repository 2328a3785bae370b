package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TimexScorerTest {
    private final Scorer scorer = Scorers.forTask(EvalTask.TIMEX);

    @Test
    void relaxed_matching_counts_a_shorter_span_that_strict_matching_rejects() {
        // Text: "We met on Monday morning and again last week."
        // Gold: "Monday morning" TIME and "last week" DATE. Predicted: "Monday" DATE with a day value
        // (relaxed only, wrong type and value), "last week" exactly right, and "again" (false positive).
        String gold = "{'id':'t','published':'2024-05-08','text':'We met on Monday morning and again last week.','timexes':["
                + "{'start':10,'end':24,'text':'Monday morning','type':'TIME','value':'2024-05-06TMO'},"
                + "{'start':35,'end':44,'text':'last week','type':'DATE','value':'2024-W18'}]}";
        String predicted = "{'id':'t','timexes':["
                + "{'start':10,'end':16,'text':'Monday','type':'DATE','value':'2024-05-06'},"
                + "{'start':29,'end':34,'text':'again','type':'DURATION','value':'PXX'},"
                + "{'start':35,'end':44,'text':'last week','type':'DATE','value':'2024-W18'}]}";
        EvalResult result = scorer.score(Json.list(gold), Json.byId(predicted));
        assertEquals(0.3333, Json.number(result, "strict_precision"));
        assertEquals(0.5, Json.number(result, "strict_recall"));
        assertEquals(0.4, Json.number(result, "strict_f1")); // 2·1 / (3 + 2)
        assertEquals(0.6667, Json.number(result, "relaxed_precision"));
        assertEquals(1.0, Json.number(result, "relaxed_recall"));
        assertEquals(0.8, Json.number(result, "relaxed_f1")); // 2·2 / (3 + 2)
        assertEquals(0.5, Json.number(result, "type_accuracy"));
        assertEquals(0.5, Json.number(result, "value_accuracy"));
        assertEquals(0.4, Json.number(result, "value_f1")); // one correct value: 2·1 / (3 + 2)
        assertEquals(1, Json.count(result.errors(), "partial_span"));
        assertEquals(1, Json.count(result.errors(), "wrong_type"));
        assertEquals(1, Json.count(result.errors(), "wrong_value"));
        assertEquals(1, Json.count(result.errors(), "fp"));
    }

    @Test
    void two_predictions_overlapping_one_gold_span_match_it_only_once() {
        String gold = "{'id':'t','text':'the fifth of May','timexes':[{'start':0,'end':16,'type':'DATE','value':'2024-05-05'}]}";
        String predicted = "{'id':'t','timexes':[{'start':4,'end':9,'type':'DATE','value':'X'},"
                + "{'start':13,'end':16,'type':'DATE','value':'2024-05'}]}";
        EvalResult result = scorer.score(Json.list(gold), Json.byId(predicted));
        assertEquals(0.5, Json.number(result, "relaxed_precision"));
        assertEquals(1.0, Json.number(result, "relaxed_recall"));
        assertEquals(0.0, Json.number(result, "strict_f1"));
    }
}
