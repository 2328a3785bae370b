package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventScorerTest {
    private final Scorer scorer = Scorers.forTask(EvalTask.EVENTS);
    private final EventPairing pairing = new EventPairing(new HungarianAssignment());

    private static final String WIDE = "{'event_type':'Battles','sub_event_type':'Armed clash',"
            + "'date':{'earliest':'2024-03-01','latest':'2024-03-10'},'location':null}";
    private static final String NARROW = "{'event_type':'Battles','sub_event_type':'Armed clash',"
            + "'date':{'earliest':'2024-03-05','latest':'2024-03-05'},'location':null}";
    private static final String FIRST_DAY = "{'event_type':'Battles','sub_event_type':'Armed clash',"
            + "'date':{'earliest':'2024-03-01','latest':'2024-03-01'},'location':null}";

    @Test
    void optimal_pairing_finds_two_pairs_where_greedy_order_finds_one() {
        // Gold: a ten-day range and 5 March. Predicted: 5 March, then 1 March. Taking the first allowed
        // prediction for each gold event pairs the range with 5 March and leaves 5 March (gold) with
        // nothing, since 1 March does not overlap it. The optimum pairs range-1 March and 5 March-5 March.
        List<EventView> gold = views(WIDE, NARROW);
        List<EventView> predicted = views(NARROW, FIRST_DAY);
        assertEquals(1, greedyInOrder(gold, predicted));
        assertEquals(List.of(new IndexPair(0, 1), new IndexPair(1, 0)), pairing.pair(gold, predicted));

        EvalResult result = scorer.score(
                Json.list("{'id':'r','events':[" + WIDE + "," + NARROW + "]}"),
                Json.byId("{'id':'r','events':[" + NARROW + "," + FIRST_DAY + "]}"));
        assertEquals(2.0, Json.number(result, "matched"));
        assertEquals(1.0, Json.number(result, "f1"));
        assertEquals(0, Json.count(result.errors(), "fn"));
        assertEquals(0, Json.count(result.errors(), "fp"));
        assertEquals(1, Json.count(result.errors(), "wrong_date")); // the ten-day range paired with one day
    }

    @Test
    void optimal_pairing_keeps_both_type_matches_where_heaviest_first_keeps_one() {
        // Same dates, but the 1 March prediction has another sub-type. Heaviest-first takes the
        // type-and-sub-type pair range-5 March and strands gold 5 March: one match. The optimum
        // matches both gold events on type and gives up one sub-type agreement.
        String otherSubtype = FIRST_DAY.replace("Armed clash", "Government regains territory");
        EvalResult result = scorer.score(
                Json.list("{'id':'r','events':[" + WIDE + "," + NARROW + "]}"),
                Json.byId("{'id':'r','events':[" + NARROW + "," + otherSubtype + "]}"));
        assertEquals(2.0, Json.number(result, "matched"));
        assertEquals(0.5, Json.number(result, "subtype_accuracy"));
        assertEquals(1, Json.count(result.errors(), "wrong_subtype"));
    }

    @Test
    void equal_pairings_are_decided_by_the_fields_that_agree() {
        // Two air strikes on overlapping days, listed in the opposite order on each side: both pairings
        // match both events on type and sub-type; the one that pairs 50 with 50 and 30 with 30 is chosen.
        String g50 = "{'event_type':'Explosions/Remote violence','sub_event_type':'Air/drone strike',"
                + "'date':{'earliest':'2024-03-01','latest':'2024-03-04'},'location':null,'fatalities':50}";
        String g30 = g50.replace("50", "30");
        EvalResult result = scorer.score(
                Json.list("{'id':'r','events':[" + g50 + "," + g30 + "]}"),
                Json.byId("{'id':'r','events':[" + g30 + "," + g50 + "]}"));
        assertEquals(2.0, Json.number(result, "matched"));
        assertEquals(1.0, Json.number(result, "fatalities_exact"));
        assertEquals(List.of(new IndexPair(0, 1), new IndexPair(1, 0)), pairing.pair(views(g50, g30), views(g30, g50)));
    }

    @Test
    void one_pair_of_the_same_type_is_preferred_to_two_pairs_of_other_types() {
        // With 3/2/1 weights, A–X (type only, 2) ties with A–Y + B–X (1 + 1); the lexicographic
        // weights choose the pair that counts for precision and recall.
        String goldA = "{'event_type':'Battles','sub_event_type':'Armed clash','date':null,'location':null}";
        String goldB = "{'event_type':'Protests','sub_event_type':'Peaceful protest',"
                + "'date':{'earliest':'2024-01-02','latest':'2024-01-02'},'location':null}";
        String predX = "{'event_type':'Battles','sub_event_type':'Attack',"
                + "'date':{'earliest':'2024-01-02','latest':'2024-01-02'},'location':null}";
        String predY = "{'event_type':'Riots','sub_event_type':'Mob violence',"
                + "'date':{'earliest':'2024-02-01','latest':'2024-02-01'},'location':null}";
        EvalResult result = scorer.score(
                Json.list("{'id':'r','events':[" + goldA + "," + goldB + "]}"),
                Json.byId("{'id':'r','events':[" + predX + "," + predY + "]}"));
        assertEquals(1.0, Json.number(result, "matched"));
        assertEquals(1.0, Json.number(result, "type_accuracy"));
        assertEquals(1, Json.count(result.errors(), "fn"));
        assertEquals(1, Json.count(result.errors(), "fp"));
    }

    @Test
    void every_headline_figure_matches_the_hand_worked_record() {
        // G1–P1: same type and sub-type, 11.1 km apart, same day, 5 dead each.
        // G2–P2: same type, other sub-type, 32.9 km apart (pairable, but over 25 km), dates differ, 3 dead vs null.
        // G3–P3: no place on G3, dates overlap, different type. P4: a year later and far away: unpaired.
        String g1 = "{'event_type':'Battles','sub_event_type':'Armed clash','date':{'earliest':'2024-05-02','latest':'2024-05-02'},"
                + "'location':{'name':'Town A','lat':10.0,'lon':20.0},'fatalities':5}";
        String g2 = "{'event_type':'Explosions/Remote violence','sub_event_type':'Air/drone strike',"
                + "'date':{'earliest':'2024-05-03','latest':'2024-05-03'},'location':{'name':'Town B','lat':10.0,'lon':21.0},"
                + "'fatalities':3}";
        String g3 = "{'event_type':'Protests','sub_event_type':'Peaceful protest','date':{'earliest':'2024-05-01','latest':'2024-05-31'},"
                + "'location':null,'fatalities':null,'muc_slots':{'extra':'ignored'}}";
        String p1 = "{'event_type':'Battles','sub_event_type':'Armed clash','date':{'earliest':'2024-05-02','latest':'2024-05-02'},"
                + "'location':{'name':'Town A','lat':10.1,'lon':20.0},'fatalities':5}";
        String p2 = "{'event_type':'Explosions/Remote violence','sub_event_type':'Shelling/artillery/missile attack',"
                + "'date':{'earliest':'2024-05-03','latest':'2024-05-04'},'location':{'name':'Near B','lat':10.0,'lon':21.3},"
                + "'fatalities':null}";
        String p3 = "{'event_type':'Riots','sub_event_type':'Mob violence','date':{'earliest':'2024-05-20','latest':'2024-05-20'},"
                + "'location':{'name':'Elsewhere'}}";
        String p4 = "{'event_type':'Battles','sub_event_type':'Armed clash','date':{'earliest':'2025-01-01','latest':'2025-01-01'},"
                + "'location':{'name':'Far','lat':40.0,'lon':40.0},'evidence':[{'start':0,'end':5,'text':'Clash'}]}";
        EvalResult result = scorer.score(
                Json.list("{'id':'r1','text':'Clash in Town A.','events':[" + g1 + "," + g2 + "," + g3 + "]}"),
                Json.byId("{'id':'r1','events':[" + p1 + "," + p2 + "," + p3 + "," + p4 + "]}"));
        Map<String, Object> h = result.headline();
        assertEquals(List.of("gold", "predicted", "matched", "precision", "recall", "f1", "type_accuracy",
                "subtype_accuracy", "location_acc_25km", "location_acc_161km", "date_exact", "fatalities_exact",
                "fatalities_mae"), List.copyOf(h.keySet()));
        assertEquals(3L, h.get("gold"));
        assertEquals(4L, h.get("predicted"));
        assertEquals(2L, h.get("matched"));
        assertEquals(0.5, Json.number(result, "precision"));
        assertEquals(0.6667, Json.number(result, "recall"));
        assertEquals(0.5714, Json.number(result, "f1")); // 2·2 / (4 + 3)
        assertEquals(0.6667, Json.number(result, "type_accuracy"));
        assertEquals(0.3333, Json.number(result, "subtype_accuracy"));
        assertEquals(0.5, Json.number(result, "location_acc_25km"));
        assertEquals(1.0, Json.number(result, "location_acc_161km"));
        assertEquals(0.3333, Json.number(result, "date_exact"));
        assertEquals(0.5, Json.number(result, "fatalities_exact"));
        assertEquals(1.5, Json.number(result, "fatalities_mae")); // |5-5| and |3-0|, over 2

        List<ObjectNode> errors = result.errors();
        assertEquals(1, Json.count(errors, "fp"));
        assertEquals(0, Json.count(errors, "fn"));
        assertEquals(1, Json.count(errors, "wrong_type"));
        assertEquals(1, Json.count(errors, "wrong_location"));
        assertEquals(2, Json.count(errors, "wrong_date"));
        assertEquals(1, Json.count(errors, "wrong_fatalities"));
        ObjectNode fp = errors.stream().filter(e -> e.get("kind").asText().equals("fp")).findFirst().orElseThrow();
        assertEquals("Clash", fp.get("evidence").get(0).get("text").asText());
        ObjectNode far = errors.stream().filter(e -> e.get("kind").asText().equals("wrong_location")).findFirst().orElseThrow();
        assertEquals(32.9, far.get("distance_km").asDouble(), 0.05);
    }

    @Test
    void a_gold_record_without_prediction_counts_every_event_as_missed() {
        EvalResult result = scorer.score(
                Json.list("{'id':'a','text':'x','events':[" + WIDE + "]}", "{'id':'b','events':[]}"),
                Json.byId("{'id':'b','events':[" + NARROW + "]}", "{'id':'stray','events':[]}"));
        assertEquals(0.0, Json.number(result, "recall"));
        assertEquals(0.0, Json.number(result, "precision"));
        assertNull(result.headline().get("type_accuracy"));
        assertEquals(1, result.details().get("unknown_prediction_ids").asInt());
        assertEquals(1, result.details().get("counts").get("records_without_prediction").asInt());
    }

    @Test
    void places_with_the_same_name_pair_even_when_their_coordinates_are_far_apart() {
        String gold = "{'event_type':'Battles','location':{'name':'Springfield','lat':39.8,'lon':-89.6}}";
        String predicted = "{'event_type':'Battles','location':{'name':'springfield','lat':42.1,'lon':-72.6}}";
        String elsewhere = "{'event_type':'Battles','location':{'name':'Shelbyville','lat':42.1,'lon':-72.6}}";
        assertEquals(1, pairing.pair(views(gold), views(predicted)).size());
        assertEquals(0, pairing.pair(views(gold), views(elsewhere)).size());
    }

    private static List<EventView> views(String... events) {
        return Json.list(events).stream().map(EventView::of).toList();
    }

    /** The naive alternative: each gold event takes the first allowed prediction still free. */
    private static int greedyInOrder(List<EventView> gold, List<EventView> predicted) {
        List<Integer> free = new ArrayList<>();
        for (int p = 0; p < predicted.size(); p++) free.add(p);
        int pairs = 0;
        for (EventView g : gold) {
            for (Integer p : free) {
                if (EventPairing.allowed(g, predicted.get(p))) {
                    free.remove(p);
                    pairs++;
                    break;
                }
            }
        }
        return pairs;
    }
}
