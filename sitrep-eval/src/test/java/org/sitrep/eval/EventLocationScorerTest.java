package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;

class EventLocationScorerTest {
    private final Scorer scorer = Scorers.forTask(EvalTask.EVENTLOC);

    @Test
    void location_tokens_split_on_spaces_and_punctuation() {
        String text = "Shells hit Deir ez-Zor.";
        List<Span> tokens = EventLocationScorer.tokens(text, Json.object("{'start':11,'end':22}"));
        assertEquals(List.of(new Span(11, 15), new Span(16, 18), new Span(19, 22)), tokens);
    }

    @Test
    void token_precision_and_recall_match_the_hand_count() {
        // Gold "North Kivu province" (3 tokens); predicted "Kivu" (hit) and "Goma" (miss):
        // P = 1/2, R = 1/3, F1 = 2·(1/2)(1/3) / (1/2 + 1/3) = 0.4. The second event has no location
        // and none is predicted, which changes nothing.
        String text = "Fighting in North Kivu province near Goma killed five.";
        EvalResult result = scorer.score(
                Json.list("{'id':'e1','text':'" + text + "','trigger':{'start':0,'end':8,'text':'Fighting'},"
                                + "'locations':[{'start':12,'end':31,'text':'North Kivu province'}]}",
                        "{'id':'e2','text':'Talks resumed.','locations':[]}"),
                Json.byId("{'id':'e1','locations':[{'start':18,'end':22,'text':'Kivu'},{'start':37,'end':41,'text':'Goma'}]}",
                        "{'id':'e2','locations':[]}"));
        assertEquals(0.5, Json.number(result, "precision"));
        assertEquals(0.3333, Json.number(result, "recall"));
        assertEquals(0.4, Json.number(result, "f1"));
        assertEquals(1, Json.count(result.errors(), "fn"));
        assertEquals(1, Json.count(result.errors(), "fp"));
        assertEquals("Fighting", result.errors().get(0).get("trigger").asText());
    }
}
