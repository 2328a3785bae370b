package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The 5w1h scorer on small hand-written Giveme5W1H-shaped documents (gold keyed by dId, copied to id on reading). */
class FiveWOneHScorerTest {
    private final Scorer scorer = Scorers.forTask(EvalTask.FIVE_W_ONE_H);

    /** A gold document with one when answer (phrase, day, coders) and one where answer (phrase, coders). */
    private static ObjectNode doc(String id, String whenAnnotated, String whereAnnotated) {
        return Json.object("{'id':'" + id + "','dId':'" + id + "','category':'test','date_publish':'2021-03-04 10:00:00',"
                + "'title':'Market attack','fiveWoneH':{'when':{'annotated':[" + whenAnnotated + "]},"
                + "'where':{'annotated':[" + whereAnnotated + "]}}}");
    }

    private static String pred(String id, String earliest, String latest, String phrase, String name) {
        String date = earliest == null ? "{'earliest':null,'latest':null}" : "{'earliest':'" + earliest + "','latest':'" + latest + "'}";
        String place = "{'phrase':" + quoted(phrase) + ",'name':" + quoted(name) + "}";
        return "{'id':'" + id + "','main_type':'Attack','main_event':{'date':" + date + ",'location':" + place
                + ",'sentence':'Gunmen attacked the market on Tuesday.'}}";
    }

    private static String quoted(String s) {
        return s == null ? "null" : "'" + s + "'";
    }

    private static final String TUESDAY = "{'text':'Tuesday','parsed':'2021-03-02','coderPhraseCount':3}";
    private static final String MILLBROOK = "{'text':'the northern town of Millbrook','coderPhraseCount':3}";

    @Test
    void a_single_day_equal_to_a_gold_date_is_exact() {
        EvalResult r = scorer.score(List.of(doc("a", TUESDAY, MILLBROOK)),
                Json.byId(pred("a", "2021-03-02", "2021-03-02", "Millbrook", "Millbrook")));
        assertEquals(1L, r.headline().get("when_gold"));
        assertEquals(1.0, Json.number(r, "when_exact"));
        assertEquals(1.0, Json.number(r, "when_overlap"));
        assertEquals(0.0, Json.number(r, "when_unknown"));
        assertEquals(1.0, Json.number(r, "with_main_event"));
        assertTrue(r.errors().isEmpty(), r.errors().toString());
    }

    @Test
    void a_range_containing_the_gold_day_overlaps_but_is_not_exact() {
        EvalResult r = scorer.score(List.of(doc("a", TUESDAY, MILLBROOK), doc("b", TUESDAY, MILLBROOK)),
                Json.byId(pred("a", "2021-02-28", "2021-03-06", "Millbrook", null), pred("b", "2021-03-03", "2021-03-03", "Millbrook", null)));
        assertEquals(0.0, Json.number(r, "when_exact"));
        assertEquals(0.5, Json.number(r, "when_overlap"), "b's single day misses the gold day");
        assertEquals(2, r.errors().size());
        assertEquals("overlap", r.errors().get(0).get("when").asText());
        assertEquals("wrong", r.errors().get(1).get("when").asText());
        assertEquals("when", r.errors().get(1).get("kind").asText());
        assertEquals("2021-03-02", r.errors().get(1).get("gold_when").get(0).get("parsed").asText());
    }

    @Test
    void no_main_event_or_no_date_is_unknown() {
        EvalResult r = scorer.score(List.of(doc("a", TUESDAY, MILLBROOK), doc("b", TUESDAY, MILLBROOK)),
                Json.byId("{'id':'a','main_type':'NONE','main_event':null}", pred("b", null, null, null, null)));
        assertEquals(0.5, Json.number(r, "with_main_event"));
        assertEquals(1.0, Json.number(r, "when_unknown"));
        assertEquals(1.0, Json.number(r, "where_unknown"));
        assertEquals(0.0, Json.number(r, "where_match"));
        assertEquals("when_and_where", r.errors().get(0).get("kind").asText());
        assertTrue(r.errors().get(0).get("predicted").isNull());
    }

    @Test
    void a_document_without_a_prediction_is_unknown() {
        EvalResult r = scorer.score(List.of(doc("a", TUESDAY, MILLBROOK)), Map.of());
        assertEquals(0.0, Json.number(r, "with_main_event"));
        assertEquals(1.0, Json.number(r, "when_unknown"));
    }

    @Test
    void where_matches_on_a_shared_word_ignoring_case_and_stop_words() {
        String harbour = "{'text':'in the old harbour','coderPhraseCount':2}";
        EvalResult r = scorer.score(List.of(doc("a", TUESDAY, MILLBROOK), doc("b", TUESDAY, MILLBROOK), doc("c", TUESDAY, harbour)),
                Json.byId(pred("a", null, null, "MILLBROOK", null), // the phrase matches, whatever its case
                        pred("b", null, null, "the county", "Millbrook Township"), // the place name matches
                        pred("c", null, null, "in the city", "City"))); // only "in" and "the" are shared
        assertEquals(3L, r.headline().get("where_gold"));
        assertEquals(0.6667, Json.number(r, "where_match"));
        ObjectNode c = r.errors().stream().filter(e -> e.get("id").asText().equals("c")).findFirst().orElseThrow();
        assertEquals("wrong", c.get("where").asText());
        assertEquals("in the city", c.get("predicted").get("location").get("phrase").asText());
        assertEquals("Gunmen attacked the market on Tuesday.", c.get("sentence").asText());
    }

    @Test
    void any_gold_answer_counts_and_answers_are_listed_most_coders_first() {
        String where = "{'text':'Lake Oria','coderPhraseCount':1},{'text':'Westford','coderPhraseCount':3}";
        String when = "{'text':'Monday','parsed':'2021-03-01','coderPhraseCount':1},{'text':'Tuesday night','parsed':'2021-03-02','coderPhraseCount':2}";
        EvalResult r = scorer.score(List.of(doc("a", when, where)), Json.byId(pred("a", "2021-03-01", "2021-03-01", "Lake Oria", null)));
        assertEquals(1.0, Json.number(r, "when_exact"), "the one-coder answer still counts");
        assertEquals(1.0, Json.number(r, "where_match"));
        EvalResult wrong = scorer.score(List.of(doc("a", when, where)), Json.byId(pred("a", "2021-03-05", "2021-03-05", "Eastford", null)));
        ObjectNode e = wrong.errors().get(0);
        assertEquals("Westford", e.get("gold_where").get(0).get("text").asText());
        assertEquals(3, e.get("gold_where").get(0).get("coders").asInt());
        assertEquals("Tuesday night", e.get("gold_when").get(0).get("text").asText());
    }

    @Test
    void a_no_answer_entry_does_not_count_as_gold() {
        String none = "{'coderPhraseCount':3}";
        EvalResult r = scorer.score(List.of(doc("a", none, none), doc("b", TUESDAY + "," + none, none)),
                Json.byId(pred("a", "2021-03-02", "2021-03-02", "Millbrook", null), pred("b", "2021-03-02", "2021-03-02", "Millbrook", null)));
        assertEquals(2L, r.headline().get("documents"));
        assertEquals(1L, r.headline().get("when_gold"), "only b has a dated when answer");
        assertEquals(1.0, Json.number(r, "when_exact"));
        assertEquals(0L, r.headline().get("where_gold"));
        assertNull(r.headline().get("where_match"), "no where gold: undefined, not zero");
        assertTrue(r.errors().isEmpty(), "a document with no gold where cannot be wrong on where");
    }

    @Test
    void a_when_answer_with_only_a_parsed_date_counts() {
        EvalResult r = scorer.score(List.of(doc("a", "{'parsed':'2021-03-02','coderPhraseCount':3}", MILLBROOK)),
                Json.byId(pred("a", "2021-03-02", "2021-03-02", null, null)));
        assertEquals(1L, r.headline().get("when_gold"));
        assertEquals(1.0, Json.number(r, "when_exact"));
    }

    @Test
    void the_headline_has_the_documented_keys_and_the_report_breaks_down_by_category() {
        EvalResult r = scorer.score(List.of(doc("a", TUESDAY, MILLBROOK)), Json.byId(pred("a", "2021-03-02", "2021-03-02", "Millbrook", null)));
        assertEquals(List.of("documents", "with_main_event", "when_gold", "when_exact", "when_overlap", "when_unknown", "where_gold",
                "where_match", "where_unknown"), List.copyOf(r.headline().keySet()));
        assertEquals(1.0, r.details().get("per_category").get("test").get("where_match").asDouble());
        assertEquals(1, r.details().get("main_types").get("Attack").asInt());
        assertTrue(r.reportMarkdown().contains("title + \"\\n\" + description + \"\\n\" + text"), r.reportMarkdown());
    }
}
