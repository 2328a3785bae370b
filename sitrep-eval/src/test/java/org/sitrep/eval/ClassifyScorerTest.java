package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClassifyScorerTest {
    private final Scorer scorer = Scorers.forTask(EvalTask.CLASSIFY);

    @Test
    void macro_f1_averages_over_the_gold_labels_only() {
        // Gold A A B C, predicted A B B D. F1: A = 2·1/(1+2) = 2/3, B = 2·1/(2+1) = 2/3, C = 0;
        // D is not a gold label, so the mean is (2/3 + 2/3 + 0) / 3 = 4/9.
        EvalResult result = scorer.score(
                Json.list("{'id':'1','label':'A'}", "{'id':'2','label':'A'}", "{'id':'3','label':'B'}", "{'id':'4','label':'C'}"),
                Json.byId("{'id':'1','label':'A'}", "{'id':'2','label':'B'}", "{'id':'3','label':'B'}", "{'id':'4','label':'D'}"));
        assertEquals(4L, result.headline().get("n"));
        assertEquals(0.5, Json.number(result, "accuracy"));
        assertEquals(0.4444, Json.number(result, "macro_f1"));
        assertEquals(1, result.details().get("confusion").get("A").get("B").asInt());
        assertEquals(1, result.details().get("confusion").get("C").get("D").asInt());
        assertEquals(2, result.errors().size());
        assertTrue(result.reportMarkdown().contains("Confusion matrix"));
    }

    @Test
    void a_record_without_prediction_is_a_wrong_answer() {
        EvalResult result = scorer.score(
                Json.list("{'id':'1','label':'A','text':'Shots were fired.'}", "{'id':'2','label':'A'}"),
                Json.byId("{'id':'1','label':'A'}"));
        assertEquals(0.5, Json.number(result, "accuracy"));
        assertEquals("(none)", result.errors().get(0).get("predicted").asText());
    }
}
