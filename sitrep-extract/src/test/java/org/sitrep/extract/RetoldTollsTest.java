package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.Event;
import org.sitrep.model.Fatalities;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimeSpan;

/** After a VOA report of school bombings in Kabul (May 2021). */
class RetoldTollsTest {
    private static Event bombing(Fatalities toll) {
        return new Event("r-e1", "r", SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED.type(), SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, null, null, List.of(),
                null, TimeSpan.unknown("none"), toll, new Claim(ClaimStatus.REPORTED, List.of(), "weak", null),
                new Sentence(0, new Span(0, 50), "Bombs exploded outside a girls' school in Kabul on Saturday."), "bombs exploded", 0.8, List.of(), List.of());
    }

    private static final String ROSE = "Officials said the death toll had risen to at least 63 from Saturday's multiple blasts.";
    private static final Trigger BLASTS = new Trigger(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, new Span(400, 406), "blasts", 70);

    @Test
    void a_toll_given_where_a_told_act_is_named_again_is_that_acts() {
        Fatalities sixtyThree = new Fatalities(63, 63, null, false, false, "risen to at least 63", new Span(330, 350));
        List<Event> events = new ArrayList<>(List.of(bombing(null)));
        RetoldTolls.apply(ROSE, 4, List.of(BLASTS), sixtyThree, events);
        assertEquals(63, events.get(0).fatalities().best());
        assertTrue(events.get(0).notes().contains("fatalities: told again in sentence 5"));
    }

    @Test
    void a_death_toll_of_a_named_act_with_no_trigger_word_of_its_own_is_that_acts() {
        Fatalities sixtyThree = new Fatalities(63, 63, null, false, false, "risen to at least 63", new Span(330, 350));
        Fatalities kept = RetoldTolls.apply(ROSE, 4, List.of(), sixtyThree, new ArrayList<>(List.of(bombing(null))));
        assertEquals(sixtyThree, kept, "kept until the report's events are settled");
        assertEquals(63, RetoldTolls.applyForward(List.of(kept), List.of(bombing(null))).get(0).fatalities().best());
        assertEquals(null, RetoldTolls.apply("Officials said 63 people died in hospitals across the country.", 4, List.of(), sixtyThree, new ArrayList<>()),
                "no told act named");
        // AFP from Guatemala City (MUC-3 style): the toll comes in the sentence after the act, "in the attack"
        Fatalities one = new Fatalities(1, null, null, false, false, "One person was killed", new Span(200, 221));
        assertEquals(one, RetoldTolls.apply("One person was killed and at least five were wounded in the attack.", 3, List.of(), one, new ArrayList<>()));
    }

    @Test
    void a_bare_toll_right_after_an_act_is_that_acts() {
        // MUC-3 style wire copy: the act, then its toll in a sentence of its own
        Fatalities two = new Fatalities(2, null, null, false, false, "One civilian and one soldier were killed", new Span(60, 100));
        String bare = "One civilian and one soldier were killed, and several civilians were wounded.";
        assertEquals(two, RetoldTolls.apply(bare, 1, List.of(), two, new ArrayList<>(List.of(bombing(null)))));
        assertEquals(null, RetoldTolls.apply(bare, 3, List.of(), two, new ArrayList<>(List.of(bombing(null)))), "three sentences on");
        // "... with mortars and rifle fire. The fighting lasted nearly 2 hours. One civilian and one soldier were killed."
        assertEquals(two, RetoldTolls.apply(bare, 2, List.of(), two, new ArrayList<>(List.of(bombing(null)))), "a sentence with no act between");
        assertEquals(null, RetoldTolls.apply(bare, 1, List.of(), two, new ArrayList<>(List.of(bombing(two)))), "the act has its toll");
        // VOA on Haiti (public domain): the victim's death told in the lead is retold after the act
        Fatalities one = new Fatalities(1, null, null, false, false, "was killed", new Span(300, 310));
        Event told = new Event("r-e0", "r", SubEventType.ARMED_CLASH.type(), SubEventType.ARMED_CLASH, null, null, List.of(), null,
                TimeSpan.unknown("none"), one, new Claim(ClaimStatus.REPORTED, List.of(), "weak", null),
                new Sentence(0, new Span(0, 100), "Arnel Joseph, the notorious leader of the gang, was killed in a gun battle with police Friday."), "gun battle",
                0.8, List.of(), List.of());
        Event next = new Event("r-e1", "r", SubEventType.ATTACK.type(), SubEventType.ATTACK, null, null, List.of(), null, TimeSpan.unknown("none"), null,
                told.claim(), new Sentence(1, new Span(101, 180), "He opened fire on a police patrol."), "opened fire on", 0.8, List.of(), List.of());
        String again = "The police returned fire and Arnel Joseph was killed.";
        assertEquals(null, RetoldTolls.apply(again, 2, List.of(), one, new ArrayList<>(List.of(told, next))), "the lead's toll told again");
        assertEquals(one, RetoldTolls.apply("The police returned fire and the driver Juan Perez was killed.", 2, List.of(), one,
                new ArrayList<>(List.of(told, next))), "another victim of the same count");
        assertEquals(null, RetoldTolls.apply("Last year two soldiers were killed in the province.", 1, List.of(), two,
                new ArrayList<>(List.of(bombing(null)))), "another period's toll");
        assertEquals(null, RetoldTolls.apply("Thousands have died in the country over the past ten years.", 1, List.of(), two,
                new ArrayList<>(List.of(bombing(null)))), "a running total");
        // a told act named with an adjective, or before the toll
        Fatalities four = new Fatalities(4, null, null, false, false, "Four people were killed", new Span(0, 23));
        assertEquals(four, RetoldTolls.apply("Four people were killed and 35 wounded in the terrorist action.", 5, List.of(), four, new ArrayList<>()));
        assertEquals(four, RetoldTolls.apply("As a result of this action, four peasants were killed and several houses were damaged.", 5, List.of(), four,
                new ArrayList<>()));
    }

    @Test
    void a_toll_given_before_its_act_is_told_goes_to_the_act_told_next() {
        Fatalities sixty = new Fatalities(60, 60, null, false, false, "raised the death toll to more than 60", new Span(0, 10));
        List<Event> none = new ArrayList<>();
        Fatalities early = RetoldTolls.apply("Officials raised the death toll to more than 60 from the previous day's blasts.", 0, List.of(), sixty, none);
        assertEquals(sixty, early, "no act told yet: kept for later");
        Event later = new Event("r-e2", "r", SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED.type(), SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, null, null, List.of(),
                null, TimeSpan.unknown("none"), null, new Claim(ClaimStatus.REPORTED, List.of(), "weak", null),
                new Sentence(6, new Span(600, 660), "Attackers detonated a car bomb and two explosive devices."), "detonated", 0.7, List.of(), List.of());
        assertEquals(60, RetoldTolls.applyForward(List.of(early), List.of(later)).get(0).fatalities().best());
    }

    @Test
    void a_risen_toll_replaces_the_first_count_and_a_lower_one_does_not() {
        Fatalities thirty = new Fatalities(30, 30, null, false, false, "killed 30", new Span(20, 29));
        Fatalities sixtyThree = new Fatalities(63, 63, null, false, false, "risen to at least 63", new Span(330, 350));
        List<Event> events = new ArrayList<>(List.of(bombing(thirty)));
        RetoldTolls.apply(ROSE, 4, List.of(BLASTS), sixtyThree, events);
        assertEquals(63, events.get(0).fatalities().best());
        List<Event> kept = new ArrayList<>(List.of(bombing(sixtyThree)));
        RetoldTolls.apply("At least 30 died in Saturday's blasts.", 5, List.of(BLASTS), thirty, kept);
        assertEquals(63, kept.get(0).fatalities().best(), "no rise said: the told count stays");
    }
}
